/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD") for deadline indicators. Pure integer
 * arithmetic on year, month and day: no Date objects, so no time zones.
 */
import type { IsoDate } from '../model';

interface Ymd {
  y: number;
  /** 1..12 */
  m: number;
  d: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parses "YYYY-MM-DD"; undefined when malformed or impossible ("2021-06-31"). */
export function parseIsoDate(iso: IsoDate): Ymd | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

function compare(a: Ymd, b: Ymd): number {
  return a.y * 10000 + a.m * 100 + a.d - (b.y * 10000 + b.m * 100 + b.d);
}

/** Same day n months later; the day is clamped to the month's end (31/01 + 1 month = 28/02 or 29/02). */
function addMonths(date: Ymd, n: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/**
 * Months late, counting each started month as a whole one: the smallest n such that the
 * deadline moved forward by n months is on or after the completion date. 0 when on time;
 * undefined when either date is not a valid ISO date.
 * Examples: deadline 31/12/2023, completed 01/01/2024 -> 1; 31/01/2024 -> 1; 15/02/2024 -> 2.
 */
export function monthsLate(deadline: IsoDate, completion: IsoDate): number | undefined {
  const due = parseIsoDate(deadline);
  const done = parseIsoDate(completion);
  if (due === undefined || done === undefined) return undefined;
  if (compare(done, due) <= 0) return 0;
  // Start just below the calendar month difference and step up: at most two iterations.
  let n = Math.max(1, (done.y - due.y) * 12 + (done.m - due.m) - 1);
  while (compare(addMonths(due, n), done) < 0) n++;
  return n;
}

/** "2024-02-15" -> "15/02/2024", the way users write dates; anything else is returned as is. */
export function formatIsoDate(iso: IsoDate): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
