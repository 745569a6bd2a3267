/**
 * The round-trip budget (issue 20): in Excel on the web every `context.sync()` is a network
 * round trip, so the number of syncs each operation takes is behaviour, checked here on the
 * counting fake at small and real sizes. Timing is the benchmarks' business (bench/office.ts).
 */
import { fakeBook, SMALL } from './helpers';
import type { SeedBook } from './fake/model';
import { SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';

/** A plan-sized workbook: `sheets` sheets of `rows` x 10 cells, one Excel table on each. */
function planSized(sheets: number, rows: number): SeedBook {
  return {
    sheets: Array.from({ length: sheets }, (_, i) => ({
      name: `Foglio ${i + 1}`,
      rows: [
        Array.from({ length: 10 }, (_, c) => `Colonna ${c + 1}`),
        ...Array.from({ length: rows - 1 }, (_, r) =>
          Array.from({ length: 10 }, (_, c) => (c === 0 ? `Riga ${r}` : r * c)),
        ),
      ],
    })),
    tables: Array.from({ length: sheets }, (_, i) => ({
      name: `Tabella${i + 1}`,
      sheet: `Foglio ${i + 1}`,
      range: `A1:J${rows}`,
    })),
  };
}

describe('sync budget: reading', () => {
  it('reads sheets, tables and settings in 3 syncs, small or ~40,000 cells, as the three calls give them', async () => {
    const settings = { mapping: '{"x":1}', 'premia.owned': '{}' };
    for (const seed of [SMALL, planSized(8, 495)]) {
      const separate = fakeBook(seed);
      await separate.book.writeSettings(settings);
      const together = fakeBook(seed);
      await together.book.writeSettings(settings);
      const before = together.fake.syncs;
      const all = await together.book.readAll();
      expect(together.fake.syncs - before).toBe(3);
      expect(all.sheets).toEqual(await separate.book.readSheets());
      expect(all.tables).toEqual(await separate.book.listTables());
      expect(all.settings).toEqual(settings);
      expect(all.tables.length).toBeGreaterThan(0);
    }
  });

  it('reads a workbook without settings sheet in the same 3 syncs (null-object chaining)', async () => {
    const { book, fake } = fakeBook(planSized(8, 495)); // 39,600 cells
    const all = await book.readAll();
    expect(fake.syncs).toBe(3);
    expect(fake.book.sheet(SETTINGS_SHEET)).toBeUndefined();
    expect(all.settings).toEqual({});
    expect(all.tables).toHaveLength(8);
    expect(all.tables[7]).toMatchObject({
      sheet: 'Foglio 8',
      range: { top: 0, left: 0, bottom: 494, right: 9 },
    });
    expect(all.sheets[7].values[494][9]).toBe(493 * 9);
    const alone = fakeBook(planSized(8, 495));
    expect(await alone.book.readSettings()).toEqual({});
    expect(alone.fake.syncs).toBe(1);
  });
});
