/**
 * Objective identity (DOMAIN.md section 7, fourth bullet): ids unique inside an area, and a
 * transversal id naming the same objective (same title) in every area that carries it.
 *
 * Ids are compared trimmed and case-insensitive ("1t" is "1T"). Objectives with no area
 * (general, intersectoral) form one group of their own. Titles are compared ignoring case,
 * accents and repeated spaces. Both are errors: a duplicate id makes assignments and scores
 * ambiguous, and a transversal id with two titles may merge two different objectives.
 */
import type { Objective, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { groupByKey, repeatedGroups } from '../grouping';
import { cellText, cellsText, fieldCell, normaliseText, rawText } from './common';

export function checkObjectives(plan: Plan): Finding[] {
  // Both checks compare ids as idKey gives them: computed once, by position.
  const ids = idKeys(plan.objectives);
  return [...duplicateIds(plan.objectives, ids), ...transversalTitles(plan.objectives, ids)];
}

function idKeys(objectives: readonly Objective[]): string[] {
  const ids = new Array<string>(objectives.length);
  for (let i = 0; i < objectives.length; i++) ids[i] = idKey(objectives[i].id);
  return ids;
}

function idKey(id: string): string {
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

/** "\u0000" cannot be an area name: it keeps area-less objectives in a group of their own. */
const NO_AREA = '\u0000';

/**
 * Objectives sharing area and id (compared as `${area}\u0001${idKey(id)}`), groups in order of
 * first appearance. Ids are compared area by area, so no key text is built per objective;
 * areas or ids holding "\u0001" could make two such texts equal across areas, so then the texts
 * are compared after all.
 */
function repeatedIds(objectives: readonly Objective[], ids: readonly string[]): Objective[][] {
  const areas = groupByKey(objectives, (o) => o.area ?? NO_AREA);
  const separatorInKeys =
    [...areas.groupOf.keys()].some((a) => a.includes('\u0001')) || ids.some((k) => k.includes('\u0001'));
  if (separatorInKeys) return repeatedGroups(objectives, (o) => `${o.area ?? NO_AREA}\u0001${idKey(o.id)}`);
  const found: number[][] = [];
  for (let g = 0; g + 1 < areas.start.length; g++) {
    const members = areas.members.subarray(areas.start[g], areas.start[g + 1]);
    for (const list of repeatedIn(members, ids)) found.push(list);
  }
  // A group first appears where its first member is.
  found.sort((a, b) => a[0] - b[0]);
  return found.map((list) => list.map((at) => objectives[at]));
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

function duplicateIds(objectives: readonly Objective[], ids: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const list of repeatedIds(objectives, ids)) {
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
