import { resolveSubWeights } from '../../../src/domain/scoring/subWeights';

describe('resolveSubWeights', () => {
  it('splits equally when none is given', () => {
    expect(resolveSubWeights([undefined, undefined])).toEqual([50, 50]);
    const three = resolveSubWeights([undefined, undefined, undefined]);
    three.forEach((w) => expect(w).toBeCloseTo(100 / 3, 12));
  });

  it('keeps the given ones', () => {
    expect(resolveSubWeights([50, 30])).toEqual([50, 30]);
    expect(resolveSubWeights([70, 30])).toEqual([70, 30]);
  });

  it('gives the blanks an equal share of what is left to 100', () => {
    expect(resolveSubWeights([50, undefined, undefined])).toEqual([50, 25, 25]);
    expect(resolveSubWeights([100, undefined])).toEqual([100, 0]);
    expect(resolveSubWeights([120, undefined])).toEqual([120, 0]);
  });

  it('counts negative as 0 and non-numbers as blank', () => {
    expect(resolveSubWeights([-10, undefined])).toEqual([0, 100]);
    expect(resolveSubWeights([Number.NaN, 40])).toEqual([60, 40]);
  });

  it('falls back to equal when everything is 0', () => {
    expect(resolveSubWeights([0, 0])).toEqual([50, 50]);
    expect(resolveSubWeights([0, -5, 0, 0])).toEqual([25, 25, 25, 25]);
  });

  it('has nothing to split without indicators', () => {
    expect(resolveSubWeights([])).toEqual([]);
  });
});
