/**
 * Yes/no cells. Conservative on purpose: the WHOLE cell must be one of the words below (case,
 * accents and a final "." or "!" ignored), so "Attivato solo in parte" is NOT_A_BOOLEAN and asks
 * a person instead of being paid as done.
 *
 * true:  SI, SÌ, Sì, sí, S, X, YES, Y, TRUE, VERO, OK, 1 (number or text), and the single words
 *        fatto, realizzato, raggiunto, completato, attivato, eseguito, concluso, svolto
 *        (any gender/number: realizzata, completati...), optionally after "si" ("Sì, fatto").
 * false: NO, N, NON, FALSE, FALSO, 0 (number or text), and "non" + one of the words above
 *        ("non realizzato", "No, non fatto"), "nessuno".
 */
import type { RawValue } from '../model';
import { ok, fail, type ParseResult } from './result';
import { isBlank, isErrorValue, rawToText, simplify } from './text';

const TRUE_WORDS = new Set(['1', 'si', 's', 'x', 'yes', 'y', 'true', 'vero', 'ok']);
const FALSE_WORDS = new Set(['0', 'no', 'n', 'non', 'false', 'falso', 'nessuno']);
const DONE = '(?:fatt|realizzat|raggiunt|completat|attivat|eseguit|conclus|svolt)[oaie]';
const DONE_RE = new RegExp(`^(?:si[ ,]+)?${DONE}$`);
const NOT_DONE_RE = new RegExp(`^(?:no[ ,]+)?non ${DONE}$`);

/** The boolean a text means, or undefined. */
export function readBooleanText(text: string): boolean | undefined {
  const s = simplify(text)
    .replace(/[.!]+$/, '')
    .trim();
  if (TRUE_WORDS.has(s) || DONE_RE.test(s)) return true;
  if (FALSE_WORDS.has(s) || NOT_DONE_RE.test(s)) return false;
  return undefined;
}

export function parseBoolean(raw: RawValue): ParseResult<boolean> {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number') {
    if (raw === 1) return ok(true);
    if (raw === 0) return ok(false);
    return fail('NOT_A_BOOLEAN', rawToText(raw));
  }
  if (typeof raw === 'string') {
    const value = readBooleanText(raw);
    if (value !== undefined) return ok(value);
  }
  return fail('NOT_A_BOOLEAN', rawToText(raw));
}
