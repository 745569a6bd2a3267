/**
 * Shared cell builders: text from the catalogue, money, percentages, links to source cells.
 *
 * Money arrives as integer cents and is written as euros (cents / 100) with a euro format:
 * the double nearest to the two-decimal value, which Excel shows exactly. Totals are always
 * summed in cents first and divided once, never summed as euros.
 */
import { formatMessage, type Locale } from '../../i18n';
import type { Cents, CellRef } from '../../domain/model';
import type { OutputCell } from '../port';

export const MONEY_FORMAT = '#,##0.00 "€"';
export const PERCENT_FORMAT = '0.00%';
export const COEFFICIENT_FORMAT = '0.00';
export const INTEGER_FORMAT = '0';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** Excel holds 32,767 characters in a cell; long trails are cut well before that. */
export const MAX_TEXT = 32000;

export interface SheetOptions {
  /** Language of headings and labels; Italian by default. */
  locale?: Locale;
  /** When the sheet was generated: shown under the title. */
  generatedAt?: Date;
}

/** A catalogue text of the writers' section (`sheet.<key>`). */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  return formatMessage(locale, `sheet.${key}`, params);
}

/** Plain text: written as text by the adapters, never as a formula, whatever it starts with. */
export function textCell(value: string | undefined | null, bold = false): OutputCell {
  if (value === undefined || value === null || value === '') return { value: null };
  const v = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  return bold ? { value: v, bold } : { value: v };
}

/** Long text that wraps within its column (a trail, a title, a note on a row). */
export function wrapped(value: string | undefined | null): OutputCell {
  const cell = textCell(value);
  return cell.value === null ? cell : { ...cell, wrap: true };
}

export function boldCell(value: string): OutputCell {
  return textCell(value, true);
}

export function emptyCell(): OutputCell {
  return { value: null };
}

/** Integer cents as euros with the euro format. Throws on a non-integer amount. */
export function moneyCell(cents: Cents, bold = false): OutputCell {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount is not integer cents: ${cents}`);
  const cell: OutputCell = { value: cents / 100, format: MONEY_FORMAT };
  if (bold) cell.bold = true;
  return cell;
}

/** A fraction (0.85 = 85 %) with the percent format; empty when unknown. */
export function percentCell(fraction: number | undefined): OutputCell {
  if (fraction === undefined || !Number.isFinite(fraction)) return { value: null };
  return { value: fraction, format: PERCENT_FORMAT };
}

export function numberCell(n: number | undefined, format?: string, bold = false): OutputCell {
  if (n === undefined || !Number.isFinite(n)) return { value: null };
  const cell: OutputCell = { value: n };
  if (format) cell.format = format;
  if (bold) cell.bold = true;
  return cell;
}

/** "Pesi 2025!C7": how a cell reference reads in a sheet. */
export function refText(ref: CellRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

/**
 * A link to the first of `refs`, showing it (and how many more there are). Empty when there
 * are no cells.
 */
export function linkCell(locale: Locale, refs: readonly CellRef[]): OutputCell {
  if (refs.length === 0) return { value: null };
  const first = refText(refs[0]);
  const value =
    refs.length === 1 ? first : t(locale, 'common.moreCells', { first, count: String(refs.length - 1) });
  return { value, link: { sheet: refs[0].sheet, cell: refs[0].cell } };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "12/03/2025 14:05", local time (where the user runs Premia). */
export function formatDateTime(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel date serial of the local wall-clock time of `d` (what Excel would show). */
export function excelSerial(d: Date): number {
  const wall = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
  );
  return (wall - EXCEL_EPOCH) / 86400000;
}

/** Excel serial of a Date read back from a sheet: its UTC fields are the cell's wall time. */
export function excelSerialFromUtc(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86400000;
}

/** A comune's name that already says what it is: "Comune di X", "Città di X", "Comune d'X". */
const NAMED_COMUNE = /^(comune|citt[aà]|municipio|unione)\s+(di\s|d['’]|dei\s|delle\s)/i;

/** Title lines under a sheet's heading: the plan and the generation time, when known. */
export function subtitle(
  locale: Locale,
  plan: { comune?: string; year?: number } | undefined,
  generatedAt: Date | undefined,
): string | undefined {
  const parts: string[] = [];
  const comune = plan?.comune?.trim();
  const year = plan?.year;
  // A name written whole ("Comune di Valdoria", "Città di ...") is not prefixed again.
  const named = comune !== undefined && NAMED_COMUNE.test(comune);
  if (comune && year !== undefined)
    parts.push(t(locale, named ? 'common.planNamed' : 'common.plan', { comune, year: String(year) }));
  else if (comune) parts.push(named ? comune : t(locale, 'common.planComune', { comune }));
  else if (year !== undefined) parts.push(t(locale, 'common.planYear', { year: String(year) }));
  if (generatedAt) parts.push(t(locale, 'common.generatedAt', { date: formatDateTime(generatedAt) }));
  return parts.length > 0 ? parts.join(' – ') : undefined;
}
