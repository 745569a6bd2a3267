/**
 * Header labels as people really type them: with a year ("IMPORTE STANZIATO 2024"), a unit
 * ("Importo (euro)"), a typo ("SOGGIA MINIMA", "IMPORTE") or a cut word ("COEFF. MULTIPLOC.").
 * Exact synonyms are tried first (synonyms.ts); this is the second chance, and what it matched
 * is said in the table's remarks, since it is a reading, not a certainty.
 *
 * Rules, on normalised labels (normalizeLabel), word by word against a synonym with as many
 * words:
 * - years (1990-2099, or "2024 2026" ranges) and unit words (euro, eur, ore, giorni, percentuale
 *   as a trailing unit) are dropped first; what is left must still have a word;
 * - a word equals the synonym's word, or
 * - it is a cut of it ("coeff" for "coefficiente", at least 4 letters, the synonym word longer), or
 * - it is one edit away (two for words of 8 letters or more) from the synonym's word or from the
 *   synonym word's start of the same length (a typo inside a cut word).
 * Words of fewer than 5 letters that are not equal or cuts never match, so short labels ("ore",
 * "n") stay exact; labels of more than 4 words are not tried (they are titles, not headers).
 */

import { editDistance } from '../../domain/values';

export { editDistance };

const YEAR = /^(19[9]\d|20\d\d)$/;
const UNIT_WORDS = new Set(['euro', 'eur', 'in', 'ore', 'giorni', 'anno', 'annuo', 'annua']);

/** The label without years and unit words; '' when nothing else is left. */
export function stripYearsAndUnits(label: string): string {
  const words = label.split(' ').filter((w) => w !== '' && !YEAR.test(w));
  // Unit words only at the end, so that "ore settimanali" keeps its "ore".
  while (words.length > 1 && UNIT_WORDS.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

function wordMatches(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (typed.length >= 4 && known.length > typed.length && known.startsWith(typed)) return true;
  if (typed.length < 5) return false;
  const max = typed.length >= 8 ? 2 : 1;
  if (editDistance(typed, known, max) <= max) return true;
  return known.length > typed.length && editDistance(typed, known.slice(0, typed.length), max) <= max;
}

/** Whether a normalised typed label reads as a normalised known label. */
export function labelMatches(typed: string, known: string): boolean {
  const t = typed.split(' ');
  const k = known.split(' ');
  if (t.length !== k.length) return false;
  return t.every((w, i) => wordMatches(w, k[i]));
}

/** Known labels by word count and first letter: a typo rarely hits a label's first letter. */
const groups = new WeakMap<readonly string[], Map<string, string[]>>();

function groupOf(known: readonly string[], words: string[]): string[] {
  let map = groups.get(known);
  if (!map) {
    map = new Map();
    for (const k of known) {
      const key = `${k.split(' ').length}:${k[0]}`;
      const list = map.get(key) ?? [];
      list.push(k);
      map.set(key, list);
    }
    groups.set(known, map);
  }
  return map.get(`${words.length}:${words[0][0]}`) ?? [];
}

/**
 * The known label a typed one reads as, or undefined. `known` are the normalised synonyms; the
 * first in their order that matches wins, with exact matches after stripping preferred.
 */
export function closestLabel(typed: string, known: readonly string[]): string | undefined {
  const stripped = stripYearsAndUnits(typed);
  if (stripped === '') return undefined;
  const words = stripped.split(' ');
  if (words.length > 4) return undefined;
  if (stripped !== typed && known.includes(stripped)) return stripped;
  return groupOf(known, words).find((k) => labelMatches(stripped, k));
}
