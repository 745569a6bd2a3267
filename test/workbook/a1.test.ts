import fc from 'fast-check';
import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  rangeAddress,
  quoteSheet,
} from '../../src/workbook/a1';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (i, s) => {
    expect(columnLetters(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });

  it('round-trips any cell and range', () => {
    fc.assert(
      fc.property(fc.nat(1048575), fc.nat(16383), fc.nat(1000), fc.nat(50), (row, col, h, w) => {
        expect(parseCell(cellAddress(row, col))).toEqual({ row, col });
        const r = { top: row, left: col, bottom: row + h, right: col + w };
        expect(parseRange(rangeAddress(r))).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads absolute references and sheet prefixes', () => {
    expect(parseRange("'Pesi 2025'!$B$2:$D$9")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect(() => parseCell('B')).toThrow('Not an A1 cell address');
  });

  it('quotes sheet names that need it', () => {
    expect(quoteSheet('Pesi')).toBe('Pesi');
    expect(quoteSheet("Pesi dell'anno")).toBe("'Pesi dell''anno'");
  });
});
