import { fakeBook, SMALL } from './helpers';

describe('OfficeWorkbook renameSheet', () => {
  it('renames in one sync, keeping cells and position', async () => {
    const { book, fake } = fakeBook(SMALL);
    const before = fake.book.sheets.map((s) => s.name);
    const cell = fake.book.sheet('Pesi')!.get(0, 0);
    const syncs = fake.syncs;
    await book.renameSheet('Pesi', 'Pesi (modificato)');
    expect(fake.syncs - syncs).toBe(1);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(
      before.map((n) => (n === 'Pesi' ? 'Pesi (modificato)' : n)),
    );
    expect(fake.book.sheet('Pesi (modificato)')!.get(0, 0)).toEqual(cell);
  });

  it('refuses an invalid name before asking Excel', async () => {
    const { book, fake } = fakeBook(SMALL);
    const syncs = fake.syncs;
    await expect(book.renameSheet('Pesi', 'a/b')).rejects.toThrow();
    expect(fake.syncs).toBe(syncs);
  });
});

describe('OfficeWorkbook renameSheet and the settings sheet', () => {
  it('never renames to or from the settings sheet, and asks Excel nothing', async () => {
    const { book, fake } = fakeBook(SMALL);
    await book.writeSettings({ 'premia.x': '1' });
    const syncs = fake.syncs;
    await expect(book.renameSheet('Pesi', '_PREMIA')).rejects.toThrow('settings');
    await expect(book.renameSheet('_premia', 'Altro')).rejects.toThrow('settings');
    expect(fake.syncs).toBe(syncs);
    expect(fake.book.sheet('Pesi')).toBeDefined();
  });

  it('changes only the case of a name', async () => {
    const { book, fake } = fakeBook(SMALL);
    await book.renameSheet('Pesi', 'PESI');
    expect(fake.book.sheets.map((s) => s.name)).toContain('PESI');
  });
});
