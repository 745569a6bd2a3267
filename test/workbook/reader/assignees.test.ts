/**
 * Never pay people nobody assigned. Regression built from a real plan: an assignment cell
 * "Name (80%) Name (20%) Responsabile ..." could not be read, fell back to the whole staff of
 * the area with only a warning, and in a what-if 30 % of an area's fund went to people nobody
 * assigned. Now the cell is an error naming what was understood, the objective's payment is held
 * (nobody receives it), and the rest of the plan is distributed. The area rule (the whole staff)
 * applies only to an empty cell or an explicit "Tutto il personale", and the Dipendenti sheet
 * says so on each row it paid.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runDistribution } from '../../../src/workbook/pipeline';
import { employeesSheet } from '../../../src/workbook/writers/employees';
import { assertReconciles } from '../../../src/domain/distribution';
import type { OutputCell } from '../../../src/workbook/port';

const AREA = 'Area Servizi alla Persona';
/** The real plan's cell: two people with shares, then the area head's role. */
const TRAILING_ROLE =
  'Sara Lazzaroni (80%) Paola Danesi (20%) Responsabile Area Servizi alla Persona Dott.ssa Marcella Vitali';
const UNREADABLE = 'Sara Lazzaroni (80%) Paola Danesi (20%) e personale del servizio civile';
const STAFF = ['Sara Lazzaroni', 'Paola Danesi', 'Marcella Vitali', 'Giorgio Sarti', 'Elisa Moro'];

/** Weights 30 / 40 / 30 with each objective's assignment cell, every objective reached in full. */
async function run(cells: [string | number | null, string | null, string | null]) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Obiettivi');
  ws.addRow([AREA]);
  ws.addRow(['N.', 'Obiettivo', 'Peso %', 'Risorse umane assegnate', 'Grado di raggiungimento']);
  ws.addRow([1, 'Assistenza domiciliare', 30, cells[0], 100]);
  ws.addRow([2, 'Centro estivo', 40, cells[1], 100]);
  ws.addRow([3, 'Sportello sociale', 30, cells[2], 100]);
  ws.addRow(['TOTALE', null, 100]);
  const st = book.workbook.addWorksheet('Personale');
  st.addRow(['Cognome e nome', 'Ore settimanali', 'Area']);
  for (const name of STAFF) st.addRow([name, 36, AREA]);
  const rel = book.workbook.addWorksheet('Rilevanza');
  rel.addRow(['Area', 'Rilevanza %']);
  rel.addRow([AREA, 100]);
  const p = book.workbook.addWorksheet('Parametri Premia');
  for (const r of [
    ['Parametro', 'Valore'],
    ['Anno', 2024],
    ['Fondo', 10000],
  ])
    p.addRow(r);
  const loaded = await loadWorkbook(book);
  return { loaded, ...runDistribution(loaded) };
}

/** Cents each person received from the objective (by id), and in all. */
function received(d: Awaited<ReturnType<typeof run>>['distribution'], id: string) {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  const key = d.units.find((u) => u.id === id)?.key;
  return Object.fromEntries(
    d.employees
      .map((e) => [
        e.name,
        e.byObjective.filter((b) => b.objectiveKey === key).reduce((s, b) => s + b.amount, 0),
      ])
      .filter(([, cents]) => cents !== 0),
  );
}

const text = (c: OutputCell | undefined) => (c === undefined ? undefined : c.value);

describe('assignment cells that cannot be read pay nobody', () => {
  it('regression: the unreadable cell is an error with what was understood; nobody is paid for its objective; the rest is', async () => {
    const { distribution: d, loaded } = await run([UNREADABLE, 'Giorgio Sarti 50%, Elisa Moro 50%', null]);
    const errors = loaded.readFindings.filter((f) => f.code === 'READ_ASSIGNEES_UNREADABLE');
    expect(errors).toHaveLength(1);
    expect(errors[0].severity).toBe('error');
    expect(errors[0].cells).toEqual([{ sheet: 'Obiettivi', cell: 'D3' }]);
    expect(errors[0].message).toContain('Obiettivi!D3');
    expect(errors[0].message).toContain('Letto: Sara Lazzaroni 80 %, Paola Danesi 20 %');
    expect(errors[0].message).toContain('non letto: «personale del servizio civile»');
    // Before: 3000 € (30 % of the area's fund) shared by all five, 600 € each, Marcella Vitali
    // and two others included; Sara Lazzaroni got 600 € of her 2400.
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    assertReconciles(d);
    expect(received(d, '1')).toEqual({});
    expect(d.totals.withoutStaff).toBe(300000);
    expect(d.units.find((u) => u.id === '1')?.paid).toBe(300000);
    // The rest of the plan proceeds.
    expect(received(d, '2')).toEqual({ 'Giorgio Sarti': 200000, 'Elisa Moro': 200000 });
    expect(Object.keys(received(d, '3')).sort()).toEqual([...STAFF].sort());
    // The held objective comes back with the result, still an error.
    expect(d.warnings.some((w) => w.code === 'READ_ASSIGNEES_UNREADABLE' && w.severity === 'error')).toBe(
      true,
    );
    expect(d.employees.find((e) => e.name === 'Marcella Vitali')?.total).toBe(60000);
  });

  it('regression, the real cell: the head named last is a role set aside, and only the two people are paid', async () => {
    const { distribution: d, loaded } = await run([TRAILING_ROLE, 'Giorgio Sarti 50%, Elisa Moro 50%', null]);
    expect(loaded.readFindings.some((f) => f.code === 'READ_ASSIGNEES_UNREADABLE')).toBe(false);
    const role = loaded.readFindings.filter((f) => f.code === 'READ_ASSIGNEES_ROLE_SET_ASIDE');
    expect(role.map((f) => f.cells[0].cell)).toEqual(['D3']);
    if (!d.ok) throw new Error('refused');
    assertReconciles(d);
    // 30 % of 10.000 €: 80 % and 20 % to the two named; nothing to the head or the others.
    expect(received(d, '1')).toEqual({ 'Sara Lazzaroni': 240000, 'Paola Danesi': 60000 });
  });

  it('reads a number where names are meant as a cell that names nobody: an error, nobody paid', async () => {
    const { distribution: d, loaded } = await run([3, 'Giorgio Sarti', null]);
    const errors = loaded.readFindings.filter((f) => f.code === 'READ_ASSIGNEES_UNREADABLE');
    expect(errors.map((f) => f.cells[0].cell)).toEqual(['D3']);
    expect(received(d, '1')).toEqual({});
    expect(received(d, '2')).toEqual({ 'Giorgio Sarti': 400000 });
  });

  it('reads people separated only by their shares in parentheses', async () => {
    const { distribution: d, loaded } = await run(['Sara Lazzaroni (80%) Paola Danesi (20%)', null, null]);
    expect(loaded.readFindings.filter((f) => f.code === 'READ_ASSIGNEES_UNREADABLE')).toEqual([]);
    expect(received(d, '1')).toEqual({ 'Sara Lazzaroni': 240000, 'Paola Danesi': 60000 });
  });

  it('applies the area rule to an empty cell and to "Tutto il personale", and the Dipendenti sheet says so', async () => {
    const { distribution: d, loaded } = await run([
      'Tutto il personale',
      'Tutto il personale Area Servizi alla Persona',
      null,
    ]);
    expect(loaded.readFindings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const id of ['1', '2', '3']) expect(Object.keys(received(d, id)).sort()).toEqual([...STAFF].sort());
    if (!d.ok) return;
    for (const e of d.employees) for (const b of e.byObjective) expect(b.areaRule).toBe(true);
    const trail = d.employees[0].byObjective[0].trail.map((s) => s.detail).join(' / ');
    expect(trail).toContain("tutto il personale dell'area, perché nessuno è indicato per nome");

    const sheet = employeesSheet(d, { layout: 'wide' });
    const header = sheet.rows.findIndex((r) => text(r[0]) === 'Dipendente');
    expect(text(sheet.rows[header].at(-1))).toBe('Assegnazione');
    for (const name of STAFF) {
      const row = sheet.rows.find((r) => text(r[0]) === name);
      expect(text(row?.at(-1))).toBe("Tutto il personale dell'area (nessuno indicato per nome) per: 1, 2, 3");
    }
    const long = employeesSheet(d, { layout: 'long' });
    // The breakdown's rows (a share in column D), not the payroll table's one row per person.
    const rows = long.rows.filter((r) => STAFF.includes(String(text(r[0]))) && r[3]?.format === '0.00%');
    expect(rows).toHaveLength(15);
    for (const r of rows)
      expect(text(r.at(-1))).toBe("Tutto il personale dell'area (nessuno indicato per nome)");
  });

  it('reads "Tutto il personale" in an assignments table as the area rule, not as a person', async () => {
    const book = XlsxWorkbook.create();
    const ws = book.workbook.addWorksheet('Obiettivi');
    ws.addRow([AREA]);
    ws.addRow(['N.', 'Obiettivo', 'Peso %', 'Grado di raggiungimento']);
    ws.addRow([1, 'Assistenza domiciliare', 60, 100]);
    ws.addRow([2, 'Centro estivo', 40, 100]);
    const st = book.workbook.addWorksheet('Personale');
    st.addRow(['Cognome e nome', 'Ore settimanali', 'Area']);
    for (const name of STAFF) st.addRow([name, 36, AREA]);
    const as = book.workbook.addWorksheet('Assegnazioni');
    as.addRow(['N.', 'Dipendente', 'Quota %']);
    as.addRow([1, 'Sara Lazzaroni', 100]);
    as.addRow([2, 'Tutto il personale', null]);
    const rel = book.workbook.addWorksheet('Rilevanza');
    rel.addRow(['Area', 'Rilevanza %']);
    rel.addRow([AREA, 100]);
    const p = book.workbook.addWorksheet('Parametri Premia');
    for (const r of [
      ['Parametro', 'Valore'],
      ['Anno', 2024],
      ['Fondo', 10000],
    ])
      p.addRow(r);
    const loaded = await loadWorkbook(book);
    const d = runDistribution(loaded).distribution;
    expect(loaded.plan.assignments.some((a) => a.employeeName === 'Tutto il personale')).toBe(false);
    expect(received(d, '1')).toEqual({ 'Sara Lazzaroni': 600000 });
    expect(Object.keys(received(d, '2')).sort()).toEqual([...STAFF].sort());
  });

  it("reads an area written in short that no staff row names as the objective's own, with a warning", async () => {
    const { distribution: d, loaded } = await run(['Tutto il personale Area S.P.', null, null]);
    const warned = loaded.readFindings.filter((f) => f.code === 'READ_ASSIGNEES_AREA_UNKNOWN');
    expect(warned.map((f) => [f.severity, f.cells[0].cell])).toEqual([['warning', 'D3']]);
    expect(warned[0].message).toContain(`«Area S.P» non è l'area di nessun dipendente`);
    expect(warned[0].message).toContain(AREA);
    expect(Object.keys(received(d, '1')).sort()).toEqual([...STAFF].sort());
  });

  it('names no Assegnazione column when everyone paid was named', async () => {
    const { distribution: d } = await run(['Sara Lazzaroni', 'Paola Danesi', 'Giorgio Sarti']);
    if (!d.ok) throw new Error('refused');
    const sheet = employeesSheet(d, { layout: 'wide' });
    expect(sheet.rows.some((r) => r.some((c) => c.value === 'Assegnazione'))).toBe(false);
    for (const e of d.employees) for (const b of e.byObjective) expect(b.areaRule).toBeUndefined();
  });
});
