import { lateFactor, latePenaltyPercent } from '../../../src/domain/scoring/late';

describe('lateFactor', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 0.9],
    [2, 10, 0.8],
    [3, 10, 0.7],
    [10, 10, 0],
    [11, 10, 0],
    [2, 25, 0.5],
    [5, 25, 0],
  ])('%i months at %i%% per month keeps %d', (months, penalty, kept) => {
    expect(lateFactor(months, penalty)).toBe(kept);
  });

  it('shows the penalty capped at 100 %', () => {
    expect(latePenaltyPercent(2, 10)).toBe(20);
    expect(latePenaltyPercent(11, 10)).toBe(100);
  });
});
