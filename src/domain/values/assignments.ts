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
  // Name first, share after, no separator: "Luca FERRARI 100% Paolo BRAMBILLA 50%". A share
  // followed by a name ends its person, unless the cell writes shares first ("40% Rossi").
  if (!/^\(?\d/.test(s)) s = s.replace(/(\d\s*%)\s+(?=\p{Lu})/gu, '$1; ');
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
  | {
      kind: 'people';
      people: AssignedPerson[];
      /** A trailing role set aside: "Responsabile Area Servizi alla Persona Dott.ssa Sartori". */
      role?: string;
    }
  | {
      kind: 'allStaff';
      area?: string;
      /** Roles named beside the whole staff and set aside ("Segretario Generale"). */
      roles?: string[];
    }
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
  const withRoles = allStaffAndRoles(text);
  if (withRoles !== undefined) return withRoles;
  const understood: AssignedPerson[] = [];
  const rest: string[] = [];
  for (const part of partsOf(text)) {
    const person = readPart(part);
    // Said as understood only when it looks like a name (a capital letter): "come l'anno
    // scorso" passes as a name in a list of names, not in a cell that is not one.
    if (person === undefined || (person !== 'skip' && !/\p{Lu}/u.test(person.name))) rest.push(part.trim());
    else if (person !== 'skip') understood.push(person);
  }
  const left = rest.filter((r) => r !== '');
  const role = trailingRole(text, understood, left);
  if (role !== undefined) return { kind: 'people', people: understood, role };
  return { kind: 'unreadable', understood, rest: left };
}

/** Roles paid outside the staff's fund, named beside "Tutti i dipendenti" ("+ Segretario Generale"). */
const OUTSIDE_ROLES =
  /^(?:(?:il |la )?segretari[oa](?: general[ei]| comunale)?|(?:i )?responsabili(?: di (?:area|servizio|settore))?|(?:i )?dirigenti|(?:le |gli )?(?:e ?q|p ?o)|(?:i )?titolari (?:di )?(?:e ?q|p ?o))$/;

/**
 * "Tutti i dipendenti + Segretario Generale": the whole staff, and roles that are not staff of
 * the fund (the secretary, the heads, paid through their own result pay), set aside and said.
 */
function allStaffAndRoles(text: string): AssignmentsReading | undefined {
  const parts = partsOf(text)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const first = readAssignmentsCell(parts[0]);
  if (first.kind !== 'allStaff') return undefined;
  const roles = parts.slice(1);
  const plain = (r: string) => simplify(r).replace(/[.]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!roles.every((r) => OUTSIDE_ROLES.test(plain(r)))) return undefined;
  return { ...first, roles };
}

const ROLE_START = /^(?:responsabile|resp|dirigente|referente|coordinat(?:ore|rice)|titolare)\b/;

/**
 * The area head named after the people, as plans do: "Sara Neri (80%), Luca Poli (20%)
 * Responsabile Area Servizi alla Persona Dott.ssa Elena Sartori". A role, not a share: set aside
 * when it is the cell's last part, has no digit, and every other part is a person with a share
 * (then the shares say who is paid; without them, who the role includes is a guess).
 */
function trailingRole(text: string, people: AssignedPerson[], rest: string[]): string | undefined {
  if (rest.length !== 1 || people.length === 0 || people.some((p) => p.share === undefined)) return undefined;
  const part = rest[0];
  const parts = partsOf(text).map((p) => p.trim());
  if (parts[parts.length - 1] !== part || /\d/.test(part)) return undefined;
  return ROLE_START.test(simplify(part)) ? part : undefined;
}
