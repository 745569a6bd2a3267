import { naturalCompare, splitInOrder } from '../../../src/domain/distribution/order';
import { normaliseTipologia } from '../../../src/domain/distribution/tipologia';

describe('naturalCompare', () => {
  it('orders ids as people number them', () => {
    const ids = ['10', '1T', '2', '1', '2T', '01b', 'a'];
    expect([...ids].sort(naturalCompare)).toEqual(['1', '01b', '1T', '2', '2T', '10', 'a']);
  });
});

describe('splitInOrder', () => {
  it('gives tie cents by the comparison, returning parts in the items own order', () => {
    // 5 cents over three equal weights: 2 + 2 + 1, the 1 going to the last in name order
    expect(splitInOrder(5, ['Carla', 'Anna', 'Bruno'], [1, 1, 1], naturalCompare)).toEqual([1, 2, 2]);
  });
});

describe('normaliseTipologia', () => {
  it('reads the tipologie as users write them', () => {
    expect(normaliseTipologia('SETTORE 2')).toBe('settore');
    expect(normaliseTipologia('  Settore n. 12 ')).toBe('settore');
    expect(normaliseTipologia('INTERSETTORIALE')).toBe('intersettoriale');
    expect(normaliseTipologia('Generale')).toBe('generale');
    expect(normaliseTipologia('Progetto speciale')).toBe('progetto speciale');
  });
});
