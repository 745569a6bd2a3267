import { cellText, cellValue } from '../../../src/workbook/recognize';
import { sheet } from './sheet';

describe('cellValue', () => {
  const s = sheet(
    'S',
    [
      ['Area', 'Peso'],
      ['Tecnica', { error: '#REF!' }],
      [null, 10],
    ],
    { at: 'B2', merged: ['B3:B4'] },
  );

  it('reads by absolute row and column and resolves merged areas to their top-left value', () => {
    expect(cellValue(s, 1, 1)).toBe('Area');
    expect(cellValue(s, 2, 1)).toBe('Tecnica');
    expect(cellValue(s, 3, 1)).toBe('Tecnica');
    expect(cellValue(s, 3, 2)).toBe(10);
  });

  it('keeps error values and gives null outside the snapshot', () => {
    expect(cellValue(s, 2, 2)).toEqual({ error: '#REF!' });
    expect(cellValue(s, 0, 0)).toBeNull();
    expect(cellValue(s, 10, 10)).toBeNull();
    expect(cellText(s, 10, 10)).toBe('');
  });
});
