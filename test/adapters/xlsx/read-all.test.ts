import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { buildInput } from './fixture';

describe('XlsxWorkbook readAll and writeSheets extras', () => {
  it('readAll gives what readSheets, listTables and readSettings give', async () => {
    const book = await XlsxWorkbook.load(await buildInput());
    await book.writeSettings({ mapping: '{"a":1}' });
    const all = await book.readAll();
    expect(all.sheets).toEqual(await book.readSheets());
    expect(all.tables).toEqual(await book.listTables());
    expect(all.settings).toEqual({ mapping: '{"a":1}' });
    expect(all.sheets.length).toBeGreaterThan(1);
  });

  it('writes the settings and the selection after the sheets, and none of them on a bad spec', async () => {
    const book = await XlsxWorkbook.load(await buildInput());
    const extras = { settings: { owned: 'x' }, select: { sheet: 'Premia Nuovo', address: 'A1' } };
    await book.writeSheets([{ name: 'Premia Nuovo', rows: [[{ value: 1 }]] }], extras);
    expect(await book.readSettings()).toEqual({ owned: 'x' });
    expect(book.selection).toEqual({ sheet: 'Premia Nuovo', address: 'A1' });
    const bad = book.writeSheets([{ name: 'Premia/Nuovo', rows: [] }], { settings: { owned: 'y' } });
    await expect(bad).rejects.toThrow();
    expect(await book.readSettings()).toEqual({ owned: 'x' });
  });
});
