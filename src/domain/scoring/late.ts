/**
 * Late penalty of deadline indicators (docs/domain.md section 5: a real plan takes 10 % per month
 * late, never below 0).
 */

/** Fraction kept after `months` months late at `penaltyPerMonth` percent each: 1 - p x m / 100, >= 0. */
export function lateFactor(months: number, penaltyPerMonth: number): number {
  if (months <= 0) return 1;
  // (100 - p*m) / 100 rather than 1 - p/100*m: exact for whole percents (0.7, not 0.7000000000000001).
  return Math.max(0, (100 - penaltyPerMonth * months) / 100);
}

/** Percent taken off, for explanations: capped at 100 (the achievement never goes below 0). */
export function latePenaltyPercent(months: number, penaltyPerMonth: number): number {
  return Math.min(100, Math.max(0, penaltyPerMonth * months));
}
