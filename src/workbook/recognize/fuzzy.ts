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

const YEAR = /^(19[9]\d|20\d\d)$/;
const UNIT_WORDS = new Set(['euro', 'eur', 'in', 'ore', 'giorni', 'anno', 'annuo', 'annua']);

/** The label without years and unit words; '' when nothing else is left. */
export function stripYearsAndUnits(label: string): string {
  const words = label.split(' ').filter((w) => w !== '' && !YEAR.test(w));
  // Unit words only at the end, so that "ore settimanali" keeps its "ore".
  while (words.length > 1 && UNIT_WORDS.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Rows of the distance table, reused: recognition asks about every text cell of a sheet. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  const cols = b.length + 1;
  if (cols > rowA.length) {
    rowA = new Int32Array(cols * 2);
    rowB = new Int32Array(cols * 2);
    rowC = new Int32Array(cols * 2);
  }
  // prev2 = row i-2, prev = row i-1, cur = row i.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[cols - 1];
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
