import { SETTINGS_MARKER, SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';
import { fakeBook, SMALL } from './helpers';

describe('OfficeWorkbook settings', () => {
  it('round-trips settings in a very hidden sheet created when first needed', async () => {
    const { book, fake } = fakeBook(SMALL);
    expect(await book.readSettings()).toEqual({});
    expect(fake.book.sheet(SETTINGS_SHEET)).toBeUndefined();
    const big = JSON.stringify({ columns: 'x'.repeat(100_000) });
    await book.writeSettings({ mapping: big, formula: '=SUM(A1)', numero: '0012', vuoto: '' });
    await book.writeSettings({ year: '2025', formula: null });
    expect(await book.readSettings()).toEqual({ mapping: big, numero: '0012', vuoto: '', year: '2025' });
    const s = fake.book.sheet(SETTINGS_SHEET)!;
    expect(s.visibility).toBe('VeryHidden');
    expect(s.get(0, 0)).toBe(SETTINGS_MARKER);
    expect(s.get(1, 0)).toBe('mapping');
    expect((s.get(1, 1) as string).length).toBe(32_000);
    expect(s.format(2, 1)).toBe('@');
    expect(fake.book.sheets.map((x) => x.name)).toEqual(['Pesi', 'Personale, 2025', 'Vuoto', SETTINGS_SHEET]);
  });

  it('keeps the settings sheet where it is, and removes it when no setting remains', async () => {
    const { book, fake } = fakeBook(SMALL);
    await book.writeSettings({ a: '1' });
    await book.writeSheets([{ name: 'Dopo', rows: [[{ value: 1 }]] }]);
    await book.writeSettings({ b: '2' });
    expect(fake.book.sheets.map((x) => x.name).slice(-2)).toEqual([SETTINGS_SHEET, 'Dopo']);
    expect(await book.readSettings()).toEqual({ a: '1', b: '2' });
    await book.writeSettings({ a: null, b: null });
    expect(fake.book.sheet(SETTINGS_SHEET)).toBeUndefined();
    expect(await book.readSettings()).toEqual({});
  });
});

describe("OfficeWorkbook settings and a user's sheet called _premia", () => {
  it('a visible or merely hidden _premia is user data: settings go to _premia2, the user sheet untouched', async () => {
    for (const visibility of ['Visible', 'Hidden'] as const) {
      const { book, fake } = fakeBook({
        sheets: [...SMALL.sheets, { name: '_Premia', visibility, cells: { A1: 'mapping', B1: 'mio' } }],
      });
      expect(await book.readSettings()).toEqual({});
      await book.writeSettings({ k: 'v' });
      expect(await book.readSettings()).toEqual({ k: 'v' });
      const mine = fake.book.sheet('_Premia')!;
      expect(mine.visibility).toBe(visibility);
      expect(mine.get(0, 1)).toBe('mio');
      const own = fake.book.sheet('_premia2')!;
      expect(own.visibility).toBe('VeryHidden');
      expect(own.get(0, 0)).toBe(SETTINGS_MARKER);
      await book.writeSettings({ k: null });
      expect(fake.book.sheet('_premia2')).toBeUndefined();
      expect(fake.book.sheet('_Premia')).toBeDefined();
    }
  });

  it('a very hidden _premia without the marker (written before it) is still Premia’s', async () => {
    const { book } = fakeBook({
      sheets: [
        ...SMALL.sheets,
        { name: '_premia', visibility: 'VeryHidden', cells: { A1: 'year', B1: '2024' } },
      ],
    });
    expect(await book.readSettings()).toEqual({ year: '2024' });
  });
});
