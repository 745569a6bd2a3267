/**
 * The plan's areas as the tables name them: one Area per name however it is written, and the
 * area a row belongs to (its own area column, else the area the table stands under).
 */
import type { Area, CellRef } from '../../domain/model';
import { isBlank, normalizeLabel } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import type { ReadContext } from './context';
import type { SheetCells } from './sheet-cells';

/** Name of the area for weight tables that name none. */
export const WHOLE_ENTE_AREA = 'Ente';

/**
 * An area's name as tables are matched by it: normalised, and without a leading "Area" when more
 * than a number follows, since plans write "AREA FINANZIARIA" above the weights and "Finanziaria"
 * in the staff list ("Area 1" stays "area 1"). Settore, Servizio and Ufficio are kept: a comune
 * may have a Settore Tecnico and an Ufficio Tecnico inside it.
 */
export function areaKey(name: string): string {
  const key = normalizeLabel(name);
  const m = /^area (.+)$/.exec(key);
  return m !== null && !/^\d+$/.test(m[1]) ? m[1] : key;
}

/** Area cells that mean every area: the row is a transversal objective shared by all. */
export function meansAllAreas(area: string | undefined): boolean {
  if (area === undefined) return false;
  const a = normalizeLabel(area);
  // "Tutte le aree organizzative", "tutti i settori dell'ente": every area, whatever follows.
  return /^(tutt[ei] (le |i |gli )?(aree|settori|servizi|uffici|unita)( .*)?|trasversale|ente|tutte)$/.test(
    a,
  );
}

/** The area with this name (matched ignoring case and punctuation), created when new. */
export function area(ctx: ReadContext, name: string, cell?: CellRef, responsabile?: string): Area {
  const tidy = name.replace(/\s+/g, ' ').trim();
  const key = areaKey(tidy);
  let found = ctx.areas.get(key);
  if (!found) {
    found = { name: tidy, cell };
    ctx.areas.set(key, found);
  }
  if (responsabile && !found.responsabile) found.responsabile = responsabile;
  return found;
}

/** The area written in the row's area column, if any ("Tutte le aree" kept as written). */
export function columnArea(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  row: number,
): string | undefined {
  const fromColumn = t.columns.area !== undefined ? cells.raw(row, t.columns.area) : null;
  if (isBlank(fromColumn) || typeof fromColumn !== 'string') return undefined;
  if (meansAllAreas(fromColumn)) return fromColumn.trim();
  return area(ctx, fromColumn, cells.ref(row, t.columns.area as number)).name;
}

/** The row's area: its area column, else the area the table stands under (title or sheet). */
export function rowArea(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  row: number,
): string | undefined {
  const fromColumn = columnArea(ctx, t, cells, row);
  if (fromColumn !== undefined) return fromColumn;
  if (t.area) {
    const cell = t.areaCell ? { sheet: t.sheet, cell: t.areaCell } : undefined;
    return area(ctx, t.area, cell, t.responsabile).name;
  }
  return undefined;
}
