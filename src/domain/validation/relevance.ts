/**
 * Area relevance, the share of the fund each area gets (docs/domain.md section 7, item 7).
 *
 * Checked when some area declares a relevance or the plan splits by relevance. Then: readable, within
 * 0..100, adding up to 100 over the areas that declare one; every area with objectives (weighed
 * in the area: scope 'area' or 'transversal') has one; an area with relevance above 0 has
 * objectives, or its money would have nowhere to go. Area names are matched exactly, as the
 * distribution matches them.
 */
import type { Area, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { cellText, isMissing, areaObjectives, rawText, round2, sameNumber, signed, sum } from './common';

export function checkRelevance(plan: Plan): Finding[] {
  const declaring = plan.areas.flatMap((a) =>
    a.relevance !== undefined && !isMissing(a.relevance) ? [{ a, rel: a.relevance }] : [],
  );
  const methods = [...plan.params.pools.map((p) => p.method), plan.params.defaultMethod];
  if (declaring.length === 0 && !methods.includes('relevance')) return [];
  const out: Finding[] = [];
  const byArea = areaObjectives(plan);
  let complete = true;

  for (const { a, rel } of declaring) {
    const cell = rel.cell ?? a.cell;
    if (rel.problem !== undefined) {
      complete = false;
      out.push(
        finding({
          code: 'RELEVANCE_NOT_NUMBER',
          severity: 'error',
          params: { area: a.name, text: rawText(rel.raw), cell: cellText(cell) },
          cells: [cell],
          area: a.name,
        }),
      );
    } else if (rel.value !== undefined && (rel.value < 0 || rel.value > 100 + 1e-9)) {
      out.push(
        finding({
          code: 'RELEVANCE_OUT_OF_RANGE',
          severity: 'error',
          params: { area: a.name, value: rel.value, cell: cellText(cell) },
          cells: [cell],
          area: a.name,
        }),
      );
    }
    const value = rel.value ?? 0;
    if (value > 0 && !byArea.has(a.name)) {
      out.push(
        finding({
          code: 'RELEVANCE_WITHOUT_OBJECTIVES',
          severity: 'error',
          params: { area: a.name, value, cell: cellText(cell) },
          cells: [cell],
          area: a.name,
        }),
      );
    }
  }

  const areasByName = new Map<string, Area>(plan.areas.map((a) => [a.name, a]));
  for (const [name, objectives] of byArea) {
    const area = areasByName.get(name);
    if (area !== undefined && !isMissing(area.relevance)) continue;
    const cell = area?.cell ?? objectives[0].cell;
    out.push(
      finding({
        code: 'RELEVANCE_MISSING',
        severity: 'error',
        params: { area: name, count: objectives.length },
        cells: [cell],
        area: name,
      }),
    );
  }

  if (complete && declaring.length > 0) {
    const values = declaring.map(({ rel }) => rel.value as number);
    const total = round2(sum(values));
    if (!sameNumber(total, 100)) {
      out.push(
        finding({
          code: 'RELEVANCE_SUM',
          severity: 'error',
          params: { sum: total, diff: signed(total - 100), count: declaring.length },
          cells: declaring.map(({ a, rel }) => rel.cell ?? a.cell),
        }),
      );
    }
  }
  return out;
}
