import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { SETTINGS_MARKER, SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';
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
    // Premia's marker in A1, then one row per setting.
    expect(ws.getCell('A1').value).toBe(SETTINGS_MARKER);
    expect(ws.getCell('A2').value).toBe('mapping');
    // 100,000+ characters over cells of at most 32,000
    expect((ws.getCell('B2').value as string).length).toBe(32_000);
    expect(ws.getCell('E2').value).toBeTruthy();
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

describe("XlsxWorkbook settings and a user's sheet called _premia", () => {
  async function withUserSheet(
    state: 'visible' | 'hidden' | 'veryHidden',
    a1: string,
  ): Promise<XlsxWorkbook> {
    const wb = new Workbook();
    wb.addWorksheet('Dati').getCell('A1').value = 1;
    const mine = wb.addWorksheet('_Premia', { state });
    mine.getCell('A1').value = a1;
    mine.getCell('B1').value = 'mio';
    return XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  it('a visible or hidden _Premia is user data: settings go to a very hidden _premia2, the user sheet stays', async () => {
    for (const state of ['visible', 'hidden'] as const) {
      const book = await withUserSheet(state, 'mapping');
      expect(await book.readSettings()).toEqual({});
      await book.writeSettings({ k: 'v' });
      const again = await XlsxWorkbook.load(await book.save());
      expect(await again.readSettings()).toEqual({ k: 'v' });
      expect(await again.listSheets()).toEqual([
        { name: 'Dati', visible: true, position: 0 },
        { name: '_Premia', visible: state === 'visible', position: 1 },
        { name: '_premia2', visible: false, position: 2 },
      ]);
      const [mine] = await again.readSheets(['_Premia']);
      expect(mine.values).toEqual([['mapping', 'mio']]);
      await again.writeSettings({ k: null });
      expect((await again.listSheets()).map((s) => s.name)).toEqual(['Dati', '_Premia']);
    }
  });

  it('a very hidden _premia without the marker (written before it) is still Premia’s; one with another name is not', async () => {
    const legacy = await withUserSheet('veryHidden', 'year');
    // '_Premia' is not the exact name Premia wrote: not taken.
    expect(await legacy.readSettings()).toEqual({});
    const wb = new Workbook();
    const old = wb.addWorksheet('_premia', { state: 'veryHidden' });
    old.getCell('A1').value = 'year';
    old.getCell('B1').value = '2024';
    const book = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(await book.readSettings()).toEqual({ year: '2024' });
  });
});
