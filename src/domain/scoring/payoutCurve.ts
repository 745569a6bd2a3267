/**
 * Payout curve (docs/domain.md section 5): bands by lower bound in percent achievement, each paying
 * the achievement ('proportional') or a fixed percent. Default: one proportional band from 0.
 * Example: [{from:0,payout:0},{from:60,payout:'proportional'},{from:90,payout:100}] pays nothing
 * below 60 %, the achievement from 60 % to 89 %, everything from 90 %.
 */
import type { CellRef, PayoutBand } from '../model';
import { finding, type Finding } from '../findings';
import { clamp01, toPercent } from './fraction';

/**
 * Payout fraction 0..1 for an achievement 0..1: the band with the highest `from` not above the
 * achievement decides. An empty curve pays in proportion (the default); an achievement below
 * every band (a curve not starting at 0, which validation rejects) pays nothing. Fixed payouts
 * are clamped to 0..100 %.
 */
export function applyPayoutCurve(achievement: number, curve: readonly PayoutBand[]): number {
  const a = clamp01(achievement);
  if (curve.length === 0) return a;
  const pct = toPercent(a);
  let band: PayoutBand | undefined;
  for (const b of curve) {
    if (b.from <= pct && (band === undefined || b.from >= band.from)) band = b;
  }
  if (band === undefined) return 0;
  return payoutOf(band, a);
}

function payoutOf(band: PayoutBand, achievement: number): number {
  return band.payout === 'proportional' ? clamp01(achievement) : clamp01(band.payout / 100);
}

/**
 * Checks a curve: bands in ascending order, the first from 0 (no achievement without a band),
 * no two bands from the same percent (overlap), bounds and fixed payouts within 0..100.
 * Errors use codes PARAM_CURVE_*; a curve that pays less just above a band's bound than just
 * below it gets a warning (PARAM_CURVE_DECREASING): reaching more would pay less.
 * `cells` is Parameters.cells: band i (0-based) is looked up as "payoutCurve.<i>", then the
 * whole curve as "payoutCurve".
 */
export function validatePayoutCurve(
  curve: readonly PayoutBand[],
  cells: Readonly<Record<string, CellRef>> = {},
): Finding[] {
  const whole = cells.payoutCurve;
  const at = (i: number): (CellRef | undefined)[] => [cells[`payoutCurve.${i}`] ?? whole];
  if (curve.length === 0)
    return [finding({ code: 'PARAM_CURVE_EMPTY', severity: 'warning', cells: [whole] })];

  const out: Finding[] = [];
  curve.forEach((b, i) => {
    if (!Number.isFinite(b.from) || b.from < 0 || b.from > 100) {
      out.push(
        finding({
          code: 'PARAM_CURVE_FROM_RANGE',
          severity: 'error',
          params: { band: i + 1, from: shown(b.from) },
          cells: at(i),
        }),
      );
    }
    if (b.payout !== 'proportional' && (!Number.isFinite(b.payout) || b.payout < 0 || b.payout > 100)) {
      out.push(
        finding({
          code: 'PARAM_CURVE_PAYOUT_RANGE',
          severity: 'error',
          params: { band: i + 1, payout: shown(b.payout) },
          cells: at(i),
        }),
      );
    }
  });

  const lowest = Math.min(...curve.map((b) => b.from));
  if (Number.isFinite(lowest) && lowest > 0) {
    const first = curve.findIndex((b) => b.from === lowest);
    out.push(
      finding({ code: 'PARAM_CURVE_START', severity: 'error', params: { from: lowest }, cells: at(first) }),
    );
  }

  for (let i = 1; i < curve.length; i++) {
    const prev = curve[i - 1];
    const cur = curve[i];
    if (cur.from === prev.from) {
      out.push(
        finding({
          code: 'PARAM_CURVE_DUPLICATE',
          severity: 'error',
          params: { band: i + 1, previousBand: i, from: cur.from },
          cells: at(i),
        }),
      );
    } else if (cur.from < prev.from) {
      out.push(
        finding({
          code: 'PARAM_CURVE_ORDER',
          severity: 'error',
          params: { band: i + 1, from: cur.from, previousFrom: prev.from },
          cells: at(i),
        }),
      );
    }
  }
  if (out.length > 0) return out;

  // Only a valid curve is checked for monotony: inside a band the payout is constant or grows,
  // so only the bounds matter.
  for (let i = 1; i < curve.length; i++) {
    const bound = curve[i].from / 100;
    const below = payoutOf(curve[i - 1], bound);
    const above = payoutOf(curve[i], bound);
    if (above < below - 1e-9) {
      out.push(
        finding({
          code: 'PARAM_CURVE_DECREASING',
          severity: 'warning',
          params: { band: i + 1, from: curve[i].from, above: toPercent(above), below: toPercent(below) },
          cells: at(i),
        }),
      );
    }
  }
  return out;
}

/** Numbers are formatted by the catalogue; NaN and infinities are shown as written. */
function shown(n: number): number | string {
  return Number.isFinite(n) ? n : String(n);
}
