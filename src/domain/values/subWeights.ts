/**
 * Indicator sub-weights written inside one text cell (docs/domain.md section 4):
 * "Attivazione servizio (Peso 50%) ... Questionari di gradimento (Peso 30%)".
 *
 * A marker is "peso N%" with optional parentheses, colon, spaces and "%" ("(Peso 50%)",
 * "(peso 50 %)", "peso 30%", "peso: 12,5%"). Once a cell has at least one such marker, a bare
 * "(N%)" counts as a marker too (real plans slip: "Almeno quattro incontri (20%)"); in a cell
 * without "peso" a "(N%)" is just part of the description. Each entry's description is the
 * text between the previous marker and its own, trimmed of spaces and separators; text after
 * the last marker belongs to no weight and is dropped.
 */
import { readDecimalText, digitsToNumber } from './numbers';
import { cleanText } from './text';

export interface SubWeight {
  description: string;
  weight: number;
}

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const PESO = `\\(?\\s*\\bpeso\\s*[:=]?\\s*${NUMBER}\\s*%?\\s*\\)?`;
const PESO_MARKER = new RegExp(PESO, 'iu');
const ANY_MARKER = new RegExp(`${PESO}|\\(\\s*${NUMBER}\\s*%\\s*\\)`, 'giu');

/** Separators left around descriptions: spaces, dots, commas, dashes, semicolons, bullets. */
const EDGES = /^[\s.,;:\-–—•·*]+|[\s.,;:\-–—•·*]+$/g;

export function extractSubWeights(text: string): SubWeight[] {
  const s = cleanText(text);
  if (!PESO_MARKER.test(s)) return [];
  const out: SubWeight[] = [];
  let from = 0;
  for (const m of s.matchAll(ANY_MARKER)) {
    const digits = readDecimalText(m[1] ?? m[2]);
    if (!digits) continue;
    const description = s.slice(from, m.index).replace(EDGES, '');
    out.push({ description, weight: digitsToNumber(digits) });
    from = (m.index ?? 0) + m[0].length;
  }
  return out;
}
