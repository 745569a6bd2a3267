/**
 * Category points declared in a project table's header ("1.Strategico (40) 2.Innovativo (25)
 * 3.Miglioramento (20) 4.Mantenimento (15)"). Points are a local choice (docs/domain.md
 * section 2): the header is the comune's own statement of them.
 *
 * - When the parameters do not set category points (no cell of the parameters sheet or key of
 *   the parameters file gives them), the header's points are the plan's, with a warning that
 *   says so (READ_CATEGORY_POINTS_FROM_HEADER): the defaults are only a guess.
 * - When the parameters set them and a class of the header says otherwise, the parameters win
 *   and the difference is reported at the header cell (READ_CATEGORY_POINTS_DIFFER); a class
 *   the parameters do not name takes the header's points, with the warning above.
 */
import { finding } from '../../domain/findings';
import type { Parameters } from '../../domain/model';
import { cellText } from '../../domain/cells';
import { parseCategory } from '../../domain/values';
import { cellAddress } from '../a1';
import type { RecognizedTable } from '../recognize/types';
import type { ReadContext } from './context';

/** The parameters the plan is read with, after the project tables' class lists. */
export function pointsFromHeaders(ctx: ReadContext, tables: readonly RecognizedTable[]): Parameters {
  const params = ctx.params;
  const userSet =
    ctx.meta.categoryPointsSet ?? Object.keys(params.cells).some((k) => k.startsWith('categoryPoints'));
  const points: Record<string, number> = { ...params.categoryPoints };
  let changed = false;
  for (const t of tables) {
    if (t.kind !== 'projects' || !t.categoryClasses || t.columns.category === undefined) continue;
    const ref = { sheet: t.sheet, cell: cellAddress(t.headerRow, t.columns.category) };
    for (const c of t.categoryClasses) {
      if (c.points === undefined) continue;
      const parsed = parseCategory(c.key, params.categoryPoints);
      const key = parsed.ok ? parsed.value : c.key;
      if (points[key] === c.points) continue;
      if (userSet && points[key] !== undefined) {
        ctx.findings.push(
          finding({
            code: 'READ_CATEGORY_POINTS_DIFFER',
            severity: 'warning',
            params: { cell: cellText(ref), category: key, header: c.points, params: points[key] },
            cells: [ref],
          }),
        );
        continue;
      }
      points[key] = c.points;
      changed = true;
      ctx.findings.push(
        finding({
          code: 'READ_CATEGORY_POINTS_FROM_HEADER',
          severity: 'warning',
          params: { cell: cellText(ref), category: key, points: c.points },
          cells: [ref],
        }),
      );
    }
  }
  return changed ? { ...params, categoryPoints: points } : params;
}
