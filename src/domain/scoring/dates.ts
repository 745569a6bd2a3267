/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD") for deadline indicators. Pure integer
 * arithmetic on year, month and day: no Date objects, so no time zones.
 */
import type { IsoDate } from '../model';
import { isIsoDate, monthsLatePacked, packedDate } from '../values/dates';

export { isIsoDate };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Months late, counting each started month as a whole one (the rule of the value parsers, so
 * that reading and scoring agree); undefined when either date is not a valid ISO date.
 * Examples: deadline 31/12/2023, completed 01/01/2024 -> 1; 31/01/2024 -> 1; 15/02/2024 -> 2.
 */
export function monthsLate(deadline: IsoDate, completion: IsoDate): number | undefined {
  const due = packedDate(deadline);
  const done = packedDate(completion);
  return due < 0 || done < 0 ? undefined : monthsLatePacked(due, done);
}

/** "2024-02-15" -> "15/02/2024", the way users write dates; anything else is returned as is. */
export function formatIsoDate(iso: IsoDate): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
