/**
 * The parameters sheet (docs/domain.md sections 6 and 9): fund, reserve, pools, category points,
 * headcount bands, late penalty, full-time hours and the payout curve.
 *
 * A missing fund is only a warning here: validation is useful before the fund is known, and the
 * distribution refuses to run without one. Cells come from `Parameters.cells`, keyed by name:
 * "fund", "reserve", "latePenaltyPerMonth", "fullTimeHours", "categoryPoints.<category>",
 * "headcountBands.<i>" (0-based; "headcountBands" for the whole table), "payoutCurve.<i>";
 * pools carry their own cell. The payout curve is checked by scoring's validatePayoutCurve.
 */
import type { CellRef, Parameters } from '../model';
import { finding, type Finding } from '../findings';
import { validatePayoutCurve } from '../scoring/payoutCurve';
import { formatEuro } from './fund';
import { round2 } from './common';

export function validateParameters(params: Parameters): Finding[] {
  return [
    ...fundAndReserve(params),
    ...pools(params),
    ...categories(params),
    ...headcountBands(params),
    ...scalars(params),
    ...validatePayoutCurve(params.payoutCurve, params.cells),
  ];
}

function fundAndReserve(params: Parameters): Finding[] {
  const { fund, reserve, cells } = params;
  const out: Finding[] = [];
  if (fund === undefined) {
    out.push(finding({ code: 'PARAM_FUND_MISSING', severity: 'warning', cells: [cells['fund']] }));
  } else if (fund < 0) {
    out.push(
      finding({
        code: 'PARAM_FUND_NEGATIVE',
        severity: 'error',
        params: { fund: formatEuro(fund) },
        cells: [cells['fund']],
      }),
    );
  }
  if (reserve < 0) {
    out.push(
      finding({
        code: 'PARAM_RESERVE_NEGATIVE',
        severity: 'error',
        params: { reserve: formatEuro(reserve) },
        cells: [cells['reserve']],
      }),
    );
  } else if (fund !== undefined && fund >= 0 && reserve > fund) {
    out.push(
      finding({
        code: 'PARAM_RESERVE_OVER_FUND',
        severity: 'error',
        params: { reserve: formatEuro(reserve), fund: formatEuro(fund), excess: formatEuro(reserve - fund) },
        cells: [cells['reserve'], cells['fund']],
      }),
    );
  }
  return out;
}

function pools(params: Parameters): Finding[] {
  const out: Finding[] = [];
  for (const p of params.pools) {
    if (p.amount !== undefined && p.percent !== undefined) {
      out.push(
        finding({
          code: 'PARAM_POOL_AMOUNT_AND_PERCENT',
          severity: 'error',
          params: { pool: p.name, amount: formatEuro(p.amount), percent: p.percent },
          cells: [p.cell],
        }),
      );
    }
    if (p.amount !== undefined && p.amount < 0) {
      out.push(
        finding({
          code: 'PARAM_POOL_AMOUNT_NEGATIVE',
          severity: 'error',
          params: { pool: p.name, amount: formatEuro(p.amount) },
          cells: [p.cell],
        }),
      );
    }
    if (p.percent !== undefined && !(p.percent >= 0 && p.percent <= 100)) {
      out.push(
        finding({
          code: 'PARAM_POOL_PERCENT_OUT_OF_RANGE',
          severity: 'error',
          params: { pool: p.name, percent: Number.isFinite(p.percent) ? p.percent : String(p.percent) },
          cells: [p.cell],
        }),
      );
    }
  }
  // One pool without amount or percent takes what is left; two or more could not share it.
  const open = params.pools.filter((p) => p.amount === undefined && p.percent === undefined);
  if (open.length > 1) {
    out.push(
      finding({
        code: 'PARAM_POOL_WITHOUT_AMOUNT',
        severity: 'error',
        params: { pools: open.map((p) => `«${p.name}»`).join(', '), count: open.length },
        cells: open.map((p) => p.cell),
      }),
    );
  }
  const withPercent = params.pools.filter((p) => p.amount === undefined && p.percent !== undefined);
  const percentSum = round2(withPercent.reduce((s, p) => s + (p.percent as number), 0));
  if (percentSum > 100 + 1e-9) {
    out.push(
      finding({
        code: 'PARAM_POOL_PERCENTS_OVER_100',
        severity: 'error',
        params: { sum: percentSum, excess: round2(percentSum - 100) },
        cells: withPercent.map((p) => p.cell),
      }),
    );
  }
  return out;
}

function categories(params: Parameters): Finding[] {
  const out: Finding[] = [];
  for (const [category, points] of Object.entries(params.categoryPoints)) {
    if (points >= 0) continue;
    out.push(
      finding({
        code: 'PARAM_CATEGORY_POINTS_NEGATIVE',
        severity: 'error',
        params: { category, points: Number.isFinite(points) ? points : String(points) },
        cells: [params.cells[`categoryPoints.${category}`]],
      }),
    );
  }
  return out;
}

function headcountBands(params: Parameters): Finding[] {
  const bands = params.headcountBands;
  const cellAt = (i: number): CellRef | undefined =>
    params.cells[`headcountBands.${i}`] ?? params.cells['headcountBands'];
  const out: Finding[] = [];
  if (bands.length === 0) return out;
  if (bands[0].min !== 1) {
    out.push(
      finding({
        code: 'PARAM_HEADCOUNT_BANDS_FIRST_MIN',
        severity: 'error',
        params: { min: bands[0].min },
        cells: [cellAt(0)],
      }),
    );
  }
  bands.forEach((b, i) => {
    if (b.coefficient < 0 || !Number.isFinite(b.coefficient)) {
      out.push(
        finding({
          code: 'PARAM_HEADCOUNT_COEFFICIENT_NEGATIVE',
          severity: 'error',
          params: {
            band: i + 1,
            min: b.min,
            coefficient: Number.isFinite(b.coefficient) ? b.coefficient : String(b.coefficient),
          },
          cells: [cellAt(i)],
        }),
      );
    }
    if (i === 0) return;
    const prev = bands[i - 1];
    if (b.min === prev.min) {
      out.push(
        finding({
          code: 'PARAM_HEADCOUNT_BANDS_DUPLICATE',
          severity: 'error',
          params: { band: i + 1, previousBand: i, min: b.min },
          cells: [cellAt(i - 1), cellAt(i)],
        }),
      );
    } else if (b.min < prev.min) {
      out.push(
        finding({
          code: 'PARAM_HEADCOUNT_BANDS_UNORDERED',
          severity: 'error',
          params: { band: i + 1, min: b.min, previousMin: prev.min },
          cells: [cellAt(i)],
        }),
      );
    }
  });
  return out;
}

function scalars(params: Parameters): Finding[] {
  const out: Finding[] = [];
  const penalty = params.latePenaltyPerMonth;
  if (!(penalty >= 0 && penalty <= 100)) {
    out.push(
      finding({
        code: 'PARAM_PENALTY_OUT_OF_RANGE',
        severity: 'error',
        params: { penalty: Number.isFinite(penalty) ? penalty : String(penalty) },
        cells: [params.cells['latePenaltyPerMonth']],
      }),
    );
  }
  const hours = params.fullTimeHours;
  if (!(hours > 0) || !Number.isFinite(hours)) {
    out.push(
      finding({
        code: 'PARAM_FULL_TIME_HOURS',
        severity: 'error',
        params: { hours: Number.isFinite(hours) ? hours : String(hours) },
        cells: [params.cells['fullTimeHours']],
      }),
    );
  }
  return out;
}
