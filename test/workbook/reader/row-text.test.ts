/**
 * Reading everything in an objective's row (issue 15): sub-weights, budgets and late penalties
 * written in any text cell, deadlines that are not dates, two objectives with one number, and
 * sectors whose objectives carry no weight.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runScoring, runValidation } from '../../../src/workbook/pipeline';

type Row = (string | number | null)[];

async function load(rows: Row[], merges: string[] = []) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Obiettivi');
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  const params = book.workbook.addWorksheet('Parametri Premia');
  for (const r of [
    ['Parametro', 'Valore'],
    ['Anno', 2021],
    ['Fondo', 10000],
  ])
    params.addRow(r);
  return loadWorkbook(book);
}

const HEADER: Row = [
  'n.',
  'Settore',
  'OGGETTO',
  'DESCRIZIONE (note)',
  'INDICATORE',
  'RISULTATO ATTESO',
  'TEMPI',
];
const D = '31/12/2021';

const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

describe('an objective row read whole', () => {
  it('reads sub-weights in the target text, over the rows of a merged objective', async () => {
    const loaded = await load(
      [
        HEADER,
        [1, 'Scuola', 'Mense', 'Gara mense', 'Delibera', 'Delibera approvata (Peso 50%)', D],
        [null, null, null, null, 'Rendiconto', 'Rendiconto approvato (Peso 30%)', null],
        [
          2,
          'Scuola',
          'Trasporti',
          'Nuovo servizio',
          'Atti',
          'Relazione (peso 40%) Gara (peso 60%)',
          '30/06/2021 31/12/2021',
        ],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'G2:G3'],
    );
    const { plan } = loaded;
    expect(plan.objectives.map((o) => o.title.value)).toEqual(['Mense', 'Trasporti']);
    const first = plan.indicators.filter((i) => i.objectiveKey === plan.objectives[0].key);
    expect(first.map((i) => [i.description.value, i.subWeight.value, i.subWeight.cell?.cell])).toEqual([
      ['Delibera', 50, 'F2'],
      ['Rendiconto', 30, 'F3'],
    ]);
    // The target is read without its "(Peso 50%)": "approvata" is a yes/no, not a target of 50 %.
    expect(first[0].target.value).toEqual({ kind: 'yesNo' });
    const second = plan.indicators.filter((i) => i.objectiveKey === plan.objectives[1].key);
    expect(second.map((i) => [i.description.value, i.subWeight.value, i.deadline?.value])).toEqual([
      ['Relazione', 40, '2021-06-30'],
      ['Gara', 60, '2021-12-31'],
    ]);
    const findings = runValidation(loaded);
    const sum = findings.find((f) => f.code === 'SUBWEIGHTS_SUM');
    expect(sum?.cells).toContainEqual({ sheet: 'Obiettivi', cell: 'F2' });
    const dates = findings.find((f) => f.code === 'DEADLINE_SEVERAL_DATES');
    expect(dates).toMatchObject({ severity: 'warning', cells: [{ sheet: 'Obiettivi', cell: 'G4' }] });
    expect(codes(findings)).not.toContain('DATE_UNREADABLE');
  });

  it('reads sub-weights in the description, and not in the title (the objective weight)', async () => {
    const { plan } = await load([
      HEADER,
      [1, 'Scuola', 'Mense (peso 20%)', 'Capitolato (peso 70%) Gara (peso 30%)', 'Atti', 'SI', D],
    ]);
    expect(
      plan.indicators.map((i) => [i.description.value, i.subWeight.value, i.subWeight.cell?.cell]),
    ).toEqual([
      ['Capitolato', 70, 'D2'],
      ['Gara', 30, 'D2'],
    ]);
  });

  it('reads a budget and a late penalty written in the text, with a warning at the cell', async () => {
    const loaded = await load([
      HEADER,
      [
        1,
        'Vigili',
        'Presidio',
        'Presidi serali con budget assegnato pari ad Euro 4.500,00',
        'Presidi',
        'SI',
        D,
      ],
      [
        2,
        'Vigili',
        'Contratto',
        'Contratto integrativo',
        'Atti',
        'Atti entro ottobre (-20% ogni mese ritardo)',
        D,
      ],
    ]);
    const [budget, penalty] = loaded.plan.objectives;
    expect(budget.fixedBudget).toMatchObject({ value: 450000, cell: { sheet: 'Obiettivi', cell: 'D2' } });
    expect(penalty.latePenaltyPerMonth).toMatchObject({
      value: 20,
      cell: { sheet: 'Obiettivi', cell: 'F3' },
    });
    const ind = loaded.plan.indicators.find((i) => i.objectiveKey === penalty.key);
    expect(ind?.latePenaltyPerMonth).toBe(20);
    const findings = runValidation(loaded);
    const b = findings.find((f) => f.code === 'BUDGET_FROM_TEXT');
    expect(b).toMatchObject({ severity: 'warning', cells: [{ sheet: 'Obiettivi', cell: 'D2' }] });
    expect(b?.message).toContain('Obiettivi!D2');
    expect(b?.message).toContain('1 «Presidio»');
    const p = findings.find((f) => f.code === 'PENALTY_FROM_TEXT');
    expect(p).toMatchObject({ severity: 'warning', cells: [{ sheet: 'Obiettivi', cell: 'F3' }] });
  });

  it('does not read a budget in the text of a row whose budget column has a value', async () => {
    const { plan, readFindings } = await load([
      ['N.', 'Obiettivo', 'Indicatore', 'Risultato atteso', 'Budget'],
      [1, 'Presidio con budget 5.000,00', 'Presidi', 'SI', 3000],
      [2, 'Vigilanza con budget 2.000,00', 'Presidi', 'SI', null],
    ]);
    expect(plan.objectives[0].fixedBudget?.value).not.toBe(500000);
    expect(plan.objectives[1].fixedBudget?.value).toBe(200000);
    expect(readFindings.filter((f) => f.code === 'BUDGET_FROM_TEXT').map((f) => f.cells[0].cell)).toEqual([
      'B3',
    ]);
  });

  it('reads deadlines that are not dates with a warning, never a date error', async () => {
    const loaded = await load([
      HEADER,
      [1, 'Personale', 'Regolamento', 'Revisione', 'Bozza', 'Nuovo regolamento', 'Sospeso'],
      [
        2,
        'Personale',
        'Conto annuale',
        'Invio',
        'Invio nei termini',
        null,
        'Rispetto tempistica prevista dalla normativa',
      ],
      [3, 'Personale', 'Piano', 'Piano', 'Piano', 'SI', '31/06/2021'],
    ]);
    const [suspended, rule] = loaded.plan.objectives;
    expect(suspended.suspended).toMatchObject({ value: 'Sospeso', cell: { sheet: 'Obiettivi', cell: 'G2' } });
    // With no target, the rule is the target: judged by hand.
    const ruled = loaded.plan.indicators.find((i) => i.objectiveKey === rule.key);
    expect(ruled?.target.value).toEqual({
      kind: 'manual',
      text: 'Rispetto tempistica prevista dalla normativa',
    });
    const findings = runValidation(loaded);
    expect(codes(findings.filter((f) => f.code.startsWith('DEADLINE') || f.code.startsWith('DATE')))).toEqual(
      ['DATE_INVALID', 'DEADLINE_SUSPENDED', 'DEADLINE_NOT_A_DATE'],
    );
    const scored = runScoring(loaded);
    expect(codes(scored.findings)).toContain('SCORE_SUSPENDED');
    const s = scored.scores.objectives.find((o) => o.key === suspended.key);
    expect(s?.achievement).toBeUndefined();
  });

  it('makes two objectives of two rows with one number in an area, and names both', async () => {
    const loaded = await load([
      HEADER,
      [1, 'Sociale', 'Alloggi', 'Bandi', 'Atti', 'SI', D],
      [2, 'Sociale', 'Patti', 'Patti', 'Patti', 3, D],
      [2, 'Sociale', 'Centri anziani', 'Affidamento', 'Servizio', 'SI', D],
      [null, null, null, null, 'Seconda fase', 'SI', D],
      [2, 'Cultura', 'Museo', 'Progetti', 'Progetti', 2, D],
    ]);
    const { plan } = loaded;
    expect(plan.objectives.map((o) => `${o.area} ${o.id} ${o.title.value}`)).toEqual([
      'Sociale 1 Alloggi',
      'Sociale 2 Patti',
      'Sociale 2 Centri anziani',
      'Cultura 2 Museo',
    ]);
    // The blank id row continues the objective above it.
    expect(plan.indicators.filter((i) => i.objectiveKey === plan.objectives[2].key)).toHaveLength(2);
    const dup = runValidation(loaded).filter((f) => f.code === 'OBJECTIVE_DUPLICATE_ID');
    expect(dup).toHaveLength(1);
    expect(dup[0].cells.map((c) => c.cell)).toEqual(['A3:G3', 'A4:G4']);
  });

  it('still finds a weight table objective by its number, whatever title the indicators write', async () => {
    const book = XlsxWorkbook.create();
    const w = book.workbook.addWorksheet('Pesi');
    for (const r of [
      ['Area', 'N.', 'Obiettivo', 'Peso'],
      ['Scuola', 1, 'Mense', 60],
      ['Scuola', 2, 'Trasporti', 40],
    ])
      w.addRow(r);
    const i = book.workbook.addWorksheet('Indicatori');
    for (const r of [
      ['Area', 'N.', 'Obiettivo', 'Indicatore', 'Valore atteso'],
      ['Scuola', 1, 'Mense scolastiche', 'Gara', 'SI'],
      ['Scuola', 1, 'Mense: controllo', 'Controlli', 10],
    ])
      i.addRow(r);
    const { plan } = await loadWorkbook(book);
    expect(plan.objectives).toHaveLength(2);
    expect(plan.indicators.filter((x) => x.objectiveKey === plan.objectives[0].key)).toHaveLength(2);
  });

  it('weighs equally the objectives of a sector that carry no weight, and says so', async () => {
    const loaded = await load([
      HEADER,
      [1, 'Scuola', 'Mense', 'Gara', 'Atti', 'SI', D],
      [2, 'Scuola', 'Trasporti', 'Servizio', 'Atti', 'SI', D],
      [3, 'Scuola', 'Diritto allo studio', 'Piano', 'Atti', 'SI', D],
      [1, 'Vigili', 'Presidio', 'Presidi', 'Atti', 'SI', D],
    ]);
    const { plan } = loaded;
    expect(plan.objectives.map((o) => o.weight.value)).toEqual([100 / 3, 100 / 3, 100 / 3, 100]);
    const found = runValidation(loaded).filter((f) => f.code === 'WEIGHTS_EQUAL_ASSUMED');
    // Said for Scuola; the lone objective of Vigili weighs 100, no guess.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', area: 'Scuola' });
    expect(found[0].message).toContain('Obiettivi!A2:G2');
    expect(found[0].message).toContain('33,33');
  });

  it('leaves the weight checks to an area where one objective has a weight', async () => {
    const loaded = await load([
      ['N.', 'Settore', 'Obiettivo', 'Peso', 'Indicatore', 'Risultato atteso'],
      [1, 'Scuola', 'Mense', 60, 'Atti', 'SI'],
      [2, 'Scuola', 'Trasporti', null, 'Atti', 'SI'],
    ]);
    expect(loaded.plan.objectives[1].weight.value).toBeUndefined();
    expect(codes(runValidation(loaded))).not.toContain('WEIGHTS_EQUAL_ASSUMED');
  });
});
