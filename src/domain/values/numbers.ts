/**
 * Numbers and percentages as users write them in Italian workbooks.
 *
 * Reading rule for text (Italian decimal comma and thousands dot are the default):
 * - both "." and "," present: the LAST one is the decimal separator, the other groups thousands
 *   and must group by 3 ("4.193,23" = 4193.23, "1,200.50" = 1200.5, "1,2.3" is not a number);
 * - only ",": one comma is decimal ("0,25", "1,200" = 1.2); several group thousands
 *   ("1,234,567");
 * - only ".": several dots group thousands ("1.234.567"); ONE dot followed by exactly three
 *   digits, after 1-3 digits that do not start with 0, is a thousands dot ("1.200" = 1200,
 *   "12.345" = 12345); any other single dot is decimal ("1.5", "0.250", "1234.567", "12.3456");
 * - spaces may group thousands ("1 234,56"); non-breaking spaces count as spaces;
 * - "€", "EUR", "euro" before or after, and a leading "+", "-" or "−" are allowed;
 * - no parentheses for negatives ("(3)"), no exponents, no "%" (see parsePercent).
 */
import type { RawValue } from '../model';
import { ok, fail, type ParseResult } from './result';
import { cleanText, isBlank, isErrorValue, rawToText } from './text';

/** A decimal number read from text, kept as digits so money never goes through floats. */
export interface DecimalDigits {
  negative: boolean;
  /** Integer digits without leading zeros ("0" for none). */
  int: string;
  /** Fraction digits as written ("" for none). */
  frac: string;
}

const CURRENCY = '(?:€|euro|eur)';
const LEADING = new RegExp(`^([+\\-\\u2212])?\\s*(?:${CURRENCY}\\.?\\s*)?([+\\-\\u2212])?\\s*`, 'i');
const TRAILING = new RegExp(`\\s*${CURRENCY}\\.?$`, 'i');

function grouped(part: string, sep: '.' | ','): boolean {
  const s = sep === '.' ? '\\.' : ',';
  return new RegExp(`^\\d{1,3}(${s}\\d{3})+$`).test(part);
}

/** Reads a number written as text (rules above); undefined when it is not one. */
export function readDecimalText(text: string): DecimalDigits | undefined {
  let s = cleanText(text).replace(TRAILING, '');
  const lead = LEADING.exec(s);
  let negative = false;
  if (lead) {
    if (lead[1] !== undefined && lead[2] !== undefined) return undefined;
    const sign = lead[1] ?? lead[2];
    negative = sign === '-' || sign === '\u2212';
    s = s.slice(lead[0].length);
  }
  // Spaces are only allowed as thousands groups: "1 234 567,89".
  if (s.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return undefined;
    s = s.replace(/ /g, '');
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(s)) return undefined;

  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let decimal: '.' | ',' | undefined;
  let thousands: '.' | ',' | undefined;
  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    thousands = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) !== 1) return undefined;
  } else if (commas > 0) {
    if (commas === 1) decimal = ',';
    else thousands = ',';
  } else if (dots > 0) {
    if (dots > 1 || /^[1-9]\d{0,2}\.\d{3}$/.test(s)) thousands = '.';
    else decimal = '.';
  }

  let intPart = s;
  let frac = '';
  if (decimal !== undefined) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d+$/.test(frac)) return undefined;
  }
  if (thousands !== undefined && intPart.includes(thousands)) {
    if (!grouped(intPart, thousands)) return undefined;
    intPart = intPart.split(thousands).join('');
  }
  if (!/^\d*$/.test(intPart)) return undefined;
  const int = intPart.replace(/^0+/, '') || '0';
  return { negative, int, frac };
}

/** The JS number of decimal digits; -0 becomes 0. */
export function digitsToNumber(d: DecimalDigits): number {
  const n = Number(`${d.negative ? '-' : ''}${d.int}.${d.frac || '0'}`);
  return n === 0 ? 0 : n;
}

/** Removes binary noise from a product like 0.07 * 100 = 7.000000000000001. */
export function tidy(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

/** Problems common to every numeric parser: blank, error values, booleans, dates. */
function nonNumeric(raw: RawValue): ParseResult<number> | undefined {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  if (typeof raw === 'boolean' || raw instanceof Date) return fail('NOT_A_NUMBER', rawToText(raw));
  return undefined;
}

export function parseNumber(raw: RawValue): ParseResult<number> {
  const problem = nonNumeric(raw);
  if (problem) return problem;
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? ok(raw === 0 ? 0 : raw) : fail('NOT_A_NUMBER', String(raw));
  }
  const text = raw as string;
  const digits = readDecimalText(text);
  return digits ? ok(digitsToNumber(digits)) : fail('NOT_A_NUMBER', rawToText(text));
}

export interface PercentOptions {
  /** The cell is formatted as a percentage: Excel stores 0.25 for 25 %. */
  percentFormat?: boolean;
}

/**
 * A percentage on the 0..100 scale: "25%", "25 %", "25" and a number 25 are all 25; a number
 * 0.25 is 25 only when the cell is percent-formatted. Text "0,25" stays 0.25: telling a column
 * of fractions apart is `looksLikeFractions`' job, on the whole column.
 */
export function parsePercent(raw: RawValue, opts: PercentOptions = {}): ParseResult<number> {
  const problem = nonNumeric(raw);
  if (problem) return problem;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('NOT_A_NUMBER', String(raw));
    return ok(opts.percentFormat ? tidy(raw * 100) : raw === 0 ? 0 : raw);
  }
  const text = cleanText(raw as string);
  const digits = readDecimalText(text.replace(/\s*%$/, ''));
  return digits ? ok(digitsToNumber(digits)) : fail('NOT_A_NUMBER', text);
}

/** Tolerance on the sum of a fraction column: 0.011 absorbs rounding of 3-decimal fractions. */
export const FRACTION_SUM_TOLERANCE = 0.011;

/**
 * A weight column whose values are all between 0 and 1 and add up to about 1 (±0.011) holds
 * fractions, not percentages (docs/domain.md section 4). An empty column does not.
 */
export function looksLikeFractions(values: number[]): boolean {
  if (values.length === 0) return false;
  if (!values.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)) return false;
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) <= FRACTION_SUM_TOLERANCE;
}
