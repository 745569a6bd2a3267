/**
 * Fractions typed where percentages are meant (0,85 for 85 %) in columns without a percent
 * format: the grado di raggiungimento, the soglia minima, the actual values of percent targets.
 * Read as typed, 0,85 under "Grado di raggiungimento" paid 0,85 % of an objective, silently.
 *
 * The evidence is the whole column, as for weights (recognition.md, "Percent or fraction"):
 * - a column whose plain numbers all lie between 0 and 1 holds fractions (a grado or a soglia of
 *   at most 1 % everywhere is not a plan anyone writes; a column of 1s is 100 % each);
 * - a column that mixes numbers strictly between 0 and 1 with numbers over 1 is read as typed,
 *   and each number between 0 and 1 is reported: which one the user meant is theirs to say.
 * "Plain" means a number cell without a percent format; text ("85%", "0,85") is read as typed.
 */
import type { Actual, Field, Indicator, RawValue } from '../../domain/model';
import { tidy } from '../../domain/values';

export interface FractionReading {
  /** The column's plain numbers are fractions: read them as a percent-formatted column. */
  fractions: boolean;
  /** Rows whose number between 0 and 1 sits among percentages: reported, read as typed. */
  ambiguousRows: number[];
}

/** `raw(row)` and `percentFormat(row)` of the column's data rows. */
export function readFractionColumn(
  rows: readonly number[],
  raw: (row: number) => RawValue,
  percentFormat: (row: number) => boolean,
): FractionReading {
  let any = false;
  let over = false;
  const between: number[] = [];
  for (const row of rows) {
    const v = raw(row);
    if (typeof v !== 'number' || !Number.isFinite(v) || percentFormat(row)) continue;
    any = true;
    if (v > 1 || v < 0) over = true;
    else if (v > 0 && v < 1) between.push(row);
  }
  if (any && !over) return { fractions: true, ambiguousRows: [] };
  return { fractions: false, ambiguousRows: over ? between : [] };
}

/** An actual typed as a plain number: its value is its cell's number (no percent format). */
function plainNumber(actual: Field<Actual>): number | undefined {
  const v = actual.value;
  return v?.kind === 'number' && typeof actual.raw === 'number' && v.value === actual.raw
    ? v.value
    : undefined;
}

/**
 * The actual values of one table's indicators with a percent target, read as fractions where
 * the table shows that is what they are: every plain actual of a percent target lies between 0
 * and 1, and at least one of them measures an "at least" target over 1 % (0,9 against "almeno
 * 80%"; an actual of 0,5 against "<= 1%" alone says nothing: 0,5 % meets it). Converts in place
 * (each indicator gets its own field: indicators written in one cell share theirs) and returns
 * the indicators whose actual between 0 and 1 sits among percentages, read as typed.
 */
export function readFractionActuals(indicators: Indicator[], from: number): Indicator[] {
  const plain: Indicator[] = [];
  let evidence = false;
  let over = false;
  for (let i = from; i < indicators.length; i++) {
    const ind = indicators[i];
    const t = ind.target.value;
    if (t === undefined || (t.kind !== 'atLeast' && t.kind !== 'atMost') || !t.percent) continue;
    const v = plainNumber(ind.actual);
    if (v === undefined) continue;
    plain.push(ind);
    if (v < 0 || v > 1) over = true;
    else if (t.kind === 'atLeast' && t.value > 1) evidence = true;
  }
  if (over) {
    return plain.filter((ind) => {
      const v = plainNumber(ind.actual) as number;
      const t = ind.target.value;
      return v > 0 && v < 1 && t?.kind === 'atLeast' && t.value > 1;
    });
  }
  if (!evidence) return [];
  for (const ind of plain) {
    const raw = ind.actual.raw as number;
    ind.actual = { ...ind.actual, value: { kind: 'number', value: tidy(raw * 100) } };
  }
  return [];
}
