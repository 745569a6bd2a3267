/**
 * Which findings block only the payment (liquidazione), not the allocation (ripartizione
 * preventiva): those about achievements, indicators' results and individual evaluations, which
 * exist only at the end of the year, and declared amounts that disagree with Premia's. Every
 * other error blocks both: the allocation needs the fund, the pools and the split's figures.
 */
import type { Finding } from '../findings';

/** Payment-only codes besides the scoring ones (SCORE_*, all about achievements). */
const PAYMENT_CODES: ReadonlySet<string> = new Set([
  'DIST_MISSING_ACHIEVEMENT',
  'DIST_MISSING_EVALUATION',
  'DIST_DECLARED_AMOUNT_MISMATCH',
  'EVALUATION_NOT_NUMBER',
  'EVALUATION_OUT_OF_RANGE',
  'SUBWEIGHTS_PARTIAL',
  'SUBWEIGHTS_SUM',
  'SUBWEIGHT_NEGATIVE',
  'SUBWEIGHT_NOT_NUMBER',
  // Targets, soglie, deadlines and completion dates, typed achievements: what scoring reads.
  'TARGET_UNREADABLE',
  'SOGLIA_OUT_OF_RANGE',
  'SOGLIA_NOT_NUMBER',
  'DATE_INVALID',
  'DATE_UNREADABLE',
  'DATE_NO_YEAR',
  'MANUAL_ACHIEVEMENT_NOT_NUMBER',
  'MANUAL_ACHIEVEMENT_OUT_OF_RANGE',
  'PARAM_PENALTY_OUT_OF_RANGE',
]);

/**
 * The findings that only say an achievement is not there yet: with none anywhere in the plan,
 * the payment waits for them (it is not refused) and they are not errors of the allocation.
 */
export const NOT_MEASURED_YET: ReadonlySet<string> = new Set([
  'DIST_MISSING_ACHIEVEMENT',
  'SCORE_NO_ACHIEVEMENT',
  'SCORE_MISSING_ACTUAL',
]);

export function blocksOnlyPayment(f: Finding): boolean {
  return f.code.startsWith('SCORE_') || f.code.startsWith('PARAM_CURVE_') || PAYMENT_CODES.has(f.code);
}
