/**
 * "Premia - Dipendenti": what each employee receives, the sheet payroll works from.
 *
 * Two tables, plain columns that copy into a payroll system as they are (no merged cells, euro
 * format, no formulas):
 * 1. "Totale per dipendente" (PremiaDipendenti): Dipendente | Area | Categoria | Ore settimanali |
 *    Totale | N. obiettivi, one row per employee; a totals row, the amount the distribution gave
 *    the objectives with staff, and the check that the two agree to the cent.
 * 2. "Dettaglio per obiettivo" (PremiaDipendentiDettaglio), the breakdown: wide (the usual payroll
 *    pivot, Dipendente | Area | Totale | one column per objective or project with staff) up to
 *    WIDE_MAX_OBJECTIVES such objectives; beyond, long: Dipendente | Area | Obiettivo | Quota |
 *    Importo | Calcolo, one row per employee and objective, a person's rows together. A totals
 *    row summed in cents, and the check that each person's rows add up to their total above.
 * When the area rule paid someone (nobody named for an objective: its whole area's staff), a
 * last column "Assegnazione" says so in both tables. In the allocation phase the amounts are
 * potential shares, and a line says so.
 */
import type { Locale } from '../../i18n';
import { formatCents, sumCents } from '../../domain/money';
import type { Cents, Field } from '../../domain/model';
import type { Distribution, EmployeeAmount, UnitAllocation } from '../../domain/results';
import type { OutputCell, SheetSpec } from '../port';
import { SheetBuilder } from './builder';
import {
  boldCell,
  emptyCell,
  INTEGER_FORMAT,
  moneyCell,
  numberCell,
  percentCell,
  subtitle,
  t,
  textCell,
  wrapped,
  type SheetOptions,
} from './format';
import { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS } from './names';
import { trailText } from './distribution';

/** Above this many objectives with staff, one row per employee and objective. */
export const WIDE_MAX_OBJECTIVES = 30;

/** Characters of an objective's column header in the wide layout (the title is cut). */
const HEADER_CHARS = 40;

export interface EmployeesSheetOptions extends SheetOptions {
  /** The plan: comune and year for the subtitle, the staff list for grade and weekly hours. */
  plan?: { comune?: string; year?: number; employees?: readonly StaffRecord[] };
  /** Forces a layout; by default wide up to WIDE_MAX_OBJECTIVES objectives, else long. */
  layout?: 'wide' | 'long';
}

function label(u: UnitAllocation): string {
  return u.title.trim() === '' || u.title === u.id ? u.id : `${u.id} – ${u.title}`;
}

/** Column headers for the objectives: short, and unique as Excel tables require. */
export function objectiveHeaders(units: readonly UnitAllocation[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((h) => h.toLowerCase()));
  return units.map((u) => {
    const full = label(u);
    const base = full.length > HEADER_CHARS ? `${full.slice(0, HEADER_CHARS - 1).trimEnd()}…` : full;
    let header = base;
    if (used.has(header.toLowerCase()) && u.area !== undefined) header = `${base} (${u.area})`;
    for (let n = 2; used.has(header.toLowerCase()); n++) header = `${base} [${n}]`;
    used.add(header.toLowerCase());
    return header;
  });
}

/** Units that pay at least one employee, in the distribution's order. */
function staffedUnits(
  units: readonly UnitAllocation[],
  employees: readonly EmployeeAmount[],
): UnitAllocation[] {
  const keys = new Set(employees.flatMap((e) => e.byObjective.map((b) => b.objectiveKey)));
  return units.filter((u) => keys.has(u.key));
}

function wide(
  b: SheetBuilder,
  employees: readonly EmployeeAmount[],
  units: UnitAllocation[],
  locale: Locale,
): void {
  const fixed = [
    t(locale, 'employees.col.employee'),
    t(locale, 'common.area'),
    t(locale, 'employees.col.total'),
  ];
  const headers = [...fixed, ...objectiveHeaders(units, fixed)];
  // A last column says which of a row's amounts the area rule paid, when any did.
  const byRule = employees.some((e) => e.byObjective.some((x) => x.areaRule));
  if (byRule) headers.push(t(locale, 'employees.col.assignment'));
  const byKey = new Map(units.map((u) => [u.key, u]));
  const ruleNote = (e: EmployeeAmount): OutputCell => {
    const keys = [...new Set(e.byObjective.filter((x) => x.areaRule).map((x) => x.objectiveKey))];
    if (keys.length === 0) return emptyCell();
    const objectives = keys.map((k) => byKey.get(k)?.id ?? k).join(', ');
    return wrapped(t(locale, 'employees.areaRuleFor', { objectives }));
  };
  const amountOf = (e: EmployeeAmount, key: string): number | undefined => {
    const parts = e.byObjective.filter((x) => x.objectiveKey === key);
    return parts.length === 0 ? undefined : sumCents(parts.map((x) => x.amount));
  };
  const body: OutputCell[][] = employees.map((e) => [
    textCell(e.name),
    textCell(e.area),
    moneyCell(e.total, true),
    ...units.map((u) => {
      const amount = amountOf(e, u.key);
      return amount === undefined ? emptyCell() : moneyCell(amount);
    }),
    ...(byRule ? [ruleNote(e)] : []),
  ]);
  b.table(OUTPUT_TABLES.employeeDetail, headers, body);
  b.row([
    boldCell(t(locale, 'common.total')),
    emptyCell(),
    moneyCell(sumCents(employees.map((e) => e.total)), true),
    ...units.map((u) => moneyCell(sumCents(employees.map((e) => amountOf(e, u.key) ?? 0)), true)),
  ]);
}

function long(
  b: SheetBuilder,
  employees: readonly EmployeeAmount[],
  units: UnitAllocation[],
  locale: Locale,
): void {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const headers = [
    t(locale, 'employees.col.employee'),
    t(locale, 'common.area'),
    t(locale, 'common.objective'),
    t(locale, 'employees.col.share'),
    t(locale, 'employees.col.amount'),
    t(locale, 'employees.col.trail'),
  ];
  // A last column says which rows the area rule paid, when any did.
  const byRule = employees.some((e) => e.byObjective.some((x) => x.areaRule));
  if (byRule) headers.push(t(locale, 'employees.col.assignment'));
  const body: OutputCell[][] = employees.flatMap((e) =>
    e.byObjective.map((x) => {
      const u = byKey.get(x.objectiveKey);
      return [
        textCell(e.name),
        textCell(e.area),
        wrapped(u ? label(u) : x.objectiveKey),
        percentCell(x.share),
        moneyCell(x.amount),
        wrapped(trailText(x.trail)),
        ...(byRule ? [x.areaRule ? wrapped(t(locale, 'employees.areaRule')) : emptyCell()] : []),
      ];
    }),
  );
  b.table(OUTPUT_TABLES.employeeDetail, headers, body);
  b.row([
    boldCell(t(locale, 'common.total')),
    emptyCell(),
    emptyCell(),
    emptyCell(),
    moneyCell(sumCents(employees.flatMap((e) => e.byObjective.map((x) => x.amount))), true),
  ]);
}

/** A person of the plan's staff list: where the grade and weekly hours are read from. */
export interface StaffRecord {
  name: string;
  area?: string;
  grade?: Field<string>;
  weeklyHours?: Field<number>;
}

/** The staff record of a paid employee: same name, the same area first. */
function staffLookup(staff: readonly StaffRecord[]): (e: EmployeeAmount) => StaffRecord | undefined {
  const byName = new Map<string, StaffRecord[]>();
  for (const s of staff) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  return (e) => {
    const same = byName.get(e.name) ?? [];
    return same.find((s) => s.area === e.area) ?? same[0];
  };
}

/** Objectives (units) a person has a part of: what "N. obiettivi" counts. */
function objectiveCount(e: EmployeeAmount): number {
  return new Set(e.byObjective.map((x) => x.objectiveKey)).size;
}

/**
 * The payroll table: one row per employee (name, area, grade, weekly hours, total, number of
 * objectives), a totals row, and under it the check against the distribution: the employees'
 * totals add up to what the staffed units paid (or allocated, before the payment), in cents.
 */
function summary(
  b: SheetBuilder,
  d: Extract<Distribution, { ok: true }>,
  staff: readonly StaffRecord[],
  locale: Locale,
): void {
  const { employees } = d;
  const recordOf = staffLookup(staff);
  const byKey = new Map(d.units.map((u) => [u.key, u]));
  const headers = [
    t(locale, 'employees.col.employee'),
    t(locale, 'common.area'),
    t(locale, 'employees.col.grade'),
    t(locale, 'employees.col.hours'),
    t(locale, 'employees.col.total'),
    t(locale, 'employees.col.objectives'),
  ];
  // A last column says which of a person's amounts the area rule paid, when it paid any.
  const byRule = employees.some((e) => e.byObjective.some((x) => x.areaRule));
  if (byRule) headers.push(t(locale, 'employees.col.assignment'));
  const ruleNote = (e: EmployeeAmount): OutputCell => {
    const keys = [...new Set(e.byObjective.filter((x) => x.areaRule).map((x) => x.objectiveKey))];
    if (keys.length === 0) return emptyCell();
    const objectives = keys.map((k) => byKey.get(k)?.id ?? k).join(', ');
    return wrapped(t(locale, 'employees.areaRuleFor', { objectives }));
  };
  b.heading(t(locale, 'employees.summary'));
  b.table(
    OUTPUT_TABLES.employees,
    headers,
    employees.map((e) => {
      const r = recordOf(e);
      return [
        textCell(e.name),
        textCell(e.area),
        textCell(r?.grade?.value),
        numberCell(r?.weeklyHours?.value),
        moneyCell(e.total, true),
        numberCell(objectiveCount(e), INTEGER_FORMAT),
        ...(byRule ? [ruleNote(e)] : []),
      ];
    }),
  );
  const total = sumCents(employees.map((e) => e.total));
  b.row([boldCell(t(locale, 'common.total')), emptyCell(), emptyCell(), emptyCell(), moneyCell(total, true)]);
  // What the distribution gave the units that have staff: the employees share exactly that.
  const paid = new Set(employees.flatMap((e) => e.byObjective.map((x) => x.objectiveKey)));
  const shared = sumCents(
    d.units.filter((u) => paid.has(u.key)).map((u) => (d.phase === 'payment' ? u.paid : u.allocated)),
  );
  const label = d.phase === 'payment' ? 'employees.check.paid' : 'employees.check.allocated';
  b.row(
    [
      textCell(t(locale, label, { sheet: OUTPUT_SHEETS.distribution })),
      emptyCell(),
      emptyCell(),
      emptyCell(),
      moneyCell(shared),
    ],
    false,
  );
  b.row(
    [
      textCell(t(locale, 'employees.check.label')),
      emptyCell(),
      emptyCell(),
      emptyCell(),
      checkCell(locale, total - shared),
    ],
    false,
  );
}

function checkCell(locale: Locale, difference: Cents): OutputCell {
  return difference === 0
    ? textCell(t(locale, 'distribution.check.ok'))
    : boldCell(t(locale, 'distribution.check.ko', { amount: formatCents(difference, locale) }));
}

/**
 * Under the breakdown: each person's rows add up to their total of the first table (the
 * people for whom they do not are named), and the grand totals agree.
 */
function detailCheck(b: SheetBuilder, employees: readonly EmployeeAmount[], locale: Locale): void {
  const off = employees.filter((e) => e.total !== sumCents(e.byObjective.map((x) => x.amount)));
  const result =
    off.length === 0
      ? t(locale, 'distribution.check.ok')
      : t(locale, 'employees.check.detailKo', { names: off.map((e) => e.name).join(', ') });
  // One note that spills to the right: the wide layout's first columns are too narrow for a
  // label and its result side by side. Bold when it does not reconcile.
  const text = t(locale, 'employees.check.detailLine', {
    check: t(locale, 'employees.check.detail'),
    result,
  });
  b.note(off.length === 0 ? textCell(text) : boldCell(text));
}

export function employeesSheet(distribution: Distribution, opts: EmployeesSheetOptions = {}): SheetSpec {
  const locale = opts.locale ?? 'it';
  const b = new SheetBuilder();
  b.heading(t(locale, 'employees.title'));
  b.note(textCell(subtitle(locale, opts.plan, opts.generatedAt)));
  const spec = (freezeRows: number) =>
    b.build(OUTPUT_SHEETS.employees, { freezeRows, tabColor: TAB_COLORS.employees });

  if (!distribution.ok) {
    b.blank();
    b.note(boldCell(t(locale, 'employees.refused', { sheet: OUTPUT_SHEETS.distribution })));
    return spec(2);
  }
  const { employees } = distribution;
  const units = staffedUnits(distribution.units, employees);
  const layout = opts.layout ?? (units.length > WIDE_MAX_OBJECTIVES ? 'long' : 'wide');
  // Before the payment the amounts are potential shares of the allocation: said first.
  if (distribution.phase === 'allocation')
    b.note(boldCell(t(locale, 'employees.potential', { sheet: OUTPUT_SHEETS.distribution })));
  const frozen = b.next;
  b.blank();

  if (employees.length === 0) {
    const headers = [
      t(locale, 'employees.col.employee'),
      t(locale, 'common.area'),
      t(locale, 'employees.col.total'),
    ];
    b.table(OUTPUT_TABLES.employees, headers, [[textCell(t(locale, 'employees.none'))]]);
    return spec(frozen);
  }
  summary(b, distribution, opts.plan?.employees ?? [], locale);
  b.blank();
  b.heading(t(locale, 'employees.detail'));
  if (layout === 'long' && units.length > WIDE_MAX_OBJECTIVES)
    b.note(textCell(t(locale, 'employees.longLayout', { count: String(units.length) })));
  if (layout === 'long') {
    long(b, employees, units, locale);
    detailCheck(b, employees, locale);
  } else {
    wide(b, employees, units, locale);
    detailCheck(b, employees, locale);
  }
  // The title lines stay in view; the tables scroll (two tables: no header row to freeze).
  return spec(frozen);
}
