/**
 * Distribution of the fund (docs/domain.md section 6): fund -> reserve -> fixed budgets -> pools ->
 * units (one per objective row) -> payment and economie -> employees, in integer cents, every
 * split by largest remainder, every amount with the trail of how it was obtained.
 *
 * Two phases, one tree (results.ts DistributionPhase): the allocation is computed whenever the
 * fund and the split's figures are there; the payment only when every unit has its achievement
 * and nothing else blocks it (phase.ts says which findings block only the payment). Without the
 * payment the result is in the allocation phase: units with their allocation, employees with
 * their potential share, and the reasons the payment is refused, or `paymentWaits` when no
 * achievement exists yet.
 *
 * Refused (`ok: false`, with every reason found) while the findings handed in (validation and
 * scoring) contain an error about the allocation, or data it needs is missing: paying on a guess
 * is worse than not paying. Warnings never block; they come back with the result, with the
 * distribution's own.
 *
 * Per-presence projects (paid by hours bands within a budget) will fit as another pool method
 * next to 'fixed': a pool whose units are allocated by their own rule.
 */
import type { Cents, Plan } from '../model';
import type { Finding } from '../findings';
import { sumCents } from '../money';
import { finding } from '../findings';
import type { Distribution, DistributionPhase, ObjectiveScore, PoolAllocation, Scores } from '../results';
import { allocatePool } from './allocate';
import { checkAchievements, checkDuplicateKeys, checkEvaluations, effectiveOf } from './checks';
import { checkDeclaredAmounts } from './declared';
import { blocksOnlyPayment, NOT_MEASURED_YET } from './phase';
import { splitToEmployees } from './employees';
import { issuesFromInputs } from './inputs';
import { payPool } from './payment';
import { People } from './people';
import { keyPositions } from '../positions';
import { withEngineRun } from '../engineRun';
import { scoresByPosition } from './positions';
import { differentiationCheck, transparencySummary } from './transparency';
import { buildTree } from './tree';
import type { Issues, PoolPlan } from './types';
import type { Unit } from './unit';

export { assertReconciles } from './reconcile';
export { NOT_MEASURED_YET } from './phase';

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
  // What refuses the payment only: the allocation is still computed and written (phase.ts).
  const pay: Issues = { reasons: [], warnings: issues.warnings };
  for (const own of poolUnits) checkDeclaredAmounts(own, plan, pay);
  const scoreAt = scoresByPosition(plan.objectives, scores.objectives, keys);
  checkAchievements(pools, scoreAt, pay);
  const people = new People(plan);
  if (plan.params.individualEvaluation) checkEvaluations(pools, plan, people, pay);
  const allocationReasons = issues.reasons.filter((f) => !blocksOnlyPayment(f));
  // Refused: every reason, of both phases, so that the user gets the whole list in one run.
  if (allocationReasons.length > 0) return { ok: false, reasons: [...issues.reasons, ...pay.reasons] };

  const paymentReasons = [...issues.reasons, ...pay.reasons];
  const phase: DistributionPhase = paymentReasons.length === 0 ? 'payment' : 'allocation';
  // No achievement anywhere yet (the start of the year): the payment waits; it is not refused
  // for each of them.
  const paymentWaits = phase === 'allocation' && !anyAchievement(pools, scoreAt);
  if (paymentWaits) {
    issues.warnings.push(finding({ code: 'DIST_PAYMENT_WAITS', severity: 'warning' }));
  }

  const allocations: PoolAllocation[] = [];
  const units: Unit[] = [];
  pools.forEach((pool, i) => {
    const own = poolUnits[i];
    if (phase === 'payment') {
      // Fixed budgets are earmarked for their objective: their economie are never redistributed.
      const redistribute = plan.params.redistributeEconomie && pool.method !== 'fixed';
      allocations.push(payPool(pool, own, scoreAt, redistribute));
    } else {
      allocations.push(allocationOf(pool, own));
    }
    // No spread: pools can hold 100,000+ units.
    for (let k = 0; k < own.length; k++) units.push(own[k]);
  });
  // Before the payment, each employee's potential share of the allocation: evaluations not
  // given yet count as full (people.ts).
  const sharers = phase === 'payment' || !plan.params.individualEvaluation ? people : new People(plan, true);
  const { employees, withoutStaff } = splitToEmployees(units, plan, sharers, issues);

  const paid = sumCents(allocations.map((p) => p.paid));
  const economie = sumCents(allocations.map((p) => p.economie));
  // Published as paid: what employees receive, not what objectives were paid with nobody on them.
  const transparency = transparencySummary(
    {
      allocated: allocatedOf(units),
      paid: phase === 'payment' ? paid - withoutStaff : 0,
      withoutStaff: phase === 'payment' ? withoutStaff : 0,
      economie,
    },
    phase === 'payment' ? employees : [],
  );
  // The differentiation is of premiums paid, not of potential shares.
  const differentiation = phase === 'payment' ? differentiationCheck(employees, plan.params) : undefined;
  if (differentiation) issues.warnings.push(differentiation);

  return {
    ok: true,
    phase,
    paymentWaits,
    paymentReasons: paymentWaits
      ? paymentReasons.filter((f) => !NOT_MEASURED_YET.has(f.code))
      : paymentReasons,
    totals: {
      fund: tree.fund,
      reserve: tree.reserve,
      fixedBudgets: tree.fixedTotal,
      distributed: tree.fund - tree.reserve,
      paid,
      economie,
      unassigned: tree.unassigned,
      // Before the payment: the allocation of units nobody receives.
      withoutStaff,
    },
    pools: allocations,
    units,
    employees,
    transparency,
    warnings: issues.warnings,
  };
}

/** Whether any unit of the pools has an effective achievement. */
function anyAchievement(
  pools: readonly PoolPlan[],
  scoreAt: readonly (ObjectiveScore | undefined)[],
): boolean {
  for (const pool of pools) {
    for (const p of pool.positions) if (effectiveOf(scoreAt[p]) !== undefined) return true;
  }
  return false;
}

/** A pool in the allocation phase: its amount, nothing paid or saved yet. */
function allocationOf(pool: PoolPlan, units: readonly Unit[]): PoolAllocation {
  return {
    name: pool.name,
    method: pool.method,
    amount: pool.amount,
    paid: 0,
    economie: 0,
    unitKeys: units.map((u) => u.key),
    cells: pool.cells,
  };
}
