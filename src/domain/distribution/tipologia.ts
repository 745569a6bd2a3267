/**
 * Tipologia progetto (docs/domain.md section 2) as pools match it: "generale", "intersettoriale",
 * "settore" (any "SETTORE n"). Pools list tipologie in the same words.
 */
import type { Objective } from '../model';

/**
 * Results of `normaliseTipologia` by text. A plan writes a handful of distinct tipologie on
 * thousands of rows; normalising (NFD and four regular expressions) for each row is wasted work.
 * The function is pure, so a cached answer is the same; the cache is emptied when it grows past
 * a bound, so free text in the column cannot make it grow without end.
 */
const normalised = new Map<string, string>();
const CACHE_LIMIT = 1000;

/** Lower case, no accents, single spaces; "SETTORE 2" -> "settore". */
export function normaliseTipologia(text: string): string {
  let n = normalised.get(text);
  if (n === undefined) {
    if (normalised.size >= CACHE_LIMIT) normalised.clear();
    n = normaliseTipologiaText(text);
    normalised.set(text, n);
  }
  return n;
}

function normaliseTipologiaText(text: string): string {
  const t = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (/^settor[ei]\b/.test(t)) return 'settore';
  if (/^obiettiv/.test(t)) return 'obiettivi';
  if (t.startsWith('intersettorial')) return 'intersettoriale';
  if (t.startsWith('general')) return 'generale';
  return t;
}

/**
 * The objective's tipologia. Objectives of the areas' weight tables (not projects) are
 * "obiettivi": pools hold them by relevance or weight, apart from the project pools. A project
 * without a tipologia written follows its scope: general and transversal count as "generale",
 * intersectoral as "intersettoriale", the others as "settore".
 */
export function objectiveTipologia(o: Objective): string {
  const written = o.tipologia?.value;
  if (written !== undefined && written.trim() !== '') return normaliseTipologia(written);
  if (!o.project) return 'obiettivi';
  switch (o.scope) {
    case 'intersectoral':
      return 'intersettoriale';
    case 'general':
    case 'transversal':
      return 'generale';
    default:
      return 'settore';
  }
}
