/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD"), in plain integers: no Date objects and no
 * time zones, so a date never shifts by a day.
 */
import type { IsoDate } from '../model';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function toIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Splits an ISO date; throws on a malformed one (IsoDates come from the parsers, never users). */
export function fromIso(iso: IsoDate): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidYmd(ymd.year, ymd.month, ymd.day)) throw new RangeError(`Impossible date: ${iso}`);
  return ymd;
}

/** "2023-12-31" -> "31/12/2023", as Italian users write dates. */
export function isoToItalian(iso: IsoDate): string {
  const { year, month, day } = fromIso(iso);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/**
 * Adds whole months. A month-end date stays at month end (28/02 + 1 = 31/03, 30/04 + 1 = 31/05);
 * other days are kept and clamped to the month's length (31/01 is a month end, 30/01 + 1 = 28/02).
 */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  const atMonthEnd = date.day === daysInMonth(date.year, date.month);
  return { year, month, day: atMonthEnd ? last : Math.min(date.day, last) };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
