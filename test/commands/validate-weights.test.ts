import * as fs from 'fs';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { validateWeights } from '../../src/commands/validate-weights';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import { OutputConflictError } from '../../src/workbook/ownership';

const sample = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'examples', name));

describe('Valida pesi (ribbon command)', () => {
  it('on errors: writes the report, selects the first offending cells, says how many', async () => {
    const book = await XlsxWorkbook.load(sample('comune-di-valdoria-con-errori.xlsx'));
    const notice = await validateWeights(book, 'it');
    expect(notice.errors).toBeGreaterThan(0);
    expect(notice.title).toContain(`${notice.errors} errori`);
    expect(notice.selected).toBeDefined();
    expect(book.selection).toEqual({ sheet: notice.selected?.sheet, address: notice.selected?.cell });
    expect(notice.detail).toBeTruthy();
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toContain(OUTPUT_SHEETS.validation);
  });

  it('never writes over a report the user edited since', async () => {
    const book = await XlsxWorkbook.load(sample('comune-di-valdoria.xlsx'));
    await validateWeights(book, 'it');
    await expect(validateWeights(book, 'it')).resolves.toBeDefined(); // unchanged: replaced
    book.workbook.getWorksheet(OUTPUT_SHEETS.validation)!.getCell('A1').value = 'nota mia';
    await expect(validateWeights(book, 'it')).rejects.toBeInstanceOf(OutputConflictError);
    expect(book.workbook.getWorksheet(OUTPUT_SHEETS.validation)!.getCell('A1').value).toBe('nota mia');
  });

  it('on a clean workbook: no errors, nothing selected, English when Office is in English', async () => {
    const book = await XlsxWorkbook.load(sample('comune-di-valdoria.xlsx'));
    const notice = await validateWeights(book, 'en');
    expect(notice.errors).toBe(0);
    expect(notice.selected).toBeUndefined();
    expect(book.selection).toBeUndefined();
    expect(notice.title).toMatch(/^(Weights and tables are in order|No errors)/);
  });
});
