/**
 * Choosing among columns whose headers name the same role, by what their cells hold. Real
 * project sheets have a free-text "personale da coinvolgere" beside the numeric "N. DIP.", an
 * empty "Categoria" beside the filled one, two columns headed alike: the first header is not
 * always the column that means it.
 *
 * For each role with more than one candidate column, each candidate gets a fit over the table's
 * data rows: numbers for numeric roles, tipologia words for tipologia, any value for the rest.
 * The candidate with the best fit wins when it fits strictly better than the first one; on a tie
 * the first column stays and the duplicate is reported as before (the reader warns), since
 * nothing in the cells tells them apart.
 */
import { isBlank, parseNumber } from '../../domain/values';
import type { SheetSnapshot } from '../port';
import { cellText, cellValue } from './cells';
import type { ColumnRole } from './types';

const NUMERIC: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'weight',
  'subWeight',
  'headcount',
  'points',
  'coefficient',
  'totalCoefficient',
  'budget',
  'relevance',
  'share',
  'hours',
  'evaluation',
  'absence',
  'soglia',
]);

const TIPOLOGIA = /^(generale|intersettoriale|trasversale|settore\b|di settore|sett\.)/i;

/** How well one cell fits a role: 1 fits, 0 does not. */
function fits(sheet: SheetSnapshot, row: number, col: number, role: ColumnRole): number {
  const raw = cellValue(sheet, row, col);
  if (isBlank(raw)) return 0;
  if (NUMERIC.has(role)) return parseNumber(raw).ok ? 1 : 0;
  if (role === 'tipologia') return TIPOLOGIA.test(cellText(sheet, row, col)) ? 1 : 0;
  return 1;
}

export interface ColumnChoice {
  role: ColumnRole;
  /** The column chosen, and the ones set aside. */
  chosen: number;
  others: number[];
  /** Cells of the data rows that fit the role, per candidate (same order as `candidates`). */
  fit: number[];
  candidates: number[];
}

/**
 * For each role given several columns, the column its cells fit best, when that is not the
 * first. `candidates` lists, per role, every column whose header names it, left to right.
 */
export function chooseByContent(
  sheet: SheetSnapshot,
  dataRows: readonly number[],
  candidates: ReadonlyMap<ColumnRole, readonly number[]>,
): ColumnChoice[] {
  const choices: ColumnChoice[] = [];
  for (const [role, cols] of candidates) {
    if (cols.length < 2) continue;
    const fit = cols.map((col) => dataRows.reduce((n, row) => n + fits(sheet, row, col, role), 0));
    let best = 0;
    for (let i = 1; i < cols.length; i++) if (fit[i] > fit[best]) best = i;
    if (best === 0) continue;
    choices.push({
      role,
      chosen: cols[best],
      others: cols.filter((_, i) => i !== best),
      fit,
      candidates: [...cols],
    });
  }
  return choices;
}
