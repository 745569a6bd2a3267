/**
 * Distribution of the fund (DOMAIN.md section 6): fund -> reserve -> fixed budgets -> pools ->
 * units (one per objective row) -> payment and economie -> employees, in integer cents, every
 * split by largest remainder, every amount with the trail of how it was obtained.
 *
 * Refused (`ok: false`, with every reason found) while the findings handed in (validation and
 * scoring) contain an error, or data it needs is missing: paying on a guess is worse than not
 * paying. Warnings never block; they come back with the result, with the distribution's own.
 *
 * Per-presence projects (paid by hours bands within a budget) will fit as another pool method
 * next to 'fixed': a pool whose units are allocated by their own rule.
 */
import type { Plan } from '../model';
import type { Finding } from '../findings';
import { sumCents } from '../money';
import type { Distribution, PoolAllocation, Scores, UnitAllocation } from '../results';
import { allocatePool } from './allocate';
import { checkAchievements, checkDuplicateKeys, checkEvaluations } from './checks';
import { splitToEmployees } from './employees';
import { issuesFromInputs } from './inputs';
import { payPool } from './payment';
import { objectiveKeys, scoresByPosition } from './positions';
import { differentiationCheck, transparencySummary } from './transparency';
import { buildTree } from './tree';
import type { PoolPlan } from './types';

export { assertReconciles } from './reconcile';

export function distribute(plan: Plan, scores: Scores, findings: Finding[]): Distribution {
  const issues = issuesFromInputs(findings, scores.findings);
  const keys = objectiveKeys(plan.objectives);
  checkDuplicateKeys(plan, keys, issues);
  const tree = buildTree(plan, issues);
  const pools: PoolPlan[] = tree.fixedPool ? [tree.fixedPool, ...tree.pools] : tree.pools;

  const drafts = pools.map((pool) => allocatePool(pool, plan, issues));
  const scoreAt = scoresByPosition(plan.objectives, scores.objectives, keys);
  checkAchievements(pools, scoreAt, issues);
  if (plan.params.individualEvaluation) {
    checkEvaluations(
      pools.flatMap((p) => p.objectives),
      plan,
      issues,
    );
  }
  if (issues.reasons.length > 0) return { ok: false, reasons: issues.reasons };

  const allocations: PoolAllocation[] = [];
  const units: UnitAllocation[] = [];
  // The position in the plan of each unit's objective, for its assignments.
  const positions: number[] = [];
  pools.forEach((pool, i) => {
    // Fixed budgets are earmarked for their objective: their economie are never redistributed.
    const redistribute = plan.params.redistributeEconomie && pool.method !== 'fixed';
    const paid = payPool(pool, drafts[i], scoreAt, redistribute);
    allocations.push(paid.allocation);
    // No spread: pools can hold 100,000+ units.
    for (let k = 0; k < paid.units.length; k++) {
      units.push(paid.units[k]);
      positions.push(drafts[i][k].position);
    }
  });
  const employees = splitToEmployees(units, positions, keys, plan, issues);

  const paid = sumCents(allocations.map((p) => p.paid));
  const economie = sumCents(allocations.map((p) => p.economie));
  const transparency = transparencySummary(
    { allocated: sumCents(units.map((u) => u.allocated)), paid, economie },
    employees,
  );
  const differentiation = differentiationCheck(employees, plan.params);
  if (differentiation) issues.warnings.push(differentiation);

  return {
    ok: true,
    totals: {
      fund: tree.fund,
      reserve: tree.reserve,
      fixedBudgets: tree.fixedTotal,
      distributed: tree.fund - tree.reserve,
      paid,
      economie,
      unassigned: tree.unassigned,
    },
    pools: allocations,
    units,
    employees,
    transparency,
    warnings: issues.warnings,
  };
}
