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
import { compareNaturalKeys, compareWithinArea, naturalKey, splitByTieOrder, type NaturalKey } from './order';
import { cleanSum, nonNegative } from './numbers';
import { euro, money, RenderedStep, text, titleOf, trailStep, type StepParams } from './text';
import type { Issues, PoolPlan } from './types';
import type { TrailStep } from '../results';
import { Unit, type OwnSteps } from './unit';

interface Group {
  area?: string;
  record?: Area;
  objectives: Objective[];
  /** Index of each objective in the pool, where its unit goes. */
  slots: number[];
  /** The area name prepared for the tie order of areas. */
  sortKey: NaturalKey;
}

function groupsOf(pool: PoolPlan, plan: Plan): Group[] {
  // Area records by name, the first row winning as `find` would: one lookup per group.
  const records = firstByKey(plan.areas, (a) => a.name);
  const byName = new Map<string, Group>();
  let previous: Group | undefined;
  pool.objectives.forEach((o, i) => {
    const key = o.area ?? '';
    // An area's objectives usually come together: the previous group saves a lookup.
    let g = previous !== undefined && (previous.area ?? '') === key ? previous : byName.get(key);
    if (g === undefined) {
      const record = o.area === undefined ? undefined : records.get(o.area);
      g = { area: o.area, record, objectives: [], slots: [], sortKey: naturalKey(key) };
      byName.set(key, g);
    }
    g.objectives.push(o);
    g.slots.push(i);
    previous = g;
  });
  // Areas in name order: ties between areas never depend on where the rows sit.
  return [...byName.values()].sort((a, b) => compareNaturalKeys(a.sortKey, b.sortKey));
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
  readonly #cell: CellRef | undefined;

  constructor(weight: number, sum: number, area: string, amount: Cents, cell: CellRef | undefined) {
    super('weight');
    this.#weight = weight;
    this.#sum = sum;
    this.#area = area;
    this.#amount = amount;
    this.#cell = cell;
  }

  get cells(): CellRef[] {
    return this.#cell === undefined ? [] : [this.#cell];
  }

  protected params(): StepParams {
    return { weight: this.#weight, sum: this.#sum, area: this.#area, amount: money(this.#amount) };
  }
}

/** The weight steps of one area's objectives, from the area's split. */
class WeightSteps implements OwnSteps {
  constructor(
    private readonly objectives: readonly Objective[],
    private readonly weights: readonly number[],
    private readonly sum: number,
    private readonly area: string,
    private readonly amounts: readonly Cents[],
  ) {}

  stepAt(i: number): TrailStep {
    return new WeightStep(
      this.weights[i],
      this.sum,
      this.area,
      this.amounts[i],
      this.objectives[i].weight.cell,
    );
  }
}

/** The objectives' weights, or undefined (with a reason for each) when some are missing. */
function weightsOf(g: Group, areaName: string, issues: Issues): number[] | undefined {
  const weights: number[] = [];
  for (const o of g.objectives) {
    const w = o.weight.value;
    if (nonNegative(w)) {
      weights.push(w);
      continue;
    }
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
  return weights.length < g.objectives.length ? undefined : weights;
}

export function byArea(pool: PoolPlan, plan: Plan, issues: Issues): Unit[] {
  const groups = groupsOf(pool, plan);
  const shares = areaShares(pool, groups, issues);
  // Units in plan order, not grouped by area (the sheet lists them as the user does): each
  // goes straight to its objective's position in the pool.
  const units = new Array<Unit>(pool.objectives.length);
  let complete = shares !== undefined;
  groups.forEach((g, gi) => {
    const areaName = g.area ?? text('area.none');
    const weights = weightsOf(g, areaName, issues);
    if (weights === undefined) complete = false;
    if (shares === undefined || weights === undefined) return;
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
    // Ties by id and key: the objectives of a group share their area.
    const amounts = splitByTieOrder(areaAmount, g.objectives, weights, compareWithinArea);
    // The steps every unit of the area shares: one array for the area.
    const shared = [...pool.trail, shares.steps[gi]];
    const steps = new WeightSteps(g.objectives, weights, sum, areaName, amounts);
    for (let i = 0; i < g.objectives.length; i++) {
      const slot = g.slots[i];
      units[slot] = new Unit(g.objectives[i], pool.positions[slot], pool.name, amounts[i], shared, steps, i);
    }
  });
  return complete ? units : [];
}
