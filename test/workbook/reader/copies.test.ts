/**
 * Copies of an objective of every area (copies.ts): the people of a transversal card follow its
 * copies into each area, as its indicators do, and the original leaves the plan.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';

describe('a transversal card spread to every area', () => {
  it('takes its people and indicator to each copy, and leaves nothing pointing at the original', async () => {
    const book = XlsxWorkbook.create();
    const ws = book.workbook.addWorksheet('Schede');
    const rows: (string | null)[][] = [
      ['OBIETTIVI DI PERFORMANCE TRASVERSALI', null],
      ['OBIETTIVO DI PERFORMANCE TRASVERSALE: Trasparenza', null],
      ['Responsabile:', 'Tutti i responsabili'],
      ['Misurazione di raggiungimento:', 'Pubblicazioni fatte'],
      ['RISORSE UMANE ASSEGNATE:', 'Rossi Maria (50%), Bianchi Luca (50%)'],
      [null, null],
      ['OBIETTIVI AREA TECNICA', null],
      ['OBIETTIVO DI PERFORMANCE: Strade', null],
      ['Responsabile:', 'Verdi Anna'],
      ['Misurazione di raggiungimento:', 'Km asfaltati'],
      [null, null],
      ['OBIETTIVI AREA CULTURA', null],
      ['OBIETTIVO DI PERFORMANCE: Biblioteca', null],
      ['Responsabile:', 'Neri Carlo'],
      ['Misurazione di raggiungimento:', 'Aperture'],
    ];
    for (const r of rows) ws.addRow(r);
    const loaded = await loadWorkbook(book);
    const plan = loaded.plan;
    const copies = plan.objectives.filter((o) => o.title.value === 'Trasparenza');
    expect(copies.map((o) => o.area).sort()).toEqual(['Area Cultura', 'Area Tecnica']);
    const keys = new Set(plan.objectives.map((o) => o.key));
    expect(plan.assignments.filter((a) => !keys.has(a.objectiveKey))).toEqual([]);
    expect(plan.indicators.filter((i) => !keys.has(i.objectiveKey))).toEqual([]);
    for (const c of copies) {
      expect(plan.assignments.filter((a) => a.objectiveKey === c.key).map((a) => a.employeeName)).toEqual([
        'Rossi Maria',
        'Bianchi Luca',
      ]);
      expect(plan.indicators.filter((i) => i.objectiveKey === c.key)).toHaveLength(1);
    }
  });
});
