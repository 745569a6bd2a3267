/**
 * Area score (docs/domain.md section 5): sum(weight x achievement) / sum(weights) over the area's
 * objectives.
 *
 * Choices: the raw achievement is used (before soglia and payout curve): the area score says how
 * far the unit got, the effective value says what is paid. Only objectives with a defined
 * achievement and a numeric weight >= 0 count; the others are listed in `excluded` so a partial
 * score is never silent. An objective belongs to `Objective.area` only: general objectives and
 * intersectoral ones without an area have no weight inside an area. Areas come from plan.areas
 * in order, then areas named only by objectives, in order of appearance.
 */
import type { Area, Objective } from '../model';
import type { AreaScore } from '../results';

export function areaScores(
  areas: readonly Area[],
  objectives: readonly Objective[],
  achievements: readonly (number | undefined)[],
): AreaScore[] {
  // Objectives indexed by area once: scanning every objective for every area is quadratic.
  const byArea = new Map<string, number[]>();
  const add = (name: string | undefined): number[] | undefined => {
    if (name === undefined) return undefined;
    let list = byArea.get(name);
    if (list === undefined) {
      list = [];
      byArea.set(name, list);
    }
    return list;
  };
  areas.forEach((a) => add(a.name));
  objectives.forEach((o, i) => add(o.area)?.push(i));

  return [...byArea].map(([name, indexes]) => {
    let weighted = 0;
    let weightSum = 0;
    const counted: string[] = [];
    const excluded: string[] = [];
    for (const i of indexes) {
      const o = objectives[i];
      const w = o.weight.value;
      const a = achievements[i];
      if (w === undefined || !Number.isFinite(w) || w < 0 || a === undefined) {
        excluded.push(o.key);
        continue;
      }
      weighted += w * a;
      weightSum += w;
      counted.push(o.key);
    }
    const result: AreaScore = { area: name, weightSum, objectives: counted };
    if (weightSum > 0) result.score = weighted / weightSum;
    if (excluded.length > 0) result.excluded = excluded;
    return result;
  });
}
