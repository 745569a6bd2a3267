/**
 * Builds a SheetSpec row by row: titles, blocks, Excel tables and the totals rows under them,
 * keeping track of where each table lands so that its A1 range and any chart range follow.
 */
import { cellAddress } from '../a1';
import type { OutputCell, OutputChart, OutputTable, SheetSpec } from '../port';
import { boldCell, MONEY_FORMAT, PERCENT_FORMAT } from './format';

const MIN_WIDTH = 8;
const MAX_WIDTH = 70;
/** Widest a column grows for a wrapped cell: longer text wraps onto more lines. */
export const WRAP_WIDTH = 50;

/** Where a table was written: 0-based rows of its header and last body row. */
export interface TablePlace {
  header: number;
  bottom: number;
  /** A1 range of header and body. */
  range: string;
}

export class SheetBuilder {
  private readonly rows: OutputCell[][] = [];
  private readonly tables: OutputTable[] = [];
  private readonly charts: OutputChart[] = [];
  /**
   * Rows measured only in part for the column widths, with how many of their first cells count:
   * titles and notes (0) and a last cell of text that spills over the empty cells to its right.
   */
  private readonly measured = new Map<number, number>();

  /** Index the next row will have. */
  get next(): number {
    return this.rows.length;
  }

  /**
   * Adds a row; returns its index. `measure`: whether its cells count in the column widths, or
   * how many of its first cells do (the rest is text that spills to the right).
   */
  row(cells: OutputCell[], measure: boolean | number = true): number {
    if (measure !== true) this.measured.set(this.rows.length, measure === false ? 0 : measure);
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  /** A one-cell bold heading (title or block heading), not counted in the widths. */
  heading(text: string): number {
    return this.row([boldCell(text)], false);
  }

  /** A one-cell line of text that spills to the right, not counted in the widths. */
  note(cell: OutputCell): number {
    return this.row([cell], false);
  }

  blank(): number {
    return this.row([], false);
  }

  /**
   * An Excel table: a bold header and its body rows. Excel requires unique, non-empty headers
   * and at least one body row: callers put a row saying the list is empty.
   */
  table(name: string, headers: readonly string[], body: OutputCell[][]): TablePlace {
    if (body.length === 0) throw new Error(`Table ${name} needs at least one row`);
    const seen = new Set<string>();
    for (const h of headers) {
      const key = h.trim().toLowerCase();
      if (key === '' || seen.has(key)) throw new Error(`Table ${name}: empty or repeated header "${h}"`);
      seen.add(key);
    }
    const header = this.row(headers.map((h) => boldCell(h)));
    for (const cells of body) this.row(cells);
    const bottom = this.next - 1;
    const range = `${cellAddress(header, 0)}:${cellAddress(bottom, headers.length - 1)}`;
    this.tables.push({ name, range });
    return { header, bottom, range };
  }

  chart(chart: OutputChart): void {
    this.charts.push(chart);
  }

  build(name: string, options: { freezeRows?: number; tabColor?: string }): SheetSpec {
    const spec: SheetSpec = {
      name,
      rows: this.rows,
      columnWidths: columnWidths(this.rows, this.measured),
    };
    if (options.freezeRows !== undefined && options.freezeRows > 0) spec.freezeRows = options.freezeRows;
    if (this.tables.length > 0) spec.tables = this.tables;
    if (this.charts.length > 0) spec.charts = this.charts;
    if (options.tabColor !== undefined) spec.tabColor = options.tabColor;
    return spec;
  }
}

/** Characters a cell takes on screen, roughly: the text, or the formatted number. */
function displayLength(cell: OutputCell): number {
  const v = cell.value;
  if (v === null) return 0;
  if (typeof v === 'string') return v.length;
  if (typeof v === 'boolean') return 5;
  if (cell.format === MONEY_FORMAT) {
    const euros = Math.floor(Math.abs(v)).toString().length;
    return euros + Math.floor((euros - 1) / 3) + 5; // separators, ",00 €"
  }
  if (cell.format === PERCENT_FORMAT) return 8;
  return String(v).length;
}

/**
 * Widths from the longest cell of each column (plus a margin), within readable bounds; a wrapped
 * cell counts up to WRAP_WIDTH characters.
 */
export function columnWidths(
  rows: readonly OutputCell[][],
  measured: ReadonlyMap<number, number> = new Map(),
): number[] {
  const widths: number[] = [];
  rows.forEach((cells, r) => {
    cells.slice(0, measured.get(r) ?? cells.length).forEach((cell, c) => {
      const cap = cell.wrap ? WRAP_WIDTH : MAX_WIDTH;
      const w = Math.min(cap, Math.max(MIN_WIDTH, displayLength(cell) + 2));
      widths[c] = Math.max(widths[c] ?? MIN_WIDTH, w);
    });
  });
  for (let c = 0; c < widths.length; c++) widths[c] = widths[c] ?? MIN_WIDTH;
  return widths;
}
