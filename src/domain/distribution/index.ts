/**
 * Distribution of the fund (docs/domain.md section 6): fund -> reserve -> fixed budgets -> pools ->
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
import type { Cents, Plan } from '../model';
import type { Finding } from '../findings';
import { sumCents } from '../money';
import type { Distribution, PoolAllocation, Scores } from '../results';
import { allocatePool } from './allocate';
import { checkAchievements, checkDuplicateKeys, checkEvaluations } from './checks';
import { splitToEmployees } from './employees';
import { issuesFromInputs } from './inputs';
import { payPool } from './payment';
import { People } from './people';
import { keyPositions } from '../positions';
import { withEngineRun } from '../engineRun';
import { scoresByPosition } from './positions';
import { differentiationCheck, transparencySummary } from './transparency';
import { buildTree } from './tree';
import type { PoolPlan } from './types';
import type { Unit } from './unit';

export { assertReconciles } from './reconcile';

/** What the units were allocated, in all (a loop: no array of 100,000 amounts). */
function allocatedOf(units: readonly Unit[]): Cents {
  let s = 0;
  for (let i = 0; i < units.length; i++) s += units[i].allocated;
  return s;
}

export function distribute(plan: Plan, scores: Scores, findings: Finding[]): Distribution {
  return withEngineRun(plan, () => distributeAll(plan, scores, findings));
}

function distributeAll(plan: Plan, scores: Scores, findings: Finding[]): Distribution {
  const issues = issuesFromInputs(findings, scores.findings);
  const keys = keyPositions(plan.objectives);
  checkDuplicateKeys(plan, keys, issues);
  const tree = buildTree(plan, issues);
  const pools: PoolPlan[] = tree.fixedPool ? [tree.fixedPool, ...tree.pools] : tree.pools;

  // Each pool's units, not yet paid (none when a figure its split needs is missing).
  const poolUnits = pools.map((pool) => allocatePool(pool, plan, issues));
  const scoreAt = scoresByPosition(plan.objectives, scores.objectives, keys);
  checkAchievements(pools, scoreAt, issues);
  const people = new People(plan);
  if (plan.params.individualEvaluation) checkEvaluations(pools, plan, people, issues);
  if (issues.reasons.length > 0) return { ok: false, reasons: issues.reasons };

  const allocations: PoolAllocation[] = [];
  const units: Unit[] = [];
  pools.forEach((pool, i) => {
    // Fixed budgets are earmarked for their objective: their economie are never redistributed.
    const redistribute = plan.params.redistributeEconomie && pool.method !== 'fixed';
    allocations.push(payPool(pool, poolUnits[i], scoreAt, redistribute));
    // No spread: pools can hold 100,000+ units.
    const own = poolUnits[i];
    for (let k = 0; k < own.length; k++) units.push(own[k]);
  });
  const { employees, withoutStaff } = splitToEmployees(units, plan, people, issues);

  const paid = sumCents(allocations.map((p) => p.paid));
  const economie = sumCents(allocations.map((p) => p.economie));
  // Published as paid: what employees receive, not what objectives were paid with nobody on them.
  const transparency = transparencySummary(
    { allocated: allocatedOf(units), paid: paid - withoutStaff, withoutStaff, economie },
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
      withoutStaff,
    },
    pools: allocations,
    units,
    employees,
    transparency,
    warnings: issues.warnings,
  };
}
