/**
 * Title rows above a table that name its area and head: "AREA FINANZIARIA",
 * "Settore 2 - Lavori pubblici", "Responsabile: Bozza Angelo",
 * "AREA FINANZIARIA - Responsabile: Mario Rossi".
 *
 * Names are tidied: spaces trimmed and collapsed; a name written ALL IN CAPITALS becomes
 * title case ("AREA SERVIZI ALLA PERSONA" -> "Area Servizi alla Persona", roman numerals kept)
 * so that the same area typed in capitals on one sheet and not on another reads the same in
 * reports. Names in mixed case are kept as written.
 */
import { cleanText, simplify } from '../../domain/values';

/** Words an area name starts with. */
const AREA_WORD =
  /^(area|aree|settore|servizio|servizi|ufficio|uffici|unita|u o|uo|dipartimento|ripartizione|sezione|direzione|corpo|polizia|segreteria)\b/;

/** Headings of a sheet or a document rather than area names. */
const HEADING_WORD =
  /\b(pesatura|obiettivi|piano|performance|piao|tabella|elenco|scheda|schede|allegato|prospetto|riepilogo|anno|incentivi|fondo)\b|\b(19|20)\d\d\b/;

/** "Responsabile: X", "- Responsabile X", "Dirigente: X", "Responsabile del servizio: X". */
const HEAD_MARK =
  /(^|[\s\-–—,;|(])(responsabile|resp\.|dirigente|referente|titolare eq|titolare p\.?o\.?)(?:\s+(?:di|del|della|dell['’]|dello)\s*[\p{L}]+|\s+(?:area|settore|servizio|ufficio))?\s*[:\-–—]?\s*(.*)$/iu;

/** Articles and prepositions: lower case in tidied names, and no part of an area's core words. */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  'e',
  'ed',
  'di',
  'del',
  'dello',
  'della',
  'dei',
  'degli',
  'delle',
  'a',
  'al',
  'alla',
  'alle',
  'ai',
  'agli',
  'per',
  'con',
  'in',
  'da',
  'dal',
  'dalla',
  'il',
  'lo',
  'la',
  'le',
  'gli',
  'i',
  'su',
  'sul',
  'sulla',
  'and',
  'of',
]);
const ROMAN = /^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function titleCaseWord(word: string, first: boolean): string {
  if (ROMAN.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  // Elided articles stay small and the word after them is capitalised: "DELL'ENTE" -> "dell'Ente".
  const elided = /^(dell|dall|nell|sull|all|l|d|un)(['’])(.+)$/u.exec(lower);
  if (elided && !first) return elided[1] + elided[2] + capitalise(elided[3]);
  return capitalise(lower);
}

function capitalise(word: string): string {
  return word.replace(/^(\p{L})/u, (l: string) => l.toUpperCase());
}

/** Trim and collapse spaces; ALL CAPS becomes title case. */
export function tidyName(text: string): string {
  const clean = cleanText(text);
  if (!isAllCaps(clean)) return clean;
  return clean
    .split(' ')
    .map((w, i) => titleCaseWord(w, i === 0))
    .join(' ')
    .replace(/^(\p{Ll})/u, (l: string) => l.toUpperCase());
}

export interface TitleInfo {
  area?: string;
  /** The area text starts with an area word ("Area", "Settore", "Servizio"...). */
  areaWord: boolean;
  /** The text reads as a document heading ("PESATURA OBIETTIVI ANNO 2023"), not an area. */
  heading: boolean;
  responsabile?: string;
}

/** Reads one title cell's text. */
export function parseTitle(text: string): TitleInfo {
  const clean = cleanText(text);
  let areaPart = clean;
  let responsabile: string | undefined;
  const m = HEAD_MARK.exec(clean);
  if (m) {
    areaPart = clean.slice(0, m.index).replace(/[\s\-–—,;|(]+$/u, '');
    const name = m[3].replace(/[)\s]+$/u, '');
    if (name !== '') responsabile = tidyName(name);
  }
  const simple = simplify(areaPart).replace(/[.]/g, ' ').replace(/ +/g, ' ').trim();
  const info: TitleInfo = {
    areaWord: AREA_WORD.test(simple),
    heading: HEADING_WORD.test(simple),
  };
  if (areaPart !== '') info.area = tidyName(areaPart);
  if (responsabile !== undefined) info.responsabile = responsabile;
  return info;
}

/** A row that separates two blocks inside a table: an area name or a head (not plain data). */
export function isStrongTitle(text: string): boolean {
  const info = parseTitle(text);
  if (info.responsabile !== undefined) return true;
  if (info.area === undefined || info.heading) return false;
  return info.areaWord || isAllCaps(cleanText(text));
}
