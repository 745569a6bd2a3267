import { SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';
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
    expect(s.get(0, 0)).toBe('mapping');
    expect((s.get(0, 1) as string).length).toBe(32_000);
    expect(s.format(1, 1)).toBe('@');
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
