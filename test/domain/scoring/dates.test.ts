import { formatIsoDate, isIsoDate, monthsLate } from '../../../src/domain/scoring/dates';
import { packedDate } from '../../../src/domain/values/dates';

describe('monthsLate', () => {
  it.each([
    ['2023-12-31', '2023-12-31', 0],
    ['2023-12-31', '2023-06-01', 0],
    ['2023-12-31', '2024-01-01', 1],
    ['2023-12-31', '2024-01-31', 1],
    ['2023-12-31', '2024-02-01', 2],
    ['2023-12-31', '2024-02-15', 2],
    ['2023-04-30', '2023-05-30', 1],
    ['2023-04-30', '2023-05-31', 1], // a month-end deadline moves to the next month-end (values/dates.ts)
    ['2023-01-15', '2023-01-16', 1],
    ['2023-01-31', '2023-12-15', 11],
    ['2023-01-31', '2023-12-31', 11],
    ['2023-01-31', '2024-01-01', 12],
    ['2022-06-30', '2024-06-30', 24],
    ['2022-06-30', '2024-07-01', 25],
  ])('deadline %s, completed %s: %i months late', (due, done, months) => {
    expect(monthsLate(due, done)).toBe(months);
  });

  it('clamps the deadline day to the end of shorter months, leap years included', () => {
    expect(monthsLate('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsLate('2024-01-31', '2024-03-01')).toBe(2);
    expect(monthsLate('2023-01-31', '2023-02-28')).toBe(1);
    expect(monthsLate('2023-01-31', '2023-03-01')).toBe(2);
  });

  it('is undefined for malformed or impossible dates', () => {
    expect(monthsLate('2021-06-31', '2021-07-15')).toBeUndefined();
    expect(monthsLate('2021-06-30', '15/07/2021')).toBeUndefined();
    expect(monthsLate('2023-02-29', '2023-03-15')).toBeUndefined();
  });
});

describe('isIsoDate, packedDate and formatIsoDate', () => {
  it('accepts 29 February only in leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(packedDate('2024-02-29')).toBe(20240229);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(packedDate('1900-02-29')).toBe(-1);
    expect(packedDate('2000-02-29')).toBe(20000229);
    expect(isIsoDate('2023-13-01')).toBe(false);
  });

  it('writes dates the way users do', () => {
    expect(formatIsoDate('2024-02-15')).toBe('15/02/2024');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });
});
