/**
 * Target expressions (docs/domain.md section 5) -> `Target`.
 *
 * Order of reading a text:
 * 1. yes/no: "SI", "Sì", "Yes", a noun of doing alone or with up to two plain words
 *    ("Attivazione", "Realizzazione", "Approvazione regolamento"), or one word plus a participle
 *    ("Servizio attivato", "Progetto realizzato");
 * 2. deadline: "entro ..." / "scadenza ..." with a date (year from opts.year when missing), or
 *    a whole-cell date ("31/12/2023"; "31/12" and "30 giugno" take the plan year, but "1.5" and
 *    "5-10" are numbers, not dates without a year). "entro" followed by a date that is impossible
 *    or lacks a year with no plan year is a problem (IMPOSSIBLE_DATE, DATE_WITHOUT_YEAR); "entro 10 giorni dalla
 *    richiesta" is not a date at all and becomes manual;
 * 3. at most: "<", "<=", "≤", "max", "massimo", "al massimo", "non oltre", "non più di",
 *    "non superiore a", "pari o inferiore a", "minore o uguale a", "fino a", "meno di",
 *    "minore di", "inferiore a" ("<", "meno di", "minore di", "inferiore a" are strict);
 * 4. at least: ">=", "≥", ">", "almeno", "min.", "minimo", "non meno di", "non inferiore a",
 *    "superiore a", "pari o superiore a", "maggiore o uguale a", "maggiore di", "più di",
 *    "oltre", "pari a", "uguale a", "=", "n.", "N°", or a bare number ("100%", "1000",
 *    "N.15 attività"); an article after the words is skipped ("almeno il 90%"). ">" is read as at least (there is no strict at-least in the model: the
 *    achievement ratio makes the difference between > 52 and >= 52 negligible);
 * 5. anything else is { kind: 'manual', text }: not machine-readable is not a parse error.
 *
 * Safety rules that send a text to manual instead of guessing: a second number in the text
 * ("n. 2 progetti presentati n. 1 rendicontato", "80% entro il 31/12"); a bare number followed
 * by a time unit ("30 giorni": usually a maximum, a person must say). A target of 0 "at least"
 * is accepted and always met.
 * Number cells are "at least" targets (times 100 in a percent-formatted cell, then `percent`);
 * TRUE is yes/no; FALSE is UNREADABLE_TARGET (a target of "no" has no achievement); date cells
 * are deadlines.
 */
import type { RawValue, Target } from '../model';
import { ok, fail, type ParseResult } from './result';
import { readDateText } from './dates';
import { tidy } from './numbers';
import { readQuantity } from './quantities';
import { cleanText, dateCellToIso, isBlank, isErrorValue, rawToText, simplify } from './text';

export interface TargetOptions {
  /** Plan year, for deadlines written without one ("Entro 30.4"). */
  year?: number;
  /** The target cell is percent-formatted: a number 1 is "100%". */
  percentFormat?: boolean;
}

const YES_WORDS = new Set(['si', 'yes', 'vero', 'true']);
const DOING_NOUN =
  /^(?:attivazione|realizzazione|approvazione|adozione|pubblicazione|completamento|conclusione|predisposizione|svolgimento|sottoscrizione|aggiudicazione|installazione|istituzione|avvio)$/;
const DONE_PARTICIPLE =
  /^(?:attivat|realizzat|approvat|adottat|completat|pubblicat|conclus|predispost|svolt|sottoscritt|aggiudicat|installat|istituit|avviat)[oaie]$/;
/** Words that make a short phrase a measure, not a yes/no. */
const MEASURE_WORDS = new Set([
  'almeno',
  'minimo',
  'massimo',
  'max',
  'min',
  'entro',
  'tutti',
  'tutte',
  'numero',
]);

function isYesNo(s: string): boolean {
  const clean = s.replace(/[.!]+$/, '');
  if (YES_WORDS.has(clean)) return true;
  const words = clean.split(' ');
  if (!words.every((w) => /^[a-z']+$/.test(w) && !MEASURE_WORDS.has(w))) return false;
  if (DOING_NOUN.test(words[0]) && words.length <= 3) return true;
  return words.length <= 2 && DONE_PARTICIPLE.test(words[words.length - 1]);
}

type Comparison = { kind: 'atLeast' } | { kind: 'atMost'; strict: boolean };

/** Operators and words, longest first where one is a prefix of another. */
const OPERATORS: [RegExp, Comparison][] = [
  [/^(?:<=|=<|≤)\s*/, { kind: 'atMost', strict: false }],
  [/^(?:>=|=>|≥)\s*/, { kind: 'atLeast' }],
  [/^<\s*/, { kind: 'atMost', strict: true }],
  [/^>\s*/, { kind: 'atLeast' }],
  [
    /^(?:(?:pari|uguale) o inferiore a|(?:inferiore|minore) o (?:pari|uguale) a|non superiore a)(?:l(?:l[ae])?)?\b\s*/,
    { kind: 'atMost', strict: false },
  ],
  [
    /^(?:(?:pari|uguale) o superiore a|(?:superiore|maggiore) o (?:pari|uguale) a)(?:l(?:l[ae])?)?\b\s*/,
    { kind: 'atLeast' },
  ],
  [/^(?:meno di|minore di|inferiore a(?:l(?:l[ae])?)?)\b\s*/, { kind: 'atMost', strict: true }],
  [
    /^(?:al massimo|massimo|max|non oltre|non piu di|fino a(?:l(?:l[ae])?)?)\b\.?\s*/,
    { kind: 'atMost', strict: false },
  ],
  [
    /^(?:almeno|minimo|min|non meno di|non inferiore a(?:l(?:l[ae])?)?|superiore a(?:l(?:l[ae])?)?|maggiore di|piu di|oltre)\b\.?\s*/,
    { kind: 'atLeast' },
  ],
  // "Pari a 100%", "= 100%": the value to reach, read as at least (reaching it is met).
  [/^(?:pari a(?:l(?:l[ae])?)?|uguale a(?:l(?:l[ae])?)?)\b\s*|^=\s*/, { kind: 'atLeast' }],
];

/** An article after the operator: "almeno il 90%", "almeno l'80%". */
const ARTICLE = /^(?:(?:il|lo|la|i|gli|le) |l')/;

const TIME_UNIT = /^(?:giorni|giorno|gg|ore|ora|h|mesi|mese|settimane|settimana|minuti|min)\b/;

function readComparison(s: string): Target | undefined {
  let rest = s;
  let comparison: Comparison | undefined;
  for (const [re, c] of OPERATORS) {
    const m = re.exec(rest);
    if (m) {
      comparison = c;
      rest = rest.slice(m[0].length).replace(ARTICLE, '');
      break;
    }
  }
  const q = readQuantity(rest, comparison !== undefined);
  if (!q || /\d/.test(q.rest)) return undefined;
  if (comparison === undefined && !q.percent && TIME_UNIT.test(q.rest)) return undefined;
  if (comparison?.kind === 'atMost') {
    return { kind: 'atMost', value: q.value, strict: comparison.strict, percent: q.percent };
  }
  return { kind: 'atLeast', value: q.value, percent: q.percent };
}

export function parseTarget(raw: RawValue, opts: TargetOptions = {}): ParseResult<Target> {
  if (isBlank(raw)) return fail('EMPTY');
  if (isErrorValue(raw)) return fail('ERROR_VALUE', raw.error);
  if (typeof raw === 'boolean')
    return raw ? ok({ kind: 'yesNo' }) : fail('UNREADABLE_TARGET', rawToText(raw));
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('UNREADABLE_TARGET', String(raw));
    const percent = opts.percentFormat === true;
    return ok({ kind: 'atLeast', value: percent ? tidy(raw * 100) : raw, percent });
  }
  if (raw instanceof Date) {
    const iso = dateCellToIso(raw);
    return iso === undefined ? fail('UNREADABLE_DATE', rawToText(raw)) : ok({ kind: 'deadline', date: iso });
  }

  if (typeof raw !== 'string') return fail('UNREADABLE_TARGET', rawToText(raw));
  const text = cleanText(raw);
  const s = simplify(text);
  if (isYesNo(s)) return ok({ kind: 'yesNo' });

  // Day/month with a dot or dash and no year ("1.5", "5-10") are numbers or ranges, not dates;
  // with a slash or a month name ("31/12", "30 giugno") they are deadlines in the plan year.
  const isDeadlineWord = /^(?:entro|scadenza|termine)\b/.test(s) || /^\d{1,2} ?\/ ?\d{1,2}$/.test(s);
  let reading = readDateText(text, isDeadlineWord ? opts.year : undefined);
  if (!isDeadlineWord && reading.kind === 'noYear' && /[a-z]/.test(s)) {
    reading = readDateText(text, opts.year);
    if (reading.kind === 'noYear') return fail('DATE_WITHOUT_YEAR', text);
  }
  if (reading.kind === 'date') return ok({ kind: 'deadline', date: reading.date });
  if (isDeadlineWord) {
    if (reading.kind === 'impossible') return fail('IMPOSSIBLE_DATE', text);
    if (reading.kind === 'noYear') return fail('DATE_WITHOUT_YEAR', text);
    return ok({ kind: 'manual', text });
  }
  if (reading.kind === 'impossible') return fail('IMPOSSIBLE_DATE', text);

  const comparison = readComparison(s);
  return ok(comparison ?? { kind: 'manual', text });
}
