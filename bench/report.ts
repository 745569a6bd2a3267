/**
 * Growth ratios between consecutive sizes and the benchmark targets. A time ratio equal to the
 * size ratio is linear growth; the exponent log(time ratio) / log(size ratio) says how far from
 * it a step is (1 linear, 2 quadratic).
 */
import type { PlanSize } from './generate-plan';

interface Row {
  size: PlanSize;
  validateMs: number;
  scoreMs: number;
  distributeMs: number;
  totalMs: number;
  peakRssMb: number;
  distributed: boolean;
}

export interface Growth {
  from: number;
  to: number;
  /** Objectives (and every other count) grow by this factor. */
  sizeRatio: number;
  validate: number;
  score: number;
  distribute: number;
  total: number;
  peakRss: number;
  /** log(total ratio) / log(size ratio). */
  exponent: number;
}

export interface Targets {
  largestUnder2s: boolean;
  largestUnder1GB: boolean;
  linear: boolean;
}

/** Largest exponent still called linear: 2^1.25 = 2.38x the time for twice the size. */
export const LINEAR_EXPONENT = 1.25;
const TWO_SECONDS = 2000;
const ONE_GB_MB = 1024;

const ratio = (a: number, b: number): number => (a > 0 ? b / a : Number.NaN);

export function growthOf(rows: readonly Row[]): Growth[] {
  const out: Growth[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const sizeRatio = b.size.objectives / a.size.objectives;
    const total = ratio(a.totalMs, b.totalMs);
    out.push({
      from: a.size.objectives,
      to: b.size.objectives,
      sizeRatio,
      validate: ratio(a.validateMs, b.validateMs),
      score: ratio(a.scoreMs, b.scoreMs),
      distribute: ratio(a.distributeMs, b.distributeMs),
      total,
      peakRss: ratio(a.peakRssMb, b.peakRssMb),
      exponent: Math.log(total) / Math.log(sizeRatio),
    });
  }
  return out;
}

/**
 * Targets of the full-size plan. A run that was not made (--quick) or failed (timeout, out of
 * memory, distribution refused) misses them.
 */
export function targetsOf(
  rows: readonly Row[],
  growth: readonly Growth[],
  largest: PlanSize,
  failures: readonly string[],
): Targets {
  const full = rows.find((r) => r.size.objectives === largest.objectives);
  const sound = full !== undefined && full.distributed && failures.length === 0;
  return {
    largestUnder2s: sound && full.totalMs < TWO_SECONDS,
    largestUnder1GB: sound && full.peakRssMb < ONE_GB_MB,
    linear: failures.length === 0 && growth.length > 0 && growth.every((g) => g.exponent <= LINEAR_EXPONENT),
  };
}
