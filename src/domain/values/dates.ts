/**
 * Dates as they appear in plans, to ISO "YYYY-MM-DD".
 *
 * - Excel serials (1900 date system): 1 = 01/01/1900. Excel counts a 29/02/1900 that never
 *   existed (serial 60, a Lotus bug), so serials from 61 on are one day "ahead": 61 = 01/03/1900.
 *   Serial 60 itself is IMPOSSIBLE_DATE. A time part is dropped. Serials are taken literally.
 * - Date cells: their UTC parts (ExcelJS builds dates at UTC midnight).
 * - Text: "31/12/2023", "31.12.2023", "31-12-2023", "31/12/23" (two-digit years are 20yy),
 *   "2023-12-31", "31 dicembre 2023", "31 dic. 2023", with an optional lead such as "entro il",
 *   "entro", "scadenza", "al", "entro il mese di", "fine". Without a year ("Entro 31.10",
 *   "30 settembre", "entro giugno") the plan year `opts.year` is used; with no plan year it is
 *   DATE_WITHOUT_YEAR (the year is what is missing, not a readable date). A month alone ("entro dicembre 2023") is the month's last day; "entro il
 *   2023" is 31/12/2023.
 * - An impossible date ("31/06/2021", "12/13/2023") is IMPOSSIBLE_DATE, never rolled over.
 */
import type { IsoDate, RawValue } from '../model';
import { ok, fail, type ParseResult } from './result';
import { daysInMonth, fromIso, isValidYmd, toIso } from './calendar';
import { dateCellToIso, isBlank, isErrorValue, rawToText, simplify } from './text';

export interface DateOptions {
  /** Plan year, for dates written without one ("Entro 31.10"). */
  year?: number;
}

/** Last serial Excel accepts: 31/12/9999. */
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;

/** Excel 1900-system serial -> ISO date (see the file comment for serial 60). */
export function excelSerialToIso(serial: number): ParseResult<IsoDate> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
    return fail('UNREADABLE_DATE', rawToText(serial));
  }
  const day = Math.floor(serial);
  if (day === 60) return fail('IMPOSSIBLE_DATE', '29/02/1900');
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + day * DAY_MS);
  return ok(toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
}

const MONTHS: Record<string, number> = {
  gennaio: 1,
  gen: 1,
  febbraio: 2,
  feb: 2,
  marzo: 3,
  mar: 3,
  aprile: 4,
  apr: 4,
  maggio: 5,
  mag: 5,
  giugno: 6,
  giu: 6,
  luglio: 7,
  lug: 7,
  agosto: 8,
  ago: 8,
  settembre: 9,
  set: 9,
  sett: 9,
  ottobre: 10,
  ott: 10,
  novembre: 11,
  nov: 11,
  dicembre: 12,
  dic: 12,
};
const MONTH_NAME = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;

/** Words that may precede a date ("entro il", "scadenza:", "entro il mese di"). */
const LEAD = /^(?:(?:entro|scadenza|termine|data|di|al|il|lo|la|del|della|mese|fine|a|e|non|oltre)\b|:)\s*/;

/** How a text reads as a date: a date, an impossible one, one without year, or not a date. */
export type DateReading =
  { kind: 'date'; date: IsoDate } | { kind: 'impossible' } | { kind: 'noYear' } | { kind: 'none' };

function build(d: number, m: number, y: string | undefined, planYear?: number): DateReading {
  let year: number;
  if (y === undefined) {
    if (planYear === undefined) return { kind: 'noYear' };
    year = planYear;
  } else {
    year = y.length === 2 ? 2000 + Number(y) : Number(y);
  }
  if (!isValidYmd(year, m, d) || year < 1900) return { kind: 'impossible' };
  return { kind: 'date', date: toIso(year, m, d) };
}

/** Reads a date written as text (whole cell, after an optional lead such as "entro il"). */
export function readDateText(text: string, planYear?: number): DateReading {
  let s = simplify(text).replace(/[.;,]+$/, '');
  const startsWithEntro = s.startsWith('entro');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(LEAD, '');
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return build(Number(m[3]), Number(m[2]), m[1], planYear);
  m = /^(\d{1,2}) ?([/.-]) ?(\d{1,2})(?: ?\2 ?(\d{4}|\d{2}))?$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[3]), m[4], planYear);
  m = new RegExp(`^(\\d{1,2}) ?[°º]? ${MONTH_NAME}(?: (\\d{4}))?$`).exec(s);
  if (m) return build(Number(m[1]), MONTHS[m[2]], m[3], planYear);
  m = new RegExp(`^${MONTH_NAME}(?: (\\d{4}))?$`).exec(s);
  if (m) {
    const month = MONTHS[m[1]];
    const year = m[2] !== undefined ? Number(m[2]) : planYear;
    if (year === undefined) return { kind: 'noYear' };
    return build(daysInMonth(year, month), month, String(year));
  }
  if (startsWithEntro) {
    m = /^(\d{4})$/.exec(s);
    if (m) return build(31, 12, m[1]);
  }
  return { kind: 'none' };
}

export function parseDate(raw: RawValue, opts: DateOptions = {}): ParseResult<IsoDate> {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  if (typeof raw === 'number') {
    return excelSerialToIso(raw);
  }
  if (raw instanceof Date) {
    const iso = dateCellToIso(raw);
    if (iso === undefined || Number(iso.slice(0, 4)) < 1900) {
      return fail('UNREADABLE_DATE', rawToText(raw));
    }
    return ok(iso);
  }
  if (typeof raw !== 'string') return fail('UNREADABLE_DATE', rawToText(raw));
  const reading = readDateText(raw, opts.year);
  switch (reading.kind) {
    case 'date':
      return ok(reading.date);
    case 'impossible':
      return fail('IMPOSSIBLE_DATE', rawToText(raw));
    case 'noYear':
      return fail('DATE_WITHOUT_YEAR', rawToText(raw));
    default:
      return fail('UNREADABLE_DATE', rawToText(raw));
  }
}

/**
 * Months late, counting a started month as a whole one: 0 when completed on or before the
 * deadline, 1 from one day up to one month late, 2 up to two months, and so on. "One month
 * after" follows `addMonths`: a month-end deadline stays at month end (deadline 30/04:
 * completion 31/05 is 1 month late, 01/06 is 2).
 */
export function monthsLate(deadline: IsoDate, completion: IsoDate): number {
  return monthsLatePacked(packedIso(deadline), packedIso(completion));
}

/**
 * `monthsLate` of two dates packed as yyyymmdd numbers (`packedDate`): scoring asks it for every
 * late indicator of a plan, and objects per date and per step were most of its cost. Packed
 * dates compare as the dates do.
 */
export function monthsLatePacked(due: number, done: number): number {
  if (done <= due) return 0;
  const dueYear = Math.floor(due / 10000);
  const dueMonth = Math.floor(due / 100) % 100;
  const dueDay = due % 100;
  const atMonthEnd = dueDay === daysInMonth(dueYear, dueMonth);
  // Start just below the answer (a month before the completion month) and step up to it.
  let n = Math.max(
    1,
    (Math.floor(done / 10000) - dueYear) * 12 + (Math.floor(done / 100) % 100) - dueMonth - 1,
  );
  while (packedAddMonths(dueYear, dueMonth, dueDay, atMonthEnd, n) < done) n += 1;
  return n;
}

/** `addMonths` on a packed date (see there for month ends). */
function packedAddMonths(
  year: number,
  month: number,
  day: number,
  atMonthEnd: boolean,
  months: number,
): number {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = daysInMonth(y, m);
  return y * 10000 + m * 100 + (atMonthEnd ? last : Math.min(day, last));
}

/** A well-formed ISO date of a real day ("2024-02-29" yes, "2023-02-29" no), without a match or an object. */
export function isIsoDate(iso: IsoDate): boolean {
  return packedDate(iso) >= 0;
}

/** An ISO date as the number yyyymmdd, or -1 when it is malformed or impossible. */
export function packedDate(iso: IsoDate): number {
  const well = iso.length === 10 && iso.charCodeAt(4) === DASH && iso.charCodeAt(7) === DASH;
  const year = well ? digitsAt(iso, 0, 4) : -1;
  const month = year >= 0 ? digitsAt(iso, 5, 7) : -1;
  const day = month >= 0 ? digitsAt(iso, 8, 10) : -1;
  return day >= 0 && isValidYmd(year, month, day) ? year * 10000 + month * 100 + day : -1;
}

/** An ISO date as the number yyyymmdd; throws as `fromIso` does on a malformed or impossible one. */
function packedIso(iso: IsoDate): number {
  const packed = packedDate(iso);
  if (packed >= 0) return packed;
  const ymd = fromIso(iso); // not a valid ISO date: throws the error that says why
  return ymd.year * 10000 + ymd.month * 100 + ymd.day;
}

const DASH = 45;
const ZERO = 48;

/** The decimal number written at [from, to), or -1 when a character there is not a digit 0-9. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
