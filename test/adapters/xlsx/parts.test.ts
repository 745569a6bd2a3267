import { droppedParts } from '../../../src/adapters/xlsx/parts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parts ExcelJS drops', () => {
  it('finds charts and pivot tables by their zip entry names', () => {
    const zipLike = bytes(
      'PK\u0003\u0004....xl/worksheets/sheet1.xml....PK\u0001\u0002xl/charts/chart1.xml..xl/pivotTables/pivotTable1.xml',
    );
    expect(droppedParts(zipLike)).toEqual(['charts', 'pivot tables']);
    expect(droppedParts(zipLike.buffer as ArrayBuffer)).toEqual(['charts', 'pivot tables']);
  });

  it('finds nothing in a plain workbook', () => {
    expect(droppedParts(bytes('PK....xl/worksheets/sheet1.xml xl/chart xl/tables/table1.xml'))).toEqual([]);
  });
});
