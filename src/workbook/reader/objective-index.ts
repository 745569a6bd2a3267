/**
 * Objectives as other tables refer to them: each gets a unique key when added, and is indexed by
 * id and by title (overall and per area), so that finding the objective a row means is a lookup,
 * not a scan of the whole plan.
 */
import type { Objective } from '../../domain/model';
import { normalizeLabel } from '../../domain/values';
import { areaKey } from './areas';
import type { ReadContext } from './context';

const inAreaKey = (key: string, areaKey: string): string => `${areaKey}\u0000${key}`;

/** Adds an objective to the list of its key and, when it is the first of its area, to the area index. */
function index(
  all: Map<string, Objective[]>,
  inArea: Map<string, Objective>,
  key: string,
  areaKey: string | undefined,
  o: Objective,
): void {
  const list = all.get(key);
  if (list) list.push(o);
  else all.set(key, [o]);
  if (areaKey === undefined) return;
  const k = inAreaKey(key, areaKey);
  if (!inArea.has(k)) inArea.set(k, o);
}

function uniqueKey(ctx: ReadContext, base: string): string {
  let key = base;
  for (let n = 2; ctx.keys.has(key); n += 1) key = `${base}~${n}`;
  ctx.keys.add(key);
  return key;
}

/** Adds an objective to the plan with a key of its own, and indexes it for `findObjective`. */
export function addObjective(ctx: ReadContext, o: Omit<Objective, 'key'>): Objective {
  const base = o.area ? `${o.area}#${o.id || normalizeLabel(o.title.value ?? '')}` : `#${o.id}`;
  const objective: Objective = { key: uniqueKey(ctx, base), ...o };
  ctx.objectives.push(objective);
  const area = objective.area === undefined ? undefined : areaKey(objective.area);
  index(ctx.byId, ctx.byIdInArea, normalizeLabel(objective.id), area, objective);
  index(ctx.byTitle, ctx.byTitleInArea, normalizeLabel(objective.title.value ?? ''), area, objective);
  return objective;
}

/**
 * Finds the objective a row of another table means: area and id, then id alone, then title.
 * The first match in plan order, through the indexes built by `addObjective`. A row with an
 * area never takes another area's objective: two areas may each have an objective 1T, or a
 * "Digitalizzazione archivio", of their own; only an objective or a row without an area is
 * matched across areas, and only when one objective has that id or title.
 */
export function findObjective(
  ctx: ReadContext,
  area: string | undefined,
  id: string,
  title: string,
): Objective | undefined {
  const rowArea = area ? areaKey(area) : undefined;
  const sameOrNoArea = (o: Objective | undefined): Objective | undefined =>
    o !== undefined && (rowArea === undefined || o.area === undefined || areaKey(o.area) === rowArea)
      ? o
      : undefined;
  if (id) {
    const key = normalizeLabel(id);
    const byId = ctx.byId.get(key) ?? [];
    const inArea = rowArea === undefined ? byId[0] : ctx.byIdInArea.get(inAreaKey(key, rowArea));
    if (inArea) return inArea;
    if (byId.length === 1 && sameOrNoArea(byId[0])) return byId[0];
  }
  if (title) {
    const key = normalizeLabel(title);
    const byTitle = ctx.byTitle.get(key) ?? [];
    const inArea = rowArea === undefined ? byTitle[0] : ctx.byTitleInArea.get(inAreaKey(key, rowArea));
    return inArea ?? (byTitle.length === 1 ? sameOrNoArea(byTitle[0]) : undefined);
  }
  return undefined;
}
