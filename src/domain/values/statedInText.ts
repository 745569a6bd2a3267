/**
 * What real plans state inside the text of an objective's cells rather than in a column of its
 * own (docs/recognition.md, "Read everything in the row"):
 * - a budget: "budget assegnato pari ad un massimo di Euro 4.500,00", "con budget 5.500,00 al
 *   raggiungimento del 100%", "compenso di € 800";
 * - a late penalty: "-10% ogni mese ritardo", "penalità del 5% per ogni mese di ritardo";
 * - a deadline cell that is not one date: "Sospeso", "31/12/2021 31/12/2021" (one date per
 *   indicator), "Rispetto tempistica prevista dalla normativa".
 * Each reading is a guess from words, so the reader says it with a warning at the cell.
 */
import type { IsoDate, RawValue } from '../model';
import { readDecimalText } from './numbers';
import { parseMoney } from './money';
import { parseDate } from './dates';
import { cleanText, isBlank, simplify } from './text';

export interface StatedAmount {
  cents: number;
  /** The words the amount was read from, as written. */
  text: string;
}

/**
 * A budget stated in words: "budget", "compenso" or "incentivo", then within a few words an
 * amount in Italian format, with or without "Euro"/"€" (the number just after "budget" is the
 * amount; a percent — "al raggiungimento del 100%" — never is). The first such amount.
 */
const BUDGET =
  /\b(?:budget|compenso|incentivo)\b[^.;\n\d%€]{0,60}?(?:(?:euro|eur|€)\s*)?(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)(?!\s*%|[\d.,]*\d)/iu;

const YEAR = /^(?:19|20)\d\d$/;

export function readBudgetText(text: string): StatedAmount | undefined {
  const s = cleanText(text);
  const m = BUDGET.exec(s);
  if (!m) return undefined;
  // "budget 2021 di 3.000": a year is not the amount (nor is what follows it read as one).
  if (YEAR.test(m[1]) && !/(?:euro|eur|€)\s*\d+$/iu.test(m[0])) return undefined;
  const money = parseMoney(m[1]);
  if (!money.ok || money.value <= 0) return undefined;
  return { cents: money.value, text: m[0].trim() };
}

export interface StatedPenalty {
  /** Percent of the achievement taken off per month late. */
  percent: number;
  text: string;
}

/**
 * A late penalty stated in words: a percent followed by "per/ogni/al mese (di) ritardo"
 * ("-10% ogni mese ritardo", "riduzione del 10 % per ogni mese di ritardo", "5% al mese di
 * ritardo"). Only per month: a penalty per day or per week is not the plan's unit and is left
 * to the user.
 */
const PENALTY =
  /-?\s*(\d+(?:[.,]\d+)?)\s*%\s*(?:(?:in\s+meno|di\s+penalit[aà]|di\s+riduzione)\s+)?(?:per\s+ogni|per|ogni|al|a)\s+mese\s+(?:di\s+)?ritardo/iu;

export function readLatePenaltyText(text: string): StatedPenalty | undefined {
  const s = cleanText(text);
  const m = PENALTY.exec(s);
  if (!m) return undefined;
  const digits = readDecimalText(m[1]);
  if (!digits) return undefined;
  const percent = Number(`${digits.int}.${digits.frac || '0'}`);
  if (!(percent > 0 && percent <= 100)) return undefined;
  return { percent, text: m[0].trim() };
}

/** What a deadline cell that is not one date says. */
export type DeadlineText =
  { kind: 'suspended' } | { kind: 'dates'; dates: IsoDate[] } | { kind: 'text'; text: string };

const SUSPENDED = /^\s*(?:obiettivo\s+)?(?:sospes[oa]|rinviat[oa]|annullat[oa])\b/;
const DATE_LIKE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/g;

/**
 * How to read a deadline cell whose text is not a date: a suspended objective ("Sospeso",
 * "sospeso in attesa del contratto"), several dates (each a valid date, separated by spaces,
 * commas, semicolons, "e" or new lines), or a text of words ("Rispetto tempistica prevista
 * dalla normativa") to be judged by hand. Undefined when the cell is blank, a date, or a date
 * gone wrong (an impossible date, a typo): those stay the date errors they are.
 */
export function readDeadlineText(raw: RawValue, opts: { year?: number } = {}): DeadlineText | undefined {
  if (isBlank(raw) || typeof raw !== 'string') return undefined;
  if (parseDate(raw, opts).ok) return undefined;
  const s = cleanText(raw);
  const folded = simplify(s);
  if (SUSPENDED.test(folded)) return { kind: 'suspended' };
  const found = s.match(DATE_LIKE) ?? [];
  if (found.length >= 2) {
    const rest = s.replace(DATE_LIKE, ' ').replace(/[\s,;/]+|\be\b/giu, '');
    if (rest !== '') return undefined;
    const dates: IsoDate[] = [];
    for (const d of found) {
      const r = parseDate(d, opts);
      if (!r.ok) return undefined;
      dates.push(r.value);
    }
    return { kind: 'dates', dates };
  }
  // Words, and no date among them: a rule to follow, not a date mistyped.
  const words = folded.match(/\p{L}{3,}/gu) ?? [];
  if (found.length === 0 && words.length >= 2 && !/\d/.test(s)) return { kind: 'text', text: s };
  return undefined;
}
