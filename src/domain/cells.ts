/**
 * How messages name a cell. Shared by the workbook reader and validation, so it lives outside
 * both: the reader names cells as validation does without importing validation's internals.
 */
import type { CellRef } from './model';

/** "Pesi!C7", "'Area finanziaria'!C7": an address as Excel writes it in formulas. */
export function cellText(ref: CellRef | undefined): string {
  if (ref === undefined) return '?';
  const sheet = /^[A-Za-z0-9_.]+$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${ref.cell}`;
}
