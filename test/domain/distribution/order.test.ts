import fc from 'fast-check';
import { largestRemainder } from '../../../src/domain/money';
import {
  NaturalSplitter,
  naturalCompare,
  naturalKey,
  splitInOrder,
} from '../../../src/domain/distribution/order';

/** The first implementation (a regular expression per comparison), kept as the reference. */
function referenceCompare(a: string, b: string): number {
  const ta = a.toLowerCase().match(/\d+|\D+/g) ?? [];
  const tb = b.toLowerCase().match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ta.length !== tb.length) return ta.length - tb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
import { normaliseTipologia } from '../../../src/domain/distribution/tipologia';

describe('naturalCompare', () => {
  it('orders ids as people number them', () => {
    const ids = ['10', '1T', '2', '1', '2T', '01b', 'a'];
    expect([...ids].sort(naturalCompare)).toEqual(['1', '01b', '1T', '2', '2T', '10', 'a']);
  });

  it('orders every pair of strings as the regular-expression version did', () => {
    const text = fc.string({
      unit: fc.constantFrom('0', '1', '2', '9', '00', 'a', 'B', 'b', ' ', '#', 'À', 'é', 'İ'),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(naturalCompare(a, b))).toBe(Math.sign(referenceCompare(a, b)));
      }),
      { numRuns: 3000 },
    );
    expect(Math.sign(naturalCompare('Rossi 010', 'rossi 10'))).toBe(
      Math.sign(referenceCompare('Rossi 010', 'rossi 10')),
    );
  });
});

describe('splitInOrder', () => {
  it('gives tie cents by the comparison, returning parts in the items own order', () => {
    // 5 cents over three equal weights: 2 + 2 + 1, the 1 going to the last in name order
    expect(splitInOrder(5, ['Carla', 'Anna', 'Bruno'], [1, 1, 1], naturalCompare)).toEqual([1, 2, 2]);
  });

  it('gives the parts of the exact split for whole and decimal weights, large totals included', () => {
    const weights = fc.array(
      // Small weights make ties in the remainders common; the others take the BigInt path.
      fc.oneof(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.constantFrom(0.5, 33.33, 1e15),
      ),
      { minLength: 1, maxLength: 12 },
    );
    const total = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e11 }));
    fc.assert(
      fc.property(total, weights, (t, w) => {
        if (w.every((x) => x === 0)) return;
        const ids = w.map((_, i) => i);
        // Identity order: the parts must be exactly largestRemainder's (BigInt) parts.
        expect(splitInOrder(t, ids, w, (a, b) => a - b)).toEqual(largestRemainder(t, w));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('NaturalSplitter', () => {
  it('gives the parts of splitInOrder by name, split after split on the same scratch arrays', () => {
    const names = fc.constantFrom('Anna', 'anna', 'Bruno', 'Carla 2', 'Carla 10', 'Dario', 'ELENA');
    const split = fc.record({
      total: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e11 })),
      rows: fc.array(
        fc.tuple(names, fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0.5, 33.33, 36, 1e15))),
        { minLength: 1, maxLength: 9 },
      ),
    });
    fc.assert(
      fc.property(fc.array(split, { minLength: 1, maxLength: 6 }), (splits) => {
        // One splitter for the whole sequence: a longer split before a shorter one must not leak.
        const splitter = new NaturalSplitter();
        for (const { total, rows } of splits) {
          if (rows.every(([, w]) => w === 0)) continue;
          rows.forEach(([name, w], i) => {
            splitter.weights[i] = w;
            splitter.keys[i] = naturalKey(name);
          });
          splitter.split(total, rows.length);
          const expected = splitInOrder(
            total,
            rows.map(([name]) => name),
            rows.map(([, w]) => w),
            naturalCompare,
          );
          expect(splitter.parts.slice(0, rows.length)).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
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
