/**
 * The round-trip budget (issue 20): in Excel on the web every `context.sync()` is a network
 * round trip, so the number of syncs each operation takes is behaviour, checked here on the
 * counting fake at small and real sizes. Timing is the benchmarks' business (bench/office.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { fakeBook, SMALL } from './helpers';
import { DEFAULT_MAX_REQUEST_BYTES } from '../../../src/adapters/office';
import { rowBytes } from '../../../src/adapters/office/blocks';
import type { SeedBook } from './fake/model';
import { seedFromXlsx } from './from-xlsx';
import { SETTINGS_MARKER, SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';
import type { SheetSnapshot } from '../../../src/workbook/port';
import {
  buildFromSnapshots,
  loadWorkbook,
  runDistribution,
  runValidation,
} from '../../../src/workbook/pipeline';
import { distributionOutputs, validationOutputs, writeOutputs } from '../../../src/workbook/outputs';
import { OWNED_SETTING } from '../../../src/workbook/ownership';
import { OUTPUT_SHEETS } from '../../../src/workbook/writers';
import { validateWeights } from '../../../src/commands/validate-weights';
import { planWorkbook, toSeed } from '../../../bench/workbook';
import { DEFAULT_SEED, sizeAt } from '../../../bench/child';

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

describe('sync budget: the settings sheet found by its marker', () => {
  it("keeps 3 syncs to read and 2 to write when a user's _premia takes the name: Premia's is _premia2", async () => {
    const user = { name: '_premia', cells: { A1: 'mapping', B1: 'mio' } };
    const { book, fake } = fakeBook({ sheets: [...SMALL.sheets, user] });
    const loaded = await loadWorkbook(book);
    expect(loaded.settings).toEqual({});
    let before = fake.syncs;
    await writeOutputs(book, loaded, validationOutputs(loaded, runValidation(loaded), { locale: 'it' }));
    expect(fake.syncs - before).toBe(2);
    expect(fake.book.sheet('_premia')!.get(0, 1)).toBe('mio');
    expect(fake.book.sheet('_premia')!.visibility).toBe('Visible');
    expect(fake.book.sheet('_premia2')!.visibility).toBe('VeryHidden');
    before = fake.syncs;
    const again = await book.readAll();
    expect(fake.syncs - before).toBe(3);
    expect(again.settings[OWNED_SETTING]).toContain(OUTPUT_SHEETS.validation);
    // The user's sheet is input like any other, never the settings.
    expect(again.sheets.map((s) => s.name)).toContain('_premia');
  });

  it('takes one sync more, and still finds it, when a very hidden sheet has another name', async () => {
    const { book, fake } = fakeBook({
      sheets: [
        ...SMALL.sheets,
        { name: 'AltroAddin', visibility: 'VeryHidden', cells: { A1: 'x' } },
        {
          name: 'Rinominato',
          visibility: 'VeryHidden',
          cells: { A1: SETTINGS_MARKER, A2: 'year', B2: '2024' },
        },
      ],
    });
    const all = await book.readAll();
    expect(fake.syncs).toBe(4);
    expect(all.settings).toEqual({ year: '2024' });
    const before = fake.syncs;
    await book.writeSettings({ k: 'v' });
    expect(fake.syncs - before).toBe(3);
    expect(fake.book.sheet('Rinominato')!.visibility).toBe('VeryHidden');
    expect(fake.book.sheet('_premia')).toBeUndefined();
    expect(await book.readSettings()).toEqual({ year: '2024', k: 'v' });
  });
});

/** The benchmark's plan of `objectives` objectives (5 indicators each), laid out as users keep it. */
function plan(objectives: number): SeedBook {
  const size = {
    objectives,
    indicatorsPerObjective: 5,
    employees: objectives / 2,
    assignments: objectives * 2,
    areas: Math.max(1, objectives / 25),
  };
  return toSeed(planWorkbook(size, DEFAULT_SEED));
}

/** The sheets of a generated plan as snapshots, without the fake's (slow) reading of them. */
function snapshotsOf(objectives: number): SheetSnapshot[] {
  const size = sizeAt(objectives / 100_000);
  return planWorkbook(size, DEFAULT_SEED).sheets.map((s) => {
    const formats = s.rows.map((r) => r.map(() => 'General'));
    for (const f of s.formats) formats[f.row][f.col] = f.format;
    return {
      name: s.name,
      top: 0,
      left: 0,
      values: s.rows.map((r) => r.map((v) => (v === '' ? null : v))),
      numberFormats: formats,
      formulas: s.rows.map((r) => r.map(() => null)),
      merged: [],
      hiddenRows: [],
      hiddenColumns: [],
    };
  });
}

const valdoria = async (name: string) =>
  seedFromXlsx(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', name)));

describe('sync budget: writing', () => {
  it('writes a validation report with its fingerprint in 2 syncs, new or replacing the last one', async () => {
    for (const seed of [await valdoria('comune-di-valdoria-con-errori.xlsx'), plan(200)]) {
      const { book, fake } = fakeBook(seed);
      for (let run = 0; run < 2; run++) {
        const loaded = await loadWorkbook(book);
        const findings = runValidation(loaded);
        const before = fake.syncs;
        await writeOutputs(book, loaded, validationOutputs(loaded, findings, { locale: 'it' }));
        expect(fake.syncs - before).toBeLessThanOrEqual(2);
        expect(fake.book.sheet(OUTPUT_SHEETS.validation)).toBeDefined();
        expect((await book.readSettings())[OWNED_SETTING]).toContain(OUTPUT_SHEETS.validation);
      }
    }
  });

  it('writes a distribution of 200 objectives in 2 syncs', async () => {
    const { book, fake } = fakeBook(plan(200));
    const loaded = await loadWorkbook(book);
    expect(fake.syncs).toBe(3);
    const run = runDistribution(loaded);
    expect(run.distribution.ok).toBe(true);
    const specs = distributionOutputs(loaded, run);
    const before = fake.syncs;
    await writeOutputs(book, loaded, specs);
    expect(fake.syncs - before).toBe(2);
    for (const spec of specs) expect(fake.book.sheet(spec.name)?.values.length).toBe(spec.rows.length);
  });
});

describe('sync budget: writing a large distribution', () => {
  it('writes 25,000 objectives in 1 + one sync per 3.5 MB of payload, every request under 4 MB', async () => {
    const loaded = buildFromSnapshots(snapshotsOf(25_000), [], {});
    const run = runDistribution(loaded);
    expect(run.distribution.ok).toBe(true);
    const specs = distributionOutputs(loaded, run);
    const { book, fake } = fakeBook(SMALL);
    await writeOutputs(book, loaded, specs);
    // The adapter's own estimate of what it sends: the cells make nearly all of it.
    const payload = specs.reduce((n, spec) => {
      const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
      return n + spec.rows.reduce((m, row, r) => m + rowBytes(row, width, spec.rows[r - 1]), 0);
    }, 0);
    expect(payload).toBeGreaterThan(50 * 1024 * 1024); // why 4 syncs cannot hold: docs/office-adapter.md
    // The prepare, then the requests, each filled to within one row of the budget.
    expect(fake.syncs).toBeLessThanOrEqual(2 + Math.ceil(payload / (DEFAULT_MAX_REQUEST_BYTES - 10_000)));
    expect(fake.requests.every((q) => q.ok && q.payload < 4 * 1024 * 1024)).toBe(true);
    for (const spec of specs) expect(fake.book.sheet(spec.name)?.values.length).toBe(spec.rows.length);
  }, 180_000);
});

describe('sync budget: the ribbon click', () => {
  it('"Valida pesi" takes at most 5 round trips: 3 to read, 2 to write the report and select', async () => {
    const { book, fake } = fakeBook(await valdoria('comune-di-valdoria-con-errori.xlsx'));
    for (let click = 0; click < 2; click++) {
      const before = fake.syncs;
      const notice = await validateWeights(book, 'it');
      expect(fake.syncs - before).toBeLessThanOrEqual(5);
      expect(notice.errors).toBeGreaterThan(0);
      expect(notice.selected).toBeDefined();
      expect(fake.book.selection?.sheet).toBe(notice.selected?.sheet);
      expect(fake.book.selection?.address).toBe(notice.selected?.cell);
      expect(fake.book.sheet(OUTPUT_SHEETS.validation)).toBeDefined();
    }
    const clean = fakeBook(plan(200));
    const notice = await validateWeights(clean.book, 'it');
    expect(clean.fake.syncs).toBeLessThanOrEqual(5);
    expect(notice.selected).toBeUndefined();
    expect(clean.fake.book.selection).toBeUndefined();
  });
});
