import { PremiaOfficeError, type OfficeWorkbook } from '../../../src/adapters/office';
import { SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';
import type { SheetSpec } from '../../../src/workbook/port';
import { fakeBook, SMALL } from './helpers';
import type { FakeExcel } from './fake/excel';
import type { SeedBook } from './fake/model';

const INJECTIONS = ['=SUM(A1:A2)', '+1+1', '-2+3', '@SUM(1)', '=HYPERLINK("http://x","y")', '25%'];

/** A workbook holding a previous Premia output between two user sheets. */
const WITH_OUTPUT: SeedBook = {
  sheets: [
    ...SMALL.sheets.slice(0, 1),
    { name: 'Premia Punteggi', cells: { A1: 'versione vecchia', A2: 'da sostituire' }, visibility: 'Hidden' },
    ...SMALL.sheets.slice(1),
  ],
  tables: [...(SMALL.tables ?? []), { name: 'PremiaRisultati', sheet: 'Premia Punteggi', range: 'A1:A2' }],
  names: ['Totale_pesi'],
};

function results(name = 'Premia Risultati'): SheetSpec {
  return {
    name,
    rows: [
      [
        { value: 'Dipendente', bold: true },
        { value: 'Importo', bold: true },
        { value: 'Quota' },
        { value: 'Vai' },
      ],
      [
        { value: 'Rossi Mario' },
        { value: 1234.5, format: '#,##0.00 "€"' },
        { value: 0.6, format: '0.00%' },
        { value: 'origine', link: { sheet: 'Premia Punteggi', cell: 'B3' } },
      ],
      [
        { value: 'Bianchi Anna' },
        { value: 823, format: '#,##0.00 "€"' },
        { value: 0.4, format: '0.00%' },
        { value: null },
      ],
    ],
    columnWidths: [30, 14],
    freezeRows: 1,
    tables: [{ name: 'PremiaRisultati', range: 'A1:D3' }],
    charts: [{ kind: 'pie', title: 'Importi', dataRange: 'A1:B3', anchor: 'F2' }],
    tabColor: '2e7d32',
  };
}

/** Everything a user would see of the workbook, to compare states. */
function digest(fake: FakeExcel) {
  return {
    sheets: fake.book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      values: JSON.stringify(s.values),
    })),
    tables: fake.book.tables.map((t) => `${t.name}@${t.sheet.name}`).sort(),
  };
}

describe('OfficeWorkbook writing', () => {
  it('writes values, formats, bold runs, links, widths, frozen rows, a table, a chart and the tab colour', async () => {
    const { book, fake } = fakeBook(SMALL);
    await book.writeSheets([results()]);
    const s = fake.book.sheet('Premia Risultati')!;
    expect(fake.book.sheets.at(-1)).toBe(s);
    expect(s.values[1]).toEqual(['Rossi Mario', 1234.5, 0.6, 'origine']);
    expect(s.values[2]).toEqual(['Bianchi Anna', 823, 0.4, undefined]);
    expect(s.format(1, 1)).toBe('#,##0.00 "€"');
    expect(s.format(1, 0)).toBe('@');
    expect([s.isBold(0, 0), s.isBold(0, 1), s.isBold(0, 2)]).toEqual([true, true, false]);
    expect(s.link(1, 3)).toEqual({ documentReference: "'Premia Punteggi'!B3", textToDisplay: 'origine' });
    expect(s.font(1, 3)).toEqual({ color: '#0563C1', underline: 'Single' });
    expect(s.columnWidths.get(0)).toBe(161.25); // (30 x 7 + 5) px x 0.75
    expect(s.columnWidths.get(1)).toBe(77.25);
    expect(s.frozenRows).toBe(1);
    expect(s.tabColor).toBe('#2E7D32');
    expect(s.charts).toEqual([{ type: 'Pie', source: 'A1:B3', title: 'Importi', anchor: 'F2' }]);
    expect(await book.listTables()).toContainEqual({
      name: 'PremiaRisultati',
      sheet: 'Premia Risultati',
      range: { top: 0, left: 0, bottom: 2, right: 3 },
      showHeaders: true,
      showTotals: false,
    });
    expect(fake.book.sheets.some((x) => x.name.startsWith('_premia'))).toBe(false);
  });

  it('wraps the cells marked wrap, in one request per run of a row, and no others', async () => {
    const { book, fake } = fakeBook(SMALL);
    const long = 'Fondo 60.000,00 € → pool 20.000,00 € → peso 25 % = 5.000,00 €';
    await book.writeSheets([
      {
        name: 'Calcoli',
        rows: [
          [{ value: 'N.' }, { value: 'Titolo' }, { value: 'Calcolo' }],
          [{ value: '1' }, { value: 'Titolo lungo', wrap: true }, { value: long, wrap: true }],
          [{ value: '2' }, { value: null, wrap: true }, { value: long, wrap: true }],
        ],
      },
    ]);
    const s = fake.book.sheet('Calcoli')!;
    expect(s.get(1, 2)).toBe(long);
    expect([0, 1, 2].map((c) => s.isWrapped(1, c))).toEqual([false, true, true]);
    expect([0, 1, 2].map((c) => s.isWrapped(2, c))).toEqual([false, false, true]);
    expect(s.isWrapped(0, 2)).toBe(false);
    const wraps = fake.requests.flatMap((q) => q.ops).filter((op) => op.label === 'format.wrapText');
    expect(wraps).toHaveLength(2);
  });

  it('writes formula-looking strings as text: the text format goes in the same request, before the value', async () => {
    const { book, fake } = fakeBook(SMALL);
    await book.writeSheets([{ name: 'Testo', rows: INJECTIONS.map((value) => [{ value }]) }]);
    const s = fake.book.sheet('Testo')!;
    INJECTIONS.forEach((text, r) => {
      expect(s.get(r, 0)).toBe(text);
      expect(s.formula(r, 0)).toBeUndefined();
      expect(s.format(r, 0)).toBe('@');
    });
    const request = fake.requests.find((q) => q.ops.some((op) => op.label === 'range.values'))!;
    const labels = request.ops.map((op) => op.label);
    expect(labels.indexOf('range.numberFormat')).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf('range.numberFormat')).toBeLessThan(labels.indexOf('range.values'));
    const [snap] = await book.readSheets(['Testo']);
    expect(snap.values.map((r) => r[0])).toEqual(INJECTIONS);
    expect(snap.formulas.every((r) => r[0] === null)).toBe(true);
  });

  it('the fake would turn such a string into a formula without the text format (the test above can fail)', async () => {
    const { fake } = fakeBook({ sheets: [{ name: 'S' }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A2').values = [['=SUM(1)'], ['12']];
      await context.sync();
    });
    const s = fake.book.sheet('S')!;
    expect(s.formula(0, 0)).toBe('=SUM(1)');
    expect(s.get(1, 0)).toBe(12);
  });

  it('replaces a sheet in its position and visibility, reuses its table name, and appends new sheets', async () => {
    const { book, fake } = fakeBook(WITH_OUTPUT);
    await book.writeSheets([
      { name: 'Nuovo 1', rows: [[{ value: 1 }]] },
      results('premia punteggi'),
      { name: 'Nuovo 2', rows: [] },
    ]);
    expect(fake.book.sheets.map((s) => s.name)).toEqual([
      'Pesi',
      'premia punteggi',
      'Personale, 2025',
      'Vuoto',
      'Nuovo 1',
      'Nuovo 2',
    ]);
    expect(fake.book.sheet('premia punteggi')!.visibility).toBe('Hidden');
    expect(fake.book.sheet('premia punteggi')!.values[0]).toEqual(['Dipendente', 'Importo', 'Quota', 'Vai']);
    expect(fake.book.tables.map((t) => `${t.name}@${t.sheet.name}`).sort()).toEqual([
      'PremiaRisultati@premia punteggi',
      'Staff@Personale, 2025',
    ]);
  });

  it('replaces several sheets keeping every position', async () => {
    const { book, fake } = fakeBook({
      sheets: [
        { name: 'A' },
        { name: 'Out1', cells: { A1: 1 } },
        { name: 'B' },
        { name: 'Out3', cells: { A1: 3 } },
      ],
    });
    await book.writeSheets([
      { name: 'Out3', rows: [[{ value: 'tre' }]] },
      { name: 'Out1', rows: [[{ value: 'uno' }]] },
    ]);
    expect(fake.book.sheets.map((s) => `${s.name}=${String(s.get(0, 0) ?? '')}`)).toEqual([
      'A=',
      'Out1=uno',
      'B=',
      'Out3=tre',
    ]);
  });

  it('keeps every request of a 20,000-row sheet under the payload limit', async () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => [
      { value: `Dipendente ${r}` },
      { value: r * 1.5, format: '#,##0.00 "€"' },
      { value: r % 2 === 0 },
      { value: 'Area finanziaria e tributi' },
      { value: r / 20_000, format: '0.00%' },
    ]);
    // The adapter's budget below the limit: no request refused (the default is 3.5 MB).
    const { book, fake } = fakeBook(SMALL, { payloadLimit: 1_000_000 }, { maxRequestBytes: 1_000_000 });
    await book.writeSheets([{ name: 'Grande', rows }]);
    expect(fake.requests.every((q) => q.ok)).toBe(true);
    expect(Math.max(...fake.requests.map((q) => q.payload))).toBeLessThanOrEqual(1_000_000);
    expect(book.lastWrite).toEqual({ blockRequests: expect.any(Number), retries: 0 });
    expect(book.lastWrite!.blockRequests).toBe(
      fake.writeRequests.filter((q) => q.ops.some((op) => op.label === 'range.values')).length,
    );
    expect(book.lastWrite!.blockRequests).toBeGreaterThanOrEqual(3);
    const s = fake.book.sheet('Grande')!;
    expect(s.values).toHaveLength(20_000);
    expect(s.values[19_999]).toEqual([
      'Dipendente 19999',
      29998.5,
      false,
      'Area finanziaria e tributi',
      0.99995,
    ]);
  });

  it("sets the links' font once per run down a column, every link still blue and underlined", async () => {
    const rows = Array.from({ length: 3_000 }, (_, r) => [
      { value: `Obiettivo ${r}` },
      r % 1_000 === 999
        ? { value: 'senza' }
        : { value: `vai ${r}`, link: { sheet: 'Pesi', cell: `A${r + 1}` } },
    ]);
    const { book, fake } = fakeBook(SMALL);
    await book.writeSheets([{ name: 'Collegamenti', rows }]);
    const s = fake.book.sheet('Collegamenti')!;
    for (const r of [0, 998, 1_000, 2_500, 2_998]) {
      expect(s.link(r, 1)).toEqual({ documentReference: `Pesi!A${r + 1}`, textToDisplay: `vai ${r}` });
      expect(s.font(r, 1)).toEqual({ color: '#0563C1', underline: 'Single' });
    }
    expect(s.link(999, 1)).toBeUndefined();
    expect(s.font(999, 1)).toEqual({});
    const colours = fake.requests.flatMap((q) => q.ops).filter((op) => op.label === 'font.color');
    expect(colours).toHaveLength(3); // rows 1-999, 1001-1999, 2001-2999
    expect(fake.requests.flatMap((q) => q.ops).filter((op) => op.label === 'range.hyperlink')).toHaveLength(
      2_997,
    );
  });

  it('retries with smaller blocks when Excel refuses a request as too large', async () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => [{ value: `Riga ${r}` }, { value: r }]);
    const { book, fake } = fakeBook(SMALL, { payloadLimit: 150_000 });
    await book.writeSheets([{ name: 'Grande', rows }]);
    const refused = fake.requests.filter((q) => !q.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((q) => q.payload > 150_000)).toBe(true);
    expect(book.lastWrite!.retries).toBe(refused.length);
    expect(fake.requests.filter((q) => q.ok).every((q) => q.payload <= 150_000)).toBe(true);
    const s = fake.book.sheet('Grande')!;
    expect(s.values).toHaveLength(20_000);
    expect(s.values[12_345]).toEqual(['Riga 12345', 12345]);
  });

  it('gives up with payloadTooLarge when a single row is too large, leaving nothing behind', async () => {
    const { book, fake } = fakeBook(WITH_OUTPUT, { payloadLimit: 20_000 });
    const before = digest(fake);
    const error = await book
      .writeSheets([{ name: 'Premia Punteggi', rows: [[{ value: 'x'.repeat(30_000) }]] }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PremiaOfficeError);
    expect((error as PremiaOfficeError).code).toBe('payloadTooLarge');
    expect(digest(fake)).toEqual(before);
  });

  it('leaves the previous outputs intact, or wholly replaced, and no temporary sheet, whatever write fails', async () => {
    const specs = () => [
      results('Premia Punteggi'),
      { name: 'Premia Nuovo', rows: [[{ value: 'x' }]], tabColor: 'FF0000' },
    ];
    const dry = fakeBook(WITH_OUTPUT);
    const before = digest(dry.fake);
    await dry.book.writeSheets(specs());
    const after = digest(dry.fake);
    const total = dry.fake.writes;
    expect(total).toBeGreaterThan(20);
    let rolledBack = 0;
    let rolledForward = 0;
    for (let n = 1; n <= total; n++) {
      const { book, fake } = fakeBook(WITH_OUTPUT, { failAtWrite: n });
      await expect(book.writeSheets(specs())).rejects.toBeInstanceOf(PremiaOfficeError);
      const state = digest(fake);
      if (JSON.stringify(state) === JSON.stringify(before)) rolledBack++;
      else {
        expect(state).toEqual(after);
        rolledForward++;
      }
      expect(fake.book.sheets.some((s) => s.name.startsWith('_premia'))).toBe(false);
    }
    expect(rolledBack).toBeGreaterThan(0);
    expect(rolledForward).toBe(1); // only the deletion of the old sheet comes after the swap
  });

  it('writes the settings and the selection in the same batch: sheets and settings both, or neither', async () => {
    const seed: SeedBook = {
      ...WITH_OUTPUT,
      sheets: [
        ...WITH_OUTPUT.sheets,
        { name: SETTINGS_SHEET, visibility: 'VeryHidden', cells: { A1: 'a', B1: '1' } },
      ],
    };
    const specs = () => [results('Premia Punteggi'), { name: 'Premia Nuovo', rows: [[{ value: 'x' }]] }];
    const extras = { settings: { a: null, b: '2' }, select: { sheet: 'Pesi', address: 'B2:B3' } };
    const dry = fakeBook(seed);
    const state = async (book: OfficeWorkbook, fake: FakeExcel) => ({
      ...digest(fake),
      settings: await book.readSettings(),
    });
    const before = await state(dry.book, dry.fake);
    const syncs = dry.fake.syncs;
    await dry.book.writeSheets(specs(), extras);
    expect(dry.fake.syncs - syncs).toBe(2);
    expect(dry.fake.book.selection).toEqual({ sheet: 'Pesi', address: 'B2:B3' });
    expect(dry.fake.book.sheet(SETTINGS_SHEET)!.visibility).toBe('VeryHidden');
    const after = await state(dry.book, dry.fake);
    expect(after.settings).toEqual({ b: '2' });
    const total = dry.fake.writes;
    let back = 0;
    let forward = 0;
    for (let n = 1; n <= total; n++) {
      const { book, fake } = fakeBook(seed, { failAtWrite: n });
      await expect(book.writeSheets(specs(), extras)).rejects.toBeInstanceOf(PremiaOfficeError);
      const now = await state(book, fake);
      if (JSON.stringify(now) === JSON.stringify(before)) back++;
      else {
        expect(now).toEqual(after);
        forward++;
      }
      expect(fake.book.sheets.some((x) => x.name.startsWith('_premia_'))).toBe(false);
    }
    expect(back).toBeGreaterThan(0);
    expect(forward).toBe(4); // the two deletions of old sheets, then activate and select
  });

  it('refuses bad specs before writing anything', async () => {
    const { book, fake } = fakeBook(WITH_OUTPUT);
    const bad: SheetSpec[][] = [
      [{ name: 'Premia Punteggi', rows: [[{ value: Number.NaN }]] }],
      [
        {
          name: 'X',
          rows: [[{ value: 'Nome' }], [{ value: 'x' }]],
          tables: [{ name: 'Staff', range: 'A1:A2' }],
        },
      ],
      [{ name: 'X', rows: [[{ value: 'Nome' }]], tables: [{ name: 'Totale_pesi', range: 'A1:A2' }] }],
      [{ name: 'X', rows: [[{ value: null }]], tables: [{ name: 'Tabella', range: 'A1:A2' }] }],
      [{ name: 'X', rows: [], tabColor: 'verde' }],
      [{ name: 'Premia/Punteggi', rows: [] }],
      [{ name: '_Premia', rows: [] }],
      [
        { name: 'X', rows: [] },
        { name: 'x', rows: [] },
      ],
    ];
    for (const specs of bad) {
      const error = await book.writeSheets(specs).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(PremiaOfficeError);
    }
    expect(fake.writes).toBe(0);
  });

  it('reports a protected sheet in plain Italian, before writing anything', async () => {
    const { book, fake } = fakeBook({
      sheets: [{ name: 'Pesi', protected: true, cells: { A1: 1 } }, { name: 'Altro' }],
    });
    const error = (await book
      .writeSheets([{ name: 'Pesi', rows: [[{ value: 2 }]] }])
      .catch((e: unknown) => e)) as PremiaOfficeError;
    expect(error.code).toBe('protected');
    expect(error.message).toBe('Il foglio «Pesi» è protetto: togli la protezione e riprova.');
    expect(error.localized('en').message).toBe('The sheet «Pesi» is protected: unprotect it and try again.');
    expect(fake.writes).toBe(0);
  });

  it('maps Excel refusals met while writing: protected structure, read-only workbook, cell edit mode', async () => {
    const structure = fakeBook({ ...SMALL, structureProtected: true });
    await expect(structure.book.writeSheets([results()])).rejects.toMatchObject({ code: 'protected' });
    await expect(structure.book.removeSheets(['Vuoto'])).rejects.toMatchObject({
      code: 'protected',
      message: expect.stringContaining('struttura della cartella di lavoro è protetta'),
    });
    const readOnly = fakeBook({ ...SMALL, readOnly: true });
    await expect(readOnly.book.writeSheets([results()])).rejects.toMatchObject({ code: 'readOnly' });
    const editing = fakeBook(SMALL, { editMode: true }, { locale: 'en' });
    await expect(editing.book.readSheets()).rejects.toMatchObject({
      code: 'editMode',
      message: 'You are editing a cell: press Enter or Esc and try again.',
    });
    // a runtime refusal on a sheet the checks did not see as protected
    const runtime = fakeBook(SMALL, { failAtWrite: 1, failCode: 'AccessDenied' });
    await expect(runtime.book.writeSheets([results()])).rejects.toMatchObject({ code: 'protected' });
    const lost = fakeBook(SMALL, { failAtWrite: 3, failCode: 'RequestAborted' });
    await expect(lost.book.writeSheets([results()])).rejects.toMatchObject({ code: 'connection' });
    expect(lost.fake.book.sheets.map((s) => s.name)).toEqual(['Pesi', 'Personale, 2025', 'Vuoto']);
  });

  it('removes sheets and selects cells in one request each', async () => {
    const { book, fake } = fakeBook(WITH_OUTPUT);
    await book.removeSheets(['premia punteggi', 'Non esiste']);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['Pesi', 'Personale, 2025', 'Vuoto']);
    const syncs = fake.syncs;
    await book.select('personale, 2025', 'B3:C4');
    expect(fake.syncs - syncs).toBe(1);
    expect(fake.book.active?.name).toBe('Personale, 2025');
    expect(fake.book.selection).toEqual({ sheet: 'Personale, 2025', address: 'B3:C4' });
    await expect(book.select('Manca', 'A1')).rejects.toMatchObject({ code: 'notFound' });
    await expect(book.select('Pesi', 'non un indirizzo')).rejects.toThrow('A1');
  });
});
