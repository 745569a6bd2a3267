/** Allocation inside one pool, by the pool's method. */
import type { Plan } from '../model';
import { byArea } from './byArea';
import { byCoefficient } from './coefficient';
import { money, trailStep } from './text';
import type { Issues, PoolPlan, UnitDraft } from './types';

export function allocatePool(pool: PoolPlan, plan: Plan, issues: Issues): UnitDraft[] {
  // A pool holding no objective has nothing to split: its amount is unassigned (tree.ts).
  if (pool.objectives.length === 0) return [];
  switch (pool.method) {
    case 'fixed':
      // Each fixed budget is its own allocation: nothing is split here.
      return pool.objectives.map((o, i) => {
        const amount = o.fixedBudget?.value ?? 0;
        return {
          objective: o,
          position: pool.positions[i],
          pool: pool.name,
          allocated: amount,
          shared: pool.trail,
          step: trailStep('fixed', { amount: money(amount) }, [o.fixedBudget?.cell ?? o.cell]),
        };
      });
    case 'coefficient':
      return byCoefficient(pool, plan, issues);
    case 'relevance':
    case 'weight':
      return byArea(pool, plan, issues);
  }
}
