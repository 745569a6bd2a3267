import type { PayoutBand } from '../../../src/domain/model';
import { applyPayoutCurve, validatePayoutCurve } from '../../../src/domain/scoring/payoutCurve';
import { cell } from './build';

const bands: PayoutBand[] = [
  { from: 0, payout: 0 },
  { from: 60, payout: 'proportional' },
  { from: 90, payout: 100 },
];

describe('applyPayoutCurve', () => {
  it('default curve pays in proportion', () => {
    expect(applyPayoutCurve(0.42, [{ from: 0, payout: 'proportional' }])).toBe(0.42);
    expect(applyPayoutCurve(0.42, [])).toBe(0.42);
  });

  it.each([
    [0, 0],
    [0.59, 0],
    [0.6, 0.6],
    [0.89, 0.89],
    [0.9, 1],
    [0.95, 1],
    [1, 1],
  ])('bands: below 60 nothing, 60-89 the achievement, 90+ full (%d -> %d)', (a, paid) => {
    expect(applyPayoutCurve(a, bands)).toBe(paid);
  });

  it('pays fixed percents', () => {
    const steps: PayoutBand[] = [
      { from: 0, payout: 0 },
      { from: 50, payout: 50 },
      { from: 80, payout: 80 },
    ];
    expect(applyPayoutCurve(0.65, steps)).toBe(0.5);
    expect(applyPayoutCurve(0.8, steps)).toBe(0.8);
  });

  it('is not fooled by binary fractions at a bound', () => {
    expect(
      applyPayoutCurve(0.29, [
        { from: 0, payout: 0 },
        { from: 29, payout: 100 },
      ]),
    ).toBe(1);
  });

  it('pays nothing below the first band and clamps fixed payouts', () => {
    expect(applyPayoutCurve(0.05, [{ from: 10, payout: 'proportional' }])).toBe(0);
    expect(applyPayoutCurve(0.5, [{ from: 0, payout: 150 }])).toBe(1);
    expect(applyPayoutCurve(0.5, [{ from: 0, payout: -20 }])).toBe(0);
  });

  it('picks the highest bound reached even when bands are out of order', () => {
    const unordered: PayoutBand[] = [bands[2], bands[0], bands[1]];
    expect(applyPayoutCurve(0.7, unordered)).toBe(0.7);
    expect(applyPayoutCurve(0.92, unordered)).toBe(1);
  });
});

describe('validatePayoutCurve', () => {
  const codes = (curve: PayoutBand[]): string[] => validatePayoutCurve(curve).map((f) => f.code);

  it('accepts the default and the banded example', () => {
    expect(validatePayoutCurve([{ from: 0, payout: 'proportional' }])).toEqual([]);
    expect(validatePayoutCurve(bands)).toEqual([]);
  });

  it('rejects a curve not starting at 0 (a gap below the first band)', () => {
    const [f] = validatePayoutCurve([
      { from: 10, payout: 'proportional' },
      { from: 90, payout: 100 },
    ]);
    expect(f.code).toBe('PARAM_CURVE_START');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      'La curva di pagamento parte da 10% invece che da 0%: i raggiungimenti sotto 10% non cadono in nessuna fascia.',
    );
  });

  it('rejects bands out of order', () => {
    const found = validatePayoutCurve([
      { from: 0, payout: 0 },
      { from: 90, payout: 100 },
      { from: 60, payout: 'proportional' },
    ]);
    expect(found.map((f) => f.code)).toEqual(['PARAM_CURVE_ORDER']);
    expect(found[0].params).toEqual({ band: 3, from: 60, previousFrom: 90 });
  });

  it('rejects two bands from the same percent', () => {
    const found = validatePayoutCurve([
      { from: 0, payout: 0 },
      { from: 60, payout: 'proportional' },
      { from: 60, payout: 100 },
    ]);
    expect(found.map((f) => f.code)).toEqual(['PARAM_CURVE_DUPLICATE']);
    expect(found[0].message).toContain('fascia 3');
    expect(found[0].message).toContain('fascia 2');
  });

  it('rejects fixed payouts and bounds outside 0..100', () => {
    expect(
      codes([
        { from: 0, payout: 0 },
        { from: 90, payout: 120 },
      ]),
    ).toEqual(['PARAM_CURVE_PAYOUT_RANGE']);
    expect(codes([{ from: 0, payout: -1 }])).toEqual(['PARAM_CURVE_PAYOUT_RANGE']);
    expect(
      codes([
        { from: 0, payout: 0 },
        { from: 130, payout: 100 },
      ]),
    ).toEqual(['PARAM_CURVE_FROM_RANGE']);
    expect(
      codes([
        { from: Number.NaN, payout: 0 },
        { from: 0, payout: 100 },
      ]),
    ).toContain('PARAM_CURVE_FROM_RANGE');
    expect(codes([{ from: 0, payout: 100 }])).toEqual([]);
  });

  it('warns about an empty curve (it pays in proportion)', () => {
    const [f] = validatePayoutCurve([]);
    expect(f.code).toBe('PARAM_CURVE_EMPTY');
    expect(f.severity).toBe('warning');
  });

  it('warns when reaching a band pays less than just below it', () => {
    const [f, ...rest] = validatePayoutCurve([
      { from: 0, payout: 'proportional' },
      { from: 90, payout: 80 },
    ]);
    expect(rest).toEqual([]);
    expect(f.code).toBe('PARAM_CURVE_DECREASING');
    expect(f.severity).toBe('warning');
    expect(f.params).toEqual({ band: 2, from: 90, above: 80, below: 90 });
  });

  it('points at the band cells, or the whole curve', () => {
    const cells = { payoutCurve: cell('A10:B13', 'Parametri'), 'payoutCurve.2': cell('A13', 'Parametri') };
    const curve: PayoutBand[] = [
      { from: 0, payout: 0 },
      { from: 60, payout: 140 },
      { from: 50, payout: 100 },
    ];
    const found = validatePayoutCurve(curve, cells);
    expect(found.find((f) => f.code === 'PARAM_CURVE_PAYOUT_RANGE')?.cells).toEqual([
      cell('A10:B13', 'Parametri'),
    ]);
    expect(found.find((f) => f.code === 'PARAM_CURVE_ORDER')?.cells).toEqual([cell('A13', 'Parametri')]);
  });
});
