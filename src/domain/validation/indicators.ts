/**
 * Indicator sub-weights inside an objective (docs/domain.md section 7, item 5).
 *
 * No sub-weight on any indicator of an objective: equal sub-weights, nothing to check. Some
 * given and some not: an error (SUBWEIGHTS_PARTIAL), since "equal for the others" would be a
 * guess. All given: they must add up to 100.
 */
import type { Objective, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { cellText, fieldCell, objectiveWhere, rawText, round2, sameNumber, signed } from './common';
import { objectivePositions } from '../rows/objectivePositions';
import {
  SUB_WEIGHT_NEGATIVE,
  SUB_WEIGHT_PROBLEM,
  SUB_WEIGHT_VALUE,
  indicatorRows,
} from '../rows/indicatorRows';

export interface ObjectiveLabel {
  objective: string;
  where: string;
  area?: string;
}

/** The objective's users' id and where it sits, for messages; falls back on the key. */
export function objectiveLabel(plan: Plan, key: string): ObjectiveLabel {
  const at = objectivePositions(plan).firstAt.get(key);
  return labelOf(at === undefined ? undefined : plan.objectives[at], key);
}

function labelOf(o: Objective | undefined, key: string): ObjectiveLabel {
  if (o === undefined) return { objective: key, where: key };
  return { objective: o.id, where: objectiveWhere(o), area: o.area };
}

/** What a finding about an objective carries: its `area` and `objective` fields, and its label. */
export interface FindingLabel {
  base: { area?: string; objective: string };
  label: { objective: string; where: string };
}

/**
 * How a finding names the objective at `position` (-1: no objective has `key`, the key names
 * it). Call it only when there is a finding: labelling every row of a large plan costs more
 * than the checks themselves.
 */
export function findingLabelAt(plan: Plan, position: number, key: string): FindingLabel {
  const { area, ...label } = labelOf(position < 0 ? undefined : plan.objectives[position], key);
  return { base: { area, objective: label.objective }, label };
}

/**
 * Sub-weights are added per objective in one pass over the rows' typed arrays (the walk over
 * the indicators themselves is shared, see indicatorRows.ts); the objectives' lists of
 * indicators are read only for a finding.
 */
export function checkIndicators(plan: Plan): Finding[] {
  const { groups, flags, subWeight } = indicatorRows(plan);
  const { count, groupOf, start, members } = groups;
  const given = new Int32Array(count);
  const missing = new Int32Array(count);
  const flagged = new Uint8Array(count); // some row has an unreadable or negative sub-weight
  const total = new Float64Array(count); // the same additions, in the same order, as sum(values)
  // Local copies: an imported binding may be read through a getter on every row.
  const VALUE = SUB_WEIGHT_VALUE;
  const UNREADABLE = SUB_WEIGHT_PROBLEM;
  const NEGATIVE = SUB_WEIGHT_NEGATIVE;
  for (let i = 0; i < flags.length; i++) {
    const g = groupOf[i];
    const f = flags[i];
    if (f & VALUE) {
      given[g]++;
      total[g] += subWeight[i];
    } else if (!(f & UNREADABLE)) missing[g]++;
    if (f & (UNREADABLE | NEGATIVE)) flagged[g] = 1;
  }
  const out: Finding[] = [];
  for (let g = 0; g < count; g++) {
    if (flagged[g] === 0 && (given[g] === 0 || (missing[g] === 0 && sameNumber(round2(total[g]), 100)))) {
      continue;
    }
    const rows = members.subarray(start[g], start[g + 1]);
    groupFindings(plan, groups.objectiveOf[g], groups.keyOf[g], rows, given[g], missing[g], total[g], out);
  }
  return out;
}

/** The findings of one objective's indicators: per row first, then about the whole. */
function groupFindings(
  plan: Plan,
  objective: number,
  key: string,
  rows: Int32Array,
  given: number,
  missing: number,
  total: number,
  out: Finding[],
): void {
  const { base, label } = findingLabelAt(plan, objective, key);
  const cellOf = (at: number) => fieldCell(plan.indicators[at].subWeight, plan.indicators[at].cell);
  let complete = true;
  for (const at of rows) {
    const field = plan.indicators[at].subWeight;
    if (field.problem !== undefined) {
      complete = false;
      const cell = cellOf(at);
      out.push(
        finding({
          ...base,
          code: 'SUBWEIGHT_NOT_NUMBER',
          severity: 'error',
          params: { ...label, text: rawText(field.raw), cell: cellText(cell) },
          cells: [cell],
        }),
      );
    } else if (field.value !== undefined && field.value < 0) {
      const cell = cellOf(at);
      out.push(
        finding({
          ...base,
          code: 'SUBWEIGHT_NEGATIVE',
          severity: 'error',
          params: { ...label, value: field.value, cell: cellText(cell) },
          cells: [cell],
        }),
      );
    }
  }
  if (given === 0 || !complete) return;
  if (missing > 0) {
    const missingRows = rows.filter((at) => isMissingAt(plan, at));
    out.push(
      finding({
        ...base,
        code: 'SUBWEIGHTS_PARTIAL',
        severity: 'error',
        params: { ...label, missing: missingRows.length, count: rows.length },
        cells: Array.from(missingRows, cellOf),
      }),
    );
    return;
  }
  const rounded = round2(total);
  if (sameNumber(rounded, 100)) return;
  const givenRows = rows.filter((at) => plan.indicators[at].subWeight.value !== undefined);
  out.push(
    finding({
      ...base,
      code: 'SUBWEIGHTS_SUM',
      severity: 'error',
      params: { ...label, sum: rounded, diff: signed(rounded - 100) },
      cells: Array.from(givenRows, cellOf),
    }),
  );
}

function isMissingAt(plan: Plan, at: number): boolean {
  const field = plan.indicators[at].subWeight;
  return field.value === undefined && field.problem === undefined;
}
