import { sumCents } from '../../../src/domain/money';
import type { EmployeeAmount, UnitAllocation } from '../../../src/domain/results';
import {
  employeesSheet,
  MONEY_FORMAT,
  OUTPUT_SHEETS,
  OUTPUT_TABLES,
  PERCENT_FORMAT,
  WIDE_MAX_OBJECTIVES,
} from '../../../src/workbook/writers';
import { employee } from '../../domain/builders';
import { cents, rowOf, table, texts } from './helpers';
import { employees, FORMULA_TITLE, okDistribution, refused, units } from './fixtures';

const staff = [
  employee('Rossi Mario', { area: 'Area finanziaria', grade: 'C3', weeklyHours: 36 }),
  employee('Bianchi Anna', { area: 'Area finanziaria', grade: 'B1', weeklyHours: 18 }),
  // Same name in another area: the paid person's own area is preferred.
  employee('Verdi Luca', { area: 'Area amministrativa', grade: 'A1', weeklyHours: 12 }),
  employee('Verdi Luca', { area: 'Area tecnica', grade: 'D1', weeklyHours: 30 }),
];
const plan = { comune: 'Castelnuovo', year: 2024, employees: staff };
const DETAIL = 'Quadratura delle righe del dettaglio con il totale di ciascun dipendente';

describe('employeesSheet, the payroll table (one row per employee)', () => {
  const d = okDistribution();
  const spec = employeesSheet(d, { plan });
  const t = table(spec, OUTPUT_TABLES.employees);

  it('has area, grade, weekly hours, total and number of objectives, in plain columns', () => {
    expect(spec.name).toBe(OUTPUT_SHEETS.employees);
    expect(t.headers).toEqual([
      'Dipendente',
      'Area',
      'Categoria',
      'Ore settimanali',
      'Totale',
      'N. obiettivi',
    ]);
    expect(t.column('Dipendente').map((c) => c.value)).toEqual(employees.map((e) => e.name));
    expect(t.column('Area').map((c) => c.value)).toEqual(employees.map((e) => e.area ?? null));
    expect(t.column('Categoria').map((c) => c.value)).toEqual(['C3', 'B1', 'D1', null, null]);
    expect(t.column('Ore settimanali').map((c) => c.value)).toEqual([36, 18, 30, null, null]);
    expect(t.column('Totale').map(cents)).toEqual(employees.map((e) => e.total));
    expect(t.column('Totale').every((c) => c.format === MONEY_FORMAT)).toBe(true);
    expect(t.column('N. obiettivi').map((c) => c.value)).toEqual([1, 1, 4, 1, 1]);
    // Nothing merged, nothing that is not a value: it copies into a payroll program as it is.
    expect(JSON.stringify(spec)).not.toMatch(/merge|formula/i);
  });

  it('reconciles on the sheet: totals row, the amount the staffed units paid, and the check', () => {
    expect(t.below[0].value).toBe('Totale');
    expect(cents(t.below[4])).toBe(sumCents(employees.map((e) => e.total)));
    const paid = rowOf(spec, 'Pagato agli obiettivi con personale (foglio «Premia - Distribuzione»)');
    expect(paid).toBe(t.top + t.body.length + 2);
    expect(cents(spec.rows[paid][4])).toBe(sumCents(units.map((u) => u.paid)));
    const check = rowOf(spec, 'Quadratura: totale dei dipendenti = importo degli obiettivi con personale');
    expect(spec.rows[check][4].value).toBe('quadra al centesimo');
  });

  it('says the difference when the employees do not add up to what the units paid', () => {
    const off = {
      ...okDistribution(),
      units: units.map((u) => (u.id === '2' ? { ...u, paid: u.paid + 7 } : u)),
    };
    const s = employeesSheet(off);
    const check = rowOf(s, 'Quadratura: totale dei dipendenti = importo degli obiettivi con personale');
    expect(s.rows[check][4]).toEqual({ value: 'non quadra: differenza di -0,07 €', bold: true });
  });

  it('keeps the title lines in view, not one table header', () => {
    expect(spec.freezeRows).toBe(2);
  });
});

describe('employeesSheet, the breakdown (wide layout)', () => {
  const d = okDistribution();
  const spec = employeesSheet(d);
  const t = table(spec, OUTPUT_TABLES.employeeDetail);

  it('comes after the payroll table, one row per employee and one column per objective with staff', () => {
    expect(t.top).toBeGreaterThan(table(spec, OUTPUT_TABLES.employees).top);
    expect(t.headers.slice(0, 3)).toEqual(['Dipendente', 'Area', 'Totale']);
    expect(t.headers).toHaveLength(3 + units.length);
    expect(t.headers[3]).toBe('P – Presenza agli eventi serali');
    expect(t.body).toHaveLength(employees.length);
    expect(t.column('Totale').map(cents)).toEqual(employees.map((e) => e.total));
  });

  it('puts each amount under its objective, and a person’s amounts add up to their total', () => {
    const col = 3 + units.findIndex((u) => u.id === '2');
    const verdi = employees.findIndex((e) => e.name === 'Verdi Luca');
    expect(cents(t.body[verdi][col])).toBe(765_000);
    expect(t.body[0][col].value).toBeNull();
    t.body.forEach((row, i) => {
      const parts = row
        .slice(3)
        .filter((c) => c.value !== null)
        .map(cents);
      expect(sumCents(parts)).toBe(employees[i].total);
    });
  });

  it('ends with a totals row summed in cents and the check against each person’s total', () => {
    expect(t.below[0].value).toBe('Totale');
    expect(cents(t.below[2])).toBe(sumCents(employees.map((e) => e.total)));
    units.forEach((u, i) => {
      const paidToStaff = sumCents(
        employees.flatMap((e) => e.byObjective.filter((b) => b.objectiveKey === u.key).map((b) => b.amount)),
      );
      expect(cents(t.below[3 + i])).toBe(paidToStaff);
    });
    const check = rowOf(spec, `${DETAIL}: quadra al centesimo`);
    expect(check).toBe(t.top + t.body.length + 2);
  });

  it('names the people whose rows do not add up to their total', () => {
    const wrong: EmployeeAmount[] = employees.map((e) =>
      e.name === 'Bianchi Anna' ? { ...e, total: e.total + 1 } : e,
    );
    const s = employeesSheet({ ...okDistribution(), employees: wrong });
    const check = rowOf(s, `${DETAIL}: non quadra per: Bianchi Anna`);
    expect(s.rows[check][0].bold).toBe(true);
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
    const h = table(s, OUTPUT_TABLES.employeeDetail).headers;
    expect(h.slice(3)).toEqual(['1 – Riscossione tributi', '1 – Riscossione tributi (Area B)']);
    // One objective (unit) counted once per person in the payroll table.
    expect(table(s, OUTPUT_TABLES.employees).cell(0, 'N. obiettivi').value).toBe(2);
  });
});

describe('employeesSheet, the breakdown (long layout)', () => {
  it('is used above the column limit, one row per employee and objective, the trail wrapped', () => {
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
    const t = table(s, OUTPUT_TABLES.employeeDetail);
    expect(t.headers).toEqual(['Dipendente', 'Area', 'Obiettivo', 'Quota', 'Importo', 'Calcolo']);
    expect(t.body).toHaveLength(many.length);
    expect(t.cell(0, 'Obiettivo').value).toBe('1 – Obiettivo 1');
    expect(t.cell(0, 'Quota')).toEqual({ value: 0.25, format: PERCENT_FORMAT });
    expect(t.cell(0, 'Calcolo')).toEqual({ value: 'quota 25 %', wrap: true });
    expect(cents(t.below[4])).toBe(emps[0].total);
    expect(table(s, OUTPUT_TABLES.employees).cell(0, 'N. obiettivi').value).toBe(many.length);
    expect(texts(s)).toContain(
      `Una riga per dipendente e obiettivo: ${many.length} obiettivi sono troppi per una colonna ciascuno.`,
    );
  });

  it('can be forced: a person’s rows come together and add up to their total', () => {
    const s = employeesSheet(okDistribution(), { layout: 'long' });
    const t = table(s, OUTPUT_TABLES.employeeDetail);
    expect(t.body).toHaveLength(employees.flatMap((e) => e.byObjective).length);
    expect(cents(t.below[4])).toBe(sumCents(employees.map((e) => e.total)));
    const names = t.column('Dipendente').map((c) => c.value);
    for (const e of employees) {
      const rows = t.body.filter((r) => r[0].value === e.name);
      expect(sumCents(rows.map((r) => cents(r[4])))).toBe(e.total);
      const first = names.indexOf(e.name);
      expect(names.slice(first, first + rows.length).every((n) => n === e.name)).toBe(true);
    }
    expect(rowOf(s, `${DETAIL}: quadra al centesimo`)).toBe(t.top + t.body.length + 2);
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
    expect(table(s, OUTPUT_TABLES.employees).headers).toEqual([
      'Employee',
      'Area',
      'Grade',
      'Weekly hours',
      'Total',
      'Objectives',
    ]);
    expect(texts(s)).toContain('Breakdown by objective');
    expect(texts(s).some((x) => x.startsWith('sheet.'))).toBe(false);
  });
});
