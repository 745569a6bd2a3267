import { countsProblems, parseTarget, readZeroTarget } from '../../../src/domain/values';
import type { RawValue } from '../../../src/domain/model';

function reading(raw: RawValue, indicator: string, percentFormat = false) {
  const t = parseTarget(raw, { percentFormat });
  if (!t.ok) throw new Error(t.problem.code);
  return readZeroTarget(raw, t.value, indicator);
}

describe('zero targets', () => {
  it('knows indicators that count problems', () => {
    for (const text of [
      'Criticità rilevate',
      'Numero di errori nelle determine',
      'Reclami ricevuti',
      'Giornate di mancata apertura dello sportello',
      'Segnalazioni di disservizio',
      'Contenziosi persi',
    ])
      expect(countsProblems(text)).toBe(true);
    for (const text of ['Pratiche evase', 'Aperture settimanali', 'Errata corrige pubblicata'])
      expect(countsProblems(text)).toBe(false);
  });

  it('reads "0", "0%", a 0 cell and a 0 % cell on a problem count as at most 0', () => {
    for (const [raw, pf] of [
      ['0', false],
      ['0%', false],
      [0, false],
      [0, true],
      ['pari a 0', false],
    ] as [RawValue, boolean][]) {
      const r = reading(raw, 'Reclami ricevuti', pf);
      expect(r).toMatchObject({ kind: 'atMostZero', target: { kind: 'atMost', value: 0, strict: false } });
    }
    expect(reading('0 reclami', '')).toMatchObject({ kind: 'atMostZero' });
  });

  it('calls a bare zero elsewhere ambiguous, and leaves a zero with a direction as written', () => {
    expect(reading(0, 'Pratiche evase')).toEqual({ kind: 'ambiguous' });
    expect(reading('0%', 'Pratiche evase')).toEqual({ kind: 'ambiguous' });
    expect(reading('almeno 0', 'Reclami ricevuti')).toEqual({ kind: 'asRead' });
    expect(reading('almeno 0', 'Pratiche evase')).toEqual({ kind: 'asRead' });
    expect(reading('max 0', 'Pratiche evase')).toEqual({ kind: 'asRead' });
    expect(reading(5, 'Pratiche evase')).toEqual({ kind: 'asRead' });
  });

  it('flags a bare number above 0 on a problem count, and leaves one with a direction alone', () => {
    expect(reading(5, 'Reclami ricevuti')).toEqual({ kind: 'problemsAtLeast' });
    expect(reading(0.05, 'Tasso di errore', true)).toEqual({ kind: 'problemsAtLeast' });
    expect(reading('< 5', 'Criticità segnalate')).toEqual({ kind: 'asRead' });
    expect(reading('massimo 5%', 'Tasso di errore')).toEqual({ kind: 'asRead' });
  });
});
