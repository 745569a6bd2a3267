import fc from 'fast-check';
import { parseNumber, parsePercent, looksLikeFractions, readDecimalText } from '../../../src/domain/values';

const value = (r: ReturnType<typeof parseNumber>): number | undefined => (r.ok ? r.value : undefined);
const code = (r: ReturnType<typeof parseNumber>): string | undefined => (r.ok ? undefined : r.problem.code);

/** Italian formatting of a number of hundredths, written independently of the parser. */
function italian(hundredths: number, opts: { grouping: boolean; decimals: 0 | 1 | 2 }): string {
  const negative = hundredths < 0;
  const abs = Math.abs(hundredths);
  const int = String(Math.floor(abs / 100));
  const frac = String(abs % 100)
    .padStart(2, '0')
    .slice(0, opts.decimals);
  const grouped = opts.grouping ? int.replace(/\B(?=(\d{3})+$)/g, '.') : int;
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

describe('parseNumber', () => {
  it.each([
    ['25', 25],
    ['0,25', 0.25],
    ['4.193,23', 4193.23],
    ['€ 4.193,23', 4193.23],
    ['4.193,23 €', 4193.23],
    ['EUR 1.000', 1000],
    ['1.200', 1200],
    ['12.345', 12345],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1,200.50', 1200.5],
    ['1,234,567', 1234567],
    ['1,200', 1.2],
    ['1.5', 1.5],
    ['0.250', 0.25],
    ['1234.567', 1234.567],
    ['12.3456', 12.3456],
    ['-3', -3],
    ['−3,5', -3.5],
    ['+7', 7],
    ['- 3', -3],
    ['€ -12,50', -12.5],
    ['  42  ', 42],
    ['\u00A04.193,23\u00A0', 4193.23],
    ['1 234,56', 1234.56],
    ['1\u00A0234\u00A0567', 1234567],
    [',5', 0.5],
    ['007', 7],
    ['-0', 0],
  ])('reads text %p as %p', (text, expected) => {
    expect(value(parseNumber(text))).toBe(expected);
  });

  it('keeps numbers as they are', () => {
    expect(value(parseNumber(4193.23))).toBe(4193.23);
    expect(value(parseNumber(-2))).toBe(-2);
    expect(Object.is(value(parseNumber(-0)), 0)).toBe(true);
  });

  it.each([
    '(3)',
    '1,2.3',
    '1.234.5',
    '12 34',
    '25%',
    'abc',
    '5,',
    '1e5',
    '--3',
    '- € - 3',
    '3 3,5',
    '1,2,3',
  ])('refuses %p as NOT_A_NUMBER with the text as detail', (text) => {
    const r = parseNumber(text);
    expect(code(r)).toBe('NOT_A_NUMBER');
    if (!r.ok) expect(r.problem.detail).toBe(text.trim());
  });

  it('reports empty cells, spaces-only cells, errors, booleans and dates', () => {
    expect(code(parseNumber(null))).toBe('EMPTY');
    expect(code(parseNumber(''))).toBe('EMPTY');
    expect(code(parseNumber('   \u00A0 '))).toBe('EMPTY');
    expect(parseNumber({ error: '#REF!' })).toEqual({
      ok: false,
      problem: { code: 'ERROR_VALUE', detail: '#REF!' },
    });
    expect(parseNumber(true)).toEqual({ ok: false, problem: { code: 'NOT_A_NUMBER', detail: 'VERO' } });
    expect(parseNumber(new Date(Date.UTC(2023, 11, 31)))).toEqual({
      ok: false,
      problem: { code: 'NOT_A_NUMBER', detail: '31/12/2023' },
    });
    expect(code(parseNumber(Number.NaN))).toBe('NOT_A_NUMBER');
    expect(code(parseNumber(Number.POSITIVE_INFINITY))).toBe('NOT_A_NUMBER');
  });

  it('keeps the digits of text apart for exact money arithmetic', () => {
    expect(readDecimalText('€ 1.234,5')).toEqual({ negative: false, int: '1234', frac: '5' });
    expect(readDecimalText('-0,05')).toEqual({ negative: true, int: '0', frac: '05' });
    expect(readDecimalText('x')).toBeUndefined();
  });

  it('round-trips the Italian formatting of numbers with up to 2 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.boolean(),
        fc.boolean(),
        (hundredths, grouping, euro) => {
          const text = italian(hundredths, { grouping, decimals: 2 });
          const r = parseNumber(euro ? `€ ${text}` : text);
          expect(r).toEqual({ ok: true, value: hundredths / 100 === 0 ? 0 : hundredths / 100 });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('round-trips grouped integers and one-decimal numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom<0 | 1>(0, 1), (units, decimals) => {
        const hundredths = decimals === 0 ? units * 100 : units * 10;
        const text = italian(hundredths, { grouping: true, decimals });
        expect(value(parseNumber(text))).toBe(hundredths / 100);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parsePercent', () => {
  it.each([
    ['25%', 25],
    ['25 %', 25],
    ['25\u00A0%', 25],
    ['25', 25],
    ['12,5%', 12.5],
    ['0,25', 0.25],
    ['100%', 100],
  ])('reads %p as %p', (text, expected) => {
    expect(value(parsePercent(text))).toBe(expected);
  });

  it('multiplies numbers by 100 only in percent-formatted cells, without float noise', () => {
    expect(value(parsePercent(0.25, { percentFormat: true }))).toBe(25);
    expect(value(parsePercent(0.07, { percentFormat: true }))).toBe(7);
    expect(value(parsePercent(0.145, { percentFormat: true }))).toBe(14.5);
    expect(value(parsePercent(0.25))).toBe(0.25);
    expect(value(parsePercent(40))).toBe(40);
  });

  it('reports what is not a percentage', () => {
    expect(code(parsePercent('25%%'))).toBe('NOT_A_NUMBER');
    expect(code(parsePercent('%25'))).toBe('NOT_A_NUMBER');
    expect(code(parsePercent('molto'))).toBe('NOT_A_NUMBER');
    expect(code(parsePercent(' '))).toBe('EMPTY');
    expect(code(parsePercent({ error: '#DIV/0!' }))).toBe('ERROR_VALUE');
    expect(code(parsePercent(false))).toBe('NOT_A_NUMBER');
  });
});

describe('looksLikeFractions', () => {
  it('recognises a column of fractions adding up to about 1', () => {
    expect(looksLikeFractions([0.25, 0.25, 0.5])).toBe(true);
    expect(looksLikeFractions([0.333, 0.333, 0.333])).toBe(true);
    expect(looksLikeFractions([0.3, 0.3, 0.41])).toBe(true);
    expect(looksLikeFractions([1])).toBe(true);
  });

  it('refuses percentages, partial columns and empty columns', () => {
    expect(looksLikeFractions([25, 25, 50])).toBe(false);
    expect(looksLikeFractions([0.3, 0.3, 0.3])).toBe(false);
    expect(looksLikeFractions([0.5, 0.52])).toBe(false);
    expect(looksLikeFractions([0.5, 1.5, -1])).toBe(false);
    expect(looksLikeFractions([])).toBe(false);
    expect(looksLikeFractions([0, 0])).toBe(false);
  });
});
