import { parseBoolean, readBooleanText } from '../../../src/domain/values';

const value = (r: ReturnType<typeof parseBoolean>): boolean | undefined => (r.ok ? r.value : undefined);

describe('parseBoolean', () => {
  it.each([
    'SI',
    'SÌ',
    'Sì',
    'si',
    'sí',
    'X',
    'x',
    'Yes',
    'TRUE',
    'vero',
    'Fatto',
    'realizzato',
    'Realizzata',
    'raggiunto',
    'completati',
    'attivato',
    'Sì, fatto',
    'SI.',
    ' si ',
    '1',
  ])('reads %p as true', (text) => {
    expect(value(parseBoolean(text))).toBe(true);
  });

  it.each(['NO', 'No', 'no', 'N', 'false', 'Falso', 'non realizzato', 'No, non fatto', 'NON', '0'])(
    'reads %p as false',
    (text) => {
      expect(value(parseBoolean(text))).toBe(false);
    },
  );

  it('reads boolean and 1/0 cells', () => {
    expect(value(parseBoolean(true))).toBe(true);
    expect(value(parseBoolean(false))).toBe(false);
    expect(value(parseBoolean(1))).toBe(true);
    expect(value(parseBoolean(0))).toBe(false);
  });

  it.each(['Attivato solo in parte', 'forse', 'Servizio attivato', 'sino', '2', 'SI NO'])(
    'refuses %p (the whole cell must be a yes or a no)',
    (text) => {
      expect(parseBoolean(text)).toEqual({ ok: false, problem: { code: 'NOT_A_BOOLEAN', detail: text } });
    },
  );

  it('reports numbers other than 1 and 0, dates, errors and blanks', () => {
    expect(parseBoolean(0.5)).toEqual({ ok: false, problem: { code: 'NOT_A_BOOLEAN', detail: '0,5' } });
    expect(parseBoolean(new Date(Date.UTC(2023, 0, 2)))).toEqual({
      ok: false,
      problem: { code: 'NOT_A_BOOLEAN', detail: '02/01/2023' },
    });
    expect(parseBoolean({ error: '#N/A' })).toEqual({
      ok: false,
      problem: { code: 'ERROR_VALUE', detail: '#N/A' },
    });
    expect(parseBoolean(' ')).toEqual({ ok: false, problem: { code: 'EMPTY' } });
  });

  it('exposes the text reading for other parsers', () => {
    expect(readBooleanText('Sì')).toBe(true);
    expect(readBooleanText('boh')).toBeUndefined();
  });
});
