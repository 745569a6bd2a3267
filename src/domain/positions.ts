/**
 * Where each objective key sits in the plan: the position of the first objective with it.
 * Validation, scoring and distribution all find objectives by key; on the largest plan a map of
 * 100,000 keys costs about 100 ms to build (hashing the keys, growing the table) and each phase
 * built its own. The map is kept per objectives array and handed out again while the keys are
 * the same: before reuse they are compared with the ones it was built from, one by one (the same
 * string, or equal text), a walk that costs a tenth of a build. A plan changed in place between
 * two calls therefore gets a new map; a new plan (a new array) always does.
 */
import type { Objective } from './model';

export interface KeyPositions {
  /** Position of the first objective with each key: what `find` by key gives. */
  readonly firstAt: ReadonlyMap<string, number>;
  /** Some key is on more than one objective (rare, and an error the checks report). */
  readonly repeated: boolean;
}

interface Built {
  keys: string[];
  positions: KeyPositions;
}

const built = new WeakMap<readonly Objective[], Built>();

export function keyPositions(objectives: readonly Objective[]): KeyPositions {
  const kept = built.get(objectives);
  if (kept !== undefined && sameKeys(kept.keys, objectives)) return kept.positions;
  const fresh = build(objectives);
  built.set(objectives, fresh);
  return fresh.positions;
}

function sameKeys(keys: readonly string[], objectives: readonly Objective[]): boolean {
  if (keys.length !== objectives.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== objectives[i].key) return false;
  return true;
}

function build(objectives: readonly Objective[]): Built {
  const n = objectives.length;
  const keys = new Array<string>(n);
  const firstAt = new Map<string, number>();
  // From the last to the first, so that each key ends on its first position: one map
  // operation per objective.
  for (let i = n - 1; i >= 0; i--) {
    const key = objectives[i].key;
    keys[i] = key;
    firstAt.set(key, i);
  }
  return { keys, positions: { firstAt, repeated: firstAt.size < n } };
}
