import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';
import { buildInput, loadPlain } from './fixture';

describe('XlsxWorkbook settings', () => {
  it('round-trips settings through a saved file, in a very hidden sheet', async () => {
    const book = await XlsxWorkbook.load(await buildInput());
    expect(await book.readSettings()).toEqual({});
    const big = JSON.stringify({ columns: 'x'.repeat(100_000) });
    await book.writeSettings({ mapping: big, formula: '=SUM(A1)', vuoto: '' });
    await book.writeSettings({ year: '2025', formula: null });
    const bytes = await book.save();

    const reread = await XlsxWorkbook.load(bytes);
    const settings = await reread.readSettings();
    expect(settings).toEqual({ mapping: big, vuoto: '', year: '2025' });
    expect(settings.mapping).toHaveLength(big.length);

    const sheets = await reread.listSheets();
    expect(sheets.at(-1)).toEqual({ name: SETTINGS_SHEET, visible: false, position: 5 });
    const ws = (await loadPlain(bytes)).getWorksheet(SETTINGS_SHEET)!;
    expect(ws.state).toBe('veryHidden');
    expect(ws.getCell('A1').value).toBe('mapping');
    // 100,000+ characters over cells of at most 32,000
    expect((ws.getCell('B1').value as string).length).toBe(32_000);
    expect(ws.getCell('E1').value).toBeTruthy();
  });

  it('keeps the settings sheet where it is when settings change, and removes it when none remain', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSettings({ a: '1' });
    await book.writeSheets([{ name: 'Dopo', rows: [[{ value: 1 }]] }]);
    await book.writeSettings({ b: '2' });
    expect((await book.listSheets()).map((s) => s.name)).toEqual([SETTINGS_SHEET, 'Dopo']);
    expect(await book.readSettings()).toEqual({ a: '1', b: '2' });
    await book.writeSettings({ a: null, b: null });
    expect((await book.listSheets()).map((s) => s.name)).toEqual(['Dopo']);
    expect(await book.readSettings()).toEqual({});
  });

  it('refuses to overwrite the settings sheet with an ordinary sheet', async () => {
    const book = XlsxWorkbook.create();
    await expect(book.writeSheets([{ name: '_Premia', rows: [] }])).rejects.toThrow('settings');
  });
});
