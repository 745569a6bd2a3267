/**
 * Small helpers shared by the validation checks: cell addresses, tolerant sums, text
 * normalisation and the way numbers are shown inside messages.
 */
import type { CellRef, Field, Objective, Plan, RawValue } from '../model';
import { formatNumber } from '../../i18n';
import { rawToText } from '../values/text';
import { objectiveAreas } from './objectiveAreas';
import { cellText } from '../cells';

/** Sums of percentages are compared with this absolute tolerance (33,33 + 33,33 + 33,34). */
export const TOLERANCE = 0.01;

export function sameNumber(a: number, b: number, tolerance = TOLERANCE): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/** Rounds to cents of a unit, so that 102.99999999 shows as 103 and differences stay tidy. */
export function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** "+3", "-0,5": a difference with its sign, Italian number format. */
export function signed(n: number): string {
  const r = round2(n);
  return (r > 0 ? '+' : '') + formatNumber('it', r);
}

// Validation's checks import it from here with the other helpers; it lives in domain/cells.ts.
export { cellText };

/** Several addresses for one message: "Pesi!C5, Pesi!C9". */
export function cellsText(refs: readonly (CellRef | undefined)[]): string {
  return refs
    .filter((r): r is CellRef => r !== undefined)
    .map(cellText)
    .join(', ');
}

/**
 * The raw content of a cell as the user would read it in an Italian message: "2,5", "VERO",
 * "30/03/2025", "#RIF!" as typed.
 */
export function rawText(raw: RawValue | undefined): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'object' && 'error' in raw) return raw.error;
  return rawToText(raw, 'it').trim();
}

/** The cell of a field, or of the row it belongs to when the field has none. */
export function fieldCell(field: Field<unknown> | undefined, fallback?: CellRef): CellRef | undefined {
  return field?.cell ?? fallback;
}

/** A field with neither a value nor a problem: the cell was empty or the column absent. */
export function isMissing(field: Field<unknown> | undefined): boolean {
  return field === undefined || (field.value === undefined && field.problem === undefined);
}

/**
 * The form in which two texts written by hand (titles of a transversal objective in two areas)
 * are compared: case, accents, punctuation and symbols of any kind (hyphen or en dash, straight
 * or curly apostrophe and quotes, a trailing "."), repeated spaces do not make them different;
 * letters and digits do. As header labels are matched (docs/domain.md section 4, normalizeLabel):
 * "PTPCT 2023 - 2025" and "PTPCT 2023 – 2025." give the same text, "dell'ente" and "dell’ente"
 * too. Every run of characters other than letters and digits becomes one space, so it never
 * creates a letter: a phrase of letters and spaces still matches where it matched before.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How an objective is named in messages: "2 (Area finanziaria)" style pieces. `where` is the
 * area, or the objective's title for objectives that belong to no single area.
 */
export function objectiveWhere(o: Objective): string {
  return o.area ?? (o.title.value || rawText(o.title.raw) || o.id);
}

/**
 * Objectives grouped by area, in plan order; only those weighed inside an area (area set, scope
 * 'area' or 'transversal'), areas in order of first appearance. Built once per validation run,
 * by the walk of objectiveAreas.ts (read only).
 */
export function areaObjectives(plan: Plan): ReadonlyMap<string, readonly Objective[]> {
  return objectiveAreas(plan).weighed;
}
