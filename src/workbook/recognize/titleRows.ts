/**
 * Finding the title rows just above a header (3 rows, not counting blank rows and label rows
 * such as "Personale assegnato:", within 8): rows with one or two text cells over the table's
 * columns, not part of another table, not a header, not a total. Scanning upwards stops at the
 * first row that is none of these (data of something else).
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

/** Title rows looked at above a header (blank and label rows not counted)... */
export const TITLE_ROWS_ABOVE = 3;
/** ...within this many rows. */
const MAX_ROWS_ABOVE = 8;

/**
 * A label over a list rather than a name: "Personale assegnato:", "Risorse umane assegnate:",
 * "Personale assegnato area Protezione Civile:". Text ending with a colon that does not start
 * with an area word ("AREA TECNICA:" stays a title).
 */
export function isLabelRow(text: string): boolean {
  const t = text.trim();
  if (!t.endsWith(':')) return false;
  const info = parseTitle(t.slice(0, -1));
  return !info.areaWord && info.responsabile === undefined;
}

export interface FoundTitle {
  /** The scan stopped at this row, part of a table above. */
  tableAbove?: number;
  /** Label rows ("Personale assegnato:") were passed over. */
  labelRows?: boolean;
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
  const found: FoundTitle = {};
  const candidates: (TitleInfo & { cell: string })[] = [];
  let counted = 0;
  for (let row = headerRow - 1; row >= headerRow - MAX_ROWS_ABOVE && row >= sheet.top; row--) {
    if (counted >= TITLE_ROWS_ABOVE) break;
    if (taken(row)) {
      found.tableAbove = row;
      break;
    }
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
    // Blank rows and label rows ("Personale assegnato:") do not count: they sit between a
    // list and the area title above it in printed plans.
    if (cells.length === 0) continue;
    if (cells.length > 2 || cells.some((c) => !c.isText)) break;
    if (isTotalRow(sheet, row, left, right)) break;
    if (classifyHeader(readHeaderCells(sheet, row, left, right))) break;
    const labels = cells.filter((c) => isLabelRow(c.text));
    if (labels.length === cells.length) {
      found.labelRows = true;
      continue;
    }
    counted++;
    for (const c of cells) if (!isLabelRow(c.text)) candidates.push({ ...parseTitle(c.text), cell: c.cell });
  }

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
