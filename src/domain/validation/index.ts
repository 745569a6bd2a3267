/**
 * Validation: the one-click check of a plan (docs/domain.md section 7). Pure: a Plan in, findings
 * out, sorted errors first, then by sheet and cell, deterministically. An error blocks the
 * distribution, a warning does not (it is repeated in the distribution sheet).
 *
 * | code                                  | severity | module         |
 * | ------------------------------------- | -------- | -------------- |
 * | WEIGHT_MISSING                        | error    | weights        |
 * | WEIGHT_NOT_NUMBER                     | error    | weights        |
 * | WEIGHT_NEGATIVE                       | error    | weights        |
 * | WEIGHT_OVER_100                       | error    | weights        |
 * | WEIGHTS_SUM                           | error    | weights        |
 * | WEIGHTS_MIXED_FRACTIONS               | warning  | weights (with WEIGHTS_SUM, says the likely cause) |
 * | TOTAL_MISMATCH                        | error    | totals         |
 * | TOTAL_NOT_NUMBER                      | warning  | totals         |
 * | OBJECTIVE_DUPLICATE_ID                | error    | objectives     |
 * | TRANSVERSAL_TITLE_MISMATCH            | error    | objectives     |
 * | PAYMENT_TIMES_WEIGHT                  | warning  | paymentTimes   |
 * | SUBWEIGHTS_SUM                        | error    | indicators     |
 * | SUBWEIGHTS_PARTIAL                    | error    | indicators     |
 * | SUBWEIGHT_NOT_NUMBER                  | error    | indicators     |
 * | SUBWEIGHT_NEGATIVE                    | error    | indicators     |
 * | SHARES_SUM                            | error    | assignments    |
 * | SHARES_PARTIAL                        | error    | assignments    |
 * | SHARE_NOT_NUMBER                      | error    | assignments    |
 * | SHARE_OUT_OF_RANGE                    | error    | assignments    |
 * | ASSIGNEE_UNKNOWN                      | error    | assignments    |
 * | ASSIGNMENT_OBJECTIVE_UNKNOWN          | error    | assignments    |
 * | STAFF_TABLE_MISSING                   | warning  | assignments    |
 * | HOURS_OVER_FULL_TIME                  | error if params.partTime, else warning | staff |
 * | HOURS_NOT_NUMBER                      | error if params.partTime, else warning | staff |
 * | HOURS_NOT_POSITIVE                    | error if params.partTime, else warning | staff |
 * | EVALUATION_NOT_NUMBER                 | error if params.individualEvaluation, else warning | staff |
 * | EVALUATION_OUT_OF_RANGE               | error if params.individualEvaluation, else warning | staff |
 * | EMPLOYEE_DUPLICATE                    | error    | staff          |
 * | RELEVANCE_SUM                         | error    | relevance      |
 * | RELEVANCE_MISSING                     | error    | relevance      |
 * | RELEVANCE_WITHOUT_OBJECTIVES          | error    | relevance      |
 * | RELEVANCE_NOT_NUMBER                  | error    | relevance      |
 * | RELEVANCE_OUT_OF_RANGE                | error    | relevance      |
 * | BUDGETS_OVER_FUND                     | error    | fund           |
 * | FIXED_BUDGET_NOT_NUMBER               | error    | fund           |
 * | FIXED_BUDGET_NEGATIVE                 | error    | fund           |
 * | CATEGORY_UNKNOWN                      | error    | projects       |
 * | CATEGORY_EMPTY                        | error    | projects (in a coefficient pool) |
 * | TIPOLOGIA_UNKNOWN                     | warning  | projects (goes to the catch-all pool) |
 * | TIPOLOGIA_UNKNOWN_NO_POOL             | warning  | projects (no pool holds it) |
 * | POINTS_MISMATCH                       | error    | projects       |
 * | COEFFICIENT_MISMATCH                  | error    | projects       |
 * | TOTAL_COEFFICIENT_MISMATCH            | error    | projects       |
 * | HEADCOUNT_MISMATCH                    | error    | projects       |
 * | HEADCOUNT_INVALID                     | error    | projects       |
 * | POOL_COEFFICIENTS_ZERO                | error    | projects       |
 * | DATE_INVALID                          | error    | dates          |
 * | DATE_UNREADABLE                       | error    | dates          |
 * | DATE_NO_YEAR                          | error; warning for a target when an achievement % is typed | dates |
 * | SOGLIA_OUT_OF_RANGE                   | error    | dates          |
 * | SOGLIA_NOT_NUMBER                     | error    | dates          |
 * | TARGET_UNREADABLE                     | error; warning when an achievement % is typed | dates |
 * | MANUAL_ACHIEVEMENT_NOT_NUMBER         | error    | dates          |
 * | MANUAL_ACHIEVEMENT_OUT_OF_RANGE       | error    | dates          |
 * | PARAM_FUND_MISSING                    | warning  | params (the distribution refuses) |
 * | PARAM_FUND_NEGATIVE                   | error    | params         |
 * | PARAM_RESERVE_NEGATIVE                | error    | params         |
 * | PARAM_RESERVE_OVER_FUND               | error    | params         |
 * | PARAM_POOL_WITHOUT_AMOUNT             | error    | params         |
 * | PARAM_POOL_AMOUNT_AND_PERCENT         | error    | params         |
 * | PARAM_POOL_AMOUNT_NEGATIVE            | error    | params         |
 * | PARAM_POOL_PERCENT_OUT_OF_RANGE       | error    | params         |
 * | PARAM_POOL_PERCENTS_OVER_100          | error    | params         |
 * | PARAM_CATEGORY_POINTS_NEGATIVE        | error    | params         |
 * | PARAM_HEADCOUNT_BANDS_FIRST_MIN       | error    | params         |
 * | PARAM_HEADCOUNT_BANDS_UNORDERED       | error    | params         |
 * | PARAM_HEADCOUNT_BANDS_DUPLICATE       | error    | params         |
 * | PARAM_HEADCOUNT_COEFFICIENT_NEGATIVE  | error    | params         |
 * | PARAM_PENALTY_OUT_OF_RANGE            | error    | params         |
 * | PARAM_FULL_TIME_HOURS                 | error    | params         |
 * | PARAM_CURVE_*                         | see scoring/payoutCurve.ts (EMPTY and DECREASING warn) | params |
 */
import type { CellRef, Plan } from '../model';
import type { Finding } from '../findings';
import { checkWeights } from './weights';
import { checkTotals } from './totals';
import { checkObjectives } from './objectives';
import { checkPaymentTimes } from './paymentTimes';
import { checkIndicators } from './indicators';
import { checkAssignments } from './assignments';
import { checkStaff } from './staff';
import { checkRelevance } from './relevance';
import { checkFund } from './fund';
import { checkProjects } from './projects';
import { checkDatesAndTargets } from './dates';
import { validateParameters } from './params';
import { withEngineRun } from '../engineRun';

export { validateParameters } from './params';

/** Every check of docs/domain.md section 7 on a plan, parameters included. */
export function validate(plan: Plan): Finding[] {
  return withEngineRun(plan, () => validateAll(plan));
}

function validateAll(plan: Plan): Finding[] {
  const findings = [
    ...validateParameters(plan.params),
    ...checkWeights(plan),
    ...checkTotals(plan),
    ...checkObjectives(plan),
    ...checkPaymentTimes(plan),
    ...checkIndicators(plan),
    ...checkAssignments(plan),
    ...checkStaff(plan),
    ...checkRelevance(plan),
    ...checkFund(plan),
    ...checkProjects(plan),
    ...checkDatesAndTargets(plan),
  ];
  return sortFindings(findings.map(withUniqueCells));
}

/** True when the findings let the distribution run (no errors). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function withUniqueCells(f: Finding): Finding {
  const seen = new Set<string>();
  const cells = f.cells.filter((c) => {
    const key = `${c.sheet}\u0000${c.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return cells.length === f.cells.length ? f : { ...f, cells };
}

/** "AB12" or "AB12:AC14" -> [row, column] of the top-left cell; unknown text sorts last. */
export function cellPosition(cell: string): [number, number] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cell.trim());
  if (m === null) return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), column];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareCells(a: CellRef | undefined, b: CellRef | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const bySheet = compareText(a.sheet, b.sheet);
  if (bySheet !== 0) return bySheet;
  const [ra, ca] = cellPosition(a.cell);
  const [rb, cb] = cellPosition(b.cell);
  return ra - rb || ca - cb || compareText(a.cell, b.cell);
}

/** Errors first, then by the first cell (sheet name, row, column), then code and message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      compareCells(a.cells[0], b.cells[0]) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}
