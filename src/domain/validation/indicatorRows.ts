/**
 * One walk over the indicators serves the sub-weight check (indicators.ts), the date and target
 * checks (dates.ts) and the declared sub-weight totals (totals.ts). On 500,000 indicators each
 * walk costs 100-250 ms, nearly all of it reading fields spread over the heap; what the checks
 * then need is kept per row in typed arrays, and the few rows a date or target check may flag are
 * listed, so that a clean plan builds nothing per row.
 */
import type { Indicator, Plan } from '../model';
import { shared } from './shared';
import { RowGrouper, type RowGroups } from './positions';

/** Per-row bits of `IndicatorRows.flags`. */
export const SUB_WEIGHT_VALUE = 1;
export const SUB_WEIGHT_PROBLEM = 2;
/** A readable sub-weight below 0 (SUBWEIGHT_NEGATIVE). */
export const SUB_WEIGHT_NEGATIVE = 4;

export interface IndicatorRows {
  /** Indicators grouped by objective key. */
  groups: RowGroups;
  flags: Uint8Array;
  /** The sub-weight of each row that has one (see SUB_WEIGHT_VALUE), else 0. */
  subWeight: Float64Array;
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
  const dateRows: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const indicator = rows[i];
    grouper.add(i, indicator.objectiveKey);
    const { value, problem } = indicator.subWeight;
    let f = 0;
    if (value !== undefined) {
      f = SUB_WEIGHT_VALUE;
      subWeight[i] = value;
    }
    if (problem !== undefined) f |= SUB_WEIGHT_PROBLEM;
    else if (value !== undefined && value < 0) f |= SUB_WEIGHT_NEGATIVE;
    flags[i] = f;
    if (mayHaveDateFinding(indicator)) dateRows.push(i);
  }
  return { groups: grouper.finish(), flags, subWeight, dateRows };
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
