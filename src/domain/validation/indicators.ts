/**
 * Indicator sub-weights inside an objective (DOMAIN.md section 7, fifth bullet).
 *
 * No sub-weight on any indicator of an objective: equal sub-weights, nothing to check. Some
 * given and some not: an error (SUBWEIGHTS_PARTIAL), since "equal for the others" would be a
 * guess. All given: they must add up to 100.
 */
import type { Indicator, Objective, Plan } from '../model';
import { finding, type Finding } from '../findings';
import {
  cellText,
  fieldCell,
  isMissing,
  objectiveWhere,
  rawText,
  round2,
  sameNumber,
  signed,
} from './common';
import { firstByKey, groupByKey } from '../grouping';
import { shared } from './shared';

export interface ObjectiveLabel {
  objective: string;
  where: string;
  area?: string;
}

/** The objective's users' id and where it sits, for messages; falls back on the key. */
export function objectiveLabel(plan: Plan, key: string): ObjectiveLabel {
  return labelOf(
    plan.objectives.find((x) => x.key === key),
    key,
  );
}

function labelOf(o: Objective | undefined, key: string): ObjectiveLabel {
  if (o === undefined) return { objective: key, where: key };
  return { objective: o.id, where: objectiveWhere(o), area: o.area };
}

/**
 * `objectiveLabel` for many keys: the objectives are indexed once (the first one with a key
 * wins, as `find` would), so labelling every indicator or assignment stays linear in the plan.
 */
export function objectiveLabeller(plan: Plan): (key: string) => ObjectiveLabel {
  const byKey = objectivesByKey(plan);
  return (key) => labelOf(byKey.get(key), key);
}

/** What a finding about an objective carries: its `area` and `objective` fields, and its label. */
export interface FindingLabel {
  base: { area?: string; objective: string };
  label: { objective: string; where: string };
}

/**
 * `objectiveLabeller` shaped for findings. Call it only when there is a finding: a clean plan
 * has none, and labelling every row of a large plan costs more than the checks themselves.
 */
export function findingLabeller(plan: Plan): (key: string) => FindingLabel {
  const labelFor = objectiveLabeller(plan);
  return (key) => {
    const { area, ...label } = labelFor(key);
    return { base: { area, objective: label.objective }, label };
  };
}

/** The first objective with each key, shared by the checks of one validation run. */
export function objectivesByKey(plan: Plan): ReadonlyMap<string, Objective> {
  return shared(plan, 'objectivesByKey', () => firstByKey(plan.objectives, (o) => o.key));
}

export function checkIndicators(plan: Plan): Finding[] {
  const { groupOf, start, members } = groupByKey(plan.indicators, (i) => i.objectiveKey);
  const out: Finding[] = [];
  const labelled = findingLabeller(plan);
  for (const [key, g] of groupOf) {
    const indicators: Indicator[] = [];
    for (let k = start[g]; k < start[g + 1]; k++) indicators.push(plan.indicators[members[k]]);
    let complete = true;
    let given = 0;
    let missing = 0;
    let total = 0;
    for (const i of indicators) {
      const v = i.subWeight.value;
      if (i.subWeight.problem !== undefined) {
        complete = false;
        const { base, label } = labelled(key);
        const cell = fieldCell(i.subWeight, i.cell);
        out.push(
          finding({
            ...base,
            code: 'SUBWEIGHT_NOT_NUMBER',
            severity: 'error',
            params: { ...label, text: rawText(i.subWeight.raw), cell: cellText(cell) },
            cells: [cell],
          }),
        );
      } else if (v !== undefined && v < 0) {
        const { base, label } = labelled(key);
        const cell = fieldCell(i.subWeight, i.cell);
        out.push(
          finding({
            ...base,
            code: 'SUBWEIGHT_NEGATIVE',
            severity: 'error',
            params: { ...label, value: v, cell: cellText(cell) },
            cells: [cell],
          }),
        );
      }
      if (v !== undefined) {
        given++;
        total += v; // the same additions, in the same order, as sum(given values)
      } else if (i.subWeight.problem === undefined) {
        missing++;
      }
    }
    if (given === 0 || !complete) continue;
    if (missing > 0) {
      const { base, label } = labelled(key);
      const missingList = indicators.filter((i) => isMissing(i.subWeight));
      out.push(
        finding({
          ...base,
          code: 'SUBWEIGHTS_PARTIAL',
          severity: 'error',
          params: { ...label, missing: missingList.length, count: indicators.length },
          cells: missingList.map((i) => fieldCell(i.subWeight, i.cell)),
        }),
      );
      continue;
    }
    const rounded = round2(total);
    if (sameNumber(rounded, 100)) continue;
    const { base, label } = labelled(key);
    const givenList = indicators.filter((i) => i.subWeight.value !== undefined);
    out.push(
      finding({
        ...base,
        code: 'SUBWEIGHTS_SUM',
        severity: 'error',
        params: { ...label, sum: rounded, diff: signed(rounded - 100) },
        cells: givenList.map((i) => fieldCell(i.subWeight, i.cell)),
      }),
    );
  }
  return out;
}
