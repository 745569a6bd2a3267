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
import { fractionOf, sumCents } from '../money';
import { compareObjectiveSortKeys, objectiveSortKey, splitInOrderBy } from './order';
import type { ObjectiveScore, PoolAllocation, UnitAllocation } from '../results';
import { effectiveOf } from './checks';
import { cleanNumber } from './numbers';
import { money, titleOf, trailStep } from './text';
import type { PoolPlan, UnitDraft } from './types';

function payUnit(d: UnitDraft, score: ObjectiveScore | undefined): UnitAllocation {
  const achievement = effectiveOf(score) ?? 0;
  const paid = fractionOf(d.allocated, achievement);
  const economie = d.allocated - paid;
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
    trail: [
      ...d.trail,
      trailStep(
        'achievement',
        {
          achievement: cleanNumber(achievement * 100),
          paid: money(paid),
          allocated: money(d.allocated),
          economie: money(economie),
        },
        score?.cells ?? [],
      ),
    ],
  };
  if (d.objective.area !== undefined) unit.area = d.objective.area;
  if (d.coefficient !== undefined) unit.coefficient = d.coefficient;
  return unit;
}

export function payPool(
  pool: PoolPlan,
  drafts: readonly UnitDraft[],
  scores: ReadonlyMap<string, ObjectiveScore>,
  redistribute: boolean,
): { units: UnitAllocation[]; allocation: PoolAllocation } {
  const units = drafts.map((d) => payUnit(d, scores.get(d.objective.key)));
  const economie = sumCents(units.map((u) => u.economie));
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
    paid: sumCents(units.map((u) => u.paid)),
    economie: economie - redistributed,
    unitKeys: units.map((u) => u.key),
    cells: pool.cells,
  };
  return { units, allocation };
}
