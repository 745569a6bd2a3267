/**
 * Default parameters (docs/domain.md sections 5, 6 and 8). Every default is a local choice the
 * parameters sheet can override.
 */
import type { HeadcountBand, Parameters } from './model';

/** Category points of one real plan: strategico 40, innovativo 25, miglioramento 20, ... */
export const DEFAULT_CATEGORY_POINTS: Readonly<Record<string, number>> = {
  strategico: 40,
  innovativo: 25,
  miglioramento: 20,
  mantenimento: 10,
  'una tantum': 5,
};

/** Headcount bands of one real plan: 1 -> 0.5; 2-3 -> 1; 4-5 -> 1.5; 6-7 -> 2; 8-9 -> 2.5; 10+ -> 3. */
export const DEFAULT_HEADCOUNT_BANDS: readonly HeadcountBand[] = [
  { min: 1, coefficient: 0.5 },
  { min: 2, coefficient: 1 },
  { min: 4, coefficient: 1.5 },
  { min: 6, coefficient: 2 },
  { min: 8, coefficient: 2.5 },
  { min: 10, coefficient: 3 },
];

export function defaultParameters(): Parameters {
  return {
    fund: undefined,
    reserve: 0,
    pools: [],
    defaultMethod: undefined,
    categoryPoints: { ...DEFAULT_CATEGORY_POINTS },
    headcountBands: DEFAULT_HEADCOUNT_BANDS.map((b) => ({ ...b })),
    sogliaPolicy: 'proportional',
    latePenaltyPerMonth: 10,
    atMostPolicy: 'binary',
    payoutCurve: [{ from: 0, payout: 'proportional' }],
    partTime: true,
    fullTimeHours: 36,
    individualEvaluation: false,
    absenceReduction: false,
    absencePercentPerDay: 0,
    redistributeEconomie: false,
    differentiationPremiumPercent: 30,
    differentiationMinStaffPercent: 10,
    paymentTimesMinWeight: 30,
    cells: {},
  };
}

/** Coefficient of a headcount: the band with the largest `min` not above it; 0 below all bands. */
export function headcountCoefficient(headcount: number, bands: readonly HeadcountBand[]): number {
  let best: HeadcountBand | undefined;
  for (const band of bands) {
    if (headcount >= band.min && (best === undefined || band.min > best.min)) best = band;
  }
  return best?.coefficient ?? 0;
}

/** Category points for a normalised category key; undefined when the category is unknown. */
export function categoryPoints(
  category: string,
  points: Readonly<Record<string, number>>,
): number | undefined {
  return Object.prototype.hasOwnProperty.call(points, category) ? points[category] : undefined;
}
