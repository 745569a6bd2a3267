/**
 * Tipologia progetto (DOMAIN.md section 2) as pools match it: "generale", "intersettoriale",
 * "settore" (any "SETTORE n"). Pools list tipologie in the same words.
 */
import type { Objective } from '../model';

/** Lower case, no accents, single spaces; "SETTORE 2" -> "settore". */
export function normaliseTipologia(text: string): string {
  const t = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (/^settor[ei]\b/.test(t)) return 'settore';
  if (t.startsWith('intersettorial')) return 'intersettoriale';
  if (t.startsWith('general')) return 'generale';
  return t;
}

/**
 * The objective's tipologia. Without one written, it follows the objective's scope: general
 * and transversal objectives (shared by all areas) count as "generale", intersectoral ones as
 * "intersettoriale", area objectives as "settore".
 */
export function objectiveTipologia(o: Objective): string {
  const written = o.tipologia?.value;
  if (written !== undefined && written.trim() !== '') return normaliseTipologia(written);
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
