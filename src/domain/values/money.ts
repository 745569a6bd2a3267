/**
 * Money to the cent, without floating point error: text is read as decimal digits, numbers
 * through their shortest decimal representation (what Excel and the user see), never `x * 100`.
 *
 * More than two decimals round half up to the cent, away from zero (4193,235 -> 419324 cents;
 * formulas like =1000/3 give 333,333... -> 33333). Negative amounts are refused (NEGATIVE) unless
 * `allowNegative`: the fund, reserves, budgets and pools of a plan are never below zero.
 */
import type { Cents, RawValue } from '../model';
import { ok, fail, type ParseResult } from './result';
import { readDecimalText, type DecimalDigits } from './numbers';
import { cleanText, isBlank, isErrorValue, rawToText } from './text';

/** 13 integer digits keep cents within Number.MAX_SAFE_INTEGER (9e15). */
const MAX_INT_DIGITS = 13;

export interface MoneyOptions {
  allowNegative?: boolean;
}

function digitsToCents(d: DecimalDigits): Cents | undefined {
  if (d.int.length > MAX_INT_DIGITS) return undefined;
  const frac = d.frac.padEnd(3, '0');
  let cents = Number(d.int) * 100 + Number(frac.slice(0, 2));
  if (frac.charCodeAt(2) >= '5'.charCodeAt(0)) cents += 1;
  return d.negative && cents !== 0 ? -cents : cents;
}

/** Decimal digits of a JS number as its shortest round-trip text shows them (4193.23, not ...2999). */
function numberDigits(n: number): DecimalDigits {
  const abs = Math.abs(n);
  // Tiny numbers print as "1e-7": toFixed gives their digits; large ones are refused earlier.
  const text = /e/i.test(String(abs)) ? abs.toFixed(20) : String(abs);
  const [int, frac = ''] = text.split('.');
  return { negative: n < 0, int: int.replace(/^0+/, '') || '0', frac };
}

export function parseMoney(raw: RawValue, opts: MoneyOptions = {}): ParseResult<Cents> {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  let digits: DecimalDigits | undefined;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('NOT_A_NUMBER', String(raw));
    if (Math.abs(raw) >= 1e13) return fail('OUT_OF_RANGE', rawToText(raw));
    digits = numberDigits(raw);
  } else if (typeof raw === 'string') {
    digits = readDecimalText(raw);
    if (!digits) return fail('NOT_A_NUMBER', cleanText(raw));
  } else {
    return fail('NOT_A_NUMBER', rawToText(raw));
  }
  const cents = digitsToCents(digits);
  if (cents === undefined) return fail('OUT_OF_RANGE', rawToText(raw));
  if (cents < 0 && !opts.allowNegative) return fail('NEGATIVE', rawToText(raw));
  return ok(cents);
}
