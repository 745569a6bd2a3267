/** Builds SheetSnapshot objects in code for the recognition tests. */
import { columnIndex, parseRange, rangeAddress } from '../../../src/workbook/a1';
import type { CellValue, SheetSnapshot, TableInfo } from '../../../src/workbook/port';
import type { RecognizedTable } from '../../../src/workbook/recognize';

export interface SheetOptions {
  /** A1 of values[0][0] (default A1). */
  at?: string;
  /** Merged areas in A1 ("A5:A8"). */
  merged?: string[];
  /** Hidden rows, 1-based as Excel shows them. */
  hiddenRows?: number[];
  /** Hidden columns by letter. */
  hiddenColumns?: string[];
  /** Number formats by A1 cell; others are "General". */
  formats?: Record<string, string>;
}

export function sheet(name: string, values: CellValue[][], opts: SheetOptions = {}): SheetSnapshot {
  const origin = parseRange(opts.at ?? 'A1');
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const grid = values.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  const numberFormats = grid.map((r, i) =>
    r.map(
      (_, j) =>
        opts.formats?.[
          rangeAddress({
            top: origin.top + i,
            left: origin.left + j,
            bottom: origin.top + i,
            right: origin.left + j,
          })
        ] ?? 'General',
    ),
  );
  return {
    name,
    top: origin.top,
    left: origin.left,
    values: grid,
    numberFormats,
    formulas: grid.map((r) => r.map(() => null)),
    merged: (opts.merged ?? []).map(parseRange),
    hiddenRows: (opts.hiddenRows ?? []).map((r) => r - 1),
    hiddenColumns: (opts.hiddenColumns ?? []).map(columnIndex),
  };
}

export function excelTable(name: string, sheetName: string, range: string, showTotals = false): TableInfo {
  return { name, sheet: sheetName, range: parseRange(range), showHeaders: true, showTotals };
}

/** A table's range, data rows (1-based) and columns (letters), for compact assertions. */
export function shape(t: RecognizedTable): {
  kind: string;
  range: string;
  data: number[];
  total?: number;
  columns: Record<string, string>;
} {
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(t.columns))
    columns[role] = rangeAddress({ top: 0, left: col, bottom: 0, right: col }).replace(/\d+/, '');
  const s: ReturnType<typeof shape> = {
    kind: t.kind,
    range: rangeAddress(t.range),
    data: t.dataRows.map((r) => r + 1),
    columns,
  };
  if (t.totalRow !== undefined) s.total = t.totalRow + 1;
  return s;
}
