/**
 * Split inside a pool by coefficient (docs/domain.md section 6, step 3): coefficient = category
 * points x headcount coefficient; share = pool x coefficient / sum of coefficients, by largest
 * remainder. A project without category or headcount, or with a category that has no points,
 * is a refusal reason; so are coefficients adding up to 0 when the pool has money to split.
 */
import type { Cents, CellRef, Objective, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { categoryPoints, headcountCoefficient } from '../params';
import { compareObjectives, splitByTieOrder } from './order';
import { cleanProduct, cleanSum, nonNegative } from './numbers';
import type { TrailStep } from '../results';
import { definedCells, euro, money, RenderedStep, titleOf, type StepParams } from './text';
import type { Issues, PoolPlan } from './types';
import { Unit, type OwnSteps } from './unit';

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

/** A reason about one project of the pool. */
function projectReason(
  o: Objective,
  pool: PoolPlan,
  code: string,
  cell: CellRef | undefined,
  extra: Record<string, string> = {},
): Finding {
  return finding({
    severity: 'error',
    area: o.area,
    objective: o.id,
    params: { objective: o.id, title: titleOf(o), pool: pool.name, ...extra },
    code,
    cells: [cell ?? o.cell],
  });
}

/** The project's row, or undefined (with its reasons) when a figure is missing. */
function rowOf(o: Objective, pool: PoolPlan, plan: Plan, issues: Issues): Row | undefined {
  const category = o.category?.value?.trim();
  const headcount = o.headcount?.value;
  const points = category ? pointsFor(category, plan.params.categoryPoints) : undefined;
  if (!category) {
    issues.reasons.push(projectReason(o, pool, 'DIST_MISSING_CATEGORY', o.category?.cell));
  } else if (!nonNegative(points)) {
    issues.reasons.push(projectReason(o, pool, 'DIST_UNKNOWN_CATEGORY', o.category?.cell, { category }));
  }
  if (!nonNegative(headcount)) {
    issues.reasons.push(projectReason(o, pool, 'DIST_MISSING_HEADCOUNT', o.headcount?.cell));
  }
  if (!category || !nonNegative(points) || !nonNegative(headcount)) return undefined;
  const band = headcountCoefficient(headcount, plan.params.headcountBands);
  return { objective: o, category, points, headcount, band, coefficient: cleanProduct(points, band) };
}

/** A project's coefficient step: its row's figures, its parameters made only when rendered. */
class CoefficientStep extends RenderedStep {
  readonly #row: Row;
  readonly #sum: number;
  readonly #amount: Cents;

  constructor(row: Row, sum: number, amount: Cents) {
    super('coefficient');
    this.#row = row;
    this.#sum = sum;
    this.#amount = amount;
  }

  get cells(): CellRef[] {
    const o = this.#row.objective;
    return definedCells([o.category?.cell, o.headcount?.cell]);
  }

  protected params(): StepParams {
    const r = this.#row;
    return {
      category: r.category,
      points: r.points,
      headcount: r.headcount,
      band: r.band,
      coefficient: r.coefficient,
      sum: this.#sum,
      amount: money(this.#amount),
    };
  }
}

/** The projects' coefficient steps, from the split's rows and amounts. */
class CoefficientSteps implements OwnSteps {
  constructor(
    private readonly rows: readonly Row[],
    private readonly sum: number,
    private readonly amounts: readonly Cents[],
  ) {}

  stepAt(index: number): TrailStep {
    return new CoefficientStep(this.rows[index], this.sum, this.amounts[index]);
  }
}

export function byCoefficient(pool: PoolPlan, plan: Plan, issues: Issues): Unit[] {
  const rows: Row[] = [];
  let complete = true;
  for (const o of pool.objectives) {
    const row = rowOf(o, pool, plan, issues);
    if (row === undefined) complete = false;
    else rows.push(row);
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
  // Every project has its row (complete): rows are the pool's objectives, in order.
  const amounts = splitByTieOrder(pool.amount, pool.objectives, coefficients, compareObjectives);
  const steps = new CoefficientSteps(rows, sum, amounts);
  return rows.map(
    (r, i) =>
      new Unit(r.objective, pool.positions[i], pool.name, amounts[i], pool.trail, steps, i, r.coefficient),
  );
}
