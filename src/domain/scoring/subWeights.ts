/**
 * Sub-weights actually used for an objective's indicators (docs/domain.md section 5: equal
 * sub-weights when none are given).
 *
 * Choice: a given sub-weight is kept (negative counts as 0); the indicators without one share
 * equally what the given ones leave to 100 (nothing when they already reach 100). With none
 * given this is the equal split of the brief; with "50" and two blanks the blanks get 25 each,
 * which is what a reader of the table would assume. When everything comes out 0 (all given as
 * 0), equal sub-weights are used so the objective still has an achievement; validation reports
 * sub-weights that do not add up to 100 either way.
 */
export function resolveSubWeights(given: readonly (number | undefined)[]): number[] {
  const used = new Float64Array(given.length);
  given.forEach((w, i) => (used[i] = w ?? Number.NaN));
  fillSubWeights(used, used.length);
  return Array.from(used);
}

/**
 * `resolveSubWeights` in place over the first `n` entries, for scoring every objective of a plan
 * without arrays per objective: `weights` holds the given sub-weights, NaN (or any value that is
 * not finite) for a missing one, and receives the sub-weights used.
 */
export function fillSubWeights(weights: Float64Array, n: number): void {
  if (n === 0) return;
  let blanks = 0;
  let givenSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (Number.isFinite(w)) givenSum += Math.max(0, w);
    else blanks++;
  }
  const blankShare = blanks > 0 ? Math.max(0, 100 - givenSum) / blanks : 0;
  let allZero = true;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    const used = Number.isFinite(w) ? Math.max(0, w) : blankShare;
    weights[i] = used;
    if (used !== 0) allZero = false;
  }
  if (allZero) weights.fill(100 / n, 0, n);
}
