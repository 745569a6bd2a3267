/**
 * Split inside a pool through the areas (DOMAIN.md section 6, steps 4-5), then inside each area
 * by objective weight.
 *
 * - 'relevance': each area gets pool x relevance % (largest remainder over the relevances of
 *   the areas present in the pool, so relevances that do not add up to 100 still split the
 *   whole pool; validation reports that sum).
 * - 'weight': every area present in the pool gets an equal part (the brief gives no share for
 *   areas, and equal parts are what a plan without relevances implies).
 * Each (area, objective) row is its own unit: a transversal objective appears once per area
 * with that area's weight. Ties in the largest remainder follow the canonical order of
 * order.ts (areas by name, objectives by id), not the rows' position.
 */
import type { Area, Cents, CellRef, Objective, Plan } from '../model';
import { firstByKey } from '../grouping';
import { finding } from '../findings';
import { largestRemainder } from '../money';
import { compareObjectiveSortKeys, naturalCompare, objectiveSortKey, splitInOrderBy } from './order';
import { cleanSum, nonNegative } from './numbers';
import { euro, money, RenderedStep, text, titleOf, trailStep, type StepParams } from './text';
import type { Issues, PoolPlan, UnitDraft } from './types';
import type { TrailStep } from '../results';

interface Group {
  area?: string;
  record?: Area;
  objectives: Objective[];
}

function groupsOf(pool: PoolPlan, plan: Plan): Group[] {
  // Area records by name, the first row winning as `find` would: one lookup per group.
  const records = firstByKey(plan.areas, (a) => a.name);
  const byName = new Map<string, Group>();
  for (const o of pool.objectives) {
    const key = o.area ?? '';
    let g = byName.get(key);
    if (g === undefined) {
      const record = o.area === undefined ? undefined : records.get(o.area);
      g = { area: o.area, record, objectives: [] };
      byName.set(key, g);
    }
    g.objectives.push(o);
  }
  // Areas in name order: ties between areas never depend on where the rows sit.
  return [...byName.values()].sort((a, b) => naturalCompare(a.area ?? '', b.area ?? ''));
}

/** Area amounts and their trail steps; undefined when a relevance is missing. */
function areaShares(
  pool: PoolPlan,
  groups: readonly Group[],
  issues: Issues,
): { amounts: number[]; steps: TrailStep[] } | undefined {
  const label = (g: Group) => g.area ?? text('area.none');
  if (pool.method === 'weight') {
    const amounts = largestRemainder(
      pool.amount,
      groups.map(() => 1),
    );
    const steps = groups.map((g, i) =>
      trailStep('areaEqual', { area: label(g), areas: groups.length, amount: money(amounts[i]) }, [
        g.record?.cell,
      ]),
    );
    return { amounts, steps };
  }

  let complete = true;
  const relevances: number[] = [];
  for (const g of groups) {
    if (g.area === undefined) {
      complete = false;
      for (const o of g.objectives) {
        issues.reasons.push(
          finding({
            code: 'DIST_UNIT_WITHOUT_AREA',
            severity: 'error',
            params: { objective: o.id, title: titleOf(o), pool: pool.name },
            cells: [o.cell],
            objective: o.id,
          }),
        );
      }
      continue;
    }
    const r = g.record?.relevance?.value;
    if (!nonNegative(r)) {
      complete = false;
      issues.reasons.push(
        finding({
          code: 'DIST_MISSING_RELEVANCE',
          severity: 'error',
          params: { area: g.area, pool: pool.name },
          cells: [g.record?.relevance?.cell ?? g.record?.cell ?? g.objectives[0].cell],
          area: g.area,
        }),
      );
      continue;
    }
    relevances.push(r);
  }
  if (!complete) return undefined;
  const sum = cleanSum(relevances);
  if (sum === 0 && pool.amount > 0) {
    issues.reasons.push(
      finding({
        code: 'DIST_ZERO_RELEVANCE',
        severity: 'error',
        params: { pool: pool.name, amount: euro(pool.amount) },
        cells: groups.map((g) => g.record?.relevance?.cell),
      }),
    );
    return undefined;
  }
  const amounts = largestRemainder(pool.amount, relevances);
  const steps = groups.map((g, i) =>
    trailStep('relevance', { area: label(g), relevance: relevances[i], sum, amount: money(amounts[i]) }, [
      g.record?.relevance?.cell,
    ]),
  );
  return { amounts, steps };
}

/**
 * An objective's weight step: its four figures kept as fields, its parameters (and the money
 * object) made only when the step is rendered; the same text as `trailStep('weight', ...)`.
 */
class WeightStep extends RenderedStep {
  readonly #weight: number;
  readonly #sum: number;
  readonly #area: string;
  readonly #amount: Cents;

  constructor(weight: number, sum: number, area: string, amount: Cents, cell: CellRef | undefined) {
    super('weight', cell === undefined ? [] : [cell]);
    this.#weight = weight;
    this.#sum = sum;
    this.#area = area;
    this.#amount = amount;
  }

  protected params(): StepParams {
    return { weight: this.#weight, sum: this.#sum, area: this.#area, amount: money(this.#amount) };
  }
}

export function byArea(pool: PoolPlan, plan: Plan, issues: Issues): UnitDraft[] {
  const groups = groupsOf(pool, plan);
  const shares = areaShares(pool, groups, issues);
  const drafts: UnitDraft[] = [];
  let complete = shares !== undefined;
  groups.forEach((g, gi) => {
    const areaName = g.area ?? text('area.none');
    const weights: number[] = [];
    for (const o of g.objectives) {
      const w = o.weight.value;
      if (nonNegative(w)) {
        weights.push(w);
        continue;
      }
      complete = false;
      issues.reasons.push(
        finding({
          code: 'DIST_MISSING_WEIGHT',
          severity: 'error',
          params: { objective: o.id, title: titleOf(o), area: areaName },
          cells: [o.weight.cell ?? o.cell],
          area: o.area,
          objective: o.id,
        }),
      );
    }
    if (shares === undefined || weights.length < g.objectives.length) return;
    const areaAmount = shares.amounts[gi];
    const sum = cleanSum(weights);
    if (sum === 0 && areaAmount > 0) {
      complete = false;
      issues.reasons.push(
        finding({
          code: 'DIST_ZERO_WEIGHTS',
          severity: 'error',
          params: { area: areaName, pool: pool.name, amount: euro(areaAmount) },
          cells: g.objectives.map((o) => o.weight.cell),
          area: g.area,
        }),
      );
      return;
    }
    const amounts = splitInOrderBy(
      areaAmount,
      g.objectives,
      weights,
      objectiveSortKey,
      compareObjectiveSortKeys,
    );
    g.objectives.forEach((o, i) => {
      drafts.push({
        objective: o,
        pool: pool.name,
        allocated: amounts[i],
        trail: [
          ...pool.trail,
          shares.steps[gi],
          new WeightStep(weights[i], sum, areaName, amounts[i], o.weight.cell),
        ],
      });
    });
  });
  if (!complete) return [];
  // Units in plan order, not grouped by area: the sheet lists them as the user does.
  // A stable sort on each objective's (last) position, done as a stable bucket placement: the
  // positions are small integers, so no comparison sort over 100,000 drafts is needed.
  const order = new Map<Objective, number>();
  for (let i = 0; i < pool.objectives.length; i++) order.set(pool.objectives[i], i);
  const positions = new Int32Array(drafts.length);
  const starts = new Int32Array(pool.objectives.length + 1);
  for (let k = 0; k < drafts.length; k++) {
    const p = order.get(drafts[k].objective) ?? 0;
    positions[k] = p;
    starts[p + 1] += 1;
  }
  for (let p = 0; p < pool.objectives.length; p++) starts[p + 1] += starts[p];
  const sorted = new Array<UnitDraft>(drafts.length);
  for (let k = 0; k < drafts.length; k++) sorted[starts[positions[k]]++] = drafts[k];
  return sorted;
}
