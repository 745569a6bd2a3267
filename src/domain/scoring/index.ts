/**
 * Scoring (docs/domain.md section 5): indicator achievement -> objective achievement -> soglia minima
 * -> payout curve (the effective fraction the distribution pays), and area scores.
 *
 * The choices where the brief leaves room are written next to the rule they shape:
 * indicator.ts (target kinds, percent actuals, booleans, deadlines), subWeights.ts (missing
 * sub-weights), objective.ts (exact keys, undefined propagation), soglia.ts, payoutCurve.ts,
 * area.ts (raw achievement, what is left out). In short for score():
 * - effective = 0 when below the soglia; otherwise the payout curve applied to the value after
 *   the soglia policy. Undefined when the achievement is undefined.
 * - Indicators of an objective whose achievement was entered by hand raise no findings: the
 *   distribution does not need them. Their scores still say what is missing.
 * - An objective with no indicators and no manual % raises SCORE_NO_ACHIEVEMENT.
 * - A suspended objective (Objective.suspended) with no manual % is not scored from its
 *   indicators: SCORE_SUSPENDED, an error, so nothing is paid on it until the user decides.
 */
import type { Objective, Plan } from '../model';
import type { Finding } from '../findings';
import type { ObjectiveScore, Scores } from '../results';
import type { Locale } from '../../i18n';
import { withEngineRun } from '../engineRun';
import { objectivePositions } from '../rows/objectivePositions';
import { indicatorRows } from '../rows/indicatorRows';
import { areaScores } from './area';
import { issueAt, ScoredObjective, type MeasuredIndicators, type ScoringRun } from './scoredObjective';
import { indicatorIssueFinding, noAchievementFinding, suspendedFinding } from './findings';
import { weightedAchievement } from './objective';
import { clamp01 } from './fraction';
import { applyPayoutCurve } from './payoutCurve';
import { applySoglia } from './soglia';
import { fillSubWeights } from './subWeights';

export {
  indicatorAchievement,
  type IndicatorAchievement,
  type IndicatorIssue,
  type IndicatorParams,
} from './indicator';
export { applySoglia, type SogliaResult } from './soglia';
export { applyPayoutCurve, validatePayoutCurve } from './payoutCurve';
export { objectiveAchievement, type ObjectiveAchievement } from './objective';
export { resolveSubWeights } from './subWeights';
export { areaScores } from './area';
export { monthsLate } from './dates';
export { lateFactor } from './late';

export function score(plan: Plan, locale: Locale = 'it'): Scores {
  return withEngineRun(plan, () => scoreAll(plan, locale));
}

/**
 * Each indicator was measured by the walk that reads the indicators for the whole engine run
 * (rows/indicatorRows.ts), which also grouped them by objective key, in plan order.
 */
function scoreAll(plan: Plan, locale: Locale): Scores {
  const rows = indicatorRows(plan);
  const { start, members, groupOfObjective } = rows.groups;
  const measured: MeasuredIndicators = {
    members,
    achievements: rows.achievement,
    givenSubWeights: rows.subWeight,
    issues: rows.issue,
  };
  const { firstOf } = objectivePositions(plan);
  const run: ScoringRun = { plan, context: { params: plan.params, locale }, measured };
  const findings: Finding[] = [];
  const buffers = new ObjectiveBuffers();
  const objectives = new Array<ObjectiveScore>(plan.objectives.length);
  for (let p = 0; p < plan.objectives.length; p++) {
    const objective = plan.objectives[p];
    // Indicators belong to the key: a repeated key's objectives share the first one's.
    const g = groupOfObjective[firstOf[p]];
    const from = g < 0 ? 0 : start[g];
    const to = g < 0 ? 0 : start[g + 1];
    objectives[p] = scoreObjective(objective, from, to, run, buffers, findings);
  }
  const areas = areaScores(
    plan.areas,
    plan.objectives,
    objectives.map((o) => o.achievement),
  );
  return { objectives, areas, findings };
}

/**
 * Sub-weights and achievements of the objective being scored, side by side, reused from one
 * objective to the next: arrays per objective are garbage the collector copies on a plan of
 * 100,000 objectives.
 */
class ObjectiveBuffers {
  subWeights = new Float64Array(16);
  achievements = new Float64Array(16);

  /** Room for `n` indicators. */
  fit(n: number): void {
    if (n <= this.subWeights.length) return;
    this.subWeights = new Float64Array(n * 2);
    this.achievements = new Float64Array(n * 2);
  }
}

function scoreObjective(
  objective: Objective,
  from: number,
  to: number,
  run: ScoringRun,
  buffers: ObjectiveBuffers,
  findings: Finding[],
): ObjectiveScore {
  const { measured, context } = run;
  const { params, indicators: all } = run.plan;
  const { members } = measured;
  const n = to - from;
  buffers.fit(n);
  const { subWeights, achievements } = buffers;
  for (let i = 0; i < n; i++) {
    const index = members[from + i];
    subWeights[i] = measured.givenSubWeights[index];
    achievements[i] = measured.achievements[index];
  }
  fillSubWeights(subWeights, n);

  const manual = objective.manualAchievement?.value;
  const isManual = manual !== undefined && Number.isFinite(manual);
  // A suspended objective is not scored from its indicators: paid only on an achievement typed
  // by the user (docs/engine-choices.md), never on a guess.
  const suspended = !isManual && objective.suspended !== undefined;
  const achievement = isManual
    ? clamp01(manual / 100)
    : suspended
      ? undefined
      : weightedAchievement(achievements, subWeights, n);
  if (suspended) findings.push(suspendedFinding(objective, context.locale));
  else if (!isManual) {
    for (let i = 0; i < n; i++) {
      const index = members[from + i];
      const issue = issueAt(measured, index);
      if (issue !== undefined)
        findings.push(indicatorIssueFinding(issue, objective, all[index], i + 1, context.locale));
    }
    if (n === 0) findings.push(noAchievementFinding(objective, context.locale));
  }
  // Indicator scores and cells are made when read (scoredObjective.ts).
  const source = isManual ? 'manual' : achievement === undefined ? 'none' : 'indicators';
  const result = new ScoredObjective(objective, source, run, from, to);
  if (objective.area !== undefined) result.area = objective.area;
  if (achievement !== undefined) {
    const soglia = applySoglia(achievement, objective.soglia?.value, params.sogliaPolicy);
    result.achievement = achievement;
    result.belowSoglia = soglia.belowSoglia;
    result.effective = soglia.belowSoglia ? 0 : applyPayoutCurve(soglia.value, params.payoutCurve);
  }
  return result;
}
