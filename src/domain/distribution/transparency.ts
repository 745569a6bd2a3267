/**
 * Transparency summary (art. 20 d.lgs. 33/2013, docs/domain.md section 8) and the differentiation
 * check (art. 69 CCNL 21/5/2018).
 *
 * The spread is over employees with a total above 0 (those actually paid; "evaluated
 * positively" is read as "paid something"). Median: the middle amount, or for an even count
 * the mean of the two middle amounts rounded half up to the cent (the usual statistical
 * median, not the lower one). Average: total paid to them / their number, rounded half up.
 * Comparisons with the average ("above", "at least 130 % of") are exact, on the unrounded
 * average.
 */
import { finding, type Finding } from '../findings';
import { exactDecimal, powerOfTen, sumCents } from '../money';
import type { Cents, Parameters } from '../model';
import type { EmployeeAmount, TransparencySummary } from '../results';
import { cleanNumber } from './numbers';
import { euro } from './text';

/** a / b rounded half up, for non-negative integers. */
function divHalfUp(a: number, b: number): Cents {
  return Number((2n * BigInt(a) + BigInt(b)) / (2n * BigInt(b)));
}

function paidAmounts(employees: readonly EmployeeAmount[]): Cents[] {
  return employees
    .map((e) => e.total)
    .filter((t) => t > 0)
    .sort((a, b) => a - b);
}

export function transparencySummary(
  totals: { allocated: Cents; paid: Cents; withoutStaff: Cents; economie: Cents },
  employees: readonly EmployeeAmount[],
): TransparencySummary {
  const amounts = paidAmounts(employees);
  const n = amounts.length;
  const summary: TransparencySummary = {
    ...totals,
    employees: n,
    minimum: 0,
    median: 0,
    maximum: 0,
    average: 0,
    aboveAveragePercent: 0,
  };
  if (n === 0) return summary;
  const sum = sumCents(amounts);
  const mid = Math.floor(n / 2);
  summary.minimum = amounts[0];
  summary.maximum = amounts[n - 1];
  summary.median = n % 2 === 1 ? amounts[mid] : divHalfUp(amounts[mid - 1] + amounts[mid], 2);
  summary.average = divHalfUp(sum, n);
  // total > sum / n, compared as total x n > sum.
  const above = amounts.filter((t) => BigInt(t) * BigInt(n) > BigInt(sum)).length;
  summary.aboveAveragePercent = cleanNumber((above * 100) / n);
  return summary;
}

/**
 * Warning DIST_DIFFERENTIATION when fewer than `differentiationMinStaffPercent` % of the paid
 * employees get at least (100 + `differentiationPremiumPercent`) % of the average. Not checked
 * with fewer than two paid employees (there is nothing to differentiate).
 */
export function differentiationCheck(
  employees: readonly EmployeeAmount[],
  params: Parameters,
): Finding | undefined {
  const amounts = paidAmounts(employees);
  const n = amounts.length;
  if (n < 2) return undefined;
  const sum = sumCents(amounts);
  const premium = params.differentiationPremiumPercent;
  const minPercent = params.differentiationMinStaffPercent;
  const p = exactDecimal(100 + premium);
  // total >= (sum / n) x (100 + premium) / 100  <=>  total x n x 100 x 10^s >= sum x mantissa
  const left = BigInt(n) * 100n * powerOfTen(p.scale);
  const right = BigInt(sum) * p.mantissa;
  const count = amounts.filter((t) => BigInt(t) * left >= right).length;
  const m = exactDecimal(minPercent);
  // count / n x 100 < minPercent  <=>  count x 100 x 10^s < minPercent mantissa x n
  if (BigInt(count) * 100n * powerOfTen(m.scale) >= m.mantissa * BigInt(n)) return undefined;
  const average = divHalfUp(sum, n);
  const threshold = Number((right + left - 1n) / left); // smallest amount that qualifies, cents
  return finding({
    code: 'DIST_DIFFERENTIATION',
    severity: 'warning',
    params: {
      count,
      employees: n,
      percent: cleanNumber((count * 100) / n),
      threshold: euro(threshold),
      premium,
      average: euro(average),
      minPercent,
    },
  });
}
