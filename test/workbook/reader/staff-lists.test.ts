/** Two staff lists under one area heading: the second takes the area too; a person in both is read once. */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';

async function load(secondArea?: string) {
  const book = XlsxWorkbook.create();
  const s = book.workbook.addWorksheet('Personale');
  s.addRow(['AREA POLIZIA LOCALE', 'Responsabile: Neri Carlo']);
  s.addRow(['Personale assegnato area PL:']);
  s.addRow(['Categoria', 'Cognome e nome', 'Ore settimanali']);
  s.addRow(['D1', 'CARLO NERI', 36]);
  s.addRow(['C1', 'ANNA BRUNI', 36]);
  s.addRow([]);
  s.addRow([secondArea ?? 'Personale assegnato area Protezione Civile:']);
  s.addRow(['Categoria', 'Cognome e nome', 'Ore settimanali']);
  s.addRow(['C1', 'ANNA BRUNI', 18]);
  s.addRow(['C2', 'PIETRO GALLO', 36]);
  return loadWorkbook(book);
}

describe('staff lists of one area', () => {
  it('give the second list the area of the heading above the first', async () => {
    const loaded = await load();
    const staff = loaded.tables.filter((t) => t.kind === 'staff');
    expect(staff.map((t) => t.area)).toEqual(['Area Polizia Locale', 'Area Polizia Locale']);
  });

  it('read a person in both lists once, with the first list hours, and say so', async () => {
    const loaded = await load();
    const anna = loaded.plan.employees.filter((e) => e.nameKey.includes('bruni'));
    expect(anna).toHaveLength(1);
    expect(anna[0].weeklyHours?.value).toBe(36);
    const said = loaded.readFindings.filter((f) => f.code === 'READ_EMPLOYEE_IN_TWO_LISTS');
    expect(said.map((f) => f.cells.map((c) => c.cell))).toEqual([['A9:C9', 'A5:C5']]);
  });

  it('keep a list under its own area title apart', async () => {
    const loaded = await load('AREA TECNICA');
    const staff = loaded.tables.filter((t) => t.kind === 'staff');
    expect(staff.map((t) => t.area)).toEqual(['Area Polizia Locale', 'Area Tecnica']);
    expect(loaded.readFindings.some((f) => f.code === 'READ_EMPLOYEE_IN_TWO_LISTS')).toBe(false);
  });
});
