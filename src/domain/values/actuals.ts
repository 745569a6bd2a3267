/**
 * The measured value of an indicator, read according to its target.
 *
 * - at least / at most: a number. Text may carry "%" and a unit ("85%", "12 eventi", "n. 4");
 *   a percent-formatted cell (opts.percentFormat) holding 0.85 is 85, whatever the target.
 *   A plain 0.85 stays 0.85 here: one cell says nothing more; the reader reads a whole column
 *   of fractions as such (src/workbook/reader/fractions.ts).
 * - yes/no: a boolean (parseBoolean's words).
 * - deadline: the completion date (a percent-formatted number is a percentage, never a date
 *   serial); a boolean is accepted too ("SI", "fatto", TRUE) and means
 *   done without a recorded date. Scoring reads true as done on time, false as not done: a
 *   person who wrote "SI" under "entro il 30/06" declares it was done by then.
 * - manual: whatever is readable (boolean, date with its year, number, in that order for text); free text
 *   is UNREADABLE_ACTUAL, which callers may ignore since the achievement is typed by hand.
 */
import type { Actual, RawValue, Target } from '../model';
import { ok, fail, type ParseResult } from './result';
import { parseBoolean, readBooleanText } from './booleans';
import { parseDate, readDateText } from './dates';
import { tidy } from './numbers';
import { readQuantity } from './quantities';
import { cleanText, dateCellToIso, isBlank, isErrorValue, rawToText, simplify } from './text';

export interface ActualOptions {
  /** Plan year, for completion dates written without one. */
  year?: number;
  /** The actual cell is percent-formatted: Excel holds 0.85 for 85 %. */
  percentFormat?: boolean;
}

function readNumberActual(raw: RawValue, opts: ActualOptions): ParseResult<Actual> {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('NOT_A_NUMBER', String(raw));
    return ok({ kind: 'number', value: opts.percentFormat ? tidy(raw * 100) : raw === 0 ? 0 : raw });
  }
  if (typeof raw === 'string') {
    const q = readQuantity(simplify(raw));
    if (q && !/\d/.test(q.rest)) return ok({ kind: 'number', value: q.value });
  }
  return fail('NOT_A_NUMBER', rawToText(raw));
}

function readDeadlineActual(raw: RawValue, opts: ActualOptions): ParseResult<Actual> {
  // A percent-formatted number is a percentage, not a date serial: 1 in a "0%" cell is 100 %,
  // not 1 January 1900. Scoring finds a number against a deadline and asks for the % by hand.
  if (typeof raw === 'number' && opts.percentFormat) return readNumberActual(raw, opts);
  const date = parseDate(raw, { year: opts.year });
  if (date.ok) return ok({ kind: 'date', date: date.value });
  const code = date.problem.code;
  if ((code === 'UNREADABLE_DATE' || code === 'DATE_WITHOUT_YEAR') && typeof raw !== 'number') {
    const done = parseBoolean(raw);
    if (done.ok) return ok({ kind: 'boolean', value: done.value });
  }
  return date;
}

function readManualActual(raw: RawValue, opts: Omit<ActualOptions, 'year'>): ParseResult<Actual> {
  if (typeof raw === 'number') return readNumberActual(raw, opts);
  if (typeof raw === 'boolean') return ok({ kind: 'boolean', value: raw });
  if (raw instanceof Date) {
    const iso = dateCellToIso(raw);
    return iso === undefined ? fail('UNREADABLE_DATE', rawToText(raw)) : ok({ kind: 'date', date: iso });
  }
  const text = cleanText(raw as string);
  const flag = readBooleanText(text);
  if (flag !== undefined) return ok({ kind: 'boolean', value: flag });
  // No plan year here: "1.5" is a number, only a date with its year ("15/11/2023") is a date.
  const reading = readDateText(text);
  if (reading.kind === 'date') return ok({ kind: 'date', date: reading.date });
  const number = readNumberActual(text, opts);
  return number.ok ? number : fail('UNREADABLE_ACTUAL', text);
}

export function parseActual(raw: RawValue, target: Target, opts: ActualOptions = {}): ParseResult<Actual> {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  switch (target.kind) {
    case 'atLeast':
    case 'atMost':
      return readNumberActual(raw, opts);
    case 'yesNo': {
      const flag = parseBoolean(raw);
      return flag.ok ? ok({ kind: 'boolean', value: flag.value }) : flag;
    }
    case 'deadline':
      return readDeadlineActual(raw, opts);
    case 'manual':
      return readManualActual(raw, opts);
  }
}
