/** Assembling a RecognizedTable from a header match, its body and its title rows. */
import { columnLetters, rangeAddress } from '../a1';
import type { SheetSnapshot } from '../port';
import type { Body } from './body';
import type { HeaderCell, HeaderMatch } from './header';
import { addRemark, rowList } from './notes';
import type { FoundTitle } from './titleRows';
import type { RecognizedTable } from './types';

export interface TableParts {
  sheet: SheetSnapshot;
  headerRow: number;
  left: number;
  right: number;
  source: 'table' | 'range';
  tableName?: string;
  match: HeaderMatch;
  cells: HeaderCell[];
  body: Body;
  title: FoundTitle;
}

/** "Pesi!A4:C4": the table's identity, the sheet and its header row. */
export function tableId(sheet: string, headerRow: number, left: number, right: number): string {
  return `${sheet}!${headerAddress(headerRow, left, right)}`;
}

export function headerAddress(headerRow: number, left: number, right: number): string {
  return rangeAddress({ top: headerRow, left, bottom: headerRow, right });
}

export function buildTable(p: TableParts): RecognizedTable {
  const { sheet, headerRow, left, right, body, match } = p;
  const headers: Record<number, string> = {};
  for (const c of p.cells) headers[c.col] = c.text;
  const t: RecognizedTable = {
    id: tableId(sheet.name, headerRow, left, right),
    kind: match.kind,
    sheet: sheet.name,
    range: { top: headerRow, left, bottom: body.bottom, right },
    headerRow,
    source: p.source,
    columns: { ...match.columns },
    headers,
    dataRows: body.dataRows,
    confirmed: false,
    notes: [],
  };
  if (p.tableName !== undefined) t.tableName = p.tableName;
  if (body.totalRow !== undefined) t.totalRow = body.totalRow;
  if (match.categoryClasses) t.categoryClasses = match.categoryClasses;
  if (p.title.area !== undefined) {
    t.area = p.title.area;
    if (p.title.areaCell !== undefined) t.areaCell = p.title.areaCell;
  }
  if (p.title.responsabile !== undefined) t.responsabile = p.title.responsabile;

  addRemark(t, 'HEADER_MATCHED', {
    header: headerAddress(headerRow, left, right),
    kind: match.kind,
    labels: Object.entries(match.columns)
      .map(([role, col]) => `${role}=${columnLetters(col)}`)
      .join(', '),
  });
  for (const d of match.duplicates)
    addRemark(t, 'DUPLICATE_COLUMN', { column: columnLetters(d.col), role: d.role });
  if (t.area !== undefined && t.areaCell !== undefined)
    addRemark(t, 'AREA_FROM_TITLE', { area: t.area, cell: t.areaCell });
  if (t.responsabile !== undefined && p.title.responsabileCell !== undefined) {
    addRemark(t, 'HEAD_FROM_TITLE', { responsabile: t.responsabile, cell: p.title.responsabileCell });
  }
  addRowNotes(t, sheet, body);
  return t;
}

/** Notes on skipped rows, merged cells and hidden rows and columns inside the table. */
export function addRowNotes(t: RecognizedTable, sheet: SheetSnapshot, body: Body): void {
  const { top, bottom, left, right } = t.range;
  if (body.unitRow !== undefined) addRemark(t, 'HEADER_UNITS_ROW', { row: body.unitRow + 1 });
  for (const r of body.repeatedHeaders) addRemark(t, 'REPEATED_HEADER_SKIPPED', { row: r + 1 });
  if (body.continuation.length > 0) addRemark(t, 'CONTINUATION_ROWS', { rows: rowList(body.continuation) });
  if (body.blankInside.length > 0) addRemark(t, 'BLANK_ROWS_INSIDE', { rows: rowList(body.blankInside) });
  if (body.afterBlank.length > 0) {
    const rows = body.afterBlank;
    addRemark(t, 'ROWS_AFTER_BLANK', {
      rows: rowList(rows),
      range: rangeAddress({ top: rows[0], left, bottom: rows[rows.length - 1], right }),
    });
  }
  if (body.afterTotal.length > 0) addRemark(t, 'ROWS_AFTER_TOTAL', { rows: rowList(body.afterTotal) });

  const data = new Set(body.dataRows);
  const merged = sheet.merged
    .filter((m) => m.bottom > m.top && m.left <= right && m.right >= left && m.top > top && m.top <= bottom)
    .filter((m) => {
      let n = 0;
      for (let r = m.top; r <= m.bottom; r++) if (data.has(r)) n++;
      return n > 1;
    })
    .sort((a, b) => a.top - b.top || a.left - b.left);
  for (const m of merged) addRemark(t, 'MERGED_CELLS_FILLED', { range: rangeAddress(m) });

  const hiddenRows = sheet.hiddenRows.filter((r) => r >= top && r <= bottom).sort((a, b) => a - b);
  if (hiddenRows.length > 0) addRemark(t, 'HIDDEN_ROWS', { rows: rowList(hiddenRows) });
  const hiddenCols = sheet.hiddenColumns.filter((c) => c >= left && c <= right).sort((a, b) => a - b);
  if (hiddenCols.length > 0)
    addRemark(t, 'HIDDEN_COLUMNS', { columns: hiddenCols.map(columnLetters).join(', ') });
}
