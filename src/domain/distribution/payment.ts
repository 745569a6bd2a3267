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
import type { ObjectiveScore, PoolAllocation, UnitAllocation } from '../results';
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

  constructor(achievement: number, allocated: Cents, economie: Cents, cells: CellRef[]) {
    super('achievement', cells);
    this.#achievement = achievement;
    this.#allocated = allocated;
    this.#economie = economie;
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

function payUnit(d: UnitDraft, score: ObjectiveScore | undefined): UnitAllocation {
  const achievement = effectiveOf(score) ?? 0;
  // Reached in full or not at all (most units): x1 and x0 are exact without the BigInt product,
  // and give what fractionOf gives (it rounds a x 1 / 1 and a x 0 / 1 to themselves).
  const paid = achievement === 1 ? d.allocated : achievement === 0 ? 0 : fractionOf(d.allocated, achievement);
  const economie = d.allocated - paid;
  // The draft's trail becomes the unit's: drafts are built fresh per unit (allocate.ts, byArea.ts,
  // coefficient.ts) and dropped after payment, so it is extended in place rather than copied.
  // The step's cells are the score's own list (a CellRef[] with no holes), shared, not copied.
  const trail = d.trail;
  trail.push(new AchievementStep(achievement, d.allocated, economie, score?.cells ?? []));
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
    trail,
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
  scores: ReadonlyMap<string, ObjectiveScore>,
  redistribute: boolean,
): { units: UnitAllocation[]; allocation: PoolAllocation } {
  const units = drafts.map((d) => payUnit(d, scores.get(d.objective.key)));
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
