/**
 * Where the plan's rows sit, by objective key, as positions in typed arrays: the objective of a
 * key, the indicators or assignments of an objective. Several checks need them; on a plan of
 * 100,000 objectives, 500,000 indicators and 200,000 assignments a map (or an array per
 * objective) built by each check cost more than the checks themselves, much of it the collector
 * copying 100,000 small arrays. One map of objective keys is built per validation run (see
 * shared.ts); rows are grouped by looking their key up there, once per run of equal keys (an
 * objective's rows usually come together).
 */
import type { Objective, Plan } from '../model';
import { membersByGroup } from '../grouping';
import { keyPositions } from '../positions';
import { shared } from '../engineRun';

export interface ObjectivePositions {
  /** Position of the first objective with each key: what `find` by key gives. */
  firstAt: ReadonlyMap<string, number>;
  /** For every objective, the position of the first objective with its key (itself, unless repeated). */
  firstOf: Int32Array;
  /** For the first objective of a key, the last one with it: what `new Map(entries)` keeps. */
  lastOf: Int32Array;
  /** The next objective with the same key, -1 after the last: keys repeat rarely, a chain is enough. */
  nextSameKey: Int32Array;
  /** Which optional fields each objective has (HAS_* bits): checks skip objectives without theirs. */
  fields: Uint8Array;
}

/** Bits of `ObjectivePositions.fields`: the field is present on the objective (any content). */
export const HAS_FIXED_BUDGET = 1;
/** Deadline, soglia or typed achievement (the objective part of dates.ts). */
export const HAS_DATES = 2;
/** Category, N. dip., declared points, coefficient or total coefficient (projects.ts). */
export const HAS_PROJECT = 4;

export function objectivePositions(plan: Plan): ObjectivePositions {
  return shared(plan, 'objectivePositions', () => indexObjectives(plan));
}

/**
 * The first objective with `key`, trying `guess` before the map: rows usually follow the
 * objectives' order and carry the objective's own key string, so comparing with the next
 * objective's key is enough and the key is not hashed again. Exactly `firstAt.get(key)`: the
 * guess is taken only when it is the first objective with that key.
 */
export function findObjective(
  plan: Plan,
  positions: ObjectivePositions,
  key: string,
  guess: number,
): number | undefined {
  if (guess >= 0 && guess < plan.objectives.length && positions.firstOf[guess] === guess) {
    if (plan.objectives[guess].key === key) return guess;
  }
  return positions.firstAt.get(key);
}

/**
 * The first position of each key comes from the map the phases share (../positions.ts). Only
 * when a key repeats (rare) are the positions chained. Which optional fields each objective has
 * is noted once here: it spares the fund, date and project checks a walk each.
 */
function indexObjectives(plan: Plan): ObjectivePositions {
  const objectives = plan.objectives;
  const n = objectives.length;
  const { firstAt, repeated } = keyPositions(objectives);
  const fields = new Uint8Array(n);
  for (let i = 0; i < n; i++) fields[i] = presentFields(objectives[i]);
  const firstOf = new Int32Array(n);
  const lastOf = new Int32Array(n);
  const nextSameKey = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) firstOf[i] = lastOf[i] = i;
  if (repeated) chainRepeatedKeys(plan, firstAt, firstOf, lastOf, nextSameKey);
  return { firstAt, firstOf, lastOf, nextSameKey, fields };
}

/** The HAS_* bits of an objective: presence only, so no field object is read. */
function presentFields(o: Objective): number {
  let f = 0;
  if (o.fixedBudget !== undefined) f |= HAS_FIXED_BUDGET;
  if (o.deadline !== undefined || o.soglia !== undefined || o.manualAchievement !== undefined) f |= HAS_DATES;
  if (
    o.category !== undefined ||
    o.headcount !== undefined ||
    o.declaredPoints !== undefined ||
    o.declaredCoefficient !== undefined ||
    o.declaredTotalCoefficient !== undefined
  ) {
    f |= HAS_PROJECT;
  }
  return f;
}

function chainRepeatedKeys(
  plan: Plan,
  firstAt: ReadonlyMap<string, number>,
  firstOf: Int32Array,
  lastOf: Int32Array,
  nextSameKey: Int32Array,
): void {
  plan.objectives.forEach((o, i) => {
    const first = firstAt.get(o.key) as number;
    if (first === i) return;
    nextSameKey[lastOf[first]] = i;
    lastOf[first] = i;
    firstOf[i] = first;
  });
}

/**
 * Rows of a table grouped by objective key, groups numbered in order of first appearance (as a
 * Map keyed by objective key would iterate them); group g holds `members[start[g] .. start[g+1])`
 * in row order.
 */
export interface RowGroups {
  count: number;
  /** Group of each row. */
  groupOf: Int32Array;
  /** Per group: the key, and the position of the first objective with it (-1 when none has it). */
  keyOf: readonly string[];
  objectiveOf: Int32Array;
  /** Per objective: the group of its key when it is the key's first objective, else -1. */
  groupOfObjective: Int32Array;
  start: Int32Array;
  members: Int32Array;
  /** The group of a key, -1 when no row has it. */
  groupOfKey(key: string): number;
}

/**
 * Groups rows while a caller walks them (so that the walk can read the rows' other fields too):
 * `add(row, key)` for each row in order, then `finish()`.
 */
export class RowGrouper {
  private readonly groupOf: Int32Array;
  /** Group of the first objective of a key (-1 until a row names it). */
  private readonly groupOfObjective: Int32Array;
  /** Keys no objective has: rare, a map of their own. */
  private readonly unknown = new Map<string, number>();
  private readonly keyOf: string[] = [];
  private readonly objectiveOf: number[] = [];
  private previousKey: string | undefined;
  private previousGroup = -1;
  private previousObjective = -1;

  constructor(
    private readonly plan: Plan,
    rowCount: number,
  ) {
    this.objectives = objectivePositions(plan);
    this.groupOf = new Int32Array(rowCount);
    this.groupOfObjective = new Int32Array(plan.objectives.length).fill(-1);
  }

  private readonly objectives: ObjectivePositions;

  /** Files row `row` under `key` and returns its group. */
  add(row: number, key: string): number {
    if (key !== this.previousKey) {
      this.previousKey = key;
      this.previousGroup = this.groupFor(key);
    }
    this.groupOf[row] = this.previousGroup;
    return this.previousGroup;
  }

  private groupFor(key: string): number {
    const objective = findObjective(this.plan, this.objectives, key, this.previousObjective + 1);
    if (objective !== undefined) {
      this.previousObjective = objective;
      let g = this.groupOfObjective[objective];
      if (g < 0) g = this.groupOfObjective[objective] = this.newGroup(key, objective);
      return g;
    }
    let g = this.unknown.get(key);
    if (g === undefined) {
      g = this.newGroup(key, -1);
      this.unknown.set(key, g);
    }
    return g;
  }

  private newGroup(key: string, objective: number): number {
    this.keyOf.push(key);
    this.objectiveOf.push(objective);
    return this.keyOf.length - 1;
  }

  finish(): RowGroups {
    const { groupOf, groupOfObjective, unknown, keyOf } = this;
    const count = keyOf.length;
    const { start, members } = membersByGroup(groupOf, count);
    const firstAt = this.objectives.firstAt;
    return {
      count,
      groupOf,
      keyOf,
      objectiveOf: Int32Array.from(this.objectiveOf),
      groupOfObjective,
      start,
      members,
      groupOfKey: (key) => {
        const objective = firstAt.get(key);
        return objective !== undefined ? groupOfObjective[objective] : (unknown.get(key) ?? -1);
      },
    };
  }
}
