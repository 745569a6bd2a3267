/**
 * Fixed budgets and pools against the fund (docs/domain.md section 7, item 8).
 *
 * Committed = reserve + fixed budgets of objectives + pools with an amount + pools with a
 * percent (of the fund after reserve and fixed budgets, as the distribution computes it). More
 * than the fund is an error, stated in euros. Without a fund there is nothing to compare (the
 * parameter check warns, the distribution refuses).
 */
import type { Cents, CellRef, Field, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { formatCents, sumCents } from '../money';
import { percentPoolAmounts } from '../distribution/percentPools';
import { cellText, rawText } from './common';
import { HAS_FIXED_BUDGET, objectivePositions } from '../rows/objectivePositions';
import { fixedBudgetOf } from '../budget';

/** "4.193,23 €": amounts in messages are euros, Italian grouping. */
export function formatEuro(cents: Cents): string {
  return `${formatCents(Math.round(cents), 'it')} €`;
}

export function checkFund(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const fixedCells: (CellRef | undefined)[] = [];
  let fixed = 0;
  // Only objectives with a budget cell (noted by the shared walk over the objectives).
  const { fields } = objectivePositions(plan);
  for (let i = 0; i < fields.length; i++) {
    if ((fields[i] & HAS_FIXED_BUDGET) === 0) continue;
    const o = plan.objectives[i];
    const budget = o.fixedBudget as Field<Cents>;
    const cell = budget.cell ?? o.cell;
    const base = { area: o.area, objective: o.id, cells: [cell] };
    if (budget.problem !== undefined) {
      out.push(
        finding({
          ...base,
          code: 'FIXED_BUDGET_NOT_NUMBER',
          severity: 'error',
          params: { objective: o.id, text: rawText(budget.raw), cell: cellText(cell) },
        }),
      );
    } else if (fixedBudgetOf(o) === undefined) {
      // A project's declared amount is its share of a pool, not money taken from the fund: the
      // distribution compares it with its own (DIST_DECLARED_AMOUNT_*).
      continue;
    } else if (budget.value !== undefined && budget.value < 0) {
      out.push(
        finding({
          ...base,
          code: 'FIXED_BUDGET_NEGATIVE',
          severity: 'error',
          params: { objective: o.id, amount: formatEuro(budget.value), cell: cellText(cell) },
        }),
      );
    } else if (budget.value !== undefined && budget.value > 0) {
      fixed += budget.value;
      fixedCells.push(cell);
    }
  }

  const { fund, pools, cells } = plan.params;
  if (fund === undefined || fund < 0) return out;
  const reserve = Math.max(plan.params.reserve, 0);
  let amounts = 0;
  const percentList: number[] = [];
  const base = Math.round(Math.max(fund - reserve - fixed, 0));
  for (const p of pools) {
    if (p.amount !== undefined) amounts += Math.max(p.amount, 0);
    else if (p.percent !== undefined && Number.isFinite(p.percent)) percentList.push(Math.max(p.percent, 0));
  }
  // Rounded together, as the distribution rounds them (percentPools.ts says why).
  const percents = sumCents(percentPoolAmounts(base, percentList).amounts);
  const total = reserve + fixed + amounts + percents;
  if (total <= fund) return out;
  out.push(
    finding({
      code: 'BUDGETS_OVER_FUND',
      severity: 'error',
      params: {
        reserve: formatEuro(reserve),
        fixed: formatEuro(fixed),
        amounts: formatEuro(amounts),
        percents: formatEuro(percents),
        total: formatEuro(total),
        fund: formatEuro(fund),
        excess: formatEuro(total - fund),
      },
      cells: [
        cells['fund'],
        reserve > 0 ? cells['reserve'] : undefined,
        ...fixedCells,
        ...pools.filter((p) => p.amount !== undefined || p.percent !== undefined).map((p) => p.cell),
      ],
    }),
  );
  return out;
}
