/** Allocation inside one pool, by the pool's method. */
import type { Objective, Plan } from '../model';
import type { TrailStep } from '../results';
import { byArea } from './byArea';
import { byCoefficient } from './coefficient';
import { money, trailStep } from './text';
import type { Issues, PoolPlan } from './types';
import { Unit, type OwnSteps } from './unit';

/** Each fixed budget's step: its amount, from its cell. */
class FixedSteps implements OwnSteps {
  constructor(private readonly objectives: readonly Objective[]) {}

  stepAt(index: number): TrailStep {
    const o = this.objectives[index];
    return trailStep('fixed', { amount: money(o.fixedBudget?.value ?? 0) }, [o.fixedBudget?.cell ?? o.cell]);
  }
}

/**
 * The pool's units, `units[i]` for `pool.objectives[i]`, not yet paid; none when a figure the
 * split needs is missing (the reasons say which).
 */
export function allocatePool(pool: PoolPlan, plan: Plan, issues: Issues): Unit[] {
  // A pool holding no objective has nothing to split: its amount is unassigned (tree.ts).
  if (pool.objectives.length === 0) return [];
  switch (pool.method) {
    case 'fixed': {
      // Each fixed budget is its own allocation: nothing is split here.
      const steps = new FixedSteps(pool.objectives);
      return pool.objectives.map(
        (o, i) => new Unit(o, pool.positions[i], pool.name, o.fixedBudget?.value ?? 0, pool.trail, steps, i),
      );
    }
    case 'coefficient':
      return byCoefficient(pool, plan, issues);
    case 'relevance':
    case 'weight':
      return byArea(pool, plan, issues);
  }
}
