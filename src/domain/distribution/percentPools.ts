/**
 * The amounts of the pools given as a percent of what remains after reserve and fixed budgets,
 * computed together: by largest remainder over the percents plus the part they leave (so each
 * is its percent rounded to the cent, and together they never exceed `base`), or, when the
 * percents add up to more than 100, each rounded half up on its own (a refusal follows).
 *
 * One definition for the distribution (tree.ts) and for validation's check of the pools against
 * the fund (validation/fund.ts): computed apart, two 50 % pools of 1.000,01 € were 500,01 € each
 * for validation and 500,01 + 500,00 € for the distribution, and validation refused a fund that
 * the pools did not exceed.
 */
import type { Cents } from '../model';
import { largestRemainderExact, percentOf, powerOfTen, toCommonScale } from '../money';

/** `percents`: finite and not negative. */
export function percentPoolAmounts(
  base: Cents,
  percents: readonly number[],
): { amounts: Cents[]; over: boolean } {
  const { values, scale } = toCommonScale(percents);
  const hundred = 100n * powerOfTen(scale);
  const sum = values.reduce((a, b) => a + b, 0n);
  const over = sum > hundred;
  const amounts = over
    ? percents.map((p) => percentOf(base, p))
    : largestRemainderExact(base, [...values, hundred - sum]).slice(0, -1);
  return { amounts, over };
}
