/** Assembling a RecognizedTable from a header match, its body and its title rows. */
import { columnLetters, rangeAddress } from '../a1';
import type { SheetSnapshot } from '../port';
import { isBlank } from '../../domain/values';
import type { Body } from './body';
import { cellText, cellValue, mergedAreaAt } from './cells';
import { parseCategoryClasses } from './classes';
import { chooseByContent } from './columnChoice';
import { fuzzyReadingOf } from './synonyms';
import type { HeaderCell, HeaderMatch } from './header';
import { addRemark, rowList } from './notes';
import type { FoundTitle } from './titleRows';
import type { ColumnRole, RecognizedTable } from './types';

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
  const decided = chooseColumns(t, p);
  valuesUnderMergedHeader(t, p);
  if (decided.has('category')) {
    // The class list may head the column chosen, not the first one named "Categoria".
    const classes = parseCategoryClasses(headers[t.columns.category ?? -1] ?? '');
    if (classes) t.categoryClasses = classes;
  }
  pointsUnderWeight(t, p);
  transversalList(t, p);
  for (const d of match.duplicates) {
    if (decided.has(d.role)) continue;
    addRemark(t, 'DUPLICATE_COLUMN', { column: columnLetters(d.col), role: d.role });
  }
  for (const c of p.cells) {
    const as = fuzzyReadingOf(c.text);
    const used = Object.values(t.columns).includes(c.col) || match.duplicates.some((d) => d.col === c.col);
    if (as !== undefined && used)
      addRemark(t, 'HEADER_READ_AS', { cell: `${columnLetters(c.col)}${headerRow + 1}`, text: c.text, as });
  }
  if (t.area !== undefined && t.areaCell !== undefined)
    addRemark(t, 'AREA_FROM_TITLE', { area: t.area, cell: t.areaCell });
  if (t.responsabile !== undefined && p.title.responsabileCell !== undefined) {
    addRemark(t, 'HEAD_FROM_TITLE', { responsabile: t.responsabile, cell: p.title.responsabileCell });
  }
  addRowNotes(t, sheet, body);
  return t;
}

/**
 * Roles named by several headers: the column whose cells fit the role (columnChoice.ts) takes it,
 * said in a remark. Returns the roles so decided.
 */
function chooseColumns(t: RecognizedTable, p: TableParts): Set<ColumnRole> {
  const candidates = new Map<ColumnRole, number[]>();
  for (const d of p.match.duplicates) {
    const first = p.match.columns[d.role];
    if (first === undefined) continue;
    const list = candidates.get(d.role) ?? [first];
    list.push(d.col);
    candidates.set(d.role, list);
  }
  const decided = new Set<ColumnRole>();
  for (const c of chooseByContent(p.sheet, p.body.dataRows, candidates)) {
    t.columns[c.role] = c.chosen;
    decided.add(c.role);
    addRemark(t, 'COLUMN_CHOSEN_BY_CONTENT', {
      role: c.role,
      column: columnLetters(c.chosen),
      others: c.others.map(columnLetters).join(', '),
    });
  }
  return decided;
}

/**
 * A header merged over several columns stands over all of them: when its first column is blank
 * on every data row and a column under the merge holds the values ("Rilevanza obiettivi" over
 * B:C, the percentages in C), the role is read from that column. The merge says where the
 * values are, so this is a remark, not a warning.
 */
function valuesUnderMergedHeader(t: RecognizedTable, p: TableParts): void {
  const { sheet, headerRow, body } = p;
  if (body.dataRows.length === 0) return;
  const blank = (col: number) => body.dataRows.every((row) => isBlank(cellValue(sheet, row, col)));
  for (const [role, col] of Object.entries(t.columns) as [ColumnRole, number][]) {
    const m = mergedAreaAt(sheet, headerRow, col);
    if (m === undefined || m.left !== col || m.top !== headerRow || m.right === col) continue;
    if (!blank(col)) continue;
    const used = new Set(Object.values(t.columns));
    let values: number | undefined;
    for (let c = col + 1; c <= m.right && values === undefined; c++)
      if (!used.has(c) && !blank(c)) values = c;
    if (values === undefined) continue;
    t.columns[role] = values;
    addRemark(t, 'VALUES_UNDER_MERGED_HEADER', {
      role,
      header: rangeAddress(m),
      column: columnLetters(values),
    });
  }
}

/**
 * A project table's "PESO %" column holding the category's points (40, 25, 20...) when the
 * category header lists the classes with their points and no other column gives them: a
 * project has no weight of its own, and these numbers are the points to check. Read as points
 * when at least half the column's numbers are points of a listed class (a wrong one among them
 * is then the mistake validation reports).
 */
function pointsUnderWeight(t: RecognizedTable, p: TableParts): void {
  const col = t.columns.weight;
  if (t.kind !== 'projects' || col === undefined || t.columns.points !== undefined) return;
  const points = new Set((t.categoryClasses ?? []).map((c) => c.points).filter((n) => n !== undefined));
  if (points.size === 0) return;
  let numbers = 0;
  let hits = 0;
  for (const row of p.body.dataRows) {
    const v = cellValue(p.sheet, row, col);
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim().replace(',', '.')) : NaN;
    if (typeof v === 'string' && v.trim() === '') continue;
    if (v === null || Number.isNaN(n)) continue;
    numbers++;
    if (points.has(n)) hits++;
  }
  if (numbers < 2 || hits * 2 < numbers) return;
  t.columns.points = col;
  delete t.columns.weight;
  addRemark(t, 'POINTS_UNDER_WEIGHT', { column: columnLetters(col), header: t.headers[col] ?? '' });
}

/** "1T", "2 T", "3t": a transversal objective's id. */
const TRANSVERSAL_ID = /^\s*\d+\s*t\s*$/i;

/**
 * A weights table with no area (no area column, no area title) whose rows are all transversal
 * objectives is the plan's list of them ("N. | DENOMINAZIONE | PESO", 1T-4T), with nominal
 * weights: each area weighs them again in its own table. Read as such, its weights are never
 * summed as an area's (they add up to 30, not 100, and that is no mistake).
 */
function transversalList(t: RecognizedTable, p: TableParts): void {
  const col = t.columns.id;
  if (t.kind !== 'weights' || col === undefined || t.area !== undefined || t.columns.area !== undefined)
    return;
  const ids = p.body.dataRows.map((row) => cellText(p.sheet, row, col));
  if (ids.length < 2 || !ids.every((id) => TRANSVERSAL_ID.test(id))) return;
  t.kind = 'transversal';
  addRemark(t, 'TRANSVERSAL_LIST', { ids: ids.join(', ') });
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
