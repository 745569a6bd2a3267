/**
 * "Premia - Trasparenza": the summary a comune publishes under art. 20 d.lgs. 33/2013
 * (docs/domain.md section 8): premiums allocated and actually paid, economie, number of employees
 * paid and the spread of individual amounts, and the differentiation check of art. 69 CCNL
 * 21/5/2018 with its numbers.
 *
 * The verdict of the differentiation check is the distribution's own (its DIST_DIFFERENTIATION
 * warning); when the rule is met, the sheet states by how much, counted here with the same
 * exact comparison (total x n x 100 >= sum x (100 + premium)).
 */
import type { Locale } from '../../i18n';
import { exactDecimal, formatCents, powerOfTen, sumCents } from '../../domain/money';
import type { Parameters, Plan } from '../../domain/model';
import type { Distribution, EmployeeAmount } from '../../domain/results';
import type { OutputCell, SheetSpec } from '../port';
import { SheetBuilder } from './builder';
import {
  boldCell,
  INTEGER_FORMAT,
  moneyCell,
  numberCell,
  percentCell,
  subtitle,
  t,
  textCell,
  type SheetOptions,
} from './format';
import { findingMessage } from './findings';
import { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS } from './names';

type Ok = Extract<Distribution, { ok: true }>;

export interface Differentiation {
  /** Employees paid more than zero. */
  employees: number;
  /** Of those, how many get at least (100 + premium) % of the average. */
  count: number;
  /** Smallest amount that qualifies, cents. */
  threshold: number;
}

/** Counts the employees at or above (100 + premium) % of the average of those paid. */
export function differentiation(employees: readonly EmployeeAmount[], params: Parameters): Differentiation {
  const amounts = employees.map((e) => e.total).filter((x) => x > 0);
  const n = amounts.length;
  if (n === 0) return { employees: 0, count: 0, threshold: 0 };
  const sum = BigInt(sumCents(amounts));
  const p = exactDecimal(100 + params.differentiationPremiumPercent);
  const left = BigInt(n) * 100n * powerOfTen(p.scale);
  const right = sum * p.mantissa;
  return {
    employees: n,
    count: amounts.filter((x) => BigInt(x) * left >= right).length,
    threshold: Number((right + left - 1n) / left),
  };
}

function verdict(d: Ok, plan: Plan, locale: Locale): string {
  const warning = d.warnings.find((w) => w.code === 'DIST_DIFFERENTIATION');
  if (warning) return t(locale, 'transparency.diff.ko', { message: findingMessage(warning, locale) });
  const diff = differentiation(d.employees, plan.params);
  if (diff.employees < 2) return t(locale, 'transparency.diff.na');
  return t(locale, 'transparency.diff.ok', {
    count: diff.count,
    employees: diff.employees,
    percent: (diff.count * 100) / diff.employees,
    threshold: formatCents(diff.threshold, locale),
    premium: plan.params.differentiationPremiumPercent,
    average: formatCents(d.transparency.average, locale),
    minPercent: plan.params.differentiationMinStaffPercent,
  });
}

export type TransparencySheetOptions = SheetOptions;

export function transparencySheet(
  distribution: Distribution,
  plan: Plan,
  opts: TransparencySheetOptions = {},
): SheetSpec {
  const locale = opts.locale ?? 'it';
  const b = new SheetBuilder();
  b.heading(t(locale, 'transparency.title'));
  b.note(textCell(subtitle(locale, plan, opts.generatedAt)));
  b.blank();
  if (!distribution.ok) {
    b.note(boldCell(t(locale, 'transparency.refused', { sheet: OUTPUT_SHEETS.distribution })));
    return b.build(OUTPUT_SHEETS.transparency, { freezeRows: 2, tabColor: TAB_COLORS.transparency });
  }
  if (distribution.phase === 'allocation') {
    // Art. 20 publishes premiums paid: none before the payment.
    b.note(boldCell(t(locale, 'transparency.beforePayment', { sheet: OUTPUT_SHEETS.distribution })));
    return b.build(OUTPUT_SHEETS.transparency, { freezeRows: 2, tabColor: TAB_COLORS.transparency });
  }
  const s = distribution.transparency;
  const item = (key: string, value: OutputCell): OutputCell[] => [
    textCell(t(locale, `transparency.item.${key}`)),
    value,
  ];
  const body: OutputCell[][] = [
    item('comune', textCell(plan.comune)),
    item('year', numberCell(plan.year, INTEGER_FORMAT)),
    item('allocated', moneyCell(s.allocated)),
    item('paid', moneyCell(s.paid)),
    item('withoutStaff', moneyCell(s.withoutStaff)),
    item('economie', moneyCell(s.economie)),
    item('employees', numberCell(s.employees, INTEGER_FORMAT)),
    item('minimum', moneyCell(s.minimum)),
    item('median', moneyCell(s.median)),
    item('maximum', moneyCell(s.maximum)),
    item('average', moneyCell(s.average)),
    item('aboveAverage', percentCell(s.aboveAveragePercent / 100)),
    item('differentiation', textCell(verdict(distribution, plan, locale))),
  ];
  const place = b.table(
    OUTPUT_TABLES.transparency,
    [t(locale, 'transparency.col.item'), t(locale, 'transparency.col.value')],
    body,
  );
  b.blank();
  b.note(textCell(t(locale, 'transparency.note')));
  return b.build(OUTPUT_SHEETS.transparency, {
    freezeRows: place.header + 1,
    tabColor: TAB_COLORS.transparency,
  });
}
