import { hiddenFromVisible, parseAreas } from '../../../src/adapters/office/areas';

describe('RangeAreas addresses', () => {
  it('splits areas outside quoted sheet names only', () => {
    expect(parseAreas("'Pesi, 2025'!A1:B2, 'Pesi, 2025'!D4,'It''s'!C3:C5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 2, bottom: 4, right: 2 },
    ]);
    expect(parseAreas('Foglio1!3:5,Foglio1!B:C')).toEqual([
      { top: 2, left: 0, bottom: 4, right: 16383 },
      { top: 0, left: 1, bottom: 1048575, right: 2 },
    ]);
  });

  it('derives hidden rows and columns from the visible rectangles', () => {
    const range = { top: 0, left: 0, bottom: 9, right: 4 };
    const visible = parseAreas('S!A1:A3,S!C1:E3,S!A6:A10,S!C6:E10');
    expect(hiddenFromVisible(range, visible, false, false)).toEqual({
      hiddenRows: [3, 4],
      hiddenColumns: [1],
    });
    expect(hiddenFromVisible(range, null, true, false)).toEqual({
      hiddenRows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      hiddenColumns: [],
    });
    expect(hiddenFromVisible(range, null, false, true)).toEqual({
      hiddenRows: [],
      hiddenColumns: [0, 1, 2, 3, 4],
    });
  });
});
