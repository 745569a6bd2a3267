/**
 * Text helpers shared by the parsers: blank detection, display text for messages, and the
 * normalisation used to match header labels and people's names.
 */
import type { RawValue } from '../model';
import { formatNumber, type Locale } from '../../i18n';
import { isoToItalian, toIso } from './calendar';
import { ok, fail, type ParseResult } from './result';

/** Spaces Excel and pasted PDFs put in cells: non-breaking, narrow, figure, zero-width, tabs. */
const ODD_SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u3000\t\r\n\f\v]/g;
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\uFEFF/g;

/** Odd spaces become plain spaces, runs of spaces collapse, ends are trimmed. */
export function cleanText(text: string): string {
  // Most cells hold nothing to clean: one test instead of three replacements (same result).
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

const NEEDS_CLEANING = /[\u00A0\u2007\u202F\u2009\u200A\u3000\t\r\n\f\v\uFEFF]|\u200B|\u200C|\u200D| {2}/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Plain ASCII: nothing to decompose or fold. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Removes accents: "Sì" -> "Si", "Niccolò" -> "Niccolo". */
export function foldAccents(text: string): string {
  if (isAscii(text)) return text;
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower case, accents removed, spaces cleaned: the form the word-matching parsers compare. */
export function simplify(text: string): string {
  return foldAccents(cleanText(text)).toLowerCase();
}

export function isErrorValue(raw: RawValue): raw is { error: string } {
  return typeof raw === 'object' && raw !== null && !(raw instanceof Date) && 'error' in raw;
}

/** Empty cell, empty text or only spaces (of any kind). Error values are not blank. */
export function isBlank(raw: RawValue | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  return typeof raw === 'string' && cleanText(raw) === '';
}

/** Date cell -> ISO from its UTC parts (ExcelJS returns cell dates at UTC midnight). */
export function dateCellToIso(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** What the cell shows, for messages: "4.193,23", "31/12/2023", "VERO", "#REF!". */
export function rawToText(raw: RawValue | undefined, locale: Locale = 'it'): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return cleanText(raw);
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? formatNumber(locale, raw, 10) : String(raw);
  }
  if (typeof raw === 'boolean') {
    if (locale === 'it') return raw ? 'VERO' : 'FALSO';
    return raw ? 'TRUE' : 'FALSE';
  }
  if (raw instanceof Date) {
    const iso = dateCellToIso(raw);
    if (iso === undefined) return '';
    const year = Number(iso.slice(0, 4));
    return year >= 1 ? isoToItalian(iso) : iso;
  }
  return raw.error;
}

/**
 * Header label for matching (docs/domain.md section 4): lower case, no accents, punctuation and
 * symbols become spaces, spaces collapse. A trailing "%" disappears with the punctuation
 * ("Peso %" -> "peso", "N°" -> "n", "Obiettivo N." -> "obiettivo n"). A label that is only "%"
 * (an assignment table's share column) stays "%", or it would match nothing.
 */
export function normalizeLabel(text: string): string {
  // Printable ASCII (most labels and many cells): letters are only A-Z, digits 0-9, and every
  // other run becomes one space, as below; recognition asks this of every text cell.
  if (PRINTABLE_ASCII.test(text)) {
    const label = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    return label === '' && text.includes('%') ? '%' : label;
  }
  const folded = simplify(text);
  const label = folded
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  if (label === '' && folded.includes('%')) return '%';
  return label;
}

/** Courtesy and professional titles dropped from names before matching. */
const TITLES = new Set([
  'dott',
  'dottssa',
  'dottoressa',
  'dottore',
  'sig',
  'sigra',
  'signor',
  'signora',
  'arch',
  'geom',
  'ing',
  'avv',
  'rag',
  'prof',
  'profssa',
]);

/**
 * Key to match people: normalised like labels, apostrophes removed (D'Angelo = DAngelo =
 * D' Angelo), titles dropped (Dott., Geom., Rag.), and tokens sorted, so that "Rossi Mario"
 * and "Mario Rossi" meet. Cost of sorting: two people whose names are each other's reversal
 * collide; such a pair would collide in a handwritten list anyway.
 */
export function normalizeName(name: string): string {
  // "D'Angelo" -> "DAngelo"; "Dott.ssa", "Sig.ra" -> one token, so the title list can drop it.
  const joined = cleanText(name)
    .replace(/\s*['’`´]\s*/g, '')
    .replace(/\.(?=\p{L})/gu, '');
  const tokens = normalizeLabel(joined)
    .split(' ')
    .filter((t) => t !== '' && t !== '%' && !TITLES.has(t));
  return tokens.sort().join(' ');
}

/**
 * Plain text of a cell (titles, ids, names): spaces cleaned; numbers as JS writes them (an id 1
 * is "1", not "1,0"); dates and booleans as the cell shows them. Error values are problems.
 */
export function parseText(raw: RawValue): ParseResult<string> {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(String(raw)) : fail('NOT_A_NUMBER');
  return ok(rawToText(raw));
}
