/**
 * One walk over the indicators serves validation (the sub-weight check of indicators.ts, the
 * date and target checks of dates.ts, the declared sub-weight totals of totals.ts) and scoring
 * (each indicator's achievement, measured on the way). On 500,000 indicators each walk costs
 * 100-250 ms, nearly all of it reading fields spread over the heap; what the phases then need is
 * kept per row in typed arrays, and the few rows a date or target check may flag are listed, so
 * that a clean plan builds nothing per row. Within one engine run (engineRun.ts) the phases share
 * the walk.
 */
import type { Indicator, Plan } from '../model';
import { ISSUES, measureIndicator, newMeasure } from '../scoring/measure';
import { shared } from '../engineRun';
import { RowGrouper, type RowGroups } from './objectivePositions';

/** Per-row bits of `IndicatorRows.flags`. */
export const SUB_WEIGHT_VALUE = 1;
export const SUB_WEIGHT_PROBLEM = 2;
/** A readable sub-weight below 0 (SUBWEIGHT_NEGATIVE). */
export const SUB_WEIGHT_NEGATIVE = 4;

export interface IndicatorRows {
  /** Indicators grouped by objective key. */
  groups: RowGroups;
  flags: Uint8Array;
  /** The sub-weight of each row that has one (see SUB_WEIGHT_VALUE), else NaN. */
  subWeight: Float64Array;
  /** Each row's achievement as scoring measures it (scoring/measure.ts), 0..1; NaN: see `issue`. */
  achievement: Float64Array;
  /** Why a row has no achievement: position in scoring's ISSUES plus one; 0: none. */
  issue: Uint8Array;
  /** Rows with a date, target or typed-achievement problem, in plan order. */
  dateRows: number[];
}

export function indicatorRows(plan: Plan): IndicatorRows {
  return shared(plan, 'indicatorRows', () => walkIndicators(plan));
}

function walkIndicators(plan: Plan): IndicatorRows {
  const rows = plan.indicators;
  const grouper = new RowGrouper(plan, rows.length);
  const flags = new Uint8Array(rows.length);
  const subWeight = new Float64Array(rows.length);
  const achievement = new Float64Array(rows.length);
  const issue = new Uint8Array(rows.length);
  const dateRows: number[] = [];
  const { params } = plan;
  const measure = newMeasure();
  for (let i = 0; i < rows.length; i++) {
    const indicator = rows[i];
    grouper.add(i, indicator.objectiveKey);
    const { value, problem } = indicator.subWeight;
    let f = 0;
    subWeight[i] = value ?? Number.NaN;
    if (value !== undefined) f = SUB_WEIGHT_VALUE;
    if (problem !== undefined) f |= SUB_WEIGHT_PROBLEM;
    else if (value !== undefined && value < 0) f |= SUB_WEIGHT_NEGATIVE;
    flags[i] = f;
    if (mayHaveDateFinding(indicator)) dateRows.push(i);
    measureIndicator(indicator, params, measure);
    achievement[i] = measure.achievement ?? Number.NaN;
    issue[i] = measure.issue === undefined ? 0 : ISSUES.indexOf(measure.issue) + 1;
  }
  return { groups: grouper.finish(), flags, subWeight, achievement, issue, dateRows };
}

/** True for every row checkDatesAndTargets flags (a superset is fine: it checks again). */
function mayHaveDateFinding(i: Indicator): boolean {
  const manual = i.manualAchievement;
  return (
    i.target.problem !== undefined ||
    i.actual.problem !== undefined ||
    i.deadline?.problem !== undefined ||
    i.completion?.problem !== undefined ||
    (manual !== undefined &&
      (manual.problem !== undefined ||
        (manual.value !== undefined && (manual.value < 0 || manual.value > 100 + 1e-9))))
  );
}
