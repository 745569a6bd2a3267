/**
 * Project category -> key of the category points ("strategico", "una tantum"...).
 *
 * Accepted: the name in any case, with accents, dashes or dots ("Una-tantum", "STRATEGICO"), a
 * leading class number and trailing points ("1.Strategico", "STRATEGICO (40)"), other words
 * around it ("Progetto strategico") and gender/number endings ("strategica", "innovativi").
 * A bare number ("3") is the third class in `order` (the classes as listed in the table
 * header), or in the order of the points' keys when no order is given. More than one matching
 * category, or none, is UNKNOWN_CATEGORY.
 */
import type { RawValue } from '../model';
import { ok, fail, type ParseResult } from './result';
import { isBlank, isErrorValue, normalizeLabel, rawToText } from './text';

export interface CategoryOptions {
  /** Category keys in the order the header lists them, for numeric categories. */
  order?: string[];
}

/** Drops a final vowel so that strategico/strategica/strategici meet. */
const stem = (word: string): string => (word.length > 3 ? word.replace(/[aeio]$/, '') : word);

export function parseCategory(
  raw: RawValue,
  points: Readonly<Record<string, number>>,
  opts: CategoryOptions = {},
): ParseResult<string> {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  const shown = rawToText(raw);
  const keys = Object.keys(points);
  const label = normalizeLabel(typeof raw === 'number' ? String(raw) : shown);

  if (/^\d+$/.test(label)) {
    const order = opts.order ?? keys;
    const key = order[Number(label) - 1];
    return key !== undefined && keys.includes(key) ? ok(key) : fail('UNKNOWN_CATEGORY', shown);
  }

  const words = label.split(' ').filter((w) => !/^\d+$/.test(w));
  const stems = new Set(words.map(stem));
  const exact = keys.filter((k) => normalizeLabel(k) === words.join(' '));
  if (exact.length === 1) return ok(exact[0]);
  const matches = keys.filter((k) => {
    const keyWords = normalizeLabel(k).split(' ');
    return keyWords.length > 0 && keyWords.every((w) => stems.has(stem(w)));
  });
  return matches.length === 1 ? ok(matches[0]) : fail('UNKNOWN_CATEGORY', shown);
}
