/**
 * Payment of each unit (docs/domain.md section 6, step 6): paid = allocated x effective achievement,
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
import type { Cents } from '../model';
import { compareObjectives, splitByTieOrder } from './order';
import type { ObjectiveScore, PoolAllocation } from '../results';
import type { PoolPlan } from './types';
import type { Unit } from './unit';

/** Sum of one figure of the units (integer cents), as sumCents without an array of them. */
function totalOf(units: readonly Unit[], figure: (u: Unit) => Cents): Cents {
  let s = 0;
  for (let i = 0; i < units.length; i++) s += figure(units[i]);
  return s;
}

/** Gives the pool's economie to its units reached in full; what they received in all. */
function redistribute(pool: PoolPlan, units: readonly Unit[], economie: Cents): Cents {
  const reached: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i].achievement >= 1 && units[i].allocated > 0) reached.push(i);
  }
  const parts = splitByTieOrder(
    economie,
    reached.map((i) => pool.objectives[i]),
    reached.map((i) => units[i].allocated),
    compareObjectives,
  );
  let given = 0;
  reached.forEach((ui, k) => {
    if (parts[k] === 0) return;
    units[ui].receive(parts[k]);
    given += parts[k];
  });
  return given;
}

/**
 * Pays the pool's units (in place; `units[i]` is the unit of `pool.objectives[i]`), each by
 * its objective's score, found by the objective's position in the plan (positions.ts).
 */
export function payPool(
  pool: PoolPlan,
  units: readonly Unit[],
  scoreAt: readonly (ObjectiveScore | undefined)[],
  redistributeEconomie: boolean,
): PoolAllocation {
  for (let i = 0; i < units.length; i++) units[i].pay(scoreAt[units[i].position]);
  const economie = totalOf(units, (u) => u.economie);
  const redistributed = redistributeEconomie && economie > 0 ? redistribute(pool, units, economie) : 0;
  return {
    name: pool.name,
    method: pool.method,
    amount: pool.amount,
    paid: totalOf(units, (u) => u.paid),
    economie: economie - redistributed,
    unitKeys: units.map((u) => u.key),
    cells: pool.cells,
  };
}
