/**
 * A quantity at the start of a text: "15 attività", "80% dei beni", "n. 2 progetti", "quattro
 * incontri". Shared by targets and actuals.
 */
import { readDecimalText, digitsToNumber } from './numbers';

export interface Quantity {
  value: number;
  percent: boolean;
  /** Text after the quantity, trimmed ("attività", "dei beni"). */
  rest: string;
}

/** Italian number words for small counts ("almeno quattro incontri"). */
const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
  quindici: 15,
  venti: 20,
  trenta: 30,
  cinquanta: 50,
  cento: 100,
};

/** "n.", "n°", "nr", "num.", "numero" before a number: "N.15 attività", "n. 2 progetti". */
const COUNT_PREFIX = /^(?:numero|num|nr|n)\s*[.°º]?\s*(?=\d)/;

/**
 * Reads the quantity a (lower-case, accent-free) text starts with. Number words are read only
 * when `words` is set, i.e. after "almeno", "max" and the like ("sei" alone is also "you are").
 */
export function readQuantity(s: string, words = false): Quantity | undefined {
  const text = s.replace(COUNT_PREFIX, '');
  const m = /^([+\-\u2212]?\d[\d.,]*)(\s*%)?/.exec(text);
  if (m) {
    const token = m[1].replace(/[.,]+$/, '');
    const digits = readDecimalText(token);
    if (!digits) return undefined;
    return {
      value: digitsToNumber(digits),
      percent: m[2] !== undefined,
      rest: text.slice(m[0].length).trim(),
    };
  }
  if (words) {
    const w = /^([a-z]+)\b/.exec(text);
    if (w && NUMBER_WORDS[w[1]] !== undefined) {
      return { value: NUMBER_WORDS[w[1]], percent: false, rest: text.slice(w[0].length).trim() };
    }
  }
  return undefined;
}
