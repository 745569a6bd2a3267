/**
 * Assignment text in the forms real plans use: shares after names with no separator (relative
 * when one is 100 and they add up to more), a trailing role, a surname alone, a near miss.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runValidation } from '../../../src/workbook/pipeline';

async function load(assignees: string) {
  const book = XlsxWorkbook.create();
  const w = book.workbook.addWorksheet('Pesi');
  w.addRow(['AREA POLIZIA LOCALE']);
  w.addRow(['N.', 'Obiettivo', 'Peso', 'Risorse umane assegnate']);
  w.addRow([1, 'Videosorveglianza', 100, assignees]);
  const s = book.workbook.addWorksheet('Personale');
  s.addRow(['Cognome e nome', 'Ore settimanali', 'Area']);
  s.addRow(['FERRARI LUCA', 36, 'Polizia Locale']);
  s.addRow(['BRAMBILLA PAOLO', 36, 'Polizia Locale']);
  s.addRow(['COLOMBO ANDREA', 36, 'Polizia Locale']);
  s.addRow(['VALLI ORTENZIA', 30, 'Polizia Locale']);
  s.addRow(['SARTORI ELENA', 36, 'Polizia Locale']);
  return loadWorkbook(book);
}

/** Each assignment as [the staff member it names, its share]. */
const shares = (loaded: Awaited<ReturnType<typeof load>>) =>
  loaded.plan.assignments.map((a) => [
    loaded.plan.employees.find((e) => e.nameKey === a.employeeKey)?.name ?? `? ${a.employeeName}`,
    a.share.value,
  ]);

describe('assignment text as plans write it', () => {
  it('reads relative shares as proportions, said with the result', async () => {
    const loaded = await load('Luca FERRARI 100% Paolo BRAMBILLA 100% Andrea COLOMBO 50%');
    expect(shares(loaded)).toEqual([
      ['FERRARI LUCA', 40],
      ['BRAMBILLA PAOLO', 40],
      ['COLOMBO ANDREA', 20],
    ]);
    const said = loaded.readFindings.filter((f) => f.code === 'READ_SHARES_NORMALISED');
    expect(said).toHaveLength(1);
    expect(said[0].message).toContain('40 %');
  });

  it('leaves shares that miss 100 to validation (33 + 33 + 33 is a mistake, not a ratio)', async () => {
    const loaded = await load('33% Ferrari Luca - 33% Brambilla Paolo - 33% Colombo Andrea');
    expect(shares(loaded)).toEqual([
      ['FERRARI LUCA', 33],
      ['BRAMBILLA PAOLO', 33],
      ['COLOMBO ANDREA', 33],
    ]);
    expect(runValidation(loaded).some((f) => f.code === 'SHARES_SUM')).toBe(true);
  });

  it('sets a trailing role aside and pays the people with shares', async () => {
    const loaded = await load(
      'Luca Ferrari (80%), Paolo Brambilla (20%) Responsabile Area Polizia Locale Dott.ssa Elena Sartori',
    );
    expect(shares(loaded)).toEqual([
      ['FERRARI LUCA', 80],
      ['BRAMBILLA PAOLO', 20],
    ]);
    expect(loaded.readFindings.map((f) => f.code)).toContain('READ_ASSIGNEES_ROLE_SET_ASIDE');
    expect(loaded.readFindings.some((f) => f.code === 'READ_ASSIGNEES_UNREADABLE')).toBe(false);
  });

  it('reads a surname alone as the one person of the staff who has it', async () => {
    const loaded = await load('Ferrari - Colombo');
    expect(shares(loaded)).toEqual([
      ['FERRARI LUCA', undefined],
      ['COLOMBO ANDREA', undefined],
    ]);
    expect(loaded.readFindings.filter((f) => f.code === 'READ_ASSIGNEE_NAME_MATCHED')).toHaveLength(2);
    expect(runValidation(loaded).some((f) => f.code === 'ASSIGNEE_UNKNOWN')).toBe(false);
  });

  it('suggests the near miss and does not apply it', async () => {
    const loaded = await load('Ortensia Valli');
    const unknown = runValidation(loaded).filter((f) => f.code === 'ASSIGNEE_UNKNOWN');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].params.suggestion).toBe('VALLI ORTENZIA');
    expect(unknown[0].message).toContain('forse intendevi VALLI ORTENZIA');
  });
});
