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
  sum,
} from './common';

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
  const byKey = new Map<string, Objective>();
  for (const o of plan.objectives) if (!byKey.has(o.key)) byKey.set(o.key, o);
  return (key) => labelOf(byKey.get(key), key);
}

export function checkIndicators(plan: Plan): Finding[] {
  const byObjective = new Map<string, Indicator[]>();
  for (const i of plan.indicators) {
    const list = byObjective.get(i.objectiveKey) ?? [];
    list.push(i);
    byObjective.set(i.objectiveKey, list);
  }
  const out: Finding[] = [];
  const labelFor = objectiveLabeller(plan);
  for (const [key, indicators] of byObjective) {
    const { area, ...label } = labelFor(key);
    const base = { area, objective: label.objective };
    let complete = true;
    for (const i of indicators) {
      const cell = fieldCell(i.subWeight, i.cell);
      if (i.subWeight.problem !== undefined) {
        complete = false;
        out.push(
          finding({
            ...base,
            code: 'SUBWEIGHT_NOT_NUMBER',
            severity: 'error',
            params: { ...label, text: rawText(i.subWeight.raw), cell: cellText(cell) },
            cells: [cell],
          }),
        );
      } else if (i.subWeight.value !== undefined && i.subWeight.value < 0) {
        out.push(
          finding({
            ...base,
            code: 'SUBWEIGHT_NEGATIVE',
            severity: 'error',
            params: { ...label, value: i.subWeight.value, cell: cellText(cell) },
            cells: [cell],
          }),
        );
      }
    }
    const given = indicators.filter((i) => i.subWeight.value !== undefined);
    if (given.length === 0 || !complete) continue;
    const missing = indicators.filter((i) => isMissing(i.subWeight));
    if (missing.length > 0) {
      out.push(
        finding({
          ...base,
          code: 'SUBWEIGHTS_PARTIAL',
          severity: 'error',
          params: { ...label, missing: missing.length, count: indicators.length },
          cells: missing.map((i) => fieldCell(i.subWeight, i.cell)),
        }),
      );
      continue;
    }
    const total = round2(sum(given.map((i) => i.subWeight.value as number)));
    if (sameNumber(total, 100)) continue;
    out.push(
      finding({
        ...base,
        code: 'SUBWEIGHTS_SUM',
        severity: 'error',
        params: { ...label, sum: total, diff: signed(total - 100) },
        cells: given.map((i) => fieldCell(i.subWeight, i.cell)),
      }),
    );
  }
  return out;
}
