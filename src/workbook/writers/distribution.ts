/**
 * "Premia - Distribuzione": how the fund was split and paid.
 *
 * Layout, top to bottom: title; a summary block whose rows reconcile to the fund
 * (fondo = riserva + budget dedicati + pool + non assegnato; pagato + economie = budget
 * dedicati + pool), each identity checked in cents and its result written next to it; the
 * pools table; the table of units (one per objective or project row, with the trail of how
 * its amount was obtained and a link to its cells) and a totals row; the per-area block the
 * task pane chart reads; the warnings. A refused distribution writes the reasons and no amount.
 *
 * Under the title a line says the phase. In the allocation phase (ripartizione preventiva) the
 * sheet has the allocated amounts only, no achievement, paid or economie column, and lists what
 * refuses the payment when something does.
 *
 * Every total is a sum of integer cents divided by 100 once, never a sum of euro floats.
 */
import type { Locale } from '../../i18n';
import { formatCents, sumCents } from '../../domain/money';
import type { Cents, CellRef, Objective, Plan } from '../../domain/model';
import { firstByKey } from '../../domain/grouping';
import type { Distribution, PoolAllocation, UnitAllocation } from '../../domain/results';
import type { Finding } from '../../domain/findings';
import { cellAddress } from '../a1';
import type { OutputCell, SheetSpec } from '../port';
import { SheetBuilder } from './builder';
import {
  boldCell,
  COEFFICIENT_FORMAT,
  emptyCell,
  linkCell,
  moneyCell,
  numberCell,
  percentCell,
  subtitle,
  t,
  textCell,
  wrapped,
  type SheetOptions,
} from './format';
import { compactFindingHeaders, compactFindingRow, errorsFirst } from './findings';
import { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS } from './names';

type Ok = Extract<Distribution, { ok: true }>;

/** Column of the per-area chart's anchor: right of the area block and the warnings table. */
const CHART_COLUMN = 7;

/** The trail as one readable line: the steps in order. */
export function trailText(trail: UnitAllocation['trail']): string {
  return trail
    .map((s) => s.detail.trim())
    .filter((s) => s !== '')
    .join(' → ');
}

/** The first objective of each key, as `find` would give it: one pass instead of one per unit. */
export function objectivesByKey(plan: Plan): Map<string, Objective> {
  return firstByKey(plan.objectives, (o) => o.key);
}

/**
 * Where a unit was read from: its objective's row, else the first cells its trail names. Pass
 * `byKey` (objectivesByKey) when asking for many units: a search per unit is quadratic.
 */
export function unitCells(
  unit: UnitAllocation,
  plan: Plan,
  byKey?: ReadonlyMap<string, Objective>,
): CellRef[] {
  const o = byKey ? byKey.get(unit.key) : plan.objectives.find((x) => x.key === unit.key);
  if (o?.cell) return [o.cell];
  for (const step of unit.trail) if (step.cells.length > 0) return step.cells;
  return [];
}

/** Pools that hold units and are not the fixed budgets: the "Pool" line of the summary. */
function poolSum(pools: readonly PoolAllocation[]): Cents {
  return sumCents(pools.filter((p) => p.method !== 'fixed' && p.unitKeys.length > 0).map((p) => p.amount));
}

function checkCell(locale: Locale, difference: Cents): OutputCell {
  return difference === 0
    ? textCell(t(locale, 'distribution.check.ok'))
    : boldCell(t(locale, 'distribution.check.ko', { amount: formatCents(difference, locale) }));
}

function summary(b: SheetBuilder, d: Ok, locale: Locale): void {
  const { totals } = d;
  const pools = poolSum(d.pools);
  // Short labels in column A; how a line is obtained goes in the Calcolo column, a note that
  // spills to the right without widening the columns the tables below share.
  const rule = (key: string) => textCell(t(locale, `distribution.rule.${key}`));
  const line = (key: string, cents: Cents, bold = false, explained = false) =>
    b.row(
      [
        textCell(t(locale, `distribution.item.${key}`), bold),
        moneyCell(cents, bold),
        ...(explained ? [rule(key)] : []),
      ],
      2,
    );
  const check = (key: string, difference: Cents) =>
    b.row([textCell(t(locale, `distribution.item.${key}`)), checkCell(locale, difference), rule(key)], 2);
  b.heading(t(locale, 'distribution.summary'));
  b.row([
    boldCell(t(locale, 'distribution.col.item')),
    boldCell(t(locale, 'distribution.col.amount')),
    boldCell(t(locale, 'distribution.col.rule')),
  ]);
  line('fund', totals.fund, true);
  line('reserve', totals.reserve);
  line('fixed', totals.fixedBudgets);
  line('pools', pools);
  line('unassigned', totals.unassigned);
  check('checkFund', totals.fund - (totals.reserve + totals.fixedBudgets + pools + totals.unassigned));
  line('distributed', totals.distributed, false, true);
  // Before the payment nothing is paid: no paid, economie or their check.
  if (d.phase === 'allocation') return;
  line('paid', totals.paid, true);
  if (totals.withoutStaff > 0) line('withoutStaff', totals.withoutStaff, false, true);
  line('economie', totals.economie, true);
  const redistributed = sumCents(d.units.map((u) => u.redistributed));
  if (redistributed > 0) line('redistributed', redistributed, false, true);
  check('checkPaid', totals.paid + totals.economie - (totals.fixedBudgets + pools));
}

function poolsTable(b: SheetBuilder, d: Ok, locale: Locale): void {
  b.heading(t(locale, 'distribution.pools'));
  // Paid and economie only once paid (the allocation phase has neither).
  const paid = d.phase === 'payment';
  const headers = [
    t(locale, 'distribution.col.pool'),
    t(locale, 'distribution.col.method'),
    t(locale, 'distribution.col.amount'),
    ...(paid ? [t(locale, 'distribution.col.paid'), t(locale, 'distribution.col.economie')] : []),
    t(locale, 'distribution.col.unassigned'),
    t(locale, 'common.cells'),
  ];
  // A pool with no units pays nothing: its whole amount is unassigned (and in the summary's
  // "Non assegnato"), so on every row pagato + economie + non assegnato = importo.
  const unassignedOf = (p: PoolAllocation): Cents => (p.unitKeys.length === 0 ? p.amount : 0);
  const body = d.pools.map((p) => [
    textCell(p.name),
    textCell(t(locale, `distribution.method.${p.method}`)),
    moneyCell(p.amount),
    ...(paid ? [moneyCell(p.paid), moneyCell(p.economie)] : []),
    moneyCell(unassignedOf(p)),
    linkCell(locale, p.cells),
  ]);
  if (body.length === 0) {
    b.note(textCell(t(locale, 'distribution.noPools')));
    return;
  }
  b.table(OUTPUT_TABLES.pools, headers, body);
  b.row([
    boldCell(t(locale, 'common.total')),
    emptyCell(),
    moneyCell(sumCents(d.pools.map((p) => p.amount)), true),
    ...(paid
      ? [
          moneyCell(sumCents(d.pools.map((p) => p.paid)), true),
          moneyCell(sumCents(d.pools.map((p) => p.economie)), true),
        ]
      : []),
    moneyCell(sumCents(d.pools.map(unassignedOf)), true),
  ]);
}

function unitsTable(b: SheetBuilder, d: Ok, plan: Plan, locale: Locale): void {
  b.heading(t(locale, 'distribution.units'));
  // The redistribution column only when the parameter moved money: otherwise a column of zeros.
  const withRedistribution = d.units.some((u) => u.redistributed > 0);
  // Achievement, paid and economie only once paid (the allocation phase has none of them).
  const paid = d.phase === 'payment';
  // The amounts right after the title, where a laptop screen shows them; the descriptive
  // columns, the trail (wrapped) and the link after them.
  const headers = [
    t(locale, 'distribution.col.id'),
    t(locale, 'distribution.col.title'),
    t(locale, 'distribution.col.allocated'),
    ...(paid
      ? [
          t(locale, 'distribution.col.achievement'),
          t(locale, 'distribution.col.paid'),
          t(locale, 'distribution.col.economie'),
        ]
      : []),
    ...(withRedistribution ? [t(locale, 'distribution.col.redistributed')] : []),
    t(locale, 'common.area'),
    t(locale, 'distribution.col.pool'),
    t(locale, 'distribution.col.coefficient'),
    t(locale, 'distribution.col.trail'),
    t(locale, 'common.cells'),
  ];
  if (d.units.length === 0) {
    b.table(OUTPUT_TABLES.units, headers, [[emptyCell(), textCell(t(locale, 'distribution.noUnits'))]]);
    return;
  }
  const byKey = objectivesByKey(plan);
  const body = d.units.map((u) => [
    textCell(u.id),
    wrapped(u.title),
    moneyCell(u.allocated),
    ...(paid ? [percentCell(u.achievement), moneyCell(u.paid), moneyCell(u.economie)] : []),
    ...(withRedistribution ? [moneyCell(u.redistributed)] : []),
    textCell(u.area ?? t(locale, 'common.noArea')),
    textCell(u.pool),
    numberCell(u.coefficient, COEFFICIENT_FORMAT),
    wrapped(trailText(u.trail)),
    linkCell(locale, unitCells(u, plan, byKey)),
  ]);
  b.table(OUTPUT_TABLES.units, headers, body);
  b.row([
    boldCell(t(locale, 'common.total')),
    emptyCell(),
    moneyCell(sumCents(d.units.map((u) => u.allocated)), true),
    ...(paid
      ? [
          emptyCell(),
          moneyCell(sumCents(d.units.map((u) => u.paid)), true),
          moneyCell(sumCents(d.units.map((u) => u.economie)), true),
        ]
      : []),
    ...(withRedistribution ? [moneyCell(sumCents(d.units.map((u) => u.redistributed)), true)] : []),
  ]);
}

export interface AreaTotals {
  area: string;
  allocated: Cents;
  paid: Cents;
  economie: Cents;
}

/** Units summed by area, areas in the order they first appear; units without area last. */
export function areaTotals(units: readonly UnitAllocation[], locale: Locale = 'it'): AreaTotals[] {
  const byArea = new Map<string, AreaTotals>();
  const none = t(locale, 'common.noArea');
  const ordered = [
    ...units.filter((u) => u.area !== undefined),
    ...units.filter((u) => u.area === undefined),
  ];
  for (const u of ordered) {
    const name = u.area ?? none;
    let a = byArea.get(name);
    if (a === undefined) {
      a = { area: name, allocated: 0, paid: 0, economie: 0 };
      byArea.set(name, a);
    }
    a.allocated += u.allocated;
    a.paid += u.paid;
    a.economie += u.economie;
  }
  return [...byArea.values()];
}

function areaBlock(b: SheetBuilder, d: Ok, locale: Locale): void {
  const areas = areaTotals(d.units, locale);
  if (areas.length === 0) return;
  b.heading(t(locale, 'distribution.byArea'));
  const paid = d.phase === 'payment';
  const headers = [
    t(locale, 'common.area'),
    t(locale, 'distribution.col.allocated'),
    ...(paid ? [t(locale, 'distribution.col.paid'), t(locale, 'distribution.col.economie')] : []),
  ];
  const place = b.table(
    OUTPUT_TABLES.byArea,
    headers,
    areas.map((a) => [
      textCell(a.area),
      moneyCell(a.allocated),
      ...(paid ? [moneyCell(a.paid), moneyCell(a.economie)] : []),
    ]),
  );
  b.row([
    boldCell(t(locale, 'common.total')),
    moneyCell(sumCents(areas.map((a) => a.allocated)), true),
    ...(paid
      ? [
          moneyCell(sumCents(areas.map((a) => a.paid)), true),
          moneyCell(sumCents(areas.map((a) => a.economie)), true),
        ]
      : []),
  ]);
  b.chart({
    kind: 'column',
    title: t(locale, 'distribution.chart'),
    dataRange: place.range,
    anchor: cellAddress(place.header, CHART_COLUMN),
  });
}

function findingsBlock(
  b: SheetBuilder,
  findings: readonly Finding[],
  locale: Locale,
  heading: string,
  table: string,
  empty: string | undefined,
): void {
  b.heading(heading);
  if (findings.length === 0) {
    if (empty !== undefined) b.note(textCell(empty));
    return;
  }
  // The message second (wrapped, under the titles' column): long messages widen no amount column.
  b.table(
    table,
    compactFindingHeaders(locale),
    errorsFirst(findings).map((f) => compactFindingRow(f, locale)),
  );
}

/**
 * The phase line: the payment, or the allocation with why there is no payment (it waits for
 * the achievements, or is refused for the reasons listed below).
 */
export function phaseText(d: Ok, locale: Locale): string {
  if (d.phase === 'payment') return t(locale, 'distribution.phase.payment');
  if (d.paymentWaits) return t(locale, 'distribution.phase.waiting');
  return t(locale, 'distribution.phase.refused', { count: d.paymentReasons.length });
}

export type DistributionSheetOptions = SheetOptions;

export function distributionSheet(
  distribution: Distribution,
  plan: Plan,
  opts: DistributionSheetOptions = {},
): SheetSpec {
  const locale = opts.locale ?? 'it';
  const b = new SheetBuilder();
  b.heading(t(locale, 'distribution.title'));
  b.note(textCell(subtitle(locale, plan, opts.generatedAt)));
  const frozen = b.next;
  b.blank();

  if (!distribution.ok) {
    b.note(boldCell(t(locale, 'distribution.refused')));
    b.blank();
    findingsBlock(
      b,
      distribution.reasons,
      locale,
      t(locale, 'distribution.reasons'),
      OUTPUT_TABLES.reasons,
      undefined,
    );
    return b.build(OUTPUT_SHEETS.distribution, { freezeRows: frozen, tabColor: TAB_COLORS.distribution });
  }

  // Which phase the sheet shows, first: an allocation is no payment.
  b.note(boldCell(phaseText(distribution, locale)));
  b.blank();
  summary(b, distribution, locale);
  b.blank();
  poolsTable(b, distribution, locale);
  b.blank();
  unitsTable(b, distribution, plan, locale);
  b.blank();
  areaBlock(b, distribution, locale);
  b.blank();
  if (distribution.paymentReasons.length > 0) {
    findingsBlock(
      b,
      distribution.paymentReasons,
      locale,
      // Waiting for the achievements, these are what to fix before the payment.
      t(locale, distribution.paymentWaits ? 'distribution.paymentToFix' : 'distribution.paymentReasons'),
      OUTPUT_TABLES.reasons,
      undefined,
    );
    b.blank();
  }
  findingsBlock(
    b,
    distribution.warnings,
    locale,
    t(locale, 'distribution.warnings'),
    OUTPUT_TABLES.warnings,
    t(locale, 'distribution.noWarnings'),
  );
  return b.build(OUTPUT_SHEETS.distribution, { freezeRows: frozen, tabColor: TAB_COLORS.distribution });
}
