import fc from 'fast-check';
import { parseMoney } from '../../../src/domain/values';

const cents = (r: ReturnType<typeof parseMoney>): number | undefined => (r.ok ? r.value : undefined);
const code = (r: ReturnType<typeof parseMoney>): string | undefined => (r.ok ? undefined : r.problem.code);

/** Italian money formatting of integer cents: "1.234.567,89". */
function italianCents(c: number): string {
  const int = String(Math.floor(c / 100)).replace(/\B(?=(\d{3})+$)/g, '.');
  return `${int},${String(c % 100).padStart(2, '0')}`;
}

describe('parseMoney', () => {
  it.each([
    ['4.193,23', 419323],
    ['€ 4.193,23', 419323],
    ['€4.193,23', 419323],
    ['4.193,23 €', 419323],
    ['€ 1.200', 120000],
    ['1.200', 120000],
    ['6.000,00', 600000],
    ['EUR 50.000', 5000000],
    ['0,1', 10],
    ['0,05', 5],
    ['1.234.567,89', 123456789],
    ['4193,235', 419324],
    ['4193,234', 419323],
    ['333,3333', 33333],
    ['0,005', 1],
    ['0,004', 0],
  ])('reads %p as %p cents', (text, expected) => {
    expect(cents(parseMoney(text))).toBe(expected);
  });

  it('reads numbers through their decimal digits, not value * 100', () => {
    // 4193.23 * 100 is 419322.99999999994 in floating point; 1.005 * 100 is 100.49999999999999.
    expect(cents(parseMoney(4193.23))).toBe(419323);
    expect(cents(parseMoney(1.005))).toBe(101);
    expect(cents(parseMoney(0.1 + 0.2))).toBe(30);
    expect(cents(parseMoney(1000 / 3))).toBe(33333);
    expect(cents(parseMoney(2000 / 3))).toBe(66667);
    expect(cents(parseMoney(50000))).toBe(5000000);
    expect(cents(parseMoney(1e-7))).toBe(0);
    expect(cents(parseMoney(0))).toBe(0);
  });

  it('refuses negative amounts unless asked', () => {
    expect(parseMoney('-5,00')).toEqual({ ok: false, problem: { code: 'NEGATIVE', detail: '-5,00' } });
    expect(code(parseMoney(-12.5))).toBe('NEGATIVE');
    expect(cents(parseMoney('-5,00', { allowNegative: true }))).toBe(-500);
    expect(cents(parseMoney(-0.005, { allowNegative: true }))).toBe(-1);
    expect(cents(parseMoney('-0,001'))).toBe(0);
  });

  it('reports what is not an amount', () => {
    expect(code(parseMoney('dodicimila'))).toBe('NOT_A_NUMBER');
    expect(code(parseMoney('1.2.3'))).toBe('NOT_A_NUMBER');
    expect(code(parseMoney(true))).toBe('NOT_A_NUMBER');
    expect(code(parseMoney(new Date(0)))).toBe('NOT_A_NUMBER');
    expect(code(parseMoney('  '))).toBe('EMPTY');
    expect(code(parseMoney(null))).toBe('EMPTY');
    expect(parseMoney({ error: '#N/A' })).toEqual({
      ok: false,
      problem: { code: 'ERROR_VALUE', detail: '#N/A' },
    });
    expect(code(parseMoney('12345678901234,00'))).toBe('OUT_OF_RANGE');
    expect(code(parseMoney(1e15))).toBe('OUT_OF_RANGE');
    expect(code(parseMoney(Number.NaN))).toBe('NOT_A_NUMBER');
  });

  it('round-trips Italian formatted cents, with or without "€ "', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.constantFrom('', '€ ', '€', 'EUR '),
        (c, prefix) => {
          expect(parseMoney(`${prefix}${italianCents(c)}`)).toEqual({ ok: true, value: c });
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('round-trips cents given as JS numbers (value / 100)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (c) => {
        expect(cents(parseMoney(c / 100))).toBe(c);
      }),
      { numRuns: 5000 },
    );
  });
});
