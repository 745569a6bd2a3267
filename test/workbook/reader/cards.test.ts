/**
 * Objective cards read as objectives (reader/cards.ts, deadline-text.ts, unweighted.ts): each
 * card an objective of its heading's area, transversal cards one per area, equal weights said
 * once per area, deadlines read as what they say.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runValidation } from '../../../src/workbook/pipeline';

type Row = (string | number | null)[];

function card(title: string, tempi: string, target = 'Almeno 10 pratiche'): Row[] {
  return [
    [`OBIETTIVO DI PERFORMANCE: ${title}`],
    ['Responsabile:', 'Responsabile di area'],
    ["Tempi di raggiungimento dell'obiettivo:", tempi],
    ["Misurazione di raggiungimento dell'obiettivo:", 'Pratiche evase'],
    ['Traguardo atteso:', target],
    [],
  ];
}

async function load(rows: Row[], params?: Row[]) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Schede');
  for (const r of rows) ws.addRow(r);
  if (params) {
    const p = book.workbook.addWorksheet('Parametri Premia');
    for (const r of params) p.addRow(r);
  }
  return loadWorkbook(book);
}

const ROWS: Row[] = [
  ['OBIETTIVI DI PERFORMANCE TRASVERSALI'], // 1
  [],
  ...card('Trasparenza', 'Entro il 31/12/2025'), // 3-8
  ['OBIETTIVI AREA TECNICA'], // 9
  [],
  ...card('Piano del verde', "Tutto l'anno 2025"), // 11-16
  ...card('Strade', 'Entro 30.06.2025 per la prima parte; entro il 30.11.2025 per il resto'), // 17-22
  ['OBIETTIVI AREA AMMINISTRATIVA'], // 23
  [],
  ...card('Archivio', 'Entro il 31/06/2025'), // 25-30
  ...card('Protocollo', 'Consegna prevista entro il 15/09/2025, con verifica'), // 31-36
  ...card('Sportello', 'In continuo'), // 37-42
];

describe('objective cards read as objectives', () => {
  it('reads each card as an objective of its area, and a transversal card as one of every area', async () => {
    const { plan } = await load(ROWS);
    expect(plan.objectives.map((o) => `${o.area} ${o.id} ${o.scope} ${o.title.value}`)).toEqual([
      'Area Tecnica 1 area Piano del verde',
      'Area Tecnica 2 area Strade',
      'Area Amministrativa 1 area Archivio',
      'Area Amministrativa 2 area Protocollo',
      'Area Amministrativa 3 area Sportello',
      'Area Tecnica 1T transversal Trasparenza',
      'Area Amministrativa 1T transversal Trasparenza',
    ]);
    // The title keeps its cell: the label cell it is written in.
    expect(plan.objectives[0].title.cell).toEqual({ sheet: 'Schede', cell: 'A11' });
    // Each copy of the transversal card has its indicator.
    const transversal = plan.objectives.filter((o) => o.id === '1T').map((o) => o.key);
    expect(plan.indicators.filter((i) => transversal.includes(i.objectiveKey))).toHaveLength(2);
    const first = plan.indicators.find((i) => i.objectiveKey === plan.objectives[0].key);
    expect(first?.description.value).toBe('Pratiche evase');
    expect(first?.description.cell).toEqual({ sheet: 'Schede', cell: 'B14' });
    expect(first?.target.value).toEqual({ kind: 'atLeast', value: 10, percent: false });
  });

  it('gives the objectives of an area with no weights equal weights adding up to 100, said once per area', async () => {
    const loaded = await load(ROWS);
    const weights = loaded.plan.objectives.map((o) => `${o.area} ${o.id} ${o.weight.value}`);
    expect(weights).toEqual([
      'Area Tecnica 1 33.34',
      'Area Tecnica 2 33.33',
      'Area Amministrativa 1 25',
      'Area Amministrativa 2 25',
      'Area Amministrativa 3 25',
      'Area Tecnica 1T 33.33',
      'Area Amministrativa 1T 25',
    ]);
    const findings = runValidation(loaded);
    const equal = findings.filter((f) => f.code === 'WEIGHTS_EQUAL_ASSUMED');
    expect(equal.map((f) => `${f.severity} ${f.area} ${f.cells.map((c) => c.cell).join()}`)).toEqual([
      'warning Area Tecnica A9',
      'warning Area Amministrativa A23',
    ]);
    expect(findings.filter((f) => f.code.startsWith('WEIGHT'))).toEqual(equal);
  });

  it('reads deadlines as what they say, with a warning where it is a reading, never an unreadable date', async () => {
    const loaded = await load(ROWS);
    const deadlines = Object.fromEntries(
      loaded.plan.objectives.map((o) => [`${o.area} ${o.id}`, o.deadline?.value]),
    );
    expect(deadlines).toEqual({
      'Area Tecnica 1': undefined,
      'Area Tecnica 2': '2025-11-30',
      'Area Amministrativa 1': undefined,
      'Area Amministrativa 2': '2025-09-15',
      'Area Amministrativa 3': undefined,
      'Area Tecnica 1T': '2025-12-31',
      'Area Amministrativa 1T': '2025-12-31',
    });
    const findings = runValidation(loaded).filter(
      (f) => f.code.startsWith('DEADLINE') || f.code.startsWith('DATE'),
    );
    expect(findings.map((f) => `${f.code} ${f.severity} ${f.cells.map((c) => c.cell).join()}`)).toEqual([
      'DATE_INVALID error B27',
      'DEADLINE_NOT_A_DATE warning B13',
      'DEADLINE_SEVERAL_DATES warning B19',
      'DEADLINE_IN_TEXT warning B33',
      'DEADLINE_NOT_A_DATE warning B39',
    ]);
    expect(findings[2].message).toContain('30/11/2025');
  });

  it('keeps transversal cards without an area when no area has objectives', async () => {
    const { plan } = await load([
      ['OBIETTIVI TRASVERSALI'],
      [],
      ...card('Trasparenza', 'Entro il 31/12/2025'),
    ]);
    expect(plan.objectives.map((o) => `${o.area ?? '-'} ${o.id} ${o.scope}`)).toEqual(['- 1T transversal']);
  });

  it('reads cards kept in one column, each row "label: value" in one cell', async () => {
    const { plan } = await load([
      ['OBIETTIVI AREA TECNICA'],
      [],
      ['OBIETTIVO DI PERFORMANCE: Piano del verde'],
      ['Responsabile: Responsabile area tecnica'],
      ["Tempi di raggiungimento dell'obiettivo: Entro il 31/10/2025"],
      ["Misurazione di raggiungimento dell'obiettivo: Alberi piantati"],
      ['Traguardo atteso: Almeno 50 alberi'],
    ]);
    expect(plan.objectives.map((o) => `${o.area} ${o.id} ${o.title.value} ${o.deadline?.value}`)).toEqual([
      'Area Tecnica 1 Piano del verde 2025-10-31',
    ]);
    expect(plan.objectives[0].deadline?.cell).toEqual({ sheet: 'Schede', cell: 'A5' });
    const [indicator] = plan.indicators;
    expect(indicator.description).toMatchObject({
      value: 'Alberi piantati',
      cell: { sheet: 'Schede', cell: 'A6' },
    });
    expect(indicator.target.value).toEqual({ kind: 'atLeast', value: 50, percent: false });
  });

  it('completes the objectives a weight table lists, by title in the same area, instead of adding them again', async () => {
    const book = XlsxWorkbook.create();
    const weights = book.workbook.addWorksheet('Pesi');
    for (const r of [
      ['AREA TECNICA'],
      ['N.', 'Obiettivo', 'Peso %'],
      [1, 'Piano del verde', 60],
      [2, 'Strade', 40],
    ])
      weights.addRow(r);
    const ws = book.workbook.addWorksheet('Schede');
    for (const r of [['OBIETTIVI AREA TECNICA'], [], ...card('Piano del verde', 'Entro il 31/10/2025')])
      ws.addRow(r);
    const loaded = await loadWorkbook(book);
    const { plan } = loaded;
    expect(plan.objectives.map((o) => `${o.area} ${o.id} ${o.weight.value} ${o.deadline?.value}`)).toEqual([
      'Area Tecnica 1 60 2025-10-31',
      'Area Tecnica 2 40 undefined',
    ]);
    expect(plan.indicators.map((i) => `${i.objectiveKey} ${i.description.value}`)).toEqual([
      `${plan.objectives[0].key} Pratiche evase`,
    ]);
    expect(runValidation(loaded).filter((f) => f.code.startsWith('WEIGHT'))).toEqual([]);
  });

  it('reads "Sospeso" where the deadline belongs as a suspended objective, with a warning', async () => {
    const loaded = await load([['OBIETTIVI AREA TECNICA'], [], ...card('Piano del verde', 'Sospeso')]);
    const [o] = loaded.plan.objectives;
    expect(o.suspended).toMatchObject({ value: 'Sospeso', cell: { sheet: 'Schede', cell: 'B5' } });
    expect(o.deadline?.value).toBeUndefined();
    const said = runValidation(loaded).filter(
      (f) => f.code.startsWith('DEADLINE') || f.code.startsWith('DATE'),
    );
    expect(said.map((f) => `${f.code} ${f.severity} ${f.cells.map((c) => c.cell).join()}`)).toEqual([
      'DEADLINE_SUSPENDED warning B5',
    ]);
  });
});
