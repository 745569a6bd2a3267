import fc from 'fast-check';
import { parseDate, monthsLate, excelSerialToIso, readDateText, addMonths } from '../../../src/domain/values';
import { isIsoDate } from '../../../src/domain/values/dates';
import { compareYmd, fromIso, toIso } from '../../../src/domain/values/calendar';

const iso = (r: ReturnType<typeof parseDate>): string | undefined => (r.ok ? r.value : undefined);
const code = (r: ReturnType<typeof parseDate>): string | undefined => (r.ok ? undefined : r.problem.code);

describe('Excel serials (1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45291, '2023-12-31'],
    [45292, '2024-01-01'],
    [45351, '2024-02-29'],
    [45291.75, '2023-12-31'],
    [2958465, '9999-12-31'],
  ])('serial %p is %p', (serial, expected) => {
    expect(iso(parseDate(serial))).toBe(expected);
  });

  it('refuses the fake 29/02/1900 (serial 60) as impossible', () => {
    expect(excelSerialToIso(60)).toEqual({
      ok: false,
      problem: { code: 'IMPOSSIBLE_DATE', detail: '29/02/1900' },
    });
  });

  it.each([0, -1, 2958466, Number.NaN])('refuses serial %p', (serial) => {
    expect(code(parseDate(serial))).toBe('UNREADABLE_DATE');
  });
});

describe('parseDate', () => {
  it('uses the UTC parts of date cells', () => {
    expect(iso(parseDate(new Date(Date.UTC(2023, 11, 31))))).toBe('2023-12-31');
    expect(iso(parseDate(new Date(Date.UTC(2024, 1, 29, 23, 59))))).toBe('2024-02-29');
    expect(code(parseDate(new Date(Number.NaN)))).toBe('UNREADABLE_DATE');
    expect(code(parseDate(new Date(Date.UTC(1899, 11, 30))))).toBe('UNREADABLE_DATE');
  });

  it.each([
    ['31/12/2023', '2023-12-31'],
    ['31.12.2023', '2023-12-31'],
    ['31-12-2023', '2023-12-31'],
    ['31/12/23', '2023-12-31'],
    ['1/3/2024', '2024-03-01'],
    ['entro il 31/12/2023', '2023-12-31'],
    ['Entro il 31/12/2023.', '2023-12-31'],
    ['ENTRO IL 30.06.2022', '2022-06-30'],
    ['entro la data del 15/09/2021', '2021-09-15'],
    ['entro e non oltre il 31/12/2023', '2023-12-31'],
    ['Scadenza: 30/04/2024', '2024-04-30'],
    ['2023-12-31', '2023-12-31'],
    ['31 dicembre 2023', '2023-12-31'],
    ['1° gennaio 2024', '2024-01-01'],
    ['31 dic. 2023', '2023-12-31'],
    ['entro dicembre 2023', '2023-12-31'],
    ['entro febbraio 2024', '2024-02-29'],
    ['entro il 2023', '2023-12-31'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %p as %p', (text, expected) => {
    expect(iso(parseDate(text))).toBe(expected);
  });

  it.each([
    ['Entro 31.10', '2023-10-31'],
    ['entro il 31/12', '2023-12-31'],
    ['30 settembre', '2023-09-30'],
    ['entro giugno', '2023-06-30'],
    ['entro il mese di febbraio', '2023-02-28'],
  ])('takes the plan year for %p', (text, expected) => {
    expect(iso(parseDate(text, { year: 2023 }))).toBe(expected);
  });

  it('needs a year when the text has none and the plan has none: the year is what is missing', () => {
    expect(parseDate('Entro 31.10')).toEqual({
      ok: false,
      problem: { code: 'DATE_WITHOUT_YEAR', detail: 'Entro 31.10' },
    });
    expect(code(parseDate('entro giugno'))).toBe('DATE_WITHOUT_YEAR');
    expect(code(parseDate('a breve'))).toBe('UNREADABLE_DATE');
  });

  it.each(['31/06/2021', '29/02/2023', '12/13/2023', '00/01/2024', '31 aprile 2024', 'entro il 31.06.2021'])(
    'refuses the impossible date %p instead of rolling it over',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, problem: { code: 'IMPOSSIBLE_DATE', detail: text } });
    },
  );

  it.each([
    'domani',
    'entro 10 giorni dalla richiesta',
    '2023',
    '31/12/2023 (100%)',
    '31/12-2023',
    'agosto 23',
  ])('refuses %p as unreadable', (text) => {
    expect(code(parseDate(text, { year: 2023 }))).toBe('UNREADABLE_DATE');
  });

  it('reports booleans, errors and blanks', () => {
    expect(code(parseDate(true))).toBe('UNREADABLE_DATE');
    expect(code(parseDate({ error: '#VALUE!' }))).toBe('ERROR_VALUE');
    expect(code(parseDate(''))).toBe('EMPTY');
  });

  it('tells impossible, yearless and non-dates apart for other parsers', () => {
    expect(readDateText('31/06/2021')).toEqual({ kind: 'impossible' });
    expect(readDateText('31.10')).toEqual({ kind: 'noYear' });
    expect(readDateText('1.200')).toEqual({ kind: 'none' });
    expect(readDateText('31.10', 2022)).toEqual({ kind: 'date', date: '2022-10-31' });
  });
});

describe('monthsLate', () => {
  it.each([
    ['2023-12-31', '2023-12-31', 0],
    ['2023-12-31', '2023-06-01', 0],
    ['2023-12-31', '2024-01-01', 1],
    ['2023-12-31', '2024-01-31', 1],
    ['2023-12-31', '2024-02-01', 2],
    ['2023-12-31', '2024-02-29', 2],
    ['2023-12-31', '2024-03-01', 3],
    ['2023-04-30', '2023-05-31', 1],
    ['2023-04-30', '2023-06-01', 2],
    ['2023-06-15', '2023-07-15', 1],
    ['2023-06-15', '2023-07-16', 2],
    ['2023-01-30', '2023-02-28', 1],
    ['2023-01-30', '2023-03-01', 2],
    ['2023-06-30', '2025-06-30', 24],
    ['2023-06-30', '2025-07-01', 25],
  ])('deadline %p, completed %p: %p months late', (deadline, completion, expected) => {
    expect(monthsLate(deadline, completion)).toBe(expected);
  });

  it('throws on dates that did not come from the parsers', () => {
    expect(() => monthsLate('31/12/2023', '2024-01-01')).toThrow(RangeError);
    expect(() => monthsLate('2023-02-30', '2024-01-01')).toThrow(RangeError);
  });

  it('keeps month ends at month end when adding months', () => {
    expect(addMonths({ year: 2023, month: 2, day: 28 }, 1)).toEqual({ year: 2023, month: 3, day: 31 });
    expect(addMonths({ year: 2023, month: 11, day: 30 }, 3)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2023, month: 1, day: 30 }, 1)).toEqual({ year: 2023, month: 2, day: 28 });
  });

  it('is the smallest n whose addMonths(deadline, n) reaches the completion, for any two dates', () => {
    // The definition, step by step from 0: slow but plainly right.
    const byDefinition = (deadline: string, completion: string): number => {
      const due = fromIso(deadline);
      const done = fromIso(completion);
      let n = 0;
      while (compareYmd(addMonths(due, n), done) < 0) n += 1;
      return n;
    };
    const day = fc
      .record({
        y: fc.integer({ min: 2019, max: 2026 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ y, m, d }) => isIsoDate(toIso(y, m, d)))
      .map(({ y, m, d }) => toIso(y, m, d));
    fc.assert(
      fc.property(day, day, (deadline, completion) => {
        expect(monthsLate(deadline, completion)).toBe(byDefinition(deadline, completion));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isIsoDate', () => {
  it('accepts exactly the dates fromIso reads', () => {
    const readable = (text: string): boolean => {
      try {
        fromIso(text);
        return true;
      } catch {
        return false;
      }
    };
    const looksLikeIso = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        m: fc.integer({ min: 0, max: 19 }),
        d: fc.integer({ min: 0, max: 39 }),
      })
      .map(({ y, m, d }) => toIso(y, m, d));
    fc.assert(
      fc.property(fc.oneof(looksLikeIso, fc.string({ maxLength: 11 })), (text) => {
        expect(isIsoDate(text)).toBe(readable(text));
      }),
      { numRuns: 5000 },
    );
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-1-05')).toBe(false);
    expect(isIsoDate('2024/01/05')).toBe(false);
    expect(isIsoDate(' 2024-01-05')).toBe(false);
    expect(isIsoDate('31/12/2023')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
