import { sumCents } from '../../../src/domain/money';
import type { UnitAllocation } from '../../../src/domain/results';
import {
  employeesSheet,
  OUTPUT_SHEETS,
  OUTPUT_TABLES,
  PERCENT_FORMAT,
  WIDE_MAX_OBJECTIVES,
} from '../../../src/workbook/writers';
import { cents, table, texts } from './helpers';
import { employees, FORMULA_TITLE, okDistribution, refused, units } from './fixtures';

describe('employeesSheet, wide layout', () => {
  const d = okDistribution();
  const spec = employeesSheet(d);
  const t = table(spec, OUTPUT_TABLES.employees);

  it('has one row per employee and one column per objective with staff', () => {
    expect(spec.name).toBe(OUTPUT_SHEETS.employees);
    expect(t.headers.slice(0, 3)).toEqual(['Dipendente', 'Area', 'Totale']);
    expect(t.headers).toHaveLength(3 + units.length);
    expect(t.headers[3]).toBe('P – Presenza agli eventi serali');
    expect(t.body).toHaveLength(employees.length);
    expect(t.column('Dipendente').map((c) => c.value)).toEqual(employees.map((e) => e.name));
    expect(t.column('Totale').map(cents)).toEqual(employees.map((e) => e.total));
    expect(spec.freezeRows).toBe(t.top + 1);
  });

  it('puts each amount under its objective, and nothing where the employee is not assigned', () => {
    const col = 3 + units.findIndex((u) => u.id === '2');
    const verdi = employees.findIndex((e) => e.name === 'Verdi Luca');
    expect(cents(t.body[verdi][col])).toBe(765_000);
    expect(t.body[0][col].value).toBeNull();
    // Each row's objective columns add up to its total.
    t.body.forEach((row, i) => {
      const parts = row
        .slice(3)
        .filter((c) => c.value !== null)
        .map(cents);
      expect(sumCents(parts)).toBe(employees[i].total);
    });
  });

  it('ends with a totals row summed in cents', () => {
    expect(t.below[0].value).toBe('Totale');
    expect(cents(t.below[2])).toBe(sumCents(employees.map((e) => e.total)));
    units.forEach((u, i) => {
      const paidToStaff = sumCents(
        employees.flatMap((e) => e.byObjective.filter((b) => b.objectiveKey === u.key).map((b) => b.amount)),
      );
      expect(cents(t.below[3 + i])).toBe(paidToStaff);
    });
  });

  it('keeps formula-looking names and titles as text', () => {
    expect(t.column('Dipendente').map((c) => c.value)).toContain('=SOMMA(A1:A9)');
    expect(t.headers).toContain(`E – ${FORMULA_TITLE.slice(0, 35)}…`);
  });

  it('makes the objective headers unique', () => {
    const twin: UnitAllocation[] = [
      { ...units[1], key: 'a#1', area: 'Area A' },
      { ...units[1], key: 'b#1', area: 'Area B' },
    ];
    const emps = [
      {
        name: 'X',
        total: 2,
        byObjective: twin.map((u) => ({ objectiveKey: u.key, share: 1, amount: 1, trail: [] })),
      },
    ];
    const s = employeesSheet({ ...okDistribution(), units: twin, employees: emps });
    const h = table(s, OUTPUT_TABLES.employees).headers;
    expect(h.slice(3)).toEqual(['1 – Riscossione tributi', '1 – Riscossione tributi (Area B)']);
  });
});

describe('employeesSheet, long layout', () => {
  it('is used above the column limit, one row per employee and objective', () => {
    const many: UnitAllocation[] = Array.from({ length: WIDE_MAX_OBJECTIVES + 1 }, (_, i) => ({
      ...units[1],
      key: `k${i}`,
      id: String(i + 1),
      title: `Obiettivo ${i + 1}`,
    }));
    const emps = [
      {
        name: 'Rossi Mario',
        area: 'Area finanziaria',
        total: sumCents(many.map((_, i) => i + 10)),
        byObjective: many.map((u, i) => ({
          objectiveKey: u.key,
          share: 0.25,
          amount: i + 10,
          trail: [{ step: 's', detail: 'quota 25 %', cells: [] }],
        })),
      },
    ];
    const s = employeesSheet({ ...okDistribution(), units: many, employees: emps });
    const t = table(s, OUTPUT_TABLES.employees);
    expect(t.headers).toEqual(['Dipendente', 'Area', 'Obiettivo', 'Quota', 'Importo', 'Calcolo']);
    expect(t.body).toHaveLength(many.length);
    expect(t.cell(0, 'Obiettivo').value).toBe('1 – Obiettivo 1');
    expect(t.cell(0, 'Quota')).toEqual({ value: 0.25, format: PERCENT_FORMAT });
    expect(t.cell(0, 'Calcolo').value).toBe('quota 25 %');
    expect(cents(t.below[4])).toBe(emps[0].total);
    expect(texts(s)).toContain(
      `Una riga per dipendente e obiettivo: ${many.length} obiettivi sono troppi per una colonna ciascuno.`,
    );
  });

  it('can be forced, and then sums every part', () => {
    const s = employeesSheet(okDistribution(), { layout: 'long' });
    const t = table(s, OUTPUT_TABLES.employees);
    expect(t.body).toHaveLength(employees.flatMap((e) => e.byObjective).length);
    expect(cents(t.below[4])).toBe(sumCents(employees.map((e) => e.total)));
  });
});

describe('employeesSheet, other cases', () => {
  it('points to the distribution sheet when the distribution was refused', () => {
    const s = employeesSheet(refused);
    expect(s.tables).toBeUndefined();
    expect(texts(s)).toContain(
      'La distribuzione non è stata calcolata: i motivi sono nel foglio «Premia - Distribuzione».',
    );
  });

  it('says so when no employee is paid', () => {
    const s = employeesSheet({ ...okDistribution(), employees: [] });
    expect(table(s, OUTPUT_TABLES.employees).body[0][0].value).toBe('Nessun dipendente riceve importi.');
  });

  it('speaks English on request', () => {
    const s = employeesSheet(okDistribution(), { locale: 'en' });
    expect(table(s, OUTPUT_TABLES.employees).headers.slice(0, 3)).toEqual(['Employee', 'Area', 'Total']);
    expect(texts(s).some((x) => x.startsWith('sheet.'))).toBe(false);
  });
});
