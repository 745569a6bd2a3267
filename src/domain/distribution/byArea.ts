/**
 * Split inside a pool through the areas (docs/domain.md section 6, steps 4-5), then inside each area
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
import { compareNaturalKeys, compareWithinArea, naturalKey, TieSplitter, type NaturalKey } from './order';
import { cleanNumber, cleanSum, nonNegative } from './numbers';
import { euro, money, NO_AREA, RenderedStep, titleOf, trailStep, type StepParams } from './text';
import type { Issues, PoolPlan } from './types';
import type { TrailStep } from '../results';
import { Unit, type OwnSteps } from './unit';

/** An area of the pool: its objectives are at the pool slots `slots[from .. from + count)`. */
interface Group {
  area?: string;
  record?: Area;
  /** The area name prepared for the tie order of areas. */
  sortKey: NaturalKey;
  from: number;
  count: number;
}

/** The pool's areas in name order, and its slots grouped by area (pool order within one). */
interface Groups {
  list: Group[];
  slots: Int32Array;
}

/** A flat list of slots, not two growing arrays per area: 4,000 areas make a lot of garbage. */
function groupsOf(pool: PoolPlan, plan: Plan): Groups {
  // Area records by name, the first row winning as `find` would: one lookup per group.
  const records = firstByKey(plan.areas, (a) => a.name);
  const byName = new Map<string, Group>();
  const objectives = pool.objectives;
  const groupOf = new Array<Group>(objectives.length);
  let previous: Group | undefined;
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i];
    const key = o.area ?? '';
    // An area's objectives usually come together: the previous group saves a lookup.
    let g = previous !== undefined && (previous.area ?? '') === key ? previous : byName.get(key);
    if (g === undefined) {
      const record = o.area === undefined ? undefined : records.get(o.area);
      g = { area: o.area, record, sortKey: naturalKey(key), from: 0, count: 0 };
      byName.set(key, g);
    }
    g.count++;
    groupOf[i] = g;
    previous = g;
  }
  // Areas in name order: ties between areas never depend on where the rows sit.
  const list = [...byName.values()].sort((a, b) => compareNaturalKeys(a.sortKey, b.sortKey));
  let from = 0;
  for (const g of list) {
    g.from = from;
    from += g.count;
    g.count = 0; // counted again as the slots are placed
  }
  const slots = new Int32Array(objectives.length);
  for (let i = 0; i < objectives.length; i++) {
    const g = groupOf[i];
    slots[g.from + g.count++] = i;
  }
  return { list, slots };
}

/** Area amounts and their trail steps; undefined when a relevance is missing. */
function areaShares(
  pool: PoolPlan,
  { list: groups, slots }: Groups,
  plan: Plan,
  issues: Issues,
): { amounts: number[]; steps: TrailStep[] } | undefined {
  const label = (g: Group) => g.area ?? NO_AREA;
  const objectivesOf = (g: Group) => {
    const list: Objective[] = [];
    for (let k = 0; k < g.count; k++) list.push(pool.objectives[slots[g.from + k]]);
    return list;
  };
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
      for (const o of objectivesOf(g)) {
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
          cells: [g.record?.relevance?.cell ?? g.record?.cell ?? pool.objectives[slots[g.from]].cell],
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
  warnAreasOutside(pool, groups, plan, sum, issues);
  const amounts = largestRemainder(pool.amount, relevances);
  const steps = groups.map((g, i) =>
    trailStep('relevance', { area: label(g), relevance: relevances[i], sum, amount: money(amounts[i]) }, [
      g.record?.relevance?.cell,
    ]),
  );
  return { amounts, steps };
}

/** Whether a reason already points at `cell` (only looked at when a weight is unusable). */
function reportedAt(issues: Issues, cell: CellRef | undefined): boolean {
  if (cell === undefined) return false;
  return issues.reasons.some((r) =>
    r.cells.some((c) => c !== undefined && c.sheet === cell.sheet && c.cell === cell.cell),
  );
}

/**
 * An area with a relevance but no objective in the pool (its objectives all have a fixed budget,
 * or sit in another pool) has no share here: the pool is split over the relevances of the areas
 * it holds, so the others get more than fund x relevance %. Said, not done silently.
 */
function warnAreasOutside(
  pool: PoolPlan,
  groups: readonly Group[],
  plan: Plan,
  sum: number,
  issues: Issues,
): void {
  // By name, as groupsOf finds records: the first row of a name is the area.
  const seen = new Set(groups.map((g) => g.area));
  for (const a of plan.areas) {
    const r = a.relevance?.value;
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    if (!(r !== undefined && r > 0)) continue;
    issues.warnings.push(
      finding({
        code: 'DIST_RELEVANCE_AREA_OUTSIDE_POOL',
        severity: 'warning',
        params: { area: a.name, relevance: r, pool: pool.name, sum },
        cells: [a.relevance?.cell ?? a.cell],
        area: a.name,
      }),
    );
  }
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

/**
 * The weight steps of a pool's objectives, by slot, from the areas' splits: the figures in
 * typed arrays for the whole pool rather than arrays kept for each area.
 */
class WeightSteps implements OwnSteps {
  readonly weights: Float64Array;
  readonly amounts: Float64Array;
  /** Each slot's area, by its position in `sums` and `names`. */
  readonly groupOf: Int32Array;
  readonly sums: number[] = [];
  readonly names: string[] = [];

  constructor(private readonly objectives: readonly Objective[]) {
    this.weights = new Float64Array(objectives.length);
    this.amounts = new Float64Array(objectives.length);
    this.groupOf = new Int32Array(objectives.length);
  }

  stepAt(slot: number): TrailStep {
    const g = this.groupOf[slot];
    return new WeightStep(
      this.weights[slot],
      this.sums[g],
      this.names[g],
      this.amounts[slot],
      this.objectives[slot].weight.cell,
    );
  }
}

export function byArea(pool: PoolPlan, plan: Plan, issues: Issues): Unit[] {
  const groups = groupsOf(pool, plan);
  const shares = areaShares(pool, groups, plan, issues);
  const objectives = pool.objectives;
  const slots = groups.slots;
  // Units in plan order, not grouped by area (the sheet lists them as the user does): each
  // goes straight to its objective's position in the pool.
  const units = new Array<Unit>(objectives.length);
  const steps = new WeightSteps(objectives);
  // One splitter for every area; ties by id and key: the objectives of a group share their area.
  const splitter = new TieSplitter<Objective>(compareWithinArea);
  const { weights, items: members } = splitter;
  let complete = shares !== undefined;
  groups.list.forEach((g, gi) => {
    const areaName = g.area ?? NO_AREA;
    const n = g.count;
    // The objectives' weights (a reason for each missing one), summed in pool order.
    let missing = false;
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const o = objectives[slots[g.from + k]];
      members[k] = o;
      const w = o.weight.value;
      if (nonNegative(w)) {
        weights[k] = w;
        sum += w;
        continue;
      }
      missing = true;
      // A weight that is there but not usable (negative...) was reported by validation at its
      // cell: "manca il peso" on top of "il peso è negativo" would say something false.
      if (w !== undefined && reportedAt(issues, o.weight.cell)) continue;
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
    if (missing) complete = false;
    if (shares === undefined || missing) return;
    const areaAmount = shares.amounts[gi];
    sum = cleanNumber(sum);
    if (sum === 0 && areaAmount > 0) {
      complete = false;
      const cells: (CellRef | undefined)[] = [];
      for (let k = 0; k < n; k++) cells.push(members[k].weight.cell);
      issues.reasons.push(
        finding({
          code: 'DIST_ZERO_WEIGHTS',
          severity: 'error',
          params: { area: areaName, pool: pool.name, amount: euro(areaAmount) },
          cells,
          area: g.area,
        }),
      );
      return;
    }
    splitter.split(areaAmount, n);
    const amounts = splitter.parts;
    steps.sums[gi] = sum;
    steps.names[gi] = areaName;
    // The steps every unit of the area shares: one array for the area.
    const shared = [...pool.trail, shares.steps[gi]];
    for (let k = 0; k < n; k++) {
      const slot = slots[g.from + k];
      steps.weights[slot] = weights[k];
      steps.amounts[slot] = amounts[k];
      steps.groupOf[slot] = gi;
      units[slot] = new Unit(members[k], pool.positions[slot], pool.name, amounts[k], shared, steps, slot);
    }
  });
  return complete ? units : [];
}
