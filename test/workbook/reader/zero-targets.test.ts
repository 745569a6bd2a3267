/**
 * Zero targets read from a workbook: "0" or "0%" on an indicator that counts problems is "at
 * most 0" (no complaint: met; one: not met); elsewhere a warning names the cell and asks for the
 * kind, since "at least 0" is always met.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runScoring } from '../../../src/workbook/pipeline';

async function run(indicator: string, target: string | number, actual: number, percent = false) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Obiettivi');
  ws.addRow(['Area', 'N.', 'Obiettivo', 'Peso', 'Indicatore', 'Valore atteso', 'Valore raggiunto']);
  ws.addRow(['Area Amministrativa', 1, 'Qualità del servizio', 100, indicator, target, actual]);
  if (percent) ws.getCell('F2').numFmt = '0%';
  const p = book.workbook.addWorksheet('Parametri Premia');
  for (const r of [
    ['Parametro', 'Valore'],
    ['Anno', 2023],
    ['Fondo', 1000],
  ])
    p.addRow(r);
  const loaded = await loadWorkbook(book);
  const { scores, findings } = runScoring(loaded);
  return {
    achievement: scores.objectives[0]?.achievement,
    target: loaded.plan.indicators[0].target.value,
    warnings: findings.filter((f) => f.code === 'READ_TARGET_ZERO_AMBIGUOUS'),
    problems: findings.filter((f) => f.code === 'READ_TARGET_PROBLEMS_AT_LEAST'),
  };
}

describe('zero targets in a workbook', () => {
  it.each([
    ['Reclami ricevuti', '0'],
    ['Criticità rilevate', '0%'],
    ['Giornate di mancata apertura', 0],
    ['Errori nelle determine', 0],
  ])('%s with target %p: at most 0, not met by one', async (indicator, target) => {
    const none = await run(indicator, target, 0);
    expect(none.target).toMatchObject({ kind: 'atMost', value: 0 });
    expect(none.achievement).toBe(1);
    expect(none.warnings).toEqual([]);
    expect((await run(indicator, target, 1)).achievement).toBe(0);
  });

  it('reads a 0 % cell on a problem count as at most 0', async () => {
    expect((await run('Segnalazioni di disservizio', 0, 2, true)).achievement).toBe(0);
  });

  it('warns on a zero target elsewhere, naming the cell, and never in silence', async () => {
    const r = await run('Pratiche evase', 0, 0);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].cells).toEqual([{ sheet: 'Obiettivi', cell: 'F2' }]);
    expect(r.warnings[0].message).toContain('Obiettivi!F2');
    expect(r.warnings[0].message).toContain('massimo 0');
    expect((await run('Pratiche evase', 'almeno 0', 0)).warnings).toEqual([]);
  });

  it('warns when a bare number above 0 on a problem count is read as a minimum', async () => {
    const r = await run('Tasso di errore', 0.05, 4, true);
    expect(r.target).toMatchObject({ kind: 'atLeast', value: 5, percent: true });
    expect(r.problems.map((f) => f.cells[0].cell)).toEqual(['F2']);
    expect(r.problems[0].message).toContain('«Tasso di errore» conta problemi');
    expect((await run('Tasso di errore', 'massimo 5%', 4)).problems).toEqual([]);
    expect((await run('Pratiche evase', 5, 4)).problems).toEqual([]);
  });
});
