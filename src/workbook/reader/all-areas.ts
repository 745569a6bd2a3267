/**
 * Objectives written once for every area ("TUTTE LE AREE ORGANIZZATIVE" in the area column of a
 * flat objective table) when no area has a copy of its own to take them. Each area is measured
 * on them, so each area gets its own copy (a transversal objective, docs/domain.md section 2),
 * with the row's indicators and people, numbered "1T" for "1" (see copyId); the areas are those
 * of the plan's other objectives (copies.ts, shared with the cards' spread). That is a reading,
 * said once per objective (READ_ALL_AREAS_SPREAD). With no other area in the plan the objective
 * is left as it is.
 */
import { cellText } from '../../domain/cells';
import { finding } from '../../domain/findings';
import type { Objective } from '../../domain/model';
import { normalizeLabel } from '../../domain/values';
import { meansAllAreas } from './areas';
import type { ReadContext } from './context';
import { planAreas, replaceWithCopies } from './copies';

/**
 * The copies' id: a plan numbers its common objectives 1, 2, 3 like each area's own, so in an
 * area the copy of "1" would collide with the area's objective 1. A number becomes the plans'
 * own mark of a transversal objective, "1T", unless some objective already has that id.
 */
function copyId(id: string, taken: ReadonlySet<string>): string {
  if (!/^\d+$/.test(id.trim())) return id;
  const marked = `${id.trim()}T`;
  return taken.has(normalizeLabel(marked)) ? id : marked;
}

export function spreadAllAreasObjectives(ctx: ReadContext): void {
  const spread = ctx.objectives.filter((o) => !o.project && o.area !== undefined && meansAllAreas(o.area));
  if (spread.length === 0) return;
  const areas = planAreas(ctx).names;
  if (areas.length === 0) return;
  const taken = new Set(ctx.objectives.map((o) => normalizeLabel(o.id)));
  const replaced = new Map<Objective, Omit<Objective, 'key'>[]>();
  for (const o of spread) {
    const { key: _key, ...rest } = o;
    const id = copyId(o.id, taken);
    replaced.set(
      o,
      areas.map((area) => ({ ...rest, id, area, scope: 'transversal' })),
    );
    ctx.findings.push(
      finding({
        code: 'READ_ALL_AREAS_SPREAD',
        severity: 'warning',
        params: {
          cell: o.cell ? cellText(o.cell) : '-',
          objective: o.id || (o.title.value ?? ''),
          id,
          written: o.area ?? '',
          count: areas.length,
          areas: areas.join(', '),
        },
        cells: o.cell ? [o.cell] : [],
        objective: o.id,
      }),
    );
  }
  replaceWithCopies(ctx, replaced);
}
