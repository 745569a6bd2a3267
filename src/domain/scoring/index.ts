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
import type { Indicator, Objective, Plan } from '../model';
import type { Finding } from '../findings';
import type { IndicatorScore, ObjectiveScore, Scores } from '../results';
import type { Locale } from '../../i18n';
import { groupByKey, membersOf } from '../grouping';
import { areaScores } from './area';
import { uniqueCells } from './cells';
import { ScoredIndicator, type ScoringContext } from './scored';
import { indicatorIssueFinding, noAchievementFinding } from './findings';
import { indicatorOutcome } from './indicator';
import { objectiveAchievement } from './objective';
import { applyPayoutCurve } from './payoutCurve';
import { applySoglia } from './soglia';
import { resolveSubWeights } from './subWeights';

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
  // Positions of each objective's indicators, in plan order.
  const groups = groupByKey(plan.indicators, (ind) => ind.objectiveKey);

  const findings: Finding[] = [];
  const context: ScoringContext = { params: plan.params, locale };
  const objectives = plan.objectives.map((objective) =>
    scoreObjective(objective, membersOf(groups, objective.key), plan, findings, context),
  );
  const areas = areaScores(
    plan.areas,
    plan.objectives,
    objectives.map((o) => o.achievement),
  );
  return { objectives, areas, findings };
}

function scoreObjective(
  objective: Objective,
  indices: ArrayLike<number>,
  plan: Plan,
  findings: Finding[],
  context: ScoringContext,
): ObjectiveScore {
  const { params } = plan;
  const { locale } = context;
  const entries: Indicator[] = Array.from(indices, (i) => plan.indicators[i]);
  const subWeights = resolveSubWeights(entries.map((ind) => ind.subWeight.value));
  // Numbers and flags only: each score renders its explanation and cells when read.
  const results = entries.map((ind) => indicatorOutcome(ind, params));
  const indicators: IndicatorScore[] = entries.map((ind, i) => {
    const r = results[i];
    return new ScoredIndicator(
      indices[i],
      ind.objectiveKey,
      subWeights[i],
      r.needsManual,
      r.missingActual,
      r.achievement,
      ind,
      context,
    );
  });

  const { achievement, source } = objectiveAchievement(objective, indicators);
  if (source !== 'manual') {
    results.forEach((r, i) => {
      if (r.issue !== undefined)
        findings.push(indicatorIssueFinding(r.issue, objective, entries[i], i + 1, locale));
    });
    if (entries.length === 0) findings.push(noAchievementFinding(objective, locale));
  }

  const result: ObjectiveScore = {
    key: objective.key,
    id: objective.id,
    title: objective.title.value ?? '',
    source,
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
