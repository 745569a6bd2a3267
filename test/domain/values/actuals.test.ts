import type { Actual, Target } from '../../../src/domain/model';
import { parseActual } from '../../../src/domain/values';

const atLeastPct: Target = { kind: 'atLeast', value: 90, percent: true };
const atLeast: Target = { kind: 'atLeast', value: 10, percent: false };
const atMost: Target = { kind: 'atMost', value: 5, strict: true, percent: false };
const yesNo: Target = { kind: 'yesNo' };
const deadline: Target = { kind: 'deadline', date: '2023-06-30' };
const manual: Target = { kind: 'manual', text: 'Tutti quelli possibili' };

const actual = (r: ReturnType<typeof parseActual>): Actual | undefined => (r.ok ? r.value : undefined);
const code = (r: ReturnType<typeof parseActual>): string | undefined => (r.ok ? undefined : r.problem.code);

describe('parseActual', () => {
  it.each<[unknown, Target, number, boolean]>([
    ['85%', atLeastPct, 85, false],
    ['85 %', atLeastPct, 85, false],
    [0.85, atLeastPct, 85, true],
    [85, atLeastPct, 85, false],
    [0.85, atLeastPct, 0.85, false],
    ['12', atLeast, 12, false],
    ['12 eventi', atLeast, 12, false],
    ['n. 12', atLeast, 12, false],
    ['1.200', atLeast, 1200, false],
    [3, atMost, 3, false],
    ['0', atMost, 0, false],
    [0.5, atLeast, 50, true],
  ])('%p for %j is the number %p', (raw, t, value, percentFormat) => {
    expect(actual(parseActual(raw as string | number, t, { percentFormat }))).toEqual({
      kind: 'number',
      value,
    });
  });

  it('refuses what is not a number for numeric targets', () => {
    expect(parseActual('SI', atLeast)).toEqual({
      ok: false,
      problem: { code: 'NOT_A_NUMBER', detail: 'SI' },
    });
    expect(code(parseActual('12 eventi su 15', atLeast))).toBe('NOT_A_NUMBER');
    expect(code(parseActual(true, atMost))).toBe('NOT_A_NUMBER');
  });

  it('reads yes/no actuals as booleans', () => {
    expect(actual(parseActual('SI', yesNo))).toEqual({ kind: 'boolean', value: true });
    expect(actual(parseActual('No', yesNo))).toEqual({ kind: 'boolean', value: false });
    expect(actual(parseActual(true, yesNo))).toEqual({ kind: 'boolean', value: true });
    expect(actual(parseActual('Realizzato', yesNo))).toEqual({ kind: 'boolean', value: true });
    expect(code(parseActual('in parte', yesNo))).toBe('NOT_A_BOOLEAN');
  });

  it('reads completion dates, or a plain yes/no, for deadlines', () => {
    expect(actual(parseActual('15/06/2023', deadline))).toEqual({ kind: 'date', date: '2023-06-15' });
    expect(actual(parseActual(45107, deadline))).toEqual({ kind: 'date', date: '2023-06-30' });
    expect(actual(parseActual(new Date(Date.UTC(2023, 6, 3)), deadline))).toEqual({
      kind: 'date',
      date: '2023-07-03',
    });
    expect(actual(parseActual('15.11', deadline, { year: 2023 }))).toEqual({
      kind: 'date',
      date: '2023-11-15',
    });
    expect(actual(parseActual('SI', deadline))).toEqual({ kind: 'boolean', value: true });
    expect(actual(parseActual('fatto', deadline))).toEqual({ kind: 'boolean', value: true });
    expect(actual(parseActual('NO', deadline))).toEqual({ kind: 'boolean', value: false });
    expect(code(parseActual('31/06/2023', deadline))).toBe('IMPOSSIBLE_DATE');
    expect(code(parseActual('a luglio', deadline))).toBe('DATE_WITHOUT_YEAR');
    expect(code(parseActual('15.11', deadline))).toBe('DATE_WITHOUT_YEAR');
  });

  it('reads whatever it can for manual targets', () => {
    expect(actual(parseActual('80%', manual))).toEqual({ kind: 'number', value: 80 });
    expect(actual(parseActual('1.5', manual))).toEqual({ kind: 'number', value: 1.5 });
    expect(actual(parseActual('Sì', manual))).toEqual({ kind: 'boolean', value: true });
    expect(actual(parseActual('30/11/2023', manual))).toEqual({ kind: 'date', date: '2023-11-30' });
    expect(actual(parseActual(false, manual))).toEqual({ kind: 'boolean', value: false });
    expect(actual(parseActual(0.7, manual, { percentFormat: true }))).toEqual({ kind: 'number', value: 70 });
    expect(parseActual('fatto quasi tutto', manual)).toEqual({
      ok: false,
      problem: { code: 'UNREADABLE_ACTUAL', detail: 'fatto quasi tutto' },
    });
  });

  it('reports blanks and error values whatever the target', () => {
    for (const t of [atLeast, yesNo, deadline, manual]) {
      expect(code(parseActual(' ', t))).toBe('EMPTY');
      expect(code(parseActual({ error: '#DIV/0!' }, t))).toBe('ERROR_VALUE');
    }
  });
});
