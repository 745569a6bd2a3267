/**
 * Objective blocks read as objectives (reader/blocks.ts): one objective per definition table,
 * its id from "6. Titolo", its indicators from the table below with no objective column, its
 * area from the heading (or from the assignment column), transversal ones in every area.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runValidation } from '../../../src/workbook/pipeline';

type Row = (string | number | null)[];

function block(title: string, assigned: string, indicators: Row[]): Row[] {
  return [
    ['DEFINIZIONE OBIETTIVO', 'DESCRIZIONE/FASI', 'ORIZZONTE TEMPORALE', 'ASSEGNAZIONE OBIETTIVO'],
    [title, '1. Prima fase', '2025', assigned],
    [null, '2. Seconda fase', '2025', null],
    [],
    ['INDICATORI', 'Valore atteso', 'Raggiunto'],
    ...indicators,
    [],
  ];
}

async function load(rows: Row[]) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Blocchi');
  for (const r of rows) ws.addRow(r);
  return loadWorkbook(book);
}

describe('objective blocks read as objectives', () => {
  const rows: Row[] = [
    ['OBIETTIVI GESTIONALI TRASVERSALI'], // 1
    [],
    ...block('1. Privacy', 'Tutte le posizioni', [['1- Registro aggiornato', 'SI', 'SI']]), // 3-9
    ['SERVIZIO FINANZIARIO'], // 10
    [],
    ...block('6. Bilancio', 'Finanziario', [
      ['1- Bilancio approvato', 'Entro il 31/12/2025', null],
      ['2- Variazioni', 3, 4],
    ]), // 12-19
    ...block('6. Economato', 'Finanziario', [['1- Buoni emessi', 100, 80]]), // 20-26
  ];

  it('reads one objective per block, with its id, title, area and indicators', async () => {
    const { plan } = await load(rows);
    expect(plan.objectives.map((o) => `${o.area} ${o.id} ${o.scope} ${o.title.value}`)).toEqual([
      'Servizio Finanziario 6 area Bilancio',
      'Servizio Finanziario 6 area Economato',
      'Servizio Finanziario 1 transversal Privacy',
    ]);
    expect(plan.objectives[0].title.cell).toEqual({ sheet: 'Blocchi', cell: 'A13' });
    const of = (i: number) =>
      plan.indicators
        .filter((x) => x.objectiveKey === plan.objectives[i].key)
        .map((x) => x.description.value);
    expect(of(0)).toEqual(['1- Bilancio approvato', '2- Variazioni']);
    expect(of(1)).toEqual(['1- Buoni emessi']);
    expect(of(2)).toEqual(['1- Registro aggiornato']);
  });

  it('keeps two blocks with one number apart, for validation to report, and weighs them the same', async () => {
    const loaded = await load(rows);
    const findings = runValidation(loaded);
    const duplicate = findings.filter((f) => f.code === 'OBJECTIVE_DUPLICATE_ID');
    expect(duplicate.map((f) => f.cells.map((c) => c.cell).join(' '))).toEqual(['A13:D13 A21:D21']);
    expect(loaded.plan.objectives.map((o) => o.weight.value)).toEqual([33.34, 33.33, 33.33]);
    expect(findings.filter((f) => f.code === 'WEIGHTS_EQUAL_ASSUMED').map((f) => f.cells[0]?.cell)).toEqual([
      'A10',
    ]);
  });

  it('takes the area from the assignment column when no heading names one', async () => {
    const { plan } = await load(block('3. Strade', 'Area Tecnica', [['1- Km asfaltati', 10, null]]));
    expect(plan.objectives.map((o) => `${o.area} ${o.id}`)).toEqual(['Area Tecnica 3']);
  });

  it('numbers a transversal copy 1T in an area that has an objective 1 of its own', async () => {
    const { plan } = await load([
      ['OBIETTIVI GESTIONALI TRASVERSALI'],
      [],
      ...block('1. Privacy', 'Tutte le posizioni', [['1- Registro', 'SI', null]]),
      ['SERVIZIO TECNICO'],
      [],
      ...block('1. Strade', 'Tecnico', [['1- Km', 10, null]]),
    ]);
    expect(plan.objectives.map((o) => `${o.area} ${o.id} ${o.title.value}`)).toEqual([
      'Servizio Tecnico 1 Strade',
      'Servizio Tecnico 1T Privacy',
    ]);
  });
});
