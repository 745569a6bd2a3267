/**
 * What an amount typed on an objective row ("importo stanziato") means (docs/domain.md section 6).
 *
 * On a project that has a coefficient (a category, declared points, a coefficient or a total
 * coefficient) the amount is the officer's own computation of the project's share of its pool:
 * a result, compared with Premia's (distribution/declared.ts), never an input. Only an objective
 * with no coefficient (a per-presence project, an earmarked objective) takes its amount as a
 * fixed budget, paid outside the pools.
 */
import type { Cents, Field, Objective } from './model';

/** Whether the row carries what a coefficient split needs to place it (one of the four). */
export function hasCoefficient(o: Objective): boolean {
  const category = o.category;
  return (
    (category !== undefined &&
      (category.problem !== undefined || (category.value !== undefined && category.value.trim() !== ''))) ||
    o.declaredPoints?.value !== undefined ||
    o.declaredCoefficient?.value !== undefined ||
    o.declaredTotalCoefficient?.value !== undefined
  );
}

/** The objective's fixed budget: its amount cell, unless the row has a coefficient. */
export function fixedBudgetOf(o: Objective): Field<Cents> | undefined {
  const amount = o.fixedBudget;
  return amount === undefined || hasCoefficient(o) ? undefined : amount;
}

/** The amount the officer declared for a project with a coefficient: a result to check. */
export function declaredAmountOf(o: Objective): Field<Cents> | undefined {
  const amount = o.fixedBudget;
  return amount !== undefined && hasCoefficient(o) ? amount : undefined;
}
