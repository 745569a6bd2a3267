/**
 * Finding the title rows just above a header (within 3 rows): rows with one or two text cells
 * over the table's columns, not part of another table, not a header, not a total. Scanning
 * upwards stops at the first row that is none of these (data of something else).
 *
 * The area is the nearest title starting with an area word ("Area", "Settore", "Servizio"...);
 * failing that, the nearest title that does not read as a document heading ("PESATURA
 * OBIETTIVI ANNO 2023" is a heading). The head is the nearest "Responsabile: ..." found.
 */
import { isBlank } from '../../domain/values';
import { cellAddress } from '../a1';
import type { SheetSnapshot } from '../port';
import { cellText, cellValue, originOf } from './cells';
import { classifyHeader, readHeaderCells } from './header';
import { parseTitle, type TitleInfo } from './titles';
import { isTotalRow } from './totals';

export const TITLE_ROWS_ABOVE = 3;

export interface FoundTitle {
  area?: string;
  areaCell?: string;
  responsabile?: string;
  responsabileCell?: string;
}

export function findTitle(
  sheet: SheetSnapshot,
  headerRow: number,
  left: number,
  right: number,
  taken: (row: number) => boolean,
): FoundTitle {
  const candidates: (TitleInfo & { cell: string })[] = [];
  for (let row = headerRow - 1; row >= headerRow - TITLE_ROWS_ABOVE && row >= sheet.top; row--) {
    if (taken(row)) break;
    const seen = new Set<string>();
    const cells: { text: string; cell: string; isText: boolean }[] = [];
    for (let col = left; col <= right; col++) {
      const v = cellValue(sheet, row, col);
      if (isBlank(v)) continue;
      const o = originOf(sheet, row, col);
      const key = `${o.row},${o.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push({
        text: cellText(sheet, row, col),
        cell: cellAddress(o.row, o.col),
        isText: typeof v === 'string',
      });
    }
    if (cells.length === 0) continue;
    if (cells.length > 2 || cells.some((c) => !c.isText)) break;
    if (isTotalRow(sheet, row, left, right)) break;
    if (classifyHeader(readHeaderCells(sheet, row, left, right))) break;
    for (const c of cells) candidates.push({ ...parseTitle(c.text), cell: c.cell });
  }

  const found: FoundTitle = {};
  const area =
    candidates.find((c) => c.area !== undefined && c.areaWord) ??
    candidates.find((c) => c.area !== undefined && !c.heading);
  if (area?.area !== undefined) {
    found.area = area.area;
    found.areaCell = area.cell;
  }
  const head = candidates.find((c) => c.responsabile !== undefined);
  if (head?.responsabile !== undefined) {
    found.responsabile = head.responsabile;
    found.responsabileCell = head.cell;
  }
  return found;
}
