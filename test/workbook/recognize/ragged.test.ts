/**
 * Snapshots whose rows stop at their own last cell (the xlsx adapter reads a used range stretched
 * by one far cell that way): recognition must find what it finds on the dense snapshot, and must
 * see labels that merged areas carry past a row's end.
 */
import type { SheetSnapshot } from '../../../src/workbook/port';
import { recognizeTables } from '../../../src/workbook/recognize';
import { rowEnd } from '../../../src/workbook/recognize/cells';
import { shape, sheet } from './sheet';

/** The same snapshot with every row cut after its last non-null cell. */
function ragged(s: SheetSnapshot): SheetSnapshot {
  const cut = s.values.map((r) => {
    let n = r.length;
    while (n > 0 && r[n - 1] === null) n--;
    return n;
  });
  return {
    ...s,
    values: s.values.map((r, i) => r.slice(0, cut[i])),
    numberFormats: s.numberFormats.map((r, i) => r.slice(0, cut[i])),
    formulas: s.formulas.map((r, i) => r.slice(0, cut[i])),
  };
}

describe('ragged snapshots', () => {
  const rows = [
    ['Area Tecnica'],
    ['N.', 'Obiettivo', 'Peso'],
    [1, 'Strade', 60],
    [2, 'Verde', null],
    ['Totale', null, 100],
    [],
    [null, null, null, null, 'Area', 'Rilevanza'],
    [null, null, null, null, 'Tecnica', 3],
  ];

  it('finds the same tables as on the dense snapshot', () => {
    const dense = sheet('S', rows);
    const found = recognizeTables([dense], []).map(shape);
    expect(found.map((t) => t.kind)).toEqual(['weights', 'relevance']);
    expect(recognizeTables([ragged(dense)], []).map(shape)).toEqual(found);
  });

  it("reads a header label that a merged area carries past the row's own end", () => {
    // "Peso" sits in C1, merged down over C2; row 2 itself ends at B.
    const dense = sheet(
      'S',
      [
        [null, null, 'Peso'],
        ['N.', 'Obiettivo'],
        [1, 'Strade', 60],
      ],
      { merged: ['C1:C2'] },
    );
    const s = ragged(dense);
    expect(s.values[1]).toHaveLength(2);
    expect(rowEnd(s, 1)).toBe(2);
    expect(rowEnd(s, 2)).toBe(2);
    const found = recognizeTables([s], []).map(shape);
    expect(found.map((t) => [t.kind, t.columns.weight])).toEqual([['weights', 'C']]);
    expect(found).toEqual(recognizeTables([dense], []).map(shape));
  });

  it('gives an empty row an end before the first column', () => {
    const s = ragged(sheet('S', [['a'], [], ['b']], { at: 'C3' }));
    expect(rowEnd(s, 3)).toBeLessThan(2);
    expect(rowEnd(s, 4)).toBe(2);
  });
});
