/**
 * Scoring (DOMAIN.md section 5): indicator achievement -> objective achievement -> soglia minima
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
 */
import type { Objective, Plan } from '../model';
import type { Finding } from '../findings';
import type { IndicatorScore, ObjectiveScore, Scores } from '../results';
import type { Locale } from '../../i18n';
import { groupByKey, type Groups } from '../grouping';
import { areaScores } from './area';
import { uniqueCells } from './cells';
import { ScoredIndicator, type ScoringContext } from './scored';
import { indicatorIssueFinding, noAchievementFinding } from './findings';
import type { IndicatorIssue } from './indicator';
import { measureIndicator, missesActual, needsManual, newMeasure } from './measure';
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
  const measured = measureAll(plan);
  const { groups } = measured;
  const findings: Finding[] = [];
  const context: ScoringContext = { params: plan.params, locale };
  const buffers = new ObjectiveBuffers();
  const objectives = new Array<ObjectiveScore>(plan.objectives.length);
  for (let p = 0; p < plan.objectives.length; p++) {
    const objective = plan.objectives[p];
    const g = groups.groupOf.get(objective.key);
    const from = g === undefined ? 0 : groups.start[g];
    const to = g === undefined ? 0 : groups.start[g + 1];
    objectives[p] = scoreObjective(objective, from, to, plan, measured, buffers, findings, context);
  }
  const areas = areaScores(
    plan.areas,
    plan.objectives,
    objectives.map((o) => o.achievement),
  );
  return { objectives, areas, findings };
}

/** Every indicator's numbers, by its position in the plan, and the indicators grouped by objective. */
interface MeasuredIndicators {
  groups: Groups;
  /** NaN: could not be computed (see `issues`). */
  achievements: Float64Array;
  /** As given; NaN when missing. */
  givenSubWeights: Float64Array;
  /** Position in ISSUES plus one; 0: none. */
  issues: Uint8Array;
}

const ISSUES: readonly IndicatorIssue[] = [
  'missingActual',
  'unreadableActual',
  'manualTarget',
  'unreadableTarget',
  'actualMismatch',
];

/**
 * One walk over the indicators measures each and groups them by objective: on a plan of
 * 500,000 indicators every walk over the objects costs more than the arithmetic done on them.
 */
function measureAll(plan: Plan): MeasuredIndicators {
  const count = plan.indicators.length;
  const achievements = new Float64Array(count);
  const givenSubWeights = new Float64Array(count);
  const issues = new Uint8Array(count);
  const { params } = plan;
  const measure = newMeasure();
  const groups = groupByKey(
    plan.indicators,
    (ind) => ind.objectiveKey,
    (ind, i) => {
      givenSubWeights[i] = ind.subWeight.value ?? Number.NaN;
      measureIndicator(ind, params, measure);
      achievements[i] = measure.achievement ?? Number.NaN;
      issues[i] = measure.issue === undefined ? 0 : ISSUES.indexOf(measure.issue) + 1;
    },
  );
  return { groups, achievements, givenSubWeights, issues };
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
  plan: Plan,
  measured: MeasuredIndicators,
  buffers: ObjectiveBuffers,
  findings: Finding[],
  context: ScoringContext,
): ObjectiveScore {
  const { params, indicators: all } = plan;
  const { members } = measured.groups;
  const n = to - from;
  buffers.fit(n);
  const { subWeights, achievements } = buffers;
  for (let i = 0; i < n; i++) {
    const index = members[from + i];
    subWeights[i] = measured.givenSubWeights[index];
    achievements[i] = measured.achievements[index];
  }
  fillSubWeights(subWeights, n);
  // Numbers and flags only: each score renders its explanation and cells when read.
  const indicators = new Array<IndicatorScore>(n);
  for (let i = 0; i < n; i++) {
    const index = members[from + i];
    const issue = issueAt(measured, index);
    const a = achievements[i];
    indicators[i] = new ScoredIndicator(
      index,
      objective.key, // the indicators' key: they were grouped by it
      subWeights[i],
      needsManual(issue),
      missesActual(issue),
      Number.isNaN(a) ? undefined : a,
      all[index],
      context,
    );
  }

  const manual = objective.manualAchievement?.value;
  const source = manual !== undefined && Number.isFinite(manual) ? 'manual' : undefined;
  const achievement =
    source === 'manual'
      ? clamp01((manual as number) / 100)
      : weightedAchievement(achievements, subWeights, n);
  if (source !== 'manual') {
    for (let i = 0; i < n; i++) {
      const index = members[from + i];
      const issue = issueAt(measured, index);
      if (issue !== undefined)
        findings.push(indicatorIssueFinding(issue, objective, all[index], i + 1, context.locale));
    }
    if (n === 0) findings.push(noAchievementFinding(objective, context.locale));
  }
  const result: ObjectiveScore = {
    key: objective.key,
    id: objective.id,
    title: objective.title.value ?? '',
    source: source ?? (achievement === undefined ? 'none' : 'indicators'),
    belowSoglia: false,
    indicators,
    cells: uniqueCells([
      objective.cell,
      source === 'manual' ? objective.manualAchievement?.cell : undefined,
      objective.soglia?.cell,
    ]),
  };
  if (objective.area !== undefined) result.area = objective.area;
  if (achievement !== undefined) {
    const soglia = applySoglia(achievement, objective.soglia?.value, params.sogliaPolicy);
    result.achievement = achievement;
    result.belowSoglia = soglia.belowSoglia;
    result.effective = soglia.belowSoglia ? 0 : applyPayoutCurve(soglia.value, params.payoutCurve);
  }
  return result;
}

function issueAt(measured: MeasuredIndicators, index: number): IndicatorIssue | undefined {
  const code = measured.issues[index];
  return code === 0 ? undefined : ISSUES[code - 1];
}
