import { fakeBook, SMALL, xlsxBook } from './helpers';
import type { SeedBook } from './fake/model';
import { DEFAULT_READ_CELLS, PremiaOfficeError } from '../../../src/adapters/office';

describe('OfficeWorkbook reading', () => {
  it('gives the same snapshots as the xlsx adapter for the same content', async () => {
    const { book } = fakeBook(SMALL);
    const office = await book.readSheets();
    const xlsx = await (await xlsxBook(SMALL)).readSheets();
    expect(office).toEqual(xlsx);
    // and the content is what the seed says, not just equal
    const [pesi] = office;
    expect(pesi.values[3]).toEqual(['Totale', 1, { error: '#REF!' }, { error: '#DIV/0!' }, null]);
    expect(pesi.formulas[3]).toEqual([null, '=SUM(B2:B3)', null, '=1/0', null]);
    expect(pesi.numberFormats[1][3]).toBe('#,##0.00 "€"');
    expect(pesi.values[1][2]).toBe('   ');
    expect(pesi.merged).toEqual([{ top: 5, left: 0, bottom: 6, right: 1 }]);
    expect(pesi.hiddenRows).toEqual([7]);
    expect(pesi.hiddenColumns).toEqual([2]);
    expect(office[1]).toMatchObject({ name: 'Personale, 2025', top: 1, left: 1 });
    expect(office[2]).toMatchObject({ name: 'Vuoto', values: [], hiddenRows: [] });
  });

  it('marks hidden and very hidden sheets as the xlsx adapter does', async () => {
    const seed: SeedBook = {
      ...SMALL,
      sheets: [
        ...SMALL.sheets,
        { name: 'Nascosto', visibility: 'Hidden', cells: { A1: 1 } },
        { name: 'Molto nascosto', visibility: 'VeryHidden', cells: {} },
      ],
    };
    const office = await fakeBook(seed).book.readSheets();
    expect(office).toEqual(await (await xlsxBook(seed)).readSheets());
    expect(office.map((s) => s.hidden)).toEqual([undefined, undefined, undefined, true, true]);
  });

  it('lists sheets and tables like the xlsx adapter', async () => {
    const seed: SeedBook = {
      ...SMALL,
      sheets: [...SMALL.sheets, { name: 'Nascosto', visibility: 'Hidden', cells: { A1: 1 } }],
    };
    const { book, fake } = fakeBook(seed);
    const xlsx = await xlsxBook(seed);
    expect(await book.listSheets()).toEqual(await xlsx.listSheets());
    const before = fake.syncs;
    expect(await book.listTables()).toEqual(await xlsx.listTables());
    expect(fake.syncs - before).toBe(2);
  });

  it('keeps dates as serial numbers with their format, and text that looks like a formula as text', async () => {
    const { book } = fakeBook({
      sheets: [
        {
          name: 'S',
          cells: { A1: { value: 45291, format: 'dd/mm/yyyy' }, A2: { value: '=SUM(A1)', format: '@' } },
        },
      ],
    });
    const [s] = await book.readSheets(['s']);
    expect(s.name).toBe('S');
    expect(s.values).toEqual([[45291], ['=SUM(A1)']]);
    expect(s.numberFormats).toEqual([['dd/mm/yyyy'], ['@']]);
    expect(s.formulas).toEqual([[null], [null]]);
  });

  it('gives each cell its number format in the same read, percent formats included, as the xlsx adapter', async () => {
    const seed: SeedBook = {
      sheets: [
        {
          name: 'T',
          cells: {
            A1: 'Valore atteso',
            B1: 'Valore raggiunto',
            A2: { value: 0.5, format: '0%' },
            B2: { value: 0.4, format: '0.00%' },
            A3: '50%',
            B3: 40,
          },
        },
      ],
    };
    const { book, fake } = fakeBook(seed);
    const before = fake.syncs;
    const [s] = await book.readSheets();
    expect(s.numberFormats).toEqual([
      ['General', 'General'],
      ['0%', '0.00%'],
      ['General', 'General'],
    ]);
    expect(s.values[1]).toEqual([0.5, 0.4]);
    expect(await (await xlsxBook(seed)).readSheets()).toEqual([s]);
    // Formats come with the values (the fake refuses a property read before its sync), in the
    // same three syncs as any read under the budget: none of their own.
    expect(fake.syncs - before).toBe(3);
  });

  it('finds hidden rows and columns through several visible areas, all rows hidden included', async () => {
    const rows = Array.from({ length: 30 }, (_, r) => Array.from({ length: 6 }, (_, c) => r * 10 + c));
    const { book } = fakeBook({
      sheets: [
        { name: 'A', rows, hiddenRows: [0, 4, 5, 29, 40], hiddenColumns: [1, 3] },
        {
          name: 'B',
          rows: [
            [1, 2],
            [3, 4],
          ],
          hiddenRows: [0, 1],
        },
      ],
    });
    const [a, b] = await book.readSheets();
    expect(a.hiddenRows).toEqual([0, 4, 5, 29]); // row 40 is outside the used range
    expect(a.hiddenColumns).toEqual([1, 3]);
    expect(b.hiddenRows).toEqual([0, 1]);
    expect(b.hiddenColumns).toEqual([]);
  });

  it('reports a sheet that does not exist', async () => {
    const { book } = fakeBook(SMALL);
    const error = await book.readSheets(['Manca']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PremiaOfficeError);
    expect((error as PremiaOfficeError).code).toBe('notFound');
    expect((error as Error).message).toBe('Il foglio «Manca» non esiste più nella cartella di lavoro.');
  });

  function seed(sheets: number, rowsPerSheet: number, text = (r: number) => `Riga ${r}`): SeedBook {
    return {
      sheets: Array.from({ length: sheets }, (_, i) => ({
        name: `Foglio ${i + 1}`,
        rows: Array.from({ length: rowsPerSheet }, (_, r) =>
          Array.from({ length: 10 }, (_, c) => (c === 0 ? text(r) : r * c)),
        ),
        hiddenRows: [3],
      })),
    };
  }

  it('reads any workbook under the budget in the same three syncs, 1 sheet or 12', async () => {
    const one = fakeBook(seed(1, 10));
    const twelve = fakeBook(seed(12, 300)); // 36,000 cells: under the 40,000 of one request
    await one.book.readSheets();
    const snaps = await twelve.book.readSheets();
    expect(one.fake.syncs).toBe(3);
    expect(twelve.fake.syncs).toBe(3);
    expect(snaps).toHaveLength(12);
    expect(snaps[11].values[299][9]).toBe(299 * 9);
    expect(snaps[0].hiddenRows).toEqual([3]);
  });

  it('reads a large workbook in blocks, every response under 4 MB, one sync per 40,000 cells', async () => {
    // 12 sheets x 20,000 rows x 10 columns: about 100 MB of response in one request.
    const { book, fake } = fakeBook(seed(12, 20_000), { responseLimit: 4_000_000 });
    const snaps = await book.readSheets();
    const cells = 12 * 20_000 * 10;
    expect(fake.syncs).toBeLessThanOrEqual(2 + Math.ceil(cells / DEFAULT_READ_CELLS) + 1);
    expect(fake.syncs).toBeGreaterThan(2 + cells / 4_000_000); // not one giant answer
    expect(Math.max(...fake.requests.map((r) => r.response))).toBeLessThan(4_000_000);
    expect(snaps[11].values).toHaveLength(20_000);
    expect(snaps[11].values[19_999]).toEqual([
      'Riga 19999',
      ...Array.from({ length: 9 }, (_, c) => 19_999 * (c + 1)),
    ]);
    expect(snaps[5].values[12_345][3]).toBe(12_345 * 3);
    expect(snaps[0].hiddenRows).toEqual([3]);
  });

  it('gives the same snapshots whatever the blocks, cut down to one row', async () => {
    const xlsx = await (await xlsxBook(SMALL)).readSheets();
    for (const maxReadCells of [1, 3, 7, 40]) {
      const { book } = fakeBook(SMALL, {}, { maxReadCells });
      expect(await book.readSheets()).toEqual(xlsx);
    }
  });

  it('asks again in smaller blocks when Excel refuses a response as too large', async () => {
    // Long texts: 2,000 rows of 1,000 characters are about 4 MB in the values and formulas grids.
    const long = (r: number) => `${r} `.padEnd(1_000, 'x');
    const { book, fake } = fakeBook(seed(1, 2_000, long), { responseLimit: 1_000_000 });
    const [sheet] = await book.readSheets();
    expect(fake.requests.some((r) => !r.ok)).toBe(true); // refused at least once...
    expect(sheet.values).toHaveLength(2_000); // ...and read whole in the end
    expect(sheet.values[1_999][0]).toBe(long(1_999));
    expect(sheet.values.map((row) => row[1])).toEqual(Array.from({ length: 2_000 }, (_, r) => r));
    expect(Math.max(...fake.requests.filter((r) => r.ok).map((r) => r.response))).toBeLessThan(1_000_000);
  });

  it('gives up with a clear message when one row alone is too large to read', async () => {
    const { book } = fakeBook(
      seed(1, 3, () => 'x'.repeat(300_000)),
      { responseLimit: 100_000 },
    );
    const error = await book.readSheets().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PremiaOfficeError);
    expect((error as PremiaOfficeError).code).toBe('payloadTooLarge');
  });

  it('refuses to read a property that was not loaded (the fake enforces load and sync)', async () => {
    const { fake } = fakeBook(SMALL);
    await expect(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items[0].position;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await expect(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Pesi').getRange('A1');
        range.load('values');
        return range.values; // before sync
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });
});

describe('OfficeWorkbook reading a sheet with one far cell', () => {
  it('refuses a used range stretched to XFD1048576 with a clear error, before reading any cell', async () => {
    const { book, fake } = fakeBook({
      sheets: [
        { name: 'Pesi', cells: { A1: 'N.', B1: 'Obiettivo', C1: 'Peso', A2: 1, B2: 'Verde', C2: 60 } },
      ],
    });
    const fine = await book.readSheets();
    expect(fine[0].values).toHaveLength(2);
    const far = fakeBook({
      sheets: [{ name: 'Pesi', cells: { A1: 'N.', B1: 'Obiettivo', C1: 'Peso', XFD1048576: 'x' } }],
    });
    const before = far.fake.syncs;
    const error = await far.book.readSheets().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PremiaOfficeError);
    expect((error as PremiaOfficeError).code).toBe('usedRangeTooLarge');
    expect((error as PremiaOfficeError).message).toContain('«Pesi»');
    expect((error as PremiaOfficeError).message).toContain('XFD1048576');
    expect((error as PremiaOfficeError).message).toContain('Ctrl+Fine');
    // The sheet list and the used ranges' sizes only: no block of cells was asked for.
    expect(far.fake.syncs - before).toBe(2);
    expect(fake.syncs).toBeGreaterThan(0);
  });
});
