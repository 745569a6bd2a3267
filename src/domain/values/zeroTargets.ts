/**
 * Zero targets. A target of 0 with no word for its direction ("0", "0%", a cell holding 0,
 * "pari a 0") read as "at least 0" is always met, whatever happened. On an indicator that counts
 * problems (criticità, errori, reclami, giornate di mancata apertura, segnalazioni,
 * contenziosi...) it means "none": at most 0. Elsewhere it is ambiguous and the reader warns,
 * asking for the kind ("almeno 0" or "massimo 0"): never "always met" in silence. A bare number
 * above 0 on such an indicator is read as "at least" like any bare number, with a warning.
 */
import type { RawValue, Target } from '../model';
import { simplify } from './text';

/** Words of indicators that count problems, on accent-free lower-case text. */
const PROBLEM_WORDS =
  /\b(?:criticita|errori|errore|reclami|reclamo|(?:giornate|giorni|ore) di mancat[aoie]|mancat[aoie] (?:apertur|erogazion|servizi)|segnalazioni|segnalazione|contenziosi|contenzioso|ricorsi|sanzioni|disservizi|infortuni|incidenti|anomalie|non conformita|rilievi)\b/;

/** A direction written before the number: such a zero says what it means. */
const DIRECTION =
  /^(?:<=|=<|≤|>=|=>|≥|<|>|almeno|minimo|min\b|massimo|max\b|al massimo|non (?:meno|piu|oltre|superiore|inferiore)|(?:pari|uguale) o (?:superiore|inferiore)|superiore|inferiore|maggiore|minore|meno di|piu di|oltre|fino a|entro)/;

/** The indicator (its description, or its objective's title) counts problems. */
export function countsProblems(text: string): boolean {
  return PROBLEM_WORDS.test(simplify(text));
}

export type ZeroTargetReading =
  /** Not a zero without a direction: the target stands. */
  | { kind: 'asRead' }
  /** On an indicator counting problems: at most 0. */
  | { kind: 'atMostZero'; target: Target }
  /** Elsewhere: "at least 0" (always met) stands, with a warning asking for the kind. */
  | { kind: 'ambiguous' }
  /**
   * A number above 0 with no direction on an indicator that counts problems ("5" reclami, a
   * "5%" error rate): read as "at least", as every bare number, so more problems score more.
   * It stands, with a warning asking for the kind: "massimo 5" is what such plans usually mean.
   */
  | { kind: 'problemsAtLeast' };

/** How a target read from `raw` stands, given the words of its indicator. */
export function readZeroTarget(raw: RawValue, target: Target, indicatorText: string): ZeroTargetReading {
  if (target.kind !== 'atLeast') return { kind: 'asRead' };
  if (typeof raw === 'string' && DIRECTION.test(simplify(raw))) return { kind: 'asRead' };
  // "0 reclami" says what it counts in the target itself.
  const problems = countsProblems(indicatorText) || (typeof raw === 'string' && countsProblems(raw));
  if (target.value !== 0)
    return problems && target.value > 0 ? { kind: 'problemsAtLeast' } : { kind: 'asRead' };
  if (problems)
    return {
      kind: 'atMostZero',
      target: { kind: 'atMost', value: 0, strict: false, percent: target.percent },
    };
  return { kind: 'ambiguous' };
}
