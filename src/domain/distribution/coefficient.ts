/**
 * Split inside a pool by coefficient (DOMAIN.md section 6, step 3): coefficient = category
 * points x headcount coefficient; share = pool x coefficient / sum of coefficients, by largest
 * remainder. A project without category or headcount, or with a category that has no points,
 * is a refusal reason; so are coefficients adding up to 0 when the pool has money to split.
 */
import type { Objective, Plan } from '../model';
import { finding } from '../findings';
import { categoryPoints, headcountCoefficient } from '../params';
import { compareObjectiveSortKeys, objectiveSortKey, splitInOrderBy } from './order';
import { cleanProduct, cleanSum, nonNegative } from './numbers';
import { euro, money, titleOf, trailStep } from './text';
import type { Issues, PoolPlan, UnitDraft } from './types';

interface Row {
  objective: Objective;
  category: string;
  points: number;
  headcount: number;
  band: number;
  coefficient: number;
}

function pointsFor(category: string, points: Readonly<Record<string, number>>): number | undefined {
  const exact = categoryPoints(category, points);
  if (exact !== undefined) return exact;
  const key = category.toLowerCase().replace(/\s+/g, ' ').trim();
  return categoryPoints(key, points);
}

export function byCoefficient(pool: PoolPlan, plan: Plan, issues: Issues): UnitDraft[] {
  const rows: Row[] = [];
  let complete = true;
  for (const o of pool.objectives) {
    const base = {
      severity: 'error' as const,
      area: o.area,
      objective: o.id,
      params: { objective: o.id, title: titleOf(o), pool: pool.name },
    };
    const category = o.category?.value?.trim();
    const headcount = o.headcount?.value;
    const points = category ? pointsFor(category, plan.params.categoryPoints) : undefined;
    if (!category) {
      issues.reasons.push(
        finding({ ...base, code: 'DIST_MISSING_CATEGORY', cells: [o.category?.cell ?? o.cell] }),
      );
    } else if (!nonNegative(points)) {
      issues.reasons.push(
        finding({
          ...base,
          code: 'DIST_UNKNOWN_CATEGORY',
          params: { ...base.params, category },
          cells: [o.category?.cell ?? o.cell],
        }),
      );
    }
    if (!nonNegative(headcount)) {
      issues.reasons.push(
        finding({ ...base, code: 'DIST_MISSING_HEADCOUNT', cells: [o.headcount?.cell ?? o.cell] }),
      );
    }
    if (!category || !nonNegative(points) || !nonNegative(headcount)) {
      complete = false;
      continue;
    }
    const band = headcountCoefficient(headcount, plan.params.headcountBands);
    rows.push({ objective: o, category, points, headcount, band, coefficient: cleanProduct(points, band) });
  }
  if (!complete) return [];

  const coefficients = rows.map((r) => r.coefficient);
  const sum = cleanSum(coefficients);
  if (sum === 0 && pool.amount > 0) {
    issues.reasons.push(
      finding({
        code: 'DIST_ZERO_COEFFICIENTS',
        severity: 'error',
        params: { pool: pool.name, amount: euro(pool.amount) },
        cells: [...pool.cells, ...rows.map((r) => r.objective.headcount?.cell)],
      }),
    );
    return [];
  }
  const amounts = splitInOrderBy(
    pool.amount,
    rows,
    coefficients,
    (r) => objectiveSortKey(r.objective),
    compareObjectiveSortKeys,
  );
  return rows.map((r, i) => ({
    objective: r.objective,
    pool: pool.name,
    allocated: amounts[i],
    coefficient: r.coefficient,
    trail: [
      ...pool.trail,
      trailStep(
        'coefficient',
        {
          category: r.category,
          points: r.points,
          headcount: r.headcount,
          band: r.band,
          coefficient: r.coefficient,
          sum,
          amount: money(amounts[i]),
        },
        [r.objective.category?.cell, r.objective.headcount?.cell],
      ),
    ],
  }));
}
