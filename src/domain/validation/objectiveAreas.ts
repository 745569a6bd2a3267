/**
 * One walk over the objectives serves the checks that look at them area by area: weights,
 * payment times and relevance (objectives weighed in each area, and a summary of each area's
 * weights) and the duplicate-id check (every objective's area and id). On 100,000 objectives each walk costs 20-30 ms, nearly all
 * of it reading objects spread over the heap; four walks became one.
 */
import type { Objective, Plan } from '../model';
import { shared } from '../engineRun';

/** "\u0000" cannot be an area name: it keeps area-less objectives in a group of their own. */
export const NO_AREA = '\u0000';

/** Every objective grouped by area: group g holds `members[start[g] .. start[g + 1])`, in plan order. */
export interface AreaGroups {
  /** Per group, in order of first appearance: the area, NO_AREA for objectives with none. */
  names: readonly string[];
  start: Int32Array;
  members: Int32Array;
}

export interface ObjectiveAreas {
  /** Every objective's id as ids are compared (idKey), by position. */
  ids: readonly string[];
  /** True when an area or a compared id holds "\u0001" (see objectives.ts). */
  separatorInKeys: boolean;
  areas: AreaGroups;
  /** Objectives weighed inside an area, by area, in plan order: `objectivesByArea` (common.ts). */
  weighed: ReadonlyMap<string, readonly Objective[]>;
  /** What the weight check needs of each area of `weighed`, in its order. */
  weights: AreaWeights;
}

/**
 * Per area: most areas have every weight read and within 0..100, adding up to 100, so the
 * weight check reads their objectives again only when this says something may be wrong.
 */
export interface AreaWeights {
  /** Some objective has a weight cell, read or not (not `isMissing`). */
  present: Uint8Array;
  /** Every weight is read, with no problem, within 0..100. */
  clean: Uint8Array;
  /** The weights added in plan order (meaningful when clean). */
  sum: Float64Array;
}

export function objectiveAreas(plan: Plan): ObjectiveAreas {
  return shared(plan, 'objectiveAreas', () => walkObjectives(plan.objectives));
}

/** Ids are compared trimmed and case-insensitive ("1t" is "1T"). */
export function idKey(id: string): string {
  return isPlainId(id) ? id : id.trim().toUpperCase();
}

/**
 * Printable ASCII with no lower-case letter: trim and toUpperCase would give the same text.
 * Nearly every id ("1", "12", "P3") is one, and the copies they make cost as much as the check.
 */
function isPlainId(id: string): boolean {
  for (let k = 0; k < id.length; k++) {
    const c = id.charCodeAt(k);
    if (c <= 0x20 || c > 0x7e || (c >= 0x61 && c <= 0x7a)) return false;
  }
  return true;
}

/**
 * An area's objectives usually come together: an objective in the previous one's area reuses
 * its group without a map lookup.
 */
export function walkObjectives(objectives: readonly Objective[]): ObjectiveAreas {
  const n = objectives.length;
  const ids = new Array<string>(n);
  const groupOf = new Int32Array(n);
  const groupOfArea = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  /** Per group, its list of weighed objectives (the same array as in `weighed`), once it has one. */
  const weighedOf: (Objective[] | undefined)[] = [];
  const weighed = new Map<string, Objective[]>();
  const weightsAt: number[] = []; // per group, its position in `weighed` (-1 until it has one)
  const present: number[] = [];
  const clean: number[] = [];
  const sum: number[] = [];
  let separatorInKeys = false;
  let previousArea: string | undefined;
  let g = -1;
  for (let i = 0; i < n; i++) {
    const o = objectives[i];
    const id = o.id;
    if (isPlainId(id))
      ids[i] = id; // plain ids cannot hold "\u0001"
    else {
      const key = (ids[i] = id.trim().toUpperCase());
      if (key.includes('\u0001')) separatorInKeys = true;
    }
    const area = o.area ?? NO_AREA;
    if (area !== previousArea) {
      previousArea = area;
      const found = groupOfArea.get(area);
      if (found !== undefined) g = found;
      else {
        g = names.length;
        groupOfArea.set(area, g);
        names.push(area);
        counts.push(0);
        weighedOf.push(undefined);
        weightsAt.push(-1);
        if (area.includes('\u0001')) separatorInKeys = true;
      }
    }
    groupOf[i] = g;
    counts[g]++;
    if (o.area !== undefined && (o.scope === 'area' || o.scope === 'transversal')) {
      let list = weighedOf[g];
      if (list === undefined) {
        weighed.set(o.area, (list = weighedOf[g] = []));
        weightsAt[g] = present.length;
        present.push(0);
        clean.push(1);
        sum.push(0);
      }
      list.push(o);
      const w = weightsAt[g];
      const { value, problem } = o.weight ?? {};
      if (value !== undefined || problem !== undefined) present[w] = 1;
      if (problem === undefined && value !== undefined && value >= 0 && value <= 100 + 1e-9) sum[w] += value;
      else clean[w] = 0;
    }
  }
  const start = new Int32Array(names.length + 1);
  for (let k = 0; k < names.length; k++) start[k + 1] = start[k] + counts[k];
  const next = start.slice(0, names.length);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[next[groupOf[i]]++] = i;
  const weights = {
    present: Uint8Array.from(present),
    clean: Uint8Array.from(clean),
    sum: Float64Array.from(sum),
  };
  return { ids, separatorInKeys, areas: { names, start, members }, weighed, weights };
}
