/** A1 addresses <-> 0-based row/column indexes. */
import type { CellRange } from './port';

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "B7" or "B7:D9" (optionally with "$" and a "Sheet!" prefix) into a range. */
export function parseRange(address: string): CellRange {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, '').split(':');
  const pa = parseCell(a);
  const pb = parseCell(b);
  return {
    top: Math.min(pa.row, pb.row),
    left: Math.min(pa.col, pb.col),
    bottom: Math.max(pa.row, pb.row),
    right: Math.max(pa.col, pb.col),
  };
}

export function parseCell(address: string): { row: number; col: number } {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Quotes a sheet name for a formula or a hyperlink: 'Pesi 2025'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
