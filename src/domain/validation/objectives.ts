/**
 * Objective identity (docs/domain.md section 7, item 4): ids unique inside an area, and a
 * transversal id naming the same objective (same title) in every area that carries it.
 *
 * Ids are compared trimmed and case-insensitive ("1t" is "1T"). Objectives with no area
 * (general, intersectoral) form one group of their own. Titles are compared ignoring case,
 * accents and repeated spaces. Both are errors: a duplicate id makes assignments and scores
 * ambiguous, and a transversal id with two titles may merge two different objectives.
 */
import type { Objective, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { repeatedGroups } from '../grouping';
import { NO_AREA, idKey, objectiveAreas, type ObjectiveAreas } from './objectiveAreas';
import { cellText, cellsText, fieldCell, normaliseText, rawText } from './common';

export function checkObjectives(plan: Plan): Finding[] {
  // Both checks compare ids as idKey gives them: computed once, by position (objectiveAreas.ts).
  const walked = objectiveAreas(plan);
  return [...duplicateIds(plan.objectives, walked), ...transversalTitles(plan.objectives, walked.ids)];
}

/**
 * Objectives sharing area and id (compared as `${area}\u0001${idKey(id)}`), groups in order of
 * first appearance. Ids are compared area by area, so no key text is built per objective;
 * areas or ids holding "\u0001" could make two such texts equal across areas, so then the texts
 * are compared after all.
 */
function repeatedIds(objectives: readonly Objective[], walked: ObjectiveAreas): Objective[][] {
  const { ids, areas } = walked;
  if (walked.separatorInKeys) {
    return repeatedGroups(objectives, (o) => `${o.area ?? NO_AREA}\u0001${idKey(o.id)}`);
  }
  const { start, members } = areas;
  const idNumber = numberIds(ids);
  const seenIn = new Int32Array(idNumber.count).fill(-1); // the last area each id was seen in
  const found: number[][] = [];
  for (let g = 0; g + 1 < start.length; g++) {
    // Most areas repeat no id: one pass of marks tells, and only the others are searched.
    let repeats = false;
    for (let k = start[g]; k < start[g + 1] && !repeats; k++) {
      const id = idNumber.of[members[k]];
      if (seenIn[id] === g) repeats = true;
      else seenIn[id] = g;
    }
    if (!repeats) continue;
    for (const list of repeatedIn(members.subarray(start[g], start[g + 1]), ids)) found.push(list);
  }
  // A group first appears where its first member is.
  found.sort((a, b) => a[0] - b[0]);
  return found.map((list) => list.map((at) => objectives[at]));
}

/** A number per distinct id (equal numbers, equal ids), by objective position. */
function numberIds(ids: readonly string[]): { of: Int32Array; count: number } {
  const numberOf = new Map<string, number>();
  const of = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    let n = numberOf.get(ids[i]);
    if (n === undefined) numberOf.set(ids[i], (n = numberOf.size));
    of[i] = n;
  }
  return { of, count: numberOf.size };
}

/**
 * The positions among `members` sharing an id, per id repeated, in order. An area holds tens of
 * objectives: comparing each id with the ones before costs less than a map per area.
 */
function repeatedIn(members: Int32Array, ids: readonly string[]): number[][] {
  if (members.length > 64) {
    return repeatedGroups(Array.from(members), (at) => ids[at]);
  }
  const out: number[][] = [];
  for (let k = 0; k < members.length; k++) {
    const id = ids[members[k]];
    let seenBefore = false;
    for (let j = 0; j < k && !seenBefore; j++) seenBefore = ids[members[j]] === id;
    if (seenBefore) continue;
    let list: number[] | undefined;
    for (let j = k + 1; j < members.length; j++) {
      if (ids[members[j]] === id) (list ??= [members[k]]).push(members[j]);
    }
    if (list !== undefined) out.push(list);
  }
  return out;
}

function duplicateIds(objectives: readonly Objective[], walked: ObjectiveAreas): Finding[] {
  const out: Finding[] = [];
  for (const list of repeatedIds(objectives, walked)) {
    const first = list[0];
    const cells = list.map((o) => o.cell ?? o.title.cell);
    out.push(
      finding({
        code: 'OBJECTIVE_DUPLICATE_ID',
        severity: 'error',
        params: {
          where: first.area !== undefined ? `${first.area}: ` : '',
          objective: first.id,
          count: list.length,
          cells: cellsText(cells),
        },
        cells,
        area: first.area,
        objective: first.id,
      }),
    );
  }
  return out;
}

function titleOf(o: Objective): string {
  return o.title.value ?? rawText(o.title.raw);
}

function transversalTitles(objectives: readonly Objective[], ids: readonly string[]): Finding[] {
  const groups = new Map<string, Objective[]>();
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i];
    if (o.scope !== 'transversal') continue;
    const list = groups.get(ids[i]);
    if (list === undefined) groups.set(ids[i], [o]);
    else list.push(o);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    const withTitle = list.filter((o) => titleOf(o) !== '');
    const distinct = new Set(withTitle.map((o) => normaliseText(titleOf(o))));
    if (distinct.size < 2) continue;
    const cells = withTitle.map((o) => fieldCell(o.title, o.cell));
    out.push(
      finding({
        code: 'TRANSVERSAL_TITLE_MISMATCH',
        severity: 'error',
        params: {
          objective: list[0].id,
          titles: withTitle
            .map((o) => `«${titleOf(o)}» (${o.area ?? ''}, ${cellText(fieldCell(o.title, o.cell))})`)
            .join('; '),
        },
        cells,
        objective: list[0].id,
      }),
    );
  }
  return out;
}
