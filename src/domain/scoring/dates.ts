/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD") for deadline indicators. Pure integer
 * arithmetic on year, month and day: no Date objects, so no time zones.
 */
import type { IsoDate } from '../model';
import { monthsLate as monthsLateOfValidDates } from '../values/dates';

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

/**
 * Months late, counting each started month as a whole one (the rule of the value parsers, so
 * that reading and scoring agree); undefined when either date is not a valid ISO date.
 * Examples: deadline 31/12/2023, completed 01/01/2024 -> 1; 31/01/2024 -> 1; 15/02/2024 -> 2.
 */
export function monthsLate(deadline: IsoDate, completion: IsoDate): number | undefined {
  if (!isIsoDate(deadline) || !isIsoDate(completion)) return undefined;
  // Valid ISO dates sort as text: on time needs no calendar arithmetic (most indicators).
  if (completion <= deadline) return 0;
  return monthsLateOfValidDates(deadline, completion);
}

/**
 * `parseIsoDate(iso) !== undefined` without a match or an object: scoring checks the dates of
 * every deadline indicator of a plan.
 */
export function isIsoDate(iso: IsoDate): boolean {
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return false;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const DASH = 45;
const ZERO = 48;

/** The decimal number written at [from, to), or -1 when a character there is not a digit 0-9. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** "2024-02-15" -> "15/02/2024", the way users write dates; anything else is returned as is. */
export function formatIsoDate(iso: IsoDate): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
