/**
 * Payment of each unit (DOMAIN.md section 6, step 6): paid = allocated x effective achievement,
 * rounded half up to the cent; economie = allocated - paid, so paid + economie = allocated
 * exactly and paid never exceeds allocated (the achievement is clamped to 0..1).
 *
 * Redistribution (params.redistributeEconomie): a pool's economie go to the units of the pool
 * "that were reached", read as reached in full (effective achievement 1): a unit that was only
 * partly reached produced economie itself, and topping it up from others' economie would pay
 * it for results it did not reach. They are split in proportion to the units' allocations, by
 * largest remainder. With no unit reached in full the economie stay economie. Fixed budgets are
 * earmarked for their own objective, so their pool never redistributes (index.ts).
 * Then a recipient's paid = own payment + redistributed (so it can exceed its allocation), its
 * `economie` stays what it did not earn itself, and the pool's `economie` is net of what was
 * redistributed: pool paid + pool economie = pool amount.
 */
import type { Cents, CellRef } from '../model';
import { fractionOf } from '../money';
import { compareObjectiveSortKeys, objectiveSortKey, splitInOrderBy } from './order';
import type { ObjectiveScore, PoolAllocation, TrailStep, UnitAllocation } from '../results';
import { effectiveOf } from './checks';
import { cleanNumber } from './numbers';
import { money, RenderedStep, titleOf, trailStep, type StepParams } from './text';
import type { PoolPlan, UnitDraft } from './types';

/**
 * The achievement step of a unit: its parameters are derived when the step is rendered from
 * the unit's own figures (kept here as three numbers), not held as an object of formatted
 * money per unit. `paid` is the unit's own payment, allocated - economie, before any
 * redistribution (which adds a step of its own).
 */
class AchievementStep extends RenderedStep {
  readonly #achievement: number;
  readonly #allocated: Cents;
  readonly #economie: Cents;
  readonly #score: ObjectiveScore | undefined;

  constructor(achievement: number, allocated: Cents, economie: Cents, score: ObjectiveScore | undefined) {
    super('achievement');
    this.#achievement = achievement;
    this.#allocated = allocated;
    this.#economie = economie;
    this.#score = score;
  }

  /**
   * The score's own cells, shared, not copied; read from the score when asked: scores may make
   * them on first read (scoring/scoredObjective.ts), and most trails are never shown.
   */
  get cells(): CellRef[] {
    return this.#score?.cells ?? [];
  }

  protected params(): StepParams {
    return {
      achievement: cleanNumber(this.#achievement * 100),
      paid: money(this.#allocated - this.#economie),
      allocated: money(this.#allocated),
      economie: money(this.#economie),
    };
  }
}

/** The unit's trail: the steps shared with its pool (and area), its own step, its achievement. */
function trailOf(d: UnitDraft, achievement: TrailStep): TrailStep[] {
  const n = d.shared.length;
  const trail = new Array<TrailStep>(n + 2);
  for (let i = 0; i < n; i++) trail[i] = d.shared[i];
  trail[n] = d.step;
  trail[n + 1] = achievement;
  return trail;
}

function payUnit(d: UnitDraft, score: ObjectiveScore | undefined): UnitAllocation {
  const achievement = effectiveOf(score) ?? 0;
  const paid = fractionOf(d.allocated, achievement);
  const economie = d.allocated - paid;
  const step = new AchievementStep(achievement, d.allocated, economie, score);
  const unit: UnitAllocation = {
    key: d.objective.key,
    id: d.objective.id,
    title: titleOf(d.objective),
    pool: d.pool,
    allocated: d.allocated,
    achievement,
    paid,
    economie,
    redistributed: 0,
    trail: trailOf(d, step),
  };
  if (d.objective.area !== undefined) unit.area = d.objective.area;
  if (d.coefficient !== undefined) unit.coefficient = d.coefficient;
  return unit;
}

/** Sum of one figure of the units (integer cents), as sumCents without an array of them. */
function totalOf(units: readonly UnitAllocation[], figure: (u: UnitAllocation) => Cents): Cents {
  let s = 0;
  for (const u of units) s += figure(u);
  return s;
}

export function payPool(
  pool: PoolPlan,
  drafts: readonly UnitDraft[],
  /** Each objective's score, by its position in the plan (positions.ts). */
  scoreAt: readonly (ObjectiveScore | undefined)[],
  redistribute: boolean,
): { units: UnitAllocation[]; allocation: PoolAllocation } {
  const units = drafts.map((d) => payUnit(d, scoreAt[d.position]));
  const economie = totalOf(units, (u) => u.economie);
  let redistributed = 0;
  if (redistribute && economie > 0) {
    const reached = units.map((_, i) => i).filter((i) => units[i].achievement >= 1 && units[i].allocated > 0);
    const parts = splitInOrderBy(
      economie,
      reached,
      reached.map((i) => units[i].allocated),
      (i) => objectiveSortKey(drafts[i].objective),
      compareObjectiveSortKeys,
    );
    reached.forEach((ui, k) => {
      if (parts[k] === 0) return;
      const u = units[ui];
      u.redistributed = parts[k];
      u.paid += parts[k];
      redistributed += parts[k];
      u.trail.push(trailStep('redistribution', { amount: money(parts[k]) }, []));
    });
  }
  const allocation: PoolAllocation = {
    name: pool.name,
    method: pool.method,
    amount: pool.amount,
    paid: totalOf(units, (u) => u.paid),
    economie: economie - redistributed,
    unitKeys: units.map((u) => u.key),
    cells: pool.cells,
  };
  return { units, allocation };
}
