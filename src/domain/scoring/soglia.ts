/**
 * Soglia minima (docs/domain.md section 5): below it the objective counts as 0; at or above it the
 * 'proportional' policy pays the achievement, 'full' pays 1.
 *
 * Choices: no soglia (or an unreadable one) means no threshold, and the policy does not apply
 * (the achievement passes unchanged). A soglia outside 0..100 is clamped (validation reports
 * it). 'full' never turns a zero achievement into a full payment, even with soglia 0: paying for
 * nothing achieved is what the national rules forbid.
 */
import type { Parameters } from '../model';
import { clamp01, toPercent } from './fraction';

export interface SogliaResult {
  /** Achievement after the soglia, 0..1. */
  value: number;
  belowSoglia: boolean;
}

export function applySoglia(
  achievement: number,
  soglia: number | undefined,
  policy: Parameters['sogliaPolicy'],
): SogliaResult {
  const a = clamp01(achievement);
  if (soglia === undefined || !Number.isFinite(soglia)) return { value: a, belowSoglia: false };
  const threshold = Math.min(100, Math.max(0, soglia));
  if (toPercent(a) < threshold) return { value: 0, belowSoglia: true };
  if (policy === 'full') return { value: a > 0 ? 1 : 0, belowSoglia: false };
  return { value: a, belowSoglia: false };
}
