/**
 * Objectives of an area that carry no weight at all: real plans list each sector's objectives
 * with no weight column, meaning they count the same. A finance officer reads them so; Premia
 * does too, and says it (WEIGHTS_EQUAL_ASSUMED, a warning at the area's first objective), so
 * that a plan where the weights were forgotten is not paid on a guess unseen. The only
 * objective of an area weighs 100, and that is no guess: not said. An area where
 * some objective has a weight cell, even blank or unreadable, keeps the weight checks: there
 * the plan meant weights and one is missing (docs/engine-choices.md).
 */
import type { Objective } from '../../domain/model';
import { finding } from '../../domain/findings';
import { cellText } from '../../domain/cells';
import { areaKey } from './areas';
import type { ReadContext } from './context';

/** Objectives weighed inside their area (validation/weights.ts): area and transversal, not projects. */
function weighed(o: Objective): boolean {
  return o.area !== undefined && !o.project && (o.scope === 'area' || o.scope === 'transversal');
}

function noWeight(o: Objective): boolean {
  const w = o.weight;
  return w.value === undefined && w.problem === undefined && w.cell === undefined && w.raw === undefined;
}

/** True when the parameters split every pool by coefficient: weights are not used at all. */
export function coefficientOnly(ctx: ReadContext): boolean {
  const methods = ctx.params.pools.map((p) => p.method);
  if (ctx.params.defaultMethod !== undefined) methods.push(ctx.params.defaultMethod);
  return methods.length > 0 && methods.every((m) => m === 'coefficient');
}

/** The objectives weighed inside their area, grouped by area key, in plan order. */
export function weighedByArea(ctx: ReadContext): Map<string, Objective[]> {
  const byArea = new Map<string, Objective[]>();
  for (const o of ctx.objectives) {
    if (!weighed(o)) continue;
    const key = areaKey(o.area as string);
    const list = byArea.get(key);
    if (list) list.push(o);
    else byArea.set(key, [o]);
  }
  return byArea;
}

export function assumeEqualWeights(ctx: ReadContext): void {
  if (coefficientOnly(ctx)) return;
  for (const objectives of weighedByArea(ctx).values()) {
    if (!objectives.every(noWeight)) continue;
    const weight = 100 / objectives.length;
    for (const o of objectives) o.weight = { value: weight };
    // The only objective of its area weighs 100: a certainty, not a guess to warn about.
    if (objectives.length === 1) continue;
    const first = objectives[0];
    const cell = first.cell;
    ctx.findings.push(
      finding({
        code: 'WEIGHTS_EQUAL_ASSUMED',
        severity: 'warning',
        params: {
          cell: cellText(cell),
          area: first.area ?? '',
          count: objectives.length,
          weight: Math.round(weight * 100) / 100,
        },
        cells: objectives.map((o) => o.cell),
        area: first.area,
      }),
    );
  }
}
