/**
 * Weight tables: one objective per row with its weight (and soglia, grado when present), and the
 * declared total of an area's block. They run first: other tables refer to these objectives.
 */
import type { Objective } from '../../domain/model';
import { isBlank } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { area, columnArea, rowArea, WHOLE_ENTE_AREA } from './areas';
import { readAssigneesText } from './assignees-text';
import { idText, isError, isTransversalId, percent, text, type ReadContext } from './context';
import { noteFractionColumns } from './fraction-columns';
import { addObjective } from './objective-index';
import type { SheetCells } from './sheet-cells';
import { weightColumn } from './weight-column';

export function readWeights(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  noteFractionColumns(ctx, t, cells);
  const { fields: weights, total } = weightColumn(ctx, t, cells, t.columns.weight);
  const keysByArea = new Map<string, string[]>();
  // Lists pasted from a PDF write the area only on the first row of each group: a blank area
  // cell takes the last area written in the column. Only objective rows set it, so that a page
  // footer ("Pagina 1 di 2") left in the area column does not become an area.
  let lastWritten: string | undefined;
  t.dataRows.forEach((row, i) => {
    isError(ctx, cells, row, t.columns.id);
    isError(ctx, cells, row, t.columns.title);
    const id = idText(cells.raw(row, t.columns.id));
    const title = text(cells, row, t.columns.title) ?? { raw: null };
    if (!id && isBlank(title.raw ?? null)) return;
    const written = columnArea(ctx, t, cells, row);
    if (written !== undefined) lastWritten = written;
    const areaName = lastWritten ?? rowArea(ctx, t, cells, row) ?? area(ctx, WHOLE_ENTE_AREA).name;
    const o = addObjective(ctx, {
      id,
      title,
      area: areaName,
      scope: isTransversalId(id, title.value ?? '') ? 'transversal' : 'area',
      weight: weights[i] ?? { cell: cells.rowRef(row, t.range.left, t.range.right) },
      ...results(ctx, t, cells, row),
      cell: cells.rowRef(row, t.range.left, t.range.right),
    });
    if (t.columns.assignees !== undefined) readAssigneesText(ctx, o, cells, row, t.columns.assignees);
    // Push in place: copying the list at every row made a 20,000-row table take seconds.
    const keys = keysByArea.get(areaName);
    if (keys) keys.push(o.key);
    else keysByArea.set(areaName, [o.key]);
  });
  // A total row closes one area's block; a table spanning several areas has no single total to check.
  const areas = [...keysByArea.keys()];
  if (total && areas.length === 1) {
    ctx.totals.push({
      kind: 'weights',
      area: areas[0],
      declared: total,
      covers: keysByArea.get(areas[0]) ?? [],
    });
  }
}

/** The soglia and grado di raggiungimento of an objective's row, when the table has them. */
function results(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  row: number,
): Pick<Objective, 'soglia' | 'manualAchievement'> {
  const out: Pick<Objective, 'soglia' | 'manualAchievement'> = {};
  const soglia = percent(ctx, cells, row, t.columns.soglia);
  if (soglia && (soglia.value !== undefined || soglia.problem)) out.soglia = soglia;
  const achievement = percent(ctx, cells, row, t.columns.achievement);
  if (achievement && (achievement.value !== undefined || achievement.problem))
    out.manualAchievement = achievement;
  return out;
}
