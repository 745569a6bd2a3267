/**
 * Staff assignments written as free text in one cell (docs/domain.md section 4):
 * "RISORSE UMANE ASSEGNATE: 40% Cella Sabrina - 5% Merola Dario",
 * "Gloria Martinelli (60%), Silvia Leorati (40%)", "Mario Rossi 50%; Anna Bianchi 50%",
 * "Mario Rossi, Anna Bianchi" (no shares).
 *
 * - A leading label ending in ":" is dropped when it names staff ("Risorse umane assegnate:",
 *   "Personale:"); "Mario Rossi: 50%" keeps its name.
 * - People are separated by ",", ";", "/", "+", a new line, " e ", or a dash with a space on at
 *   least one side (a hyphen inside "Rossi-Bianchi" joins a double surname). A comma between
 *   digits is a decimal comma ("12,5%").
 * - Each person has at most one "N%" (before, after or in parentheses); people without one get
 *   no share (validation decides whether mixing is an error).
 * - Names keep their spelling (apostrophes, accents, hyphens); match them with normalizeName.
 * - UNREADABLE_ASSIGNMENTS (detail: the whole text) when a part is not a name: generic staff
 *   words ("Tutti i dipendenti", "Responsabili", "Segretario Generale"), digits left over, two
 *   shares for one person, a share without a name, or nothing at all.
 */
import type { ParseProblem } from '../model';
import { ok, fail, type ParseResult } from './result';
import { readDecimalText, digitsToNumber } from './numbers';
import { cleanText, simplify } from './text';

export interface AssignedPerson {
  name: string;
  /** Share of the objective in percent, when written. */
  share?: number;
}

const LABEL_WORDS =
  /\b(?:risorse|personale|dipendenti|assegnat[aeio]|nominativi|persone|staff|addetti|gruppo|team)\b/;
const GENERIC_WORDS = new Set([
  'tutti',
  'tutto',
  'tutte',
  'dipendenti',
  'dipendente',
  'responsabili',
  'responsabile',
  'segretario',
  'segretaria',
  'personale',
  'ufficio',
  'uffici',
  'servizio',
  'servizi',
  'area',
  'settore',
  'staff',
  'nessuno',
]);
const SEPARATORS = /\s*(?:(?<!\d),|,(?!\d)|[;/+\n])\s*|\s+[-–—]\s*|\s*[-–—]\s+|\s+(?:e|ed)\s+/;
const SHARE = /(\d+(?:[.,]\d+)?)\s*%/g;
const NAME = /^\p{L}[\p{L}'’.\- ]*$/u;

function readPart(part: string): AssignedPerson | 'skip' | undefined {
  const shares = [...part.matchAll(SHARE)];
  if (shares.length > 1) return undefined;
  const name = part
    .replace(SHARE, ' ')
    .replace(/[()[\]:=]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.\-–—]+|[\s.\-–—]+$/g, '');
  if (name === '') return shares.length === 0 ? 'skip' : undefined;
  if (!NAME.test(name)) return undefined;
  if (
    simplify(name)
      .split(/[\s'’.-]+/)
      .some((w) => GENERIC_WORDS.has(w))
  )
    return undefined;
  if (shares.length === 0) return { name };
  const digits = readDecimalText(shares[0][1]);
  return digits ? { name, share: digitsToNumber(digits) } : undefined;
}

export function parseAssignmentsText(text: string): ParseResult<AssignedPerson[]> {
  let s = cleanText(text.replace(/\r?\n/g, ';'));
  if (s === '') return fail('EMPTY');
  const colon = s.indexOf(':');
  if (colon >= 0 && LABEL_WORDS.test(simplify(s.slice(0, colon)))) s = s.slice(colon + 1).trim();
  s = s.replace(/[.;,\s]+$/, '');
  const problem: ParseProblem = { code: 'UNREADABLE_ASSIGNMENTS', detail: cleanText(text) };
  const people: AssignedPerson[] = [];
  for (const part of s.split(SEPARATORS)) {
    const person = readPart(part);
    if (person === undefined) return { ok: false, problem };
    if (person !== 'skip') people.push(person);
  }
  return people.length > 0 ? ok(people) : { ok: false, problem };
}
