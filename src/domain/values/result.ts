/**
 * Result type shared by every value parser. A parser never throws on user data: it returns the
 * value or a `ParseProblem` whose code is stable (catalogue key `finding.PARSE_<CODE>`) and
 * whose detail is the text found in the cell, as the user sees it.
 */
import type { ParseProblem } from '../model';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

/** Every problem code the value parsers produce. */
export const PARSE_CODES = [
  'EMPTY',
  'ERROR_VALUE',
  'NOT_A_NUMBER',
  'NEGATIVE',
  'OUT_OF_RANGE',
  'NOT_A_BOOLEAN',
  'UNREADABLE_DATE',
  /** A day and month ("31.10", "entro giugno") with no year written and no plan year. */
  'DATE_WITHOUT_YEAR',
  'IMPOSSIBLE_DATE',
  'UNREADABLE_TARGET',
  'UNREADABLE_ACTUAL',
  'UNKNOWN_CATEGORY',
  'UNREADABLE_ASSIGNMENTS',
  /** Set by the workbook reader, not a parser: a formula the file holds no computed value for. */
  'NOT_CALCULATED',
] as const;

export type ParseCode = (typeof PARSE_CODES)[number];

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(code: ParseCode, detail?: string): ParseResult<T> {
  return { ok: false, problem: detail === undefined ? { code } : { code, detail } };
}

/** Catalogue key of a parse problem's message: params are `{cell, text}`. */
export function parseProblemKey(problem: ParseProblem): string {
  return `finding.PARSE_${problem.code}`;
}
