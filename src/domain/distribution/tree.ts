/**
 * The top of the distribution tree (docs/domain.md section 6, steps 1-2): fund, minus reserve, minus
 * fixed budgets; what remains goes to the pools.
 *
 * - A pool has a fixed amount, or a percent of what remains after reserve and fixed budgets,
 *   or neither: then it takes the rest after the other pools (several such pools would share
 *   the rest in equal parts; validation refuses them, PARAM_POOL_WITHOUT_AMOUNT). Percent pools are computed together by largest remainder, with the
 *   part not covered by percents as one more part: each is its percent rounded to the cent
 *   (half up for a single pool) and together they never exceed what remains.
 * - An objective belongs to the first pool listing its tipologia, else to the first pool with
 *   no tipologie (it takes everything not taken by another pool), else to no pool (a warning).
 * - Without declared pools one pool holds every objective, split by `params.defaultMethod`,
 *   or automatically: by relevance when any area has a relevance, by coefficient when every
 *   objective has a category and a headcount, else by weight.
 * - Money no pool receives (no rest pool, or a pool with no objectives) is `unassigned`.
 *
 * When amounts cannot be computed (no fund, over the fund...) the reasons are recorded and the
 * pools still come back, with amount 0, so that the data checks of the later steps can list
 * their own reasons too: the user gets the whole list in one run.
 */
import type { Cents, CellRef, Objective, Plan, Pool, SplitMethod } from '../model';
import { finding } from '../findings';
import { fixedBudgetOf } from '../budget';
import { largestRemainder, sumCents } from '../money';
import { normaliseTipologia, objectiveTipologia } from './tipologia';
import { percentPoolAmounts } from './percentPools';
import { euro, money, text, titleOf, trailStep } from './text';
import type { Issues, PoolPlan } from './types';

export interface Tree {
  fund: Cents;
  reserve: Cents;
  fixedTotal: Cents;
  /** The pool of fixed budgets, when any objective has one. */
  fixedPool?: PoolPlan;
  pools: PoolPlan[];
  /** Part of fund - reserve that reaches no objective. */
  unassigned: Cents;
  /** False when the amounts could not be computed (the reasons say why). */
  sound: boolean;
}

type PoolKind = 'amount' | 'percent' | 'rest';

function poolKind(p: Pool): PoolKind {
  if (p.amount !== undefined) return 'amount';
  if (p.percent !== undefined) return 'percent';
  return 'rest';
}

function autoMethod(plan: Plan, objectives: readonly Objective[]): SplitMethod {
  if (plan.areas.some((a) => a.relevance?.value !== undefined)) return 'relevance';
  const complete = objectives.every(
    (o) => o.category?.value !== undefined && o.headcount?.value !== undefined,
  );
  return objectives.length > 0 && complete ? 'coefficient' : 'weight';
}

/**
 * Fixed budgets: positions of the objectives with a positive earmarked amount, outside the pools.
 * A project with a coefficient has none: its amount is a result to check (budget.ts).
 */
function fixedBudgets(plan: Plan, issues: Issues): number[] {
  const fixed: number[] = [];
  for (let i = 0; i < plan.objectives.length; i++) {
    const o = plan.objectives[i];
    const v = fixedBudgetOf(o)?.value;
    if (v === undefined) continue;
    if (v < 0) {
      issues.reasons.push(
        finding({
          code: 'DIST_NEGATIVE_FIXED_BUDGET',
          severity: 'error',
          params: { objective: o.id, amount: euro(v) },
          cells: [o.fixedBudget?.cell ?? o.cell],
          area: o.area,
          objective: o.id,
        }),
      );
    } else if (v > 0) {
      fixed.push(i);
    }
  }
  return fixed;
}

function checkPools(pools: readonly Pool[], issues: Issues): boolean {
  let ok = true;
  for (const p of pools) {
    if (p.amount !== undefined && p.percent !== undefined) {
      ok = false;
      issues.reasons.push(
        finding({
          code: 'DIST_POOL_AMOUNT_AND_PERCENT',
          severity: 'error',
          params: { pool: p.name, amount: euro(p.amount), percent: p.percent },
          cells: [p.cell],
        }),
      );
    }
    const negative =
      (p.amount !== undefined && !(p.amount >= 0)) || (p.percent !== undefined && !(p.percent >= 0));
    if (negative) {
      ok = false;
      const value = p.amount !== undefined ? `${euro(p.amount)} €` : `${p.percent ?? ''} %`;
      issues.reasons.push(
        finding({
          code: 'DIST_NEGATIVE_POOL',
          severity: 'error',
          params: { pool: p.name, value },
          cells: [p.cell],
        }),
      );
    }
  }
  return ok;
}

/** Amounts of the declared pools, in order; `rest` is what no pool took. */
function poolAmounts(
  pools: readonly Pool[],
  base: Cents,
): { amounts: Cents[]; committed: Cents; percentsOver: boolean; rest: Cents } {
  const amounts = pools.map(() => 0);
  const percentIdx: number[] = [];
  const restIdx: number[] = [];
  pools.forEach((p, i) => {
    const kind = poolKind(p);
    if (kind === 'amount') amounts[i] = p.amount ?? 0;
    else if (kind === 'percent') percentIdx.push(i);
    else restIdx.push(i);
  });

  const { amounts: percentAmounts, over: percentsOver } = percentPoolAmounts(
    base,
    percentIdx.map((i) => pools[i].percent ?? 0),
  );
  percentIdx.forEach((i, k) => (amounts[i] = percentAmounts[k]));

  const committed = sumCents(amounts);
  const rest = Math.max(base - committed, 0);
  if (restIdx.length > 0) {
    const parts = largestRemainder(
      rest,
      restIdx.map(() => 1),
    );
    restIdx.forEach((i, k) => (amounts[i] = parts[k]));
    return { amounts, committed, percentsOver, rest: 0 };
  }
  return { amounts, committed, percentsOver, rest };
}

function poolStep(p: Pool, kind: PoolKind, amount: Cents, base: Cents) {
  if (kind === 'percent') {
    return trailStep(
      'poolPercent',
      { pool: p.name, percent: p.percent ?? 0, base: money(base), amount: money(amount) },
      [p.cell],
    );
  }
  return trailStep(kind === 'amount' ? 'poolAmount' : 'poolRest', { pool: p.name, amount: money(amount) }, [
    p.cell,
  ]);
}

/**
 * Positions of the objectives (at `positions` in the plan) grouped by the pool that holds
 * them; the ones no pool holds are reported.
 */
function membership(
  pools: readonly Pool[],
  plan: Plan,
  positions: readonly number[],
  issues: Issues,
): number[][] {
  const held = pools.map((): number[] => []);
  const tipologie = pools.map((p) => new Set(p.tipologie.map(normaliseTipologia)));
  const catchAll = pools.findIndex((p) => p.tipologie.length === 0);
  for (let k = 0; k < positions.length; k++) {
    const o = plan.objectives[positions[k]];
    const tip = objectiveTipologia(o);
    let i = 0;
    while (i < tipologie.length && !tipologie[i].has(tip)) i++;
    if (i === tipologie.length) i = catchAll;
    if (i >= 0) {
      held[i].push(positions[k]);
      continue;
    }
    issues.warnings.push(
      finding({
        code: 'DIST_OBJECTIVE_OUTSIDE_POOLS',
        severity: 'warning',
        params: { objective: o.id, title: titleOf(o), tipologia: o.tipologia?.value ?? tip },
        cells: [o.tipologia?.cell ?? o.cell],
        area: o.area,
        objective: o.id,
      }),
    );
  }
  return held;
}

function objectivesAt(plan: Plan, positions: readonly number[]): Objective[] {
  return positions.map((i) => plan.objectives[i]);
}

export function buildTree(plan: Plan, issues: Issues): Tree {
  const params = plan.params;
  const cells = params.cells;
  let sound = true;

  const fund = params.fund ?? 0;
  if (params.fund === undefined) {
    sound = false;
    issues.reasons.push(finding({ code: 'DIST_NO_FUND', severity: 'error', cells: [cells.fund] }));
  }
  const reserve = params.reserve;
  if (!(reserve >= 0)) {
    sound = false;
    issues.reasons.push(
      finding({
        code: 'DIST_NEGATIVE_RESERVE',
        severity: 'error',
        params: { amount: euro(reserve) },
        cells: [cells.reserve],
      }),
    );
  }
  const fixedPositions = fixedBudgets(plan, issues);
  const fixedObjectives = objectivesAt(plan, fixedPositions);
  const fixedTotal = sumCents(fixedObjectives.map((o) => o.fixedBudget?.value ?? 0));
  const isFixed = new Uint8Array(plan.objectives.length);
  for (const i of fixedPositions) isFixed[i] = 1;
  const otherPositions: number[] = [];
  for (let i = 0; i < plan.objectives.length; i++) if (isFixed[i] === 0) otherPositions.push(i);
  if (!checkPools(params.pools, issues)) sound = false;

  const remaining = fund - reserve - fixedTotal;
  const base = Math.max(remaining, 0);
  const fundStep = trailStep(
    'fund',
    { fund: money(fund), reserve: money(reserve), fixed: money(fixedTotal), remaining: money(remaining) },
    [cells.fund, cells.reserve],
  );

  let pools: PoolPlan[];
  let rest = 0;
  let committed = 0;
  let percentsOver = false;
  if (params.pools.length === 0) {
    const name = text('pool.default');
    const others = objectivesAt(plan, otherPositions);
    pools = [
      {
        name,
        method: params.defaultMethod ?? autoMethod(plan, others),
        amount: base,
        objectives: others,
        positions: otherPositions,
        cells: [],
        trail: [fundStep, trailStep('poolAll', { pool: name, amount: money(base) })],
      },
    ];
  } else {
    const held = membership(params.pools, plan, otherPositions, issues);
    const computed = sound
      ? poolAmounts(params.pools, base)
      : { amounts: params.pools.map(() => 0), committed: 0, percentsOver: false, rest: 0 };
    ({ committed, percentsOver, rest } = computed);
    pools = params.pools.map((p, i) => ({
      name: p.name,
      method: p.method,
      amount: computed.amounts[i],
      objectives: objectivesAt(plan, held[i]),
      positions: held[i],
      cells: p.cell ? [p.cell] : [],
      trail: [fundStep, poolStep(p, poolKind(p), computed.amounts[i], base)],
    }));
  }

  if (sound && (percentsOver || reserve + fixedTotal + committed > fund)) {
    sound = false;
    const total = reserve + fixedTotal + committed;
    const overCells: (CellRef | undefined)[] = [cells.fund, cells.reserve];
    for (const o of fixedObjectives) overCells.push(o.fixedBudget?.cell);
    for (const p of params.pools) if (poolKind(p) !== 'rest') overCells.push(p.cell);
    issues.reasons.push(
      finding({
        code: 'DIST_OVER_FUND',
        severity: 'error',
        params: {
          fund: euro(fund),
          reserve: euro(reserve),
          fixed: euro(fixedTotal),
          pools: euro(committed),
          committed: euro(total),
          excess: euro(total - fund),
        },
        cells: overCells,
      }),
    );
  }
  if (!sound) for (const p of pools) p.amount = 0;

  let unassigned = sound ? rest : 0;
  if (sound && rest > 0) {
    issues.warnings.push(
      finding({ code: 'DIST_UNASSIGNED', severity: 'warning', params: { amount: euro(rest) } }),
    );
  }
  for (const p of pools) {
    if (p.objectives.length > 0 || p.amount === 0) continue;
    unassigned += p.amount;
    issues.warnings.push(
      finding({
        code: 'DIST_EMPTY_POOL',
        severity: 'warning',
        params: { pool: p.name, amount: euro(p.amount) },
        cells: p.cells,
      }),
    );
  }

  const tree: Tree = { fund, reserve, fixedTotal, pools, unassigned, sound };
  if (fixedObjectives.length > 0) {
    tree.fixedPool = {
      name: text('pool.fixed'),
      method: 'fixed',
      amount: fixedTotal,
      objectives: fixedObjectives,
      positions: fixedPositions,
      cells: fixedObjectives.map((o) => o.fixedBudget?.cell).filter((c): c is CellRef => c !== undefined),
      trail: [],
    };
  }
  return tree;
}
