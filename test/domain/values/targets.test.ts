import type { Target } from '../../../src/domain/model';
import { parseTarget } from '../../../src/domain/values';

const target = (r: ReturnType<typeof parseTarget>): Target | undefined => (r.ok ? r.value : undefined);
const code = (r: ReturnType<typeof parseTarget>): string | undefined => (r.ok ? undefined : r.problem.code);

describe('parseTarget', () => {
  it.each<[string, number, boolean]>([
    ['100%', 100, true],
    ['1000', 1000, false],
    ['1.000', 1000, false],
    ['almeno 80%', 80, true],
    ['Almeno 3', 3, false],
    ['min.10', 10, false],
    ['Minimo 5 incontri', 5, false],
    ['>= 90%', 90, true],
    ['≥ 5', 5, false],
    ['=> 2', 2, false],
    ['> 52', 52, false],
    ['N.15 attività', 15, false],
    ['n. 2 progetti', 2, false],
    ['N° 4 corsi', 4, false],
    ['nr 6', 6, false],
    ['Almeno quattro incontri', 4, false],
    ['almeno un incontro', 1, false],
    ['almeno n. 3 eventi', 3, false],
    ["60% dei beni messi all'asta", 60, true],
    ['12,5 %', 12.5, true],
    ['0', 0, false],
    ['non meno di 20', 20, false],
    ['più di 7', 7, false],
    ['almeno il 90%', 90, true],
    ["almeno l'80%", 80, true],
    ['pari a 100%', 100, true],
    ['pari al 100%', 100, true],
    ['= 100%', 100, true],
    ['uguale a 12', 12, false],
    ['pari o superiore a 80%', 80, true],
    ['maggiore o uguale a 3', 3, false],
    ['maggiore di 2', 2, false],
  ])('%p is at least %p (percent %p)', (text, value, percent) => {
    expect(target(parseTarget(text))).toEqual({ kind: 'atLeast', value, percent });
  });

  it.each<[string, number, boolean, boolean]>([
    ['< 5', 5, true, false],
    ['<= 1%', 1, false, true],
    ['≤1%', 1, false, true],
    ['=< 3', 3, false, false],
    ['max 5', 5, false, false],
    ['Max. 30 giorni', 30, false, false],
    ['< 0', 0, true, false],
    ['massimo 3', 3, false, false],
    ['al massimo due reclami', 2, false, false],
    ['non oltre 2', 2, false, false],
    ['non più di 10%', 10, false, true],
    ['meno di 4', 4, true, false],
    ['inferiore al 5%', 5, true, true],
    ['non superiore a 5', 5, false, false],
    ['non superiore al 5%', 5, false, true],
    ['pari o inferiore a 2', 2, false, false],
    ['uguale o inferiore a 10 giorni', 10, false, false],
    ['minore o uguale a 4', 4, false, false],
    ['minore di 2', 2, true, false],
  ])('%p is at most %p (strict %p, percent %p)', (text, value, strict, percent) => {
    expect(target(parseTarget(text))).toEqual({ kind: 'atMost', value, strict, percent });
  });

  it.each([
    'SI',
    'Sì',
    'si',
    'Yes',
    'Attivazione',
    'Servizio attivato',
    'Realizzazione',
    'Approvazione regolamento',
    'Progetto realizzato',
    'Avvio',
  ])('%p is yes/no', (text) => {
    expect(target(parseTarget(text))).toEqual({ kind: 'yesNo' });
  });

  it.each([
    ['entro il 31/12/2023', '2023-12-31'],
    ['Entro 30.4', '2024-04-30'],
    ['entro giugno', '2024-06-30'],
    ['31/12/2023', '2023-12-31'],
    ['31/12', '2024-12-31'],
    ['30 settembre', '2024-09-30'],
    ['Scadenza 15.11.2024', '2024-11-15'],
  ])('%p is a deadline on %p', (text, date) => {
    expect(target(parseTarget(text, { year: 2024 }))).toEqual({ kind: 'deadline', date });
  });

  it.each([
    'Tutti quelli possibili',
    'entro 10 giorni dalla richiesta',
    'n. 2 progetti presentati n. 1 progetti rendicontato',
    'almeno 80% entro il 31/12/2023',
    '30 giorni',
    'Riduzione dei tempi di attesa',
    'almeno il doppio',
    'pari al doppio',
    '= 3 entro il 31/12/2023',
    'Approvazione di almeno tre atti',
    'Predisposizione documentazione di gara per il servizio',
    '5-10',
  ])('%p needs a manual achievement', (text) => {
    expect(parseTarget(text, { year: 2024 })).toEqual({ ok: true, value: { kind: 'manual', text } });
  });

  it('reads numbers, booleans and dates in cells', () => {
    expect(target(parseTarget(1000))).toEqual({ kind: 'atLeast', value: 1000, percent: false });
    expect(target(parseTarget(0.9, { percentFormat: true }))).toEqual({
      kind: 'atLeast',
      value: 90,
      percent: true,
    });
    expect(target(parseTarget(true))).toEqual({ kind: 'yesNo' });
    expect(target(parseTarget(new Date(Date.UTC(2023, 5, 30))))).toEqual({
      kind: 'deadline',
      date: '2023-06-30',
    });
  });

  it('reports problems', () => {
    expect(code(parseTarget('   '))).toBe('EMPTY');
    expect(code(parseTarget(null))).toBe('EMPTY');
    expect(code(parseTarget({ error: '#REF!' }))).toBe('ERROR_VALUE');
    expect(parseTarget(false)).toEqual({
      ok: false,
      problem: { code: 'UNREADABLE_TARGET', detail: 'FALSO' },
    });
    expect(parseTarget('entro il 31/06/2021')).toEqual({
      ok: false,
      problem: { code: 'IMPOSSIBLE_DATE', detail: 'entro il 31/06/2021' },
    });
    expect(code(parseTarget('31/06/2021'))).toBe('IMPOSSIBLE_DATE');
    expect(parseTarget('Entro 31.10')).toEqual({
      ok: false,
      problem: { code: 'DATE_WITHOUT_YEAR', detail: 'Entro 31.10' },
    });
    expect(code(parseTarget('31/12'))).toBe('DATE_WITHOUT_YEAR');
    expect(code(parseTarget('scadenza 30 giugno'))).toBe('DATE_WITHOUT_YEAR');
  });

  it('does not mistake decimals for yearless dates', () => {
    expect(target(parseTarget('1.5', { year: 2024 }))).toEqual({
      kind: 'atLeast',
      value: 1.5,
      percent: false,
    });
    expect(target(parseTarget('1.200', { year: 2024 }))).toEqual({
      kind: 'atLeast',
      value: 1200,
      percent: false,
    });
  });
});
