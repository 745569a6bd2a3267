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
 * - People are also separated after a share in parentheses ("Neri (80%) Poli (20%)").
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
// A share in parentheses closes its person: "Sara Neri (80%) Luca Poli (20%)" is two people.
const SEPARATORS =
  /\s*(?:(?<!\d),|,(?!\d)|[;/+\n])\s*|\s+[-–—]\s*|\s*[-–—]\s+|\s+(?:e|ed)\s+|(?<=%\s*\))\s*(?=\p{L})/u;
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

/** The text without its staff label and trailing punctuation, split into one part per person. */
function partsOf(text: string): string[] {
  let s = cleanText(text.replace(/\r?\n/g, ';'));
  const colon = s.indexOf(':');
  if (colon >= 0 && LABEL_WORDS.test(simplify(s.slice(0, colon)))) s = s.slice(colon + 1).trim();
  s = s.replace(/[.;,\s]+$/, '');
  return s.split(SEPARATORS);
}

export function parseAssignmentsText(text: string): ParseResult<AssignedPerson[]> {
  if (cleanText(text) === '') return fail('EMPTY');
  const problem: ParseProblem = { code: 'UNREADABLE_ASSIGNMENTS', detail: cleanText(text) };
  const people: AssignedPerson[] = [];
  for (const part of partsOf(text)) {
    const person = readPart(part);
    if (person === undefined) return { ok: false, problem };
    if (person !== 'skip') people.push(person);
  }
  return people.length > 0 ? ok(people) : { ok: false, problem };
}

/**
 * What an assignment cell says, for the reader:
 * - `people`: every part is a person (parseAssignmentsText);
 * - `allStaff`: the whole staff of an area, said in so many words: "Tutto il personale",
 *   "Tutti i dipendenti", "Tutto il personale dell'area", "Tutto il personale Area Tecnica",
 *   "Tutto il personale della Polizia Locale" (`area`: the area named, as written);
 * - `unreadable`: anything else. `understood` lists the people read from the parts that are
 *   names, `rest` the parts that are not, so that the message can say what was read and what
 *   was not ("Sara Neri 80 %, Luca Poli 20 %" and "Responsabile Area Servizi ...").
 * An unreadable cell must not pay anyone: neither the people half understood (their shares may
 * be wrong) nor the area's staff (nobody assigned them).
 */
export type AssignmentsReading =
  | { kind: 'people'; people: AssignedPerson[] }
  | { kind: 'allStaff'; area?: string }
  | { kind: 'unreadable'; understood: AssignedPerson[]; rest: string[] };

const ALL_STAFF =
  /^(?:tutto il personale|tutti i dipendenti)(?: (?:in servizio|dipendente|assegnato))?(?: (?:(?:dell'|della |del |di )?((?:area|settore|servizio)(?: .+)?)|(?:dell'|della |dello |del |dei |degli )(.+)))?$/;

export function readAssignmentsCell(text: string): AssignmentsReading {
  const s = simplify(text)
    .replace(/[.;,:\s]+$/, '')
    .replace(/['’] ?/g, "'");
  const all = ALL_STAFF.exec(s);
  if (all) {
    // "dell'area" alone names no area; "Area Tecnica", "della Polizia Locale" do.
    const named = all[1] !== undefined && all[1].includes(' ') ? all[1] : all[2];
    if (named === undefined) return { kind: 'allStaff' };
    // The area as written: the same number of words from the end of the original text.
    const words = named.split(' ').length;
    const area = cleanText(text)
      .replace(/[.;,:\s]+$/, '')
      .split(' ')
      .slice(-words)
      .join(' ')
      .replace(/^dell['’]\s*/i, '');
    return { kind: 'allStaff', area };
  }
  const parsed = parseAssignmentsText(text);
  if (parsed.ok) return { kind: 'people', people: parsed.value };
  const understood: AssignedPerson[] = [];
  const rest: string[] = [];
  for (const part of partsOf(text)) {
    const person = readPart(part);
    // Said as understood only when it looks like a name (a capital letter): "come l'anno
    // scorso" passes as a name in a list of names, not in a cell that is not one.
    if (person === undefined || (person !== 'skip' && !/\p{Lu}/u.test(person.name))) rest.push(part.trim());
    else if (person !== 'skip') understood.push(person);
  }
  return { kind: 'unreadable', understood, rest: rest.filter((r) => r !== '') };
}
