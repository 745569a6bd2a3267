/**
 * Table recognition (docs/domain.md section 4): finds the tables users already keep, by their
 * headers, on every sheet, as plain ranges and as Excel tables; applies the mappings the user
 * saved. The rules are in header.ts, body.ts, titleRows.ts and docs/recognition.md.
 */
import type { SheetSnapshot, TableInfo } from '../port';
import { linkBlocks } from './blocks';
import { detectCards } from './cards';
import { detectExcelTable } from './listobjects';
import { Claims, detectRanges } from './ranges';
import { applySavedMappings, type DroppedMapping } from './saved';
import type { RecognizedTable, SavedMapping } from './types';

export interface Recognition {
  /** In sheet order, then top to bottom, then left to right. */
  tables: RecognizedTable[];
  /** Saved mappings whose header is gone, with the reason. */
  dropped: DroppedMapping[];
}

/** Recognition with the saved mappings that could not be applied. */
export function recognize(
  sheets: SheetSnapshot[],
  tables: TableInfo[],
  saved: SavedMapping[] = [],
): Recognition {
  const detected: RecognizedTable[] = [];
  for (const sheet of sheets) {
    const excel = tables.filter((t) => t.sheet === sheet.name);
    const claims = new Claims();
    for (const t of excel) claims.add(t.range);
    // Cards first: their label rows are no headers, and their rows are no one else's.
    detected.push(...detectCards(sheet, claims));
    // Plain ranges next, so that an Excel table's title lookup sees the tables above it.
    const ranges = detectRanges(
      sheet,
      excel.map((t) => t.range),
      claims,
    );
    detected.push(...ranges, ...linkBlocks(sheet, ranges, claims));
    for (const t of excel) {
      const found = detectExcelTable(sheet, t, claims);
      if (found) detected.push(found);
    }
  }
  const applied = applySavedMappings(detected, sheets, tables, saved);
  return { tables: sortTables(applied.tables, sheets), dropped: applied.dropped };
}

/** The tables of a workbook: recognised, with saved mappings applied. */
export function recognizeTables(
  sheets: SheetSnapshot[],
  tables: TableInfo[],
  saved: SavedMapping[] = [],
): RecognizedTable[] {
  return recognize(sheets, tables, saved).tables;
}

function sortTables(tables: RecognizedTable[], sheets: SheetSnapshot[]): RecognizedTable[] {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  return [...tables].sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      a.headerRow - b.headerRow ||
      a.range.left - b.range.left,
  );
}

export { cellValue, cellText } from './cells';
export { headerRole, SYNONYMS, type HeaderRole } from './synonyms';
export { parseCategoryClasses, type CategoryClass } from './classes';
export { classifyHeader, KIND_ORDER } from './header';
export { tidyName, parseTitle } from './titles';
export { isTotalLabel } from './totals';
export { describe as describeRemark, remarkMessage } from './notes';
export {
  MAPPING_SETTING,
  MAPPING_VERSION,
  parseSavedMappings,
  serializeSavedMappings,
  toSavedMapping,
  type DroppedMapping,
  type DropReason,
} from './saved';
export type {
  ColumnRole,
  RecognizedTable,
  RecognitionRemark,
  RemarkCode,
  SavedMapping,
  TableKind,
} from './types';
