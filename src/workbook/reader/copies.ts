/**
 * Objectives of every area made one per area: the plan's areas to copy into, and the copies
 * taking the original's place, with its indicators and people, in the plan and in the indexes.
 * One mechanism for both spreads: objective tables' "Tutte le aree" rows (all-areas.ts) and
 * transversal cards and blocks read without an area (unweighted.ts).
 */
import type { Objective } from '../../domain/model';
import { normalizeLabel } from '../../domain/values';
import { areaKey, meansAllAreas } from './areas';
import type { ReadContext } from './context';
import { addObjective } from './objective-index';

export interface PlanAreas {
  /** The areas of the plan's objectives, as first written, in plan order. */
  names: string[];
  /** The ids each area's objectives have, normalised, by area key. */
  ids: Map<string, Set<string>>;
}

/** The areas of the plan's objectives: not projects, not "every area", not those `skip` says. */
export function planAreas(ctx: ReadContext, skip: (o: Objective) => boolean = () => false): PlanAreas {
  const names: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const o of ctx.objectives) {
    if (o.area === undefined || o.project || meansAllAreas(o.area) || skip(o)) continue;
    const k = areaKey(o.area);
    let set = ids.get(k);
    if (!set) {
      set = new Set();
      ids.set(k, set);
      names.push(o.area);
    }
    set.add(normalizeLabel(o.id));
  }
  return { names, ids };
}

function unindex(list: Map<string, Objective[]>, key: string, o: Objective): void {
  const found = list.get(key);
  if (!found) return;
  const rest = found.filter((x) => x !== o);
  if (rest.length > 0) list.set(key, rest);
  else list.delete(key);
}

/**
 * Each objective of `replaced` leaves the plan and its indexes; its copies (the records given)
 * join, and its indicators and assignments go to every copy, in their places. Returns the copies
 * by the original's key.
 */
export function replaceWithCopies(
  ctx: ReadContext,
  replaced: ReadonlyMap<Objective, readonly Omit<Objective, 'key'>[]>,
): Map<string, Objective[]> {
  const copies = new Map<string, Objective[]>();
  for (const [o, records] of replaced) {
    copies.set(
      o.key,
      records.map((r) => addObjective(ctx, r)),
    );
    unindex(ctx.byId, normalizeLabel(o.id), o);
    unindex(ctx.byTitle, normalizeLabel(o.title.value ?? ''), o);
    ctx.unweighted.delete(o.key);
  }
  const kept = ctx.objectives.filter((o) => !copies.has(o.key));
  ctx.objectives.length = 0;
  ctx.objectives.push(...kept);
  const indicators = ctx.indicators.flatMap((ind) =>
    (copies.get(ind.objectiveKey) ?? [undefined]).map((c) => (c ? { ...ind, objectiveKey: c.key } : ind)),
  );
  ctx.indicators.length = 0;
  ctx.indicators.push(...indicators);
  ctx.assignments = ctx.assignments.flatMap((a) =>
    (copies.get(a.objectiveKey) ?? [undefined]).map((c) => (c ? { ...a, objectiveKey: c.key } : a)),
  );
  return copies;
}
