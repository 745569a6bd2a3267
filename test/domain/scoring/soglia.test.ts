import { applySoglia } from '../../../src/domain/scoring/soglia';

describe('applySoglia', () => {
  it('proportional: pays the achievement at or above the soglia', () => {
    expect(applySoglia(0.85, 80, 'proportional')).toEqual({ value: 0.85, belowSoglia: false });
    expect(applySoglia(0.8, 80, 'proportional')).toEqual({ value: 0.8, belowSoglia: false });
  });

  it('full: pays 1 at or above the soglia', () => {
    expect(applySoglia(0.85, 80, 'full')).toEqual({ value: 1, belowSoglia: false });
    expect(applySoglia(0.8, 80, 'full')).toEqual({ value: 1, belowSoglia: false });
  });

  it('both policies: 0 below the soglia', () => {
    expect(applySoglia(0.79, 80, 'proportional')).toEqual({ value: 0, belowSoglia: true });
    expect(applySoglia(0.79, 80, 'full')).toEqual({ value: 0, belowSoglia: true });
  });

  it('is not fooled by binary fractions at the threshold', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(applySoglia(0.29, 29, 'proportional').belowSoglia).toBe(false);
    expect(applySoglia(0.57, 57, 'proportional').belowSoglia).toBe(false);
  });

  it('without a soglia passes the achievement unchanged, whatever the policy', () => {
    expect(applySoglia(0.4, undefined, 'proportional')).toEqual({ value: 0.4, belowSoglia: false });
    expect(applySoglia(0.4, undefined, 'full')).toEqual({ value: 0.4, belowSoglia: false });
  });

  it('full never pays a zero achievement, even with soglia 0', () => {
    expect(applySoglia(0, 0, 'full')).toEqual({ value: 0, belowSoglia: false });
    expect(applySoglia(0.01, 0, 'full')).toEqual({ value: 1, belowSoglia: false });
  });

  it('clamps a soglia above 100', () => {
    expect(applySoglia(1, 120, 'proportional')).toEqual({ value: 1, belowSoglia: false });
    expect(applySoglia(0.99, 120, 'proportional')).toEqual({ value: 0, belowSoglia: true });
  });
});
