/**
 * Data the distribution needs and must not guess (docs/domain.md section 6: "paying on a guess is
 * worse than not paying"): unique objective keys, an achievement for every objective to be
 * paid, an individual evaluation for every assigned person when the option is on.
 */
import type { Objective, Plan } from '../model';
import { finding } from '../findings';
import { repeatedGroups } from '../grouping';
import type { ObjectiveScore } from '../results';
import { NO_AREA, titleOf } from './text';
import type { People } from './people';
import type { KeyPositions } from '../positions';
import type { Issues, PoolPlan } from './types';

/** Two objective rows with one key would make every amount ambiguous. */
export function checkDuplicateKeys(plan: Plan, keys: KeyPositions, issues: Issues): void {
  if (!keys.repeated) return;
  for (const list of repeatedGroups(plan.objectives, (o) => o.key)) {
    const o = list[0];
    issues.reasons.push(
      finding({
        code: 'DIST_DUPLICATE_KEY',
        severity: 'error',
        params: { objective: o.id, area: o.area ?? NO_AREA, count: list.length },
        cells: list.map((x) => x.cell),
        area: o.area,
        objective: o.id,
      }),
    );
  }
}

/** The effective achievement the distribution applies, 0..1; undefined when unknown. */
export function effectiveOf(score: ObjectiveScore | undefined): number | undefined {
  const e = score?.effective;
  if (e === undefined || !Number.isFinite(e)) return undefined;
  // The decimal a person computes, not its binary neighbour: sub-weights 5 and 95 at 1 % and
  // 36 % give 34,25 %, held as 0.34249999999999997, which paid 3,42 € of 10,00 € instead of 3,43.
  // Twelve decimals of a number in 0..1 (as cleanNumber's twelve digits, without a string per
  // unit): the integer over 10^12 divides to the double nearest that decimal.
  return Math.round(Math.min(1, Math.max(0, e)) * 1e12) / 1e12;
}

/** Every objective of the pools needs an achievement (scores by position, positions.ts). */
export function checkAchievements(
  pools: readonly PoolPlan[],
  scoreAt: readonly (ObjectiveScore | undefined)[],
  issues: Issues,
): void {
  for (const pool of pools) {
    for (let k = 0; k < pool.objectives.length; k++) {
      const o = pool.objectives[k];
      const score = scoreAt[pool.positions[k]];
      if (effectiveOf(score) !== undefined) continue;
      issues.reasons.push(
        finding({
          code: 'DIST_MISSING_ACHIEVEMENT',
          severity: 'error',
          // The area tells the copies of a transversal objective ("1T") apart; else the pool.
          params: { objective: o.id, title: titleOf(o), where: o.area ?? pool.name },
          cells: score !== undefined && score.cells.length > 0 ? score.cells : [o.cell],
          area: o.area,
          objective: o.id,
        }),
      );
    }
  }
}

/** With individual evaluation on, every person assigned to a paid objective needs a score. */
export function checkEvaluations(
  pools: readonly PoolPlan[],
  plan: Plan,
  people: People,
  issues: Issues,
): void {
  // Each assignment's person is looked up once for this check and the split (people.ts); the
  // check reads the last staff row with the key. The paid objectives' map is built only once
  // someone lacks an evaluation, which in a plan that can be paid is nobody.
  const assignments = plan.assignments;
  const persons = people.ofAssignments;
  let keys: Map<string, Objective> | undefined;
  const reported = new Set<string>();
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i];
    const e = persons[i].lastRow;
    const value = e?.evaluation?.value;
    if (value !== undefined && Number.isFinite(value)) continue;
    if (keys === undefined) {
      keys = new Map<string, Objective>();
      for (const pool of pools) for (const o of pool.objectives) keys.set(o.key, o);
    }
    const o = keys.get(a.objectiveKey);
    if (o === undefined) continue;
    const id = `${a.employeeKey}\u0000${a.objectiveKey}`;
    if (reported.has(id)) continue;
    reported.add(id);
    issues.reasons.push(
      finding({
        code: 'DIST_MISSING_EVALUATION',
        severity: 'error',
        params: { employee: e?.name ?? a.employeeName, objective: o.id },
        cells: [e?.evaluation?.cell ?? e?.cell ?? a.cell],
        area: o.area,
        objective: o.id,
      }),
    );
  }
}
