import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';

describe('reading a large sheet', () => {
  it('reads 20,000 rows x 10 columns well within a few seconds', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Grande');
    for (let r = 1; r <= 20_000; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= 10; c++) row.getCell(c).value = c % 2 ? r * c : `t${r}-${c}`;
    }
    const book = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));

    const start = performance.now();
    const [snap] = await book.readSheets(['Grande']);
    const elapsed = performance.now() - start;

    expect(snap.values).toHaveLength(20_000);
    expect(snap.values[19_999]).toHaveLength(10);
    expect(snap.values[19_999][0]).toBe(20_000);
    expect(snap.values[19_999][1]).toBe('t20000-2');
    expect(elapsed).toBeLessThan(2000);
  });
});
