/**
 * Objective blocks (recognize/blocks.ts). A definition table is one objective: "6. Gestione del
 * bilancio" gives id 6 and its title; the phases below describe it. Its area is the group
 * heading's; failing one, the assignment column's ("ASSEGNAZIONE OBIETTIVO"), where "Tutte/Tutti
 * ..." means every area. Under a transversal heading (or with no area at all but "Tutte ...")
 * it is an objective of every area (unweighted.ts). Its indicators table, which has no
 * objective column, gives the indicators of that objective, row by row (indicators.ts).
 * Blocks carry no weights (unweighted.ts). Each block is a new objective even when its number
 * repeats one of the same area: the duplicate is validation's to report, not ours to merge.
 */
import type { Objective } from '../../domain/model';
import { isBlank, rawToText } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { area, WHOLE_ENTE_AREA } from './areas';
import { idText, isError, readCell, type ReadContext } from './context';
import { readIndicatorRow } from './indicators';
import { addObjective } from './objective-index';
import { listedObjective } from './unweighted';
import type { SheetCells } from './sheet-cells';
import { parseText } from '../../domain/values';

/** "6. Titolo", "6) Titolo", "6 - Titolo". */
const NUMBERED = /^(\d+[a-z]?)\s*[.)\-–]\s*(.*)$/is;
/** An assignment to everyone: "Tutte le Elevate Qualificazioni", "Tutti i servizi". */
const EVERYONE = /^tutt[ei]\b/i;

export function readBlock(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  if (t.block?.part === 'indicators') {
    const owner = ctx.blockObjectives.get(t.block.owner);
    if (!owner) return;
    for (const row of t.dataRows) readIndicatorRow(ctx, t, cells, row, owner);
    return;
  }
  const row = t.dataRows[0];
  if (row === undefined) return;
  const titleCol = t.columns.title;
  if (isError(ctx, cells, row, titleCol) || isError(ctx, cells, row, t.columns.id)) return;
  const written = titleCol === undefined ? null : cells.raw(row, titleCol);
  const text = isBlank(written) ? '' : rawToText(written).trim();
  const numbered = NUMBERED.exec(text);
  let id = t.columns.id !== undefined ? idText(cells.raw(row, t.columns.id)) : '';
  let title = titleCol === undefined ? { raw: null } : readCell(cells, row, titleCol, parseText);
  if (numbered && title.value !== undefined) {
    if (id === '') id = numbered[1].toUpperCase();
    title = { ...title, value: numbered[2].trim() };
  }
  const assigned = t.columns.area !== undefined ? cells.raw(row, t.columns.area) : null;
  const assignedText = typeof assigned === 'string' ? assigned.trim() : '';
  const everyArea = t.area === undefined && (t.transversal === true || EVERYONE.test(assignedText));
  let areaName: string | undefined;
  if (t.area !== undefined)
    areaName = area(ctx, t.area, t.areaCell ? { sheet: t.sheet, cell: t.areaCell } : undefined).name;
  else if (!everyArea)
    areaName =
      assignedText !== ''
        ? area(ctx, assignedText, cells.ref(row, t.columns.area as number)).name
        : area(ctx, WHOLE_ENTE_AREA).name;
  const objective: Omit<Objective, 'key'> = {
    id,
    title,
    scope: everyArea || /trasversal/i.test(text) ? 'transversal' : 'area',
    weight: {},
    cell: cells.rowRef(row, t.range.left, t.range.right),
  };
  if (areaName !== undefined) objective.area = areaName;
  // A block describing an objective a weight table lists (same area, number or title) completes it.
  const listed = areaName !== undefined ? listedObjective(ctx, areaName, id, title.value ?? '') : undefined;
  if (listed) {
    ctx.blockObjectives.set(t.id, listed);
    return;
  }
  const o = addObjective(ctx, objective);
  ctx.unweighted.add(o.key);
  if (everyArea) ctx.forAllAreas.push(o);
  ctx.blockObjectives.set(t.id, o);
}
