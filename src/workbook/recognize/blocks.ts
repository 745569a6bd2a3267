/**
 * Objective blocks: plans that give each objective a block of small tables down one sheet,
 * under group headings ("OBIETTIVI GESTIONALI TRASVERSALI", "SERVIZIO FINANZIARIO"):
 *
 *   DEFINIZIONE OBIETTIVO | DESCRIZIONE/FASI | ORIZZONTE TEMPORALE | ASSEGNAZIONE OBIETTIVO
 *   1. <title> (merged down)  | 1. <phase>       | 2024-2026           | <unit>
 *                             | 2. <phase>       | 2024-2026           |
 *   ...
 *   INDICATORI | Valore atteso | Raggiunto      <- no objective column
 *
 * The definition table is an objectives table with a phases column and no indicator: its rows
 * with no title of their own are the phases of the objective above (PHASE_ROWS). An indicators
 * table with no objective column (no id, no title) is not a table anywhere else; under a
 * definition table, before the next one, it holds that objective's indicators
 * (BLOCK_INDICATORS). Rows of it filling none of indicator, target and actual continue the row
 * above. The group heading above a block names its area (headings.ts), carried down over the
 * blocks that follow until the next heading (AREA_FROM_HEADING).
 */
import { cellAddress } from '../a1';
import type { SheetSnapshot } from '../port';
import { walkPlain } from './body';
import { buildTable } from './build';
import { cellText, isRawBlank, mergedAreaAt, originOf, rowEnd, sheetBounds } from './cells';
import { columnsFor, labelsKey } from './header';
import { readGroupHeading, type GroupHeading } from './headings';
import { addRemark, dropRemarks, rowList } from './notes';
import type { Claims } from './ranges';
import { rowSegments } from './segments';
import type { RecognizedTable } from './types';

/** Non-blank rows above a definition table looked at for its group heading. */
const HEADING_ROWS = 3;

export function isDefinitionTable(t: RecognizedTable): boolean {
  return (
    t.kind === 'objectives' &&
    t.columns.phases !== undefined &&
    (t.columns.title !== undefined || t.columns.id !== undefined) &&
    t.columns.indicator === undefined &&
    t.columns.target === undefined
  );
}

/**
 * Marks the definition tables among `tables` (one sheet's plain ranges, top to bottom), reads
 * their phase rows and areas, and returns the indicators tables found under them (added to
 * `claims`).
 */
export function linkBlocks(
  sheet: SheetSnapshot,
  tables: RecognizedTable[],
  claims: Claims,
): RecognizedTable[] {
  const definitions = tables.filter(isDefinitionTable).sort((a, b) => a.headerRow - b.headerRow);
  const found: RecognizedTable[] = [];
  let carried: (GroupHeading & { cell: string }) | undefined;
  definitions.forEach((d, i) => {
    d.block = { part: 'definition' };
    phaseRows(sheet, d);
    const heading = headingAbove(sheet, d, claims);
    if (heading) carried = heading;
    if (carried) applyHeading(d, carried);
    const next = definitions[i + 1]?.headerRow ?? sheetBounds(sheet).bottom + 1;
    for (const t of indicatorTables(sheet, d, next, tables, claims)) found.push(t);
  });
  return found;
}

/** Rows whose title cell is blank or merged from above: phases of the objective above. */
function phaseRows(sheet: SheetSnapshot, d: RecognizedTable): void {
  const col = d.columns.title ?? (d.columns.id as number);
  const phases: number[] = [];
  const objectives: number[] = [];
  for (const row of d.dataRows) {
    const own = originOf(sheet, row, col).row === row && !isRawBlank(sheet, row, col);
    (own || objectives.length === 0 ? objectives : phases).push(row);
  }
  if (phases.length === 0) return;
  d.dataRows = objectives;
  dropRemarks(d, 'MERGED_CELLS_FILLED');
  addRemark(d, 'PHASE_ROWS', { rows: rowList(phases) });
}

/** The group heading over a block: among the few one-cell text rows above it, the first that reads as one. */
function headingAbove(
  sheet: SheetSnapshot,
  d: RecognizedTable,
  claims: Claims,
): (GroupHeading & { cell: string }) | undefined {
  let seen = 0;
  for (let row = d.headerRow - 1; row >= sheet.top && seen < HEADING_ROWS; row--) {
    const right = rowEnd(sheet, row);
    if (right < sheet.left) continue;
    if (claims.taken(row, d.range.left, d.range.right)) return undefined;
    const cells: { row: number; col: number }[] = [];
    for (let col = sheet.left; col <= right; col++) {
      const m = mergedAreaAt(sheet, row, col);
      if (m && (m.left < col || m.top < row)) continue;
      if (cellText(sheet, row, col) !== '') cells.push({ row, col });
    }
    if (cells.length === 0) continue;
    if (cells.length > 1) return undefined;
    seen++;
    const reading = readGroupHeading(cellText(sheet, row, cells[0].col));
    if (reading) return { ...reading, cell: cellAddress(row, cells[0].col) };
  }
  return undefined;
}

function applyHeading(t: RecognizedTable, h: GroupHeading & { cell: string }): void {
  // The heading wins over a title row read above the header ("(campo dedicato ...)" of the block before).
  dropRemarks(t, 'AREA_FROM_TITLE');
  delete t.area;
  delete t.areaCell;
  delete t.transversal;
  if (h.transversal) {
    t.transversal = true;
    addRemark(t, 'TRANSVERSAL_HEADING', { cell: h.cell });
  }
  if (h.area !== undefined) {
    t.area = h.area;
    t.areaCell = h.cell;
    addRemark(t, 'AREA_FROM_HEADING', { area: h.area, cell: h.cell });
  }
}

/** Indicators tables with no objective column between a definition table and the next one. */
function indicatorTables(
  sheet: SheetSnapshot,
  d: RecognizedTable,
  before: number,
  tables: RecognizedTable[],
  claims: Claims,
): RecognizedTable[] {
  const out: RecognizedTable[] = [];
  const titleCol = d.columns.title ?? (d.columns.id as number);
  const ownerCell =
    d.dataRows.length > 0 ? cellAddress(d.dataRows[0], titleCol) : cellAddress(d.headerRow, titleCol);
  const otherHeader = (row: number): boolean =>
    tables.some((t) => t.headerRow === row && t.sheet === sheet.name);
  for (let row = d.range.bottom + 1; row < before; row++) {
    const right = rowEnd(sheet, row);
    if (right < sheet.left || otherHeader(row)) continue;
    for (const seg of rowSegments(sheet, row, right, () => false)) {
      if (seg.match || claims.taken(row, seg.left, seg.right)) continue;
      const { columns, duplicates } = columnsFor('objectives', seg.cells);
      if (columns.indicator === undefined || (columns.target === undefined && columns.actual === undefined))
        continue;
      if (columns.id !== undefined || columns.title !== undefined) continue;
      const frame = {
        sheet,
        headerRow: row,
        left: seg.left,
        right: seg.right,
        headerKey: labelsKey(seg.cells, seg.left),
      };
      const stop = (r: number): boolean =>
        r >= before || claims.taken(r, seg.left, seg.right) || otherHeader(r);
      const body = walkPlain(frame, Math.min(before - 1, sheetBounds(sheet).bottom), stop);
      const t = buildTable({
        ...frame,
        source: 'range',
        match: { kind: 'objectives', columns, score: Object.keys(columns).length, duplicates },
        cells: seg.cells,
        body,
        title: {},
      });
      t.block = { part: 'indicators', owner: d.id };
      continuedRows(sheet, t);
      if (d.area !== undefined) {
        t.area = d.area;
        if (d.areaCell !== undefined) t.areaCell = d.areaCell;
      }
      if (d.transversal) t.transversal = true;
      addRemark(t, 'BLOCK_INDICATORS', { cell: ownerCell });
      claims.add(t.range);
      out.push(t);
      row = t.range.bottom;
    }
  }
  return out;
}

/** Rows filling none of indicator, target and actual (an extra column only) continue the row above. */
function continuedRows(sheet: SheetSnapshot, t: RecognizedTable): void {
  const read = [t.columns.indicator, t.columns.target, t.columns.actual].filter((c) => c !== undefined);
  const continued: number[] = [];
  t.dataRows = t.dataRows.filter((row, i) => {
    if (i === 0 || read.some((c) => !isRawBlank(sheet, row, c))) return true;
    continued.push(row);
    return false;
  });
  if (continued.length > 0) addRemark(t, 'BLOCK_ROWS_CONTINUED', { rows: rowList(continued) });
}
