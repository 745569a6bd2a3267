/**
 * Narrow, typed views of ExcelJS 4.4 runtime properties that its type declarations leave out
 * or mistype. Kept in one place so that an ExcelJS upgrade has one file to check.
 */
import type { Worksheet } from 'exceljs';

/** Sheets are ordered by `orderNo` (the workbook sorts on it), which the typings omit. */
interface Ordered {
  orderNo: number;
}

export function orderOf(ws: Worksheet): number {
  return (ws as unknown as Ordered).orderNo;
}

export function setOrder(ws: Worksheet, orderNo: number): void {
  (ws as unknown as Ordered).orderNo = orderNo;
}

/**
 * Merged areas. The only public accessor is `worksheet.model`, which serialises every row of
 * the sheet; `_merges` (master address -> Range with `.range` "A1:B2") is what it reads from.
 */
interface WithMerges {
  _merges?: Record<string, { range?: string } | undefined>;
}

export function mergedRanges(ws: Worksheet): string[] {
  const merges = (ws as unknown as WithMerges)._merges;
  if (merges && typeof merges === 'object') {
    return Object.values(merges)
      .map((m) => m?.range)
      .filter((r): r is string => typeof r === 'string');
  }
  return (ws.model.merges ?? []) as string[];
}

/** The model behind a worksheet table: loaded tables carry `tableRef`, added ones `ref` too. */
export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

/** `getTables()` is typed as `[Table, void][]` but returns Table objects holding `.table`. */
export function tableModels(ws: Worksheet): TableModel[] {
  const tables = ws.getTables() as unknown as { table?: TableModel }[];
  return tables.map((t) => t.table).filter((m): m is TableModel => !!m && typeof m.name === 'string');
}
