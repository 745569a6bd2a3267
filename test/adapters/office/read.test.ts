import { fakeBook, SMALL, xlsxBook } from './helpers';
import type { SeedBook, SeedSheet } from './fake/model';
import { PremiaOfficeError } from '../../../src/adapters/office';

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

  it('reads any workbook in the same two syncs, 10 rows or 20,000 rows x 10 columns on 12 sheets', async () => {
    function seed(rowsPerSheet: number): SeedBook {
      const sheets: SeedSheet[] = Array.from({ length: 12 }, (_, i) => ({
        name: `Foglio ${i + 1}`,
        rows: Array.from({ length: rowsPerSheet }, (_, r) =>
          Array.from({ length: 10 }, (_, c) => (c === 0 ? `Riga ${r}` : r * c)),
        ),
        hiddenRows: [3],
      }));
      return { sheets };
    }
    const small = fakeBook(seed(10));
    const big = fakeBook(seed(20_000));
    const smallSnaps = await small.book.readSheets();
    const bigSnaps = await big.book.readSheets();
    expect(small.fake.syncs).toBe(2);
    expect(big.fake.syncs).toBe(2);
    expect(smallSnaps).toHaveLength(12);
    expect(bigSnaps[11].values).toHaveLength(20_000);
    expect(bigSnaps[11].values[19_999][9]).toBe(19_999 * 9);
    expect(bigSnaps[0].hiddenRows).toEqual([3]);
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
