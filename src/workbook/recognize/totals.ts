/**
 * Total rows: the first non-empty cell says "Totale", "TOTALE", "Total", "Totale generale"
 * (also "Totali", "Totale complessivo", "Grand total", and "Totale" followed by at most two
 * words such as "Totale area" or "Totale pesi"). The row's numbers are the declared totals.
 */
import { normalizeLabel } from '../../domain/values';
import type { SheetSnapshot } from '../port';
import { cellText } from './cells';

const TOTAL = /^(totale|totali|total|totals|grand total|somma)( \S+){0,2}$/;

export function isTotalLabel(text: string): boolean {
  return TOTAL.test(normalizeLabel(text));
}

/** The row's first non-empty cell between two columns is a total label. */
export function isTotalRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const text = cellText(sheet, row, col);
    if (text !== '') return isTotalLabel(text);
  }
  return false;
}
