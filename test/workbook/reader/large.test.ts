/**
 * The plan builder on workbooks where the same objective number appears in many areas and on
 * tables too long for an argument spread: rows of other tables find the right objective (area
 * and number, then number alone, then title, first in plan order), and a 130,000-row table is
 * read to its last row.
 */
import { buildFromSnapshots } from '../../../src/workbook/pipeline';
import type { CellValue } from '../../../src/workbook/port';
import { sheet } from '../recognize/sheet';

const AREAS = ['Settore 1 - Anagrafe', 'Settore 2 - Tributi', 'Settore 3 - Lavori pubblici'];

function weights(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const area of AREAS) {
    rows.push([`${area} - Responsabile: Rossi Maria`]);
    rows.push(['N.', 'Obiettivo', 'Peso %']);
    rows.push([1, `Primo obiettivo di ${area}`, 60]);
    rows.push([2, `Secondo obiettivo di ${area}`, 40]);
    rows.push(['TOTALE', null, 100]);
    rows.push([]);
  }
  return rows;
}

describe('plan builder: which objective a row means', () => {
  it('matches area and number, number alone when unique, then the title', () => {
    const assignments: CellValue[][] = [
      ['N. obiettivo', 'Obiettivo', 'Area', 'Dipendente', 'Quota %'],
      [2, null, AREAS[2], 'Bianchi Luca', 100],
      [1, null, AREAS[1], 'Verdi Anna', 100],
      ['P1', null, null, 'Rossi Maria', 100],
      [null, `Primo obiettivo di ${AREAS[0]}`, null, 'Neri Paolo', 100],
      [7, null, AREAS[0], 'Neri Paolo', 100],
    ];
    const projects: CellValue[][] = [
      ['Progressivo', 'Tipologia progetto', 'Titolo del progetto', 'Categoria', 'N. dip.'],
      ['P1', 'GENERALE', 'Biblioteca aperta la sera', 'Innovativo', 1],
    ];
    const loaded = buildFromSnapshots(
      [sheet('Pesi', weights()), sheet('Progetti', projects), sheet('Assegnazioni', assignments)],
      [],
      {},
    );
    const byEmployee = loaded.plan.assignments
      .filter((a) => !a.implicit)
      .map((a) => `${a.employeeName} -> ${a.objectiveKey}`);
    expect(byEmployee).toEqual([
      `Bianchi Luca -> ${AREAS[2]}#2`,
      `Verdi Anna -> ${AREAS[1]}#1`,
      'Rossi Maria -> #P1',
      `Neri Paolo -> ${AREAS[0]}#1`,
    ]);
    const notFound = loaded.readFindings.filter((f) => f.code === 'READ_OBJECTIVE_NOT_FOUND');
    expect(notFound.map((f) => f.params.objective)).toEqual(['7']);
  });

  it('gives an objective nobody is assigned to the staff of its own area only', () => {
    const staff: CellValue[][] = [
      ['Cognome e nome', 'Area', 'Ore settimanali'],
      ['Rossi Maria', AREAS[0], 36],
      ['Bianchi Luca', AREAS[1], 36],
      ['Verdi Anna', AREAS[0], 18],
    ];
    const loaded = buildFromSnapshots([sheet('Pesi', weights()), sheet('Personale', staff)], [], {});
    const implicit = loaded.plan.assignments.filter((a) => a.objectiveKey === `${AREAS[0]}#2`);
    expect(implicit.map((a) => a.employeeName)).toEqual(['Rossi Maria', 'Verdi Anna']);
    expect(loaded.plan.assignments.filter((a) => a.objectiveKey === `${AREAS[2]}#1`)).toEqual([]);
  });
});

describe('plan builder: long tables', () => {
  it('reads a 130,000-row staff table to its last row', () => {
    const rows: CellValue[][] = [['Cognome e nome', 'Ore settimanali']];
    for (let i = 0; i < 130_000; i++) rows.push([`Dipendente ${i + 1}`, 36]);
    const loaded = buildFromSnapshots([sheet('Personale', rows)], [], {});
    const staff = loaded.tables.find((t) => t.kind === 'staff');
    expect(staff?.dataRows).toHaveLength(130_000);
    expect(loaded.plan.employees).toHaveLength(130_000);
    expect(loaded.plan.employees[129_999].name).toBe('Dipendente 130000');
  });
});
