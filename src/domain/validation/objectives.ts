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
import { repeatedGroups } from '../grouping';
import { cellText, cellsText, fieldCell, normaliseText, rawText } from './common';

export function checkObjectives(plan: Plan): Finding[] {
  return [...duplicateIds(plan.objectives), ...transversalTitles(plan.objectives)];
}

function idKey(id: string): string {
  return id.trim().toUpperCase();
}

function duplicateIds(objectives: readonly Objective[]): Finding[] {
  const out: Finding[] = [];
  // "\u0000" cannot be an area name: it keeps area-less objectives in a group of their own.
  const key = (o: Objective) => `${o.area ?? '\u0000'}\u0001${idKey(o.id)}`;
  for (const list of repeatedGroups(objectives, key)) {
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

function transversalTitles(objectives: readonly Objective[]): Finding[] {
  const groups = new Map<string, Objective[]>();
  for (const o of objectives) {
    if (o.scope !== 'transversal') continue;
    const list = groups.get(idKey(o.id)) ?? [];
    list.push(o);
    groups.set(idKey(o.id), list);
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
