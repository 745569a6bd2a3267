/**
 * Sub-weights actually used for an objective's indicators (DOMAIN.md section 5: equal
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
  const n = given.length;
  if (n === 0) return [];
  const known = given.map((w) => (w !== undefined && Number.isFinite(w) ? Math.max(0, w) : undefined));
  const blanks = known.filter((w) => w === undefined).length;
  const givenSum = known.reduce<number>((s, w) => s + (w ?? 0), 0);
  const blankShare = blanks > 0 ? Math.max(0, 100 - givenSum) / blanks : 0;
  const used = known.map((w) => w ?? blankShare);
  if (used.every((w) => w === 0)) return used.map(() => 100 / n);
  return used;
}
