/**
 * "Premia - Dipendenti": what each employee receives, the sheet payroll works from.
 *
 * Wide layout (the usual payroll pivot): Dipendente | Area | Totale | one column per objective
 * or project with staff. With more than WIDE_MAX_OBJECTIVES such objectives the columns would
 * be unreadable, so the long layout is used instead: Dipendente | Area | Obiettivo | Quota |
 * Importo | Calcolo, one row per employee and objective. Both end with a totals row summed in
 * cents. When the area rule paid someone (nobody named for an objective: its whole area's staff),
 * a last column "Assegnazione" says so on each row it paid. In the allocation phase the amounts
 * are potential shares, and a line says so.
 */
import type { Locale } from '../../i18n';
import { sumCents } from '../../domain/money';
import type { Distribution, EmployeeAmount, UnitAllocation } from '../../domain/results';
import type { OutputCell, SheetSpec } from '../port';
import { SheetBuilder } from './builder';
import {
  boldCell,
  emptyCell,
  moneyCell,
  percentCell,
  subtitle,
  t,
  textCell,
  type SheetOptions,
} from './format';
import { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS } from './names';
import { trailText } from './distribution';

/** Above this many objectives with staff, one row per employee and objective. */
export const WIDE_MAX_OBJECTIVES = 30;

/** Characters of an objective's column header in the wide layout (the title is cut). */
const HEADER_CHARS = 40;

export interface EmployeesSheetOptions extends SheetOptions {
  plan?: { comune?: string; year?: number };
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
): number {
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
    return textCell(t(locale, 'employees.areaRuleFor', { objectives }));
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
  const place = b.table(OUTPUT_TABLES.employees, headers, body);
  b.row([
    boldCell(t(locale, 'common.total')),
    emptyCell(),
    moneyCell(sumCents(employees.map((e) => e.total)), true),
    ...units.map((u) => moneyCell(sumCents(employees.map((e) => amountOf(e, u.key) ?? 0)), true)),
  ]);
  return place.header;
}

function long(
  b: SheetBuilder,
  employees: readonly EmployeeAmount[],
  units: UnitAllocation[],
  locale: Locale,
): number {
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
        textCell(u ? label(u) : x.objectiveKey),
        percentCell(x.share),
        moneyCell(x.amount),
        textCell(trailText(x.trail)),
        ...(byRule ? [x.areaRule ? textCell(t(locale, 'employees.areaRule')) : emptyCell()] : []),
      ];
    }),
  );
  const place = b.table(OUTPUT_TABLES.employees, headers, body);
  b.row([
    boldCell(t(locale, 'common.total')),
    emptyCell(),
    emptyCell(),
    emptyCell(),
    moneyCell(sumCents(employees.flatMap((e) => e.byObjective.map((x) => x.amount))), true),
  ]);
  return place.header;
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
  if (layout === 'long' && units.length > WIDE_MAX_OBJECTIVES)
    b.note(textCell(t(locale, 'employees.longLayout', { count: String(units.length) })));
  else b.blank();

  if (employees.length === 0) {
    const headers = [
      t(locale, 'employees.col.employee'),
      t(locale, 'common.area'),
      t(locale, 'employees.col.total'),
    ];
    const place = b.table(OUTPUT_TABLES.employees, headers, [[textCell(t(locale, 'employees.none'))]]);
    return spec(place.header + 1);
  }
  const header = layout === 'long' ? long(b, employees, units, locale) : wide(b, employees, units, locale);
  return spec(header + 1);
}
