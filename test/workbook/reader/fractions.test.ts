/** Fractions where percentages are meant: the soglia, grado and actual columns (fractions.ts). */
import fc from 'fast-check';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';
import { readFractionColumn } from '../../../src/workbook/reader/fractions';
import type { RawValue } from '../../../src/domain/model';

type Row = (string | number | null)[];

async function load(rows: Row[], percentCells: string[] = []) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Obiettivi');
  for (const r of rows) ws.addRow(r);
  for (const c of percentCells) ws.getCell(c).numFmt = '0%';
  const p = book.workbook.addWorksheet('Parametri Premia');
  for (const r of [
    ['Parametro', 'Valore'],
    ['Anno', 2023],
    ['Fondo', 1000],
  ])
    p.addRow(r);
  return loadWorkbook(book);
}

const HEADER: Row = ['Area', 'N.', 'Obiettivo', 'Peso', 'Indicatore', 'Valore atteso', 'Valore raggiunto'];

describe('readFractionColumn', () => {
  const column = (values: RawValue[], percent: boolean[] = []) =>
    readFractionColumn(
      values.map((_, i) => i),
      (i) => values[i],
      (i) => percent[i] ?? false,
    );

  it('reads a column of numbers from 0 to 1 as fractions, 1s included', () => {
    expect(column([1, 0.85, 0.5, null, 'n.d.'])).toEqual({ fractions: true, ambiguousRows: [] });
    expect(column([1, 1, 0])).toEqual({ fractions: true, ambiguousRows: [] });
  });

  it('reads percentages as typed, and reports numbers between 0 and 1 among them', () => {
    expect(column([100, 85, 60])).toEqual({ fractions: false, ambiguousRows: [] });
    expect(column([100, 0.85, 1, 0])).toEqual({ fractions: false, ambiguousRows: [1] });
  });

  it('leaves percent-formatted cells and text aside', () => {
    expect(column([0.85, 0.9], [true, true])).toEqual({ fractions: false, ambiguousRows: [] });
    expect(column(['85%', '0,85', 90])).toEqual({ fractions: false, ambiguousRows: [] });
  });

  it('never calls fractions a column with a number over 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 1 }), (values) => {
        const r = column(values);
        expect(r.fractions).toBe(values.every((v) => v <= 1));
        for (const i of r.ambiguousRows) expect(values[i] > 0 && values[i] < 1).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('reading fractions in a workbook', () => {
  it('reads a grado di raggiungimento typed as fractions as percentages', async () => {
    const loaded = await load([
      ['Area', 'N.', 'Obiettivo', 'Peso', 'Grado di raggiungimento', 'Soglia minima'],
      ['Area Amministrativa', 'A', 'Servizi online', 60, 1, 0.6],
      ['Area Amministrativa', 'B', 'Anagrafe', 40, 0.85, 0.6],
    ]);
    // A weight table with the year's results beside the weights: they are the objectives'.
    expect(loaded.plan.objectives.map((o) => o.manualAchievement?.value)).toEqual([100, 85]);
    expect(loaded.plan.objectives.map((o) => o.soglia?.value)).toEqual([60, 60]);
    expect(loaded.readFindings.filter((f) => f.code === 'READ_FRACTION_AMBIGUOUS')).toEqual([]);
  });

  it('reports a fraction among percentages, with its cell, and reads it as typed', async () => {
    const loaded = await load([
      ['Area', 'N.', 'Obiettivo', 'Peso', 'Grado di raggiungimento'],
      ['Area Amministrativa', 'A', 'Servizi online', 60, 90],
      ['Area Amministrativa', 'B', 'Anagrafe', 40, 0.85],
    ]);
    expect(loaded.plan.objectives.map((o) => o.manualAchievement?.value)).toEqual([90, 0.85]);
    const found = loaded.readFindings.filter((f) => f.code === 'READ_FRACTION_AMBIGUOUS');
    expect(found.map((f) => f.cells)).toEqual([[{ sheet: 'Obiettivi', cell: 'E3' }]]);
    expect(found[0].message).toContain('Obiettivi!E3: 0,85 è tra 0 e 1');
    expect(found[0].message).toContain('85 %');
  });

  it('reads the actuals of percent targets as fractions when the table shows they are', async () => {
    const loaded = await load([
      HEADER,
      ['Area Amministrativa', 1, 'SPID', 60, 'Pratiche online', 'almeno 80%', 0.9],
      ['Area Amministrativa', 2, 'Errori', 40, 'Tasso di errore', '<= 1%', 0.5],
      ['Area Amministrativa', 3, 'Sportello', 0, 'Aperture', 10, 0.5],
    ]);
    const values = loaded.plan.indicators.map((i) =>
      i.actual.value?.kind === 'number' ? i.actual.value.value : undefined,
    );
    // Percent targets' actuals: 90 % and 50 %; a count stays a count.
    expect(values).toEqual([90, 50, 0.5]);
  });

  it('leaves small actuals as typed when only at-most targets speak for them', async () => {
    const loaded = await load([
      HEADER,
      ['Area Amministrativa', 1, 'Errori', 100, 'Tasso di errore', '<= 1%', 0.5],
    ]);
    expect(loaded.plan.indicators[0].actual.value).toEqual({ kind: 'number', value: 0.5 });
  });

  it('reports an actual between 0 and 1 among percentages, and keeps percent-formatted cells', async () => {
    const loaded = await load(
      [
        HEADER,
        ['Area Amministrativa', 1, 'SPID', 50, 'Pratiche online', 'almeno 80%', 0.9],
        ['Area Amministrativa', 2, 'PagoPA', 30, 'Pagamenti online', 'almeno 50%', 70],
        ['Area Amministrativa', 3, 'Protocollo', 20, 'Atti digitali', 'almeno 90%', 0.95],
      ],
      ['G4'],
    );
    const values = loaded.plan.indicators.map((i) =>
      i.actual.value?.kind === 'number' ? i.actual.value.value : undefined,
    );
    expect(values).toEqual([0.9, 70, 95]);
    const found = loaded.readFindings.filter((f) => f.code === 'READ_FRACTION_AMBIGUOUS');
    expect(found.map((f) => f.cells[0].cell)).toEqual(['G2']);
  });

  it("reads a project table's grado typed as fractions", async () => {
    const loaded = await load([
      [
        'Progressivo',
        'Tipologia progetto',
        'Titolo del progetto',
        'Macro categoria',
        'N. dip.',
        'Grado di raggiungimento',
      ],
      ['A', 'GENERALE', 'Servizi online', 'Innovativo', 12, 1],
      ['B', 'SETTORE 1', 'Anagrafe pomeridiana', 'Miglioramento', 5, 0.85],
    ]);
    expect(loaded.plan.objectives.map((o) => o.manualAchievement?.value)).toEqual([100, 85]);
  });
});
