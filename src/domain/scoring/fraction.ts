/** Small numeric helpers shared by the scoring modules. */

/** Clamps to 0..1; NaN (a value that cannot be a fraction) counts as 0. */
export function clamp01(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

/**
 * A fraction as a percent, rounded to 1e-9 so that comparisons with thresholds typed by users
 * (soglia 29 %, a band from 60 %) are not defeated by binary floating point (0.29 * 100 is
 * 28.999999999999996).
 */
export function toPercent(fraction: number): number {
  return Math.round(fraction * 100 * 1e9) / 1e9;
}

/** Percent for explanations: two decimals at most. */
export function displayPercent(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}
