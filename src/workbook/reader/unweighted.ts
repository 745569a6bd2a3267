/**
 * Layouts that give objectives no weight (objective cards, objective blocks). A card or block
 * that describes an objective a weight table lists completes it (`listedObjective`); the
 * others, once all tables are read:
 * 1. A transversal objective read without an area (under a "... TRASVERSALI" heading, or
 *    assigned to "Tutte ...") becomes an objective of every area that has objectives, with its
 *    indicators, as a weight table lists a transversal objective once per area.
 * 2. An area whose objectives all come from such layouts, none with a weight, has its
 *    objectives weigh the same: 100 split in hundredths by largest remainder, so that they add
 *    up to exactly 100. Said once per area (WEIGHTS_EQUAL_ASSUMED, a warning at the area's
 *    heading; not for a lone objective, which weighs 100 for sure), never once per objective:
 *    the plan simply has no weights, and equal weights are what a finance officer would
 *    assume; to weigh them otherwise, add a weight table. Skipped when the parameters split
 *    every pool by coefficient. (equal-weights.ts does the same for objective tables without
 *    weights, at the area's first objective; these layouts say it at the area's heading.)
 */
import type { Area, Objective } from '../../domain/model';
import { finding } from '../../domain/findings';
import { normalizeLabel } from '../../domain/values';
import { cellText } from '../../domain/cells';
import { areaKey } from './areas';
import type { ReadContext } from './context';
import { planAreas, replaceWithCopies } from './copies';
import { coefficientOnly, weighedByArea } from './equal-weights';
import { findObjective } from './objective-index';

/**
 * The objective of a table that lists objectives (a weight table, an objectives table) which
 * a card or a block of the same area describes, by number or title; never another card's or
 * block's: two blocks with one number stay two objectives, for validation to report.
 */
export function listedObjective(
  ctx: ReadContext,
  area: string,
  id: string,
  title: string,
): Objective | undefined {
  const o = findObjective(ctx, area, id, title);
  return o !== undefined && !ctx.unweighted.has(o.key) && !o.project && o.area !== undefined ? o : undefined;
}

export function finishUnweighted(ctx: ReadContext): void {
  spreadToAllAreas(ctx);
  equalWeights(ctx);
}

/**
 * A copy keeps the plan's number ("1" of the transversal blocks, "1T" of transversal cards),
 * unless the area has an objective of its own with that number: then a number becomes "1T",
 * the plans' mark of a transversal objective, so that the copy is not taken for a duplicate.
 */
function copyId(id: string, taken: ReadonlySet<string> | undefined): string {
  if (!taken?.has(normalizeLabel(id)) || !/^\d+$/.test(id.trim())) return id;
  const marked = `${id.trim()}T`;
  return taken.has(normalizeLabel(marked)) ? id : marked;
}

function spreadToAllAreas(ctx: ReadContext): void {
  if (ctx.forAllAreas.length === 0) return;
  const pending = new Set(ctx.forAllAreas);
  const { names: areas, ids: idsIn } = planAreas(ctx, (o) => pending.has(o));
  if (areas.length === 0) return; // no area to share them with: they stay objectives of no area
  const replaced = new Map<Objective, Omit<Objective, 'key'>[]>();
  for (const o of ctx.forAllAreas) {
    const { key: _key, ...rest } = o;
    replaced.set(
      o,
      areas.map((name) => ({ ...rest, area: name, id: copyId(o.id, idsIn.get(areaKey(name))) })),
    );
  }
  for (const list of replaceWithCopies(ctx, replaced).values())
    for (const copy of list) ctx.unweighted.add(copy.key);
  ctx.forAllAreas.length = 0;
}

function equalWeights(ctx: ReadContext): void {
  if (coefficientOnly(ctx)) return;
  for (const [k, list] of weighedByArea(ctx)) {
    if (
      !list.every(
        (o) => ctx.unweighted.has(o.key) && o.weight.value === undefined && o.weight.raw === undefined,
      )
    )
      continue;
    const where: Area | undefined = ctx.areas.get(k);
    const n = list.length;
    const base = Math.floor(10000 / n);
    let extra = 10000 - base * n;
    for (const o of list) {
      const hundredths = base + (extra > 0 ? 1 : 0);
      if (extra > 0) extra--;
      o.weight = where?.cell ? { value: hundredths / 100, cell: where.cell } : { value: hundredths / 100 };
    }
    // The only objective of its area weighs 100: a certainty, not a guess to warn about.
    if (n === 1) continue;
    ctx.findings.push(
      finding({
        code: 'WEIGHTS_EQUAL_ASSUMED',
        severity: 'warning',
        params: {
          area: list[0].area ?? '',
          count: n,
          weight: base / 100,
          cell: where?.cell ? cellText(where.cell) : '',
        },
        cells: where?.cell ? [where.cell] : [],
        area: list[0].area,
      }),
    );
  }
}
