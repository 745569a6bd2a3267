/**
 * Scoring-time findings (docs/domain.md section 7): data the distribution needs and cannot compute.
 * All are errors: the distribution is refused until the user fills them in.
 */
import type { Indicator, Objective } from '../model';
import { finding, type Finding, type MessageParams } from '../findings';
import { formatMessage, type Locale } from '../../i18n';
import { cellText } from '../cells';
import { rawText, type IndicatorIssue } from './indicator';

const CODES: Record<IndicatorIssue, string> = {
  missingActual: 'SCORE_MISSING_ACTUAL',
  unreadableActual: 'SCORE_UNREADABLE_ACTUAL',
  manualTarget: 'SCORE_NEEDS_MANUAL',
  unreadableTarget: 'SCORE_NEEDS_MANUAL',
  actualMismatch: 'SCORE_ACTUAL_MISMATCH',
};

/** The objective's facts every scoring message names: id, title and area. */
function objectiveParams(objective: Objective, locale: Locale): MessageParams {
  const area =
    objective.area ??
    (objective.areas !== undefined && objective.areas.length > 0
      ? objective.areas.join(', ')
      : formatMessage(locale, 'scoring.allAreas'));
  return { objective: objective.id, title: objective.title.value ?? '', area };
}

/**
 * The finding for an indicator whose achievement could not be computed. `position` is its
 * 1-based place among the objective's indicators, named when it has no description.
 */
export function indicatorIssueFinding(
  issue: IndicatorIssue,
  objective: Objective,
  ind: Indicator,
  position: number,
  locale: Locale = 'it',
): Finding {
  const params: MessageParams = {
    ...objectiveParams(objective, locale),
    indicator: ind.description.value?.trim() || String(position),
    target: rawText(ind.target),
    actual: rawText(ind.actual),
  };
  if (ind.target.value?.kind === 'manual' && params.target === '') params.target = ind.target.value.text;
  const cells =
    issue === 'manualTarget' || issue === 'unreadableTarget'
      ? [ind.target.cell ?? ind.cell, ind.manualAchievement?.cell]
      : issue === 'actualMismatch'
        ? [ind.actual.cell ?? ind.cell, ind.target.cell]
        : [ind.actual.cell ?? ind.cell];
  return finding(
    { code: CODES[issue], severity: 'error', params, cells, area: objective.area, objective: objective.key },
    locale,
  );
}

/** An objective with neither indicators nor a manual achievement: nothing to pay on. */
export function noAchievementFinding(objective: Objective, locale: Locale = 'it'): Finding {
  return finding(
    {
      code: 'SCORE_NO_ACHIEVEMENT',
      severity: 'error',
      params: objectiveParams(objective, locale),
      cells: [objective.cell, objective.manualAchievement?.cell],
      area: objective.area,
      objective: objective.key,
    },
    locale,
  );
}

/** A suspended objective with no achievement typed: the user decides what it is worth. */
export function suspendedFinding(objective: Objective, locale: Locale = 'it'): Finding {
  return finding(
    {
      code: 'SCORE_SUSPENDED',
      severity: 'error',
      params: { ...objectiveParams(objective, locale), cell: cellText(objective.suspended?.cell) },
      cells: [objective.suspended?.cell, objective.cell],
      area: objective.area,
      objective: objective.key,
    },
    locale,
  );
}
