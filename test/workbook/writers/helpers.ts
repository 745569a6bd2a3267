/** Reading SheetSpecs back in tests: cells, tables by name, rows by their first label. */
import { parseRange } from '../../../src/workbook/a1';
import type { OutputCell, SheetSpec } from '../../../src/workbook/port';

export function at(spec: SheetSpec, row: number, col: number): OutputCell {
  return spec.rows[row]?.[col] ?? { value: null };
}

export function value(spec: SheetSpec, row: number, col: number): OutputCell['value'] {
  return at(spec, row, col).value;
}

export interface TableView {
  top: number;
  headers: string[];
  body: OutputCell[][];
  /** The row right under the table (the totals row where there is one). */
  below: OutputCell[];
  /** A cell of a body row by header. */
  cell(row: number, header: string): OutputCell;
  column(header: string): OutputCell[];
}

export function table(spec: SheetSpec, name: string): TableView {
  const t = spec.tables?.find((x) => x.name === name);
  if (!t) throw new Error(`No table ${name} in ${spec.name}`);
  const r = parseRange(t.range);
  const width = r.right - r.left + 1;
  const row = (i: number) => Array.from({ length: width }, (_, c) => at(spec, i, r.left + c));
  const headers = row(r.top).map((c) => String(c.value));
  const body: OutputCell[][] = [];
  for (let i = r.top + 1; i <= r.bottom; i++) body.push(row(i));
  const index = (h: string) => {
    const i = headers.indexOf(h);
    if (i < 0) throw new Error(`No header ${h} in ${name}: ${headers.join(' | ')}`);
    return i;
  };
  return {
    top: r.top,
    headers,
    body,
    below: row(r.bottom + 1),
    cell: (i, h) => body[i][index(h)],
    column: (h) => body.map((b) => b[index(h)]),
  };
}

/** Index of the first row whose column-0 cell is `text`. */
export function rowOf(spec: SheetSpec, text: string): number {
  const i = spec.rows.findIndex((r) => r[0]?.value === text);
  if (i < 0) throw new Error(`No row "${text}" in ${spec.name}`);
  return i;
}

/** Every string written anywhere in the spec. */
export function texts(spec: SheetSpec): string[] {
  return spec.rows.flatMap((r) => r.map((c) => c.value).filter((v): v is string => typeof v === 'string'));
}

/** Euros back to cents (the writers write cents / 100). */
export function cents(cell: OutputCell): number {
  if (typeof cell.value !== 'number') throw new Error(`Not a number: ${JSON.stringify(cell)}`);
  return Math.round(cell.value * 100);
}
