/**
 * Values of the parameters sheet: one reader per kind of cell (money, percent, yes/no,
 * keyword...), built on the domain's value parsers. A reading that fails says which finding code
 * applies and the text the user sees in the cell; the caller adds the cell and the label.
 */
import type { Cents, RawValue } from '../../domain/model';
import {
  isErrorValue,
  normalizeLabel,
  parseBoolean,
  parseMoney,
  parseNumber,
  parsePercent,
  parseText,
  rawToText,
} from '../../domain/values';

export type Reading<T> = { ok: true; value: T } | { ok: false; code: string; text: string };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });

function bad<T>(code: string, raw: RawValue): Reading<T> {
  if (isErrorValue(raw)) return { ok: false, code: 'PARAMS_ERROR_VALUE', text: raw.error };
  return { ok: false, code, text: rawToText(raw) };
}

export function readMoney(raw: RawValue): Reading<Cents> {
  const r = parseMoney(raw);
  if (r.ok) return ok(r.value);
  return bad(r.problem.code === 'NEGATIVE' ? 'PARAMS_MONEY_NEGATIVE' : 'PARAMS_NOT_MONEY', raw);
}

export function readPercent(raw: RawValue, percentFormat: boolean): Reading<number> {
  const r = parsePercent(raw, { percentFormat });
  return r.ok ? ok(r.value) : bad('PARAMS_NOT_PERCENT', raw);
}

export function readNumber(raw: RawValue): Reading<number> {
  const r = parseNumber(raw);
  return r.ok ? ok(r.value) : bad('PARAMS_NOT_NUMBER', raw);
}

export function readInteger(raw: RawValue): Reading<number> {
  const r = readNumber(raw);
  if (r.ok && !Number.isInteger(r.value)) return bad('PARAMS_NOT_INTEGER', raw);
  return r;
}

export function readYesNo(raw: RawValue): Reading<boolean> {
  const r = parseBoolean(raw);
  return r.ok ? ok(r.value) : bad('PARAMS_NOT_YES_NO', raw);
}

export function readText(raw: RawValue): Reading<string> {
  const r = parseText(raw);
  // Only error values and non-finite numbers fail here: neither is text.
  return r.ok ? ok(r.value) : bad('PARAMS_NOT_NUMBER', raw);
}

/** One of a keyword table's words, matched after normalisation ("Sì/No" = "si no"). */
export function readKeyword<T>(raw: RawValue, words: Readonly<Record<string, T>>): Reading<T> {
  if (typeof raw === 'string') {
    const key = normalizeLabel(raw);
    if (Object.prototype.hasOwnProperty.call(words, key)) return ok(words[key]);
  }
  return bad('PARAMS_NOT_KEYWORD', raw);
}
