/**
 * Mappings the user confirmed or corrected, saved in the workbook settings under
 * MAPPING_SETTING as versioned JSON: { "version": 1, "mappings": [SavedMapping...] }.
 *
 * A saved mapping wins over detection: for the same sheet and header row address it replaces
 * the detected kind, columns and area (the table becomes `confirmed`); `ignored` removes the
 * table; a header that detection no longer finds is rebuilt from the mapping. A mapping whose
 * header is gone (sheet missing, header row blank) is dropped and reported, never thrown.
 */
import { columnIndex, columnLetters, parseRange } from '../a1';
import type { CellRange, SheetSnapshot, TableInfo } from '../port';
import { walkPlain, walkTable, type Body } from './body';
import { buildTable, headerAddress, tableId } from './build';
import { parseCategoryClasses } from './classes';
import { labelsKey, readHeaderCells, type HeaderMatch } from './header';
import { addRemark } from './notes';
import { Claims } from './ranges';
import { sheetBounds } from './cells';
import { findTitle } from './titleRows';
import type { ColumnRole, RecognizedTable, SavedMapping, TableKind } from './types';

export const MAPPING_SETTING = 'premia.mapping';
export const MAPPING_VERSION = 1;

const KINDS: readonly TableKind[] = [
  'weights',
  'transversal',
  'objectives',
  'projects',
  'relevance',
  'staff',
  'assignments',
  'objective-cards',
];
const ROLES: readonly ColumnRole[] = [
  'id',
  'title',
  'weight',
  'area',
  'responsabile',
  'description',
  'indicator',
  'target',
  'actual',
  'subWeight',
  'soglia',
  'deadline',
  'completion',
  'achievement',
  'phases',
  'tipologia',
  'category',
  'headcount',
  'points',
  'coefficient',
  'totalCoefficient',
  'budget',
  'relevance',
  'employee',
  'grade',
  'profile',
  'hours',
  'evaluation',
  'absence',
  'share',
  'assignees',
];
const HEADER_ADDRESS = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;
const LETTERS = /^[A-Z]{1,3}$/;

export function serializeSavedMappings(mappings: SavedMapping[]): string {
  return JSON.stringify({ version: MAPPING_VERSION, mappings: mappings.map(clean) });
}

/** Field order fixed and undefined fields left out, so equal mappings serialise equally. */
function clean(m: SavedMapping): SavedMapping {
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const role of ROLES) {
    const v = m.columns[role];
    if (v !== undefined) columns[role] = v;
  }
  const out: SavedMapping = { sheet: m.sheet, header: m.header, kind: m.kind, columns };
  if (m.area !== undefined) out.area = m.area;
  if (m.ignored) out.ignored = true;
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One entry of the JSON, or undefined when it is not a valid mapping. */
function readMapping(v: unknown): SavedMapping | undefined {
  if (!isRecord(v)) return undefined;
  const { sheet, header, kind, columns, area, ignored } = v;
  if (typeof sheet !== 'string' || sheet === '') return undefined;
  if (typeof header !== 'string' || !HEADER_ADDRESS.test(header.toUpperCase())) return undefined;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return undefined;
  if (!isRecord(columns)) return undefined;
  const cols: Partial<Record<ColumnRole, string>> = {};
  for (const [role, letters] of Object.entries(columns)) {
    if (!(ROLES as readonly string[]).includes(role)) continue;
    if (typeof letters !== 'string' || !LETTERS.test(letters.toUpperCase())) return undefined;
    cols[role as ColumnRole] = letters.toUpperCase();
  }
  const m: SavedMapping = {
    sheet,
    header: header.toUpperCase().replace(/\$/g, ''),
    kind: kind as TableKind,
    columns: cols,
  };
  if (typeof area === 'string' && area.trim() !== '') m.area = area;
  if (ignored === true) m.ignored = true;
  return m;
}

/**
 * Mappings from the setting's JSON. Text that is not JSON, another version, or entries that
 * are not valid mappings are left out (the user then simply confirms again).
 */
export function parseSavedMappings(json: string): SavedMapping[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  if (!isRecord(data) || data.version !== MAPPING_VERSION || !Array.isArray(data.mappings)) return [];
  const out: SavedMapping[] = [];
  for (const entry of data.mappings) {
    const m = readMapping(entry);
    if (m) out.push(m);
  }
  return out;
}

/**
 * The mapping that reproduces a table. Its area is saved only when it did not come from a
 * title row (no `areaCell`): an area read from the sheet stays live, so renaming the title
 * renames the area; an area the user typed is kept.
 */
export function toSavedMapping(t: RecognizedTable): SavedMapping {
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const [role, col] of Object.entries(t.columns) as [ColumnRole, number][])
    columns[role] = columnLetters(col);
  const m: SavedMapping = {
    sheet: t.sheet,
    header: headerAddress(t.headerRow, t.range.left, t.range.right),
    kind: t.kind,
    columns,
  };
  if (t.area !== undefined && t.areaCell === undefined) m.area = t.area;
  return clean(m);
}

export type DropReason = 'SHEET_MISSING' | 'HEADER_BLANK' | 'BAD_ADDRESS' | 'DUPLICATE';

export interface DroppedMapping {
  mapping: SavedMapping;
  reason: DropReason;
  /** Plain English, for the inspect command. */
  note: string;
}

const DROP_TEXT: Record<DropReason, string> = {
  SHEET_MISSING: 'the sheet no longer exists',
  HEADER_BLANK: 'the header row is now blank',
  BAD_ADDRESS: 'the header address is not valid',
  DUPLICATE: 'another saved mapping names the same header',
};

function drop(mapping: SavedMapping, reason: DropReason): DroppedMapping {
  return {
    mapping,
    reason,
    note: `saved mapping ${mapping.sheet}!${mapping.header} dropped: ${DROP_TEXT[reason]}`,
  };
}

function safeRange(address: string): CellRange | undefined {
  try {
    return parseRange(address);
  } catch {
    return undefined;
  }
}

function matchFrom(m: SavedMapping, sheet: SheetSnapshot, row: number): HeaderMatch {
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [role, letters] of Object.entries(m.columns) as [ColumnRole, string][])
    columns[role] = columnIndex(letters);
  const match: HeaderMatch = { kind: m.kind, columns, score: Object.keys(columns).length, duplicates: [] };
  if (columns.category !== undefined) {
    const cell = readHeaderCells(sheet, row, columns.category, columns.category)[0];
    const classes = cell ? parseCategoryClasses(cell.text) : undefined;
    if (classes) match.categoryClasses = classes;
  }
  return match;
}

function confirm(t: RecognizedTable, m: SavedMapping, match: HeaderMatch): RecognizedTable {
  const out: RecognizedTable = { ...t, kind: m.kind, columns: match.columns, confirmed: true };
  if (match.categoryClasses) out.categoryClasses = match.categoryClasses;
  else delete out.categoryClasses;
  if (m.area !== undefined) {
    out.area = m.area;
    delete out.areaCell;
  }
  out.notes = [...t.notes];
  out.remarks = [...(t.remarks ?? [])];
  addRemark(out, 'SAVED_MAPPING_APPLIED');
  return out;
}

function overlaps(t: RecognizedTable, row: number, r: CellRange): boolean {
  return t.headerRow === row && t.range.left <= r.right && t.range.right >= r.left;
}

/** Applies saved mappings to the detected tables (any order); returns tables and dropped mappings. */
export function applySavedMappings(
  detected: RecognizedTable[],
  sheets: SheetSnapshot[],
  excelTables: TableInfo[],
  saved: SavedMapping[],
): { tables: RecognizedTable[]; dropped: DroppedMapping[] } {
  let tables = [...detected];
  const dropped: DroppedMapping[] = [];
  const done = new Set<string>();
  const created: { m: SavedMapping; sheet: SheetSnapshot; header: CellRange }[] = [];

  for (const m of saved) {
    const sheet = sheets.find((s) => s.name === m.sheet);
    if (!sheet) {
      dropped.push(drop(m, 'SHEET_MISSING'));
      continue;
    }
    const header = safeRange(m.header);
    if (!header) {
      dropped.push(drop(m, 'BAD_ADDRESS'));
      continue;
    }
    const id = tableId(m.sheet, header.top, header.left, header.right);
    if (done.has(id)) {
      dropped.push(drop(m, 'DUPLICATE'));
      continue;
    }
    if (readHeaderCells(sheet, header.top, header.left, header.right).length === 0) {
      dropped.push(drop(m, 'HEADER_BLANK'));
      continue;
    }
    done.add(id);
    const same = tables.find((t) => t.id === id);
    tables = tables.filter((t) => !(t.sheet === m.sheet && overlaps(t, header.top, header)));
    if (m.ignored) continue;
    // Cards are found by their labels, not rebuilt from a header row: a card table no longer
    // found is simply not there.
    if (!same && m.kind === 'objective-cards') continue;
    const match = matchFrom(m, sheet, header.top);
    if (same) tables.push(confirm(same, m, match));
    else created.push({ m, sheet, header });
  }

  // Tables rebuilt from a mapping: their bodies stop at the tables that remain.
  for (const { m, sheet, header } of created) {
    const claims = new Claims();
    for (const t of tables) if (t.sheet === sheet.name) claims.add(t.range);
    const excel = excelTables.filter((x) => x.sheet === sheet.name);
    for (const x of excel) claims.add(x.range);
    const listObject = excel.find(
      (x) => x.range.top === header.top && x.range.left === header.left && x.range.right === header.right,
    );
    const cells = readHeaderCells(sheet, header.top, header.left, header.right);
    const frame = {
      sheet,
      headerRow: header.top,
      left: header.left,
      right: header.right,
      headerKey: labelsKey(cells, header.left),
    };
    let body: Body;
    if (listObject) {
      const totals =
        listObject.showTotals && listObject.range.bottom > header.top ? listObject.range.bottom : undefined;
      body = walkTable(
        frame,
        totals === undefined ? listObject.range.bottom : listObject.range.bottom - 1,
        totals,
      );
    } else {
      const stop = (r: number): boolean => claims.taken(r, header.left, header.right);
      body = walkPlain(frame, sheetBounds(sheet).bottom, stop);
    }
    const except = listObject?.range;
    const title = findTitle(sheet, header.top, header.left, header.right, (r) =>
      claims.taken(r, header.left, header.right, except),
    );
    const match = matchFrom(m, sheet, header.top);
    const built = buildTable({
      ...frame,
      source: listObject ? 'table' : 'range',
      ...(listObject ? { tableName: listObject.name } : {}),
      match,
      cells,
      body,
      title,
    });
    // buildTable noted what detection would; the mapping then confirms it.
    const t = confirm(built, m, match);
    tables.push(t);
  }
  return { tables, dropped };
}
