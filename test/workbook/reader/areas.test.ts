/**
 * Objectives of different areas stay apart when they share an id or a title, and an area is the
 * same area whether a table writes "Area Finanziaria" or "Finanziaria".
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runScoring, runValidation } from '../../../src/workbook/pipeline';
import { areaKey } from '../../../src/workbook/reader/build-plan';

type Row = (string | number | null)[];

async function load(sheets: Record<string, Row[]>) {
  const book = XlsxWorkbook.create();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.workbook.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return loadWorkbook(book);
}

const PARAMS: Row[] = [
  ['Parametro', 'Valore'],
  ['Anno', 2023],
  ['Fondo', 1000],
  ['Metodo di ripartizione', 'peso'],
];

describe('objectives of different areas', () => {
  it('keeps two objectives with the same title in two areas apart, each with its own indicator', async () => {
    const loaded = await load({
      Obiettivi: [
        ['Area', 'N.', 'Obiettivo', 'Peso', 'Indicatore', 'Valore atteso', 'Valore raggiunto'],
        ['Area Amministrativa', 1, 'Digitalizzazione archivio', 60, 'Fascicoli scansionati', 1000, 1000],
        ['Area Amministrativa', 2, 'Sportello SPID', 40, 'Pratiche', 100, 100],
        ['Area Tecnica', 1, 'Piano del verde', 50, 'Piano approvato', 'SI', 'SI'],
        ['Area Tecnica', 2, 'Digitalizzazione archivio', 50, 'Pratiche edilizie scansionate', 500, 100],
      ],
      'Parametri Premia': PARAMS,
    });
    const { plan } = loaded;
    expect(plan.objectives.map((o) => `${o.area} ${o.id}`)).toEqual([
      'Area Amministrativa 1',
      'Area Amministrativa 2',
      'Area Tecnica 1',
      'Area Tecnica 2',
    ]);
    const { scores, findings } = runScoring(loaded);
    expect(findings.filter((f) => f.code === 'WEIGHTS_SUM')).toEqual([]);
    const effective = Object.fromEntries(scores.objectives.map((s) => [s.key, s.effective]));
    expect(effective[plan.objectives[0].key]).toBe(1);
    expect(effective[plan.objectives[3].key]).toBeCloseTo(0.2, 12);
  });

  it('gives each stacked area block its own transversal 1T', async () => {
    const block = (area: string, actual: string): Row[] => [
      [area],
      ['N.', 'Obiettivo', 'Peso', 'Indicatore', 'Valore atteso', 'Valore raggiunto'],
      [1, `Obiettivo proprio ${area}`, 70, 'Pratiche', 10, 10],
      ['1T', 'Trasparenza', 30, 'Pubblicazioni', 'SI', actual],
      ['TOTALE', null, 100],
      [],
    ];
    const loaded = await load({
      Obiettivi: [...block('AREA FINANZIARIA', 'SI'), ...block('AREA TECNICA', 'NO')],
      'Parametri Premia': PARAMS,
    });
    const transversal = loaded.plan.objectives.filter((o) => o.id === '1T');
    expect(transversal.map((o) => o.area)).toEqual(['Area Finanziaria', 'Area Tecnica']);
    const { scores, findings } = runScoring(loaded);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const byKey = new Map(scores.objectives.map((s) => [s.key, s.effective]));
    expect(transversal.map((o) => byKey.get(o.key))).toEqual([1, 0]);
  });
});

describe('area names', () => {
  it('matches "Finanziaria" in the staff list with "Area Finanziaria" above the weights', async () => {
    const loaded = await load({
      Pesi: [['Area Finanziaria'], ['N.', 'Obiettivo', 'Peso'], [1, 'Accertamenti', 100]],
      Personale: [
        ['Cognome e nome', 'Ore settimanali', 'Area'],
        ['Bozza Angelo', 36, 'Finanziaria'],
      ],
      'Parametri Premia': PARAMS,
    });
    const { plan } = loaded;
    expect(plan.employees.map((e) => e.area)).toEqual(['Area Finanziaria']);
    // The area objective with nobody assigned involves its area's staff.
    expect(plan.assignments.map((a) => `${a.objectiveKey} ${a.employeeName}`)).toEqual([
      `${plan.objectives[0].key} Bozza Angelo`,
    ]);
  });

  it('sets aside a leading "Area" only when a name, not just a number, follows', () => {
    expect(areaKey('AREA FINANZIARIA')).toBe(areaKey('Finanziaria'));
    expect(areaKey('Area 1')).not.toBe(areaKey('Settore 1'));
    expect(areaKey('Area 1')).not.toBe(areaKey('1'));
    expect(areaKey('Settore Tecnico')).not.toBe(areaKey('Ufficio Tecnico'));
  });
});

describe('an objective over several indicator rows', () => {
  const HEADER: Row = ['N.', 'Obiettivo', 'Peso', 'Indicatore', 'Valore atteso', 'Valore raggiunto'];

  it('takes the weight repeated on each row once, and a weight typed only on a later row', async () => {
    const loaded = await load({
      Obiettivi: [
        ['AREA TECNICA'],
        HEADER,
        [1, 'Verde', 40, 'Piano', 'SI', 'SI'],
        [1, 'Verde', 40, 'Alberi', 100, 50],
        [2, 'Strade', null, 'Km', 10, 10],
        [2, 'Strade', 60, 'Buche', 100, 100],
      ],
      'Parametri Premia': PARAMS,
    });
    expect(loaded.plan.objectives.map((o) => o.weight.value)).toEqual([40, 60]);
    expect(loaded.readFindings.filter((f) => f.code === 'READ_WEIGHT_CONFLICT')).toEqual([]);
  });

  it('reports two different weights for one objective, with both cells', async () => {
    const loaded = await load({
      Obiettivi: [
        ['AREA TECNICA'],
        HEADER,
        [3, 'Cimiteri', 30, 'Ossari', 20, 20],
        [3, 'Cimiteri', 20, 'Loculi', 10, 10],
      ],
      'Parametri Premia': PARAMS,
    });
    const found = loaded.readFindings.filter((f) => f.code === 'READ_WEIGHT_CONFLICT');
    expect(found.map((f) => [f.severity, f.cells.map((c) => c.cell)])).toEqual([['error', ['C4', 'C3']]]);
    expect(found[0].message).toBe(
      "Obiettivi!C4: il peso 20 è diverso da quello già indicato per l'obiettivo 3 (30 in Obiettivi!C3). Lasciare un solo peso per obiettivo.",
    );
  });
});

describe('area column of a weight table', () => {
  it('carries the area written on the first row of a group down to the blank cells below it', async () => {
    // As pasted from a PDF: the area only on the first row of each group, a page footer and the
    // header repeated after the page break.
    const loaded = await load({
      Pesi: [
        ['Settore', 'NR.', 'Obiettivo', 'Peso %'],
        ['Area Amministrativa', 1, 'Protocollo', 50],
        [null, 2, 'Archivio', 30],
        ['Pagina 1 di 2'],
        ['Settore', 'NR.', 'Obiettivo', 'Peso %'],
        [null, 3, 'Notifiche', 20],
        ['Area Tecnica', 1, 'Verde', 60],
        [null, 2, 'Strade', 40],
      ],
      'Parametri Premia': PARAMS,
    });
    expect(loaded.plan.objectives.map((o) => `${o.area} ${o.id}`)).toEqual([
      'Area Amministrativa 1',
      'Area Amministrativa 2',
      'Area Amministrativa 3',
      'Area Tecnica 1',
      'Area Tecnica 2',
    ]);
    // Before, the blank rows went to an invented area "Ente", where id 2 appeared twice.
    expect(runValidation(loaded).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps the block title for a table whose area column is entirely blank', async () => {
    const loaded = await load({
      Pesi: [
        ['AREA FINANZIARIA'],
        ['Settore', 'N.', 'Obiettivo', 'Peso'],
        [null, 1, 'Accertamenti', 60],
        [null, 2, 'Riscossione', 40],
      ],
      'Parametri Premia': PARAMS,
    });
    expect(loaded.plan.objectives.map((o) => o.area)).toEqual(['Area Finanziaria', 'Area Finanziaria']);
  });
});
