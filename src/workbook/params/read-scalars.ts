/**
 * The single parameters block of the parameters sheet: label in column A, value in column B,
 * a note in column C (ignored). Unknown labels are warnings, labels given twice errors, an
 * empty value keeps the default. A value that cannot be read, or is out of its range, is an
 * error and the default stays (so validation, which runs on the model, does not report it again).
 */
import type { Parameters, RawValue } from '../../domain/model';
import { isBlank, rawToText } from '../../domain/values';
import type { Grid } from './grid';
import type { Reporter } from './report';
import {
  acceptedWords,
  AT_MOST_WORDS,
  METHOD_WORDS,
  scalarByLabel,
  SOGLIA_WORDS,
  type ScalarDef,
  type ScalarKey,
} from './layout';
import {
  readInteger,
  readKeyword,
  readMoney,
  readNumber,
  readPercent,
  readText,
  readYesNo,
  type Reading,
} from './cell-values';

export interface PlanMeta {
  comune?: string;
  year?: number;
}

type NumberKey = Extract<
  ScalarKey,
  | 'latePenaltyPerMonth'
  | 'fullTimeHours'
  | 'absencePercentPerDay'
  | 'differentiationPremiumPercent'
  | 'differentiationMinStaffPercent'
  | 'paymentTimesMinWeight'
>;
type BooleanKey = Extract<
  ScalarKey,
  'partTime' | 'individualEvaluation' | 'absenceReduction' | 'redistributeEconomie'
>;
type MoneyKey = Extract<ScalarKey, 'fund' | 'reserve'>;

const LABEL_COL = 0;
const VALUE_COL = 1;

/** Reads rows [from, to) as single parameters into `params` and `meta`. */
export function readScalars(
  grid: Grid,
  from: number,
  to: number,
  params: Parameters,
  meta: PlanMeta,
  report: Reporter,
): void {
  const seen = new Map<ScalarKey, number>();
  for (let row = from; row < to; row++) {
    if (grid.isBlankRow(row)) continue;
    const labelRaw = grid.value(row, LABEL_COL);
    if (isBlank(labelRaw)) {
      if (!isBlank(grid.value(row, VALUE_COL))) {
        report.warning('PARAMS_LABEL_MISSING', grid.ref(row, VALUE_COL), {
          text: rawToText(grid.value(row, VALUE_COL)),
        });
      }
      continue;
    }
    const label = rawToText(labelRaw);
    const def = scalarByLabel(label);
    if (!def) {
      report.warning('PARAMS_UNKNOWN_LABEL', grid.ref(row, LABEL_COL), { label });
      continue;
    }
    const first = seen.get(def.key);
    if (first !== undefined) {
      report.error('PARAMS_DUPLICATE_LABEL', grid.ref(row, LABEL_COL), { label }, grid.ref(first, LABEL_COL));
      continue;
    }
    seen.set(def.key, row);
    params.cells[def.key] = grid.ref(row, VALUE_COL);
    const raw = grid.value(row, VALUE_COL);
    if (isBlank(raw)) continue;
    const before = def.range && def.key !== 'year' ? params[def.key as NumberKey] : undefined;
    readScalar(def, raw, grid.isPercentFormat(row, VALUE_COL), params, meta, (r) => {
      report.error(r.code, grid.ref(row, VALUE_COL), {
        label,
        // A year is shown without thousands dots: "2025,5", not "2.025,5".
        text: def.kind === 'year' && typeof raw === 'number' ? String(raw).replace('.', ',') : r.text,
        accepted: acceptedWords(def.kind),
      });
    });
    const range = def.range;
    const value = def.key === 'year' ? meta.year : (params[def.key as NumberKey] as number | undefined);
    if (range && value !== undefined && (value < range.min || value > range.max)) {
      report.error('PARAMS_OUT_OF_RANGE', grid.ref(row, VALUE_COL), {
        label,
        value: def.key === 'year' ? String(value) : value,
        min: String(range.min),
        max: String(range.max),
      });
      // Back to the default (or no year): an out-of-range value is never used.
      if (def.key === 'year') delete meta.year;
      else if (before !== undefined) params[def.key as NumberKey] = before;
    }
  }
}

type Failure = Extract<Reading<unknown>, { ok: false }>;

/** Reads one value into its field; on failure calls `fail` and leaves the default. */
function readScalar(
  def: ScalarDef,
  raw: RawValue,
  percentFormat: boolean,
  params: Parameters,
  meta: PlanMeta,
  fail: (r: Failure) => void,
): void {
  const apply = <T>(r: Reading<T>, set: (v: T) => void): void => {
    if (r.ok) set(r.value);
    else fail(r);
  };
  switch (def.kind) {
    case 'text':
      return apply(readText(raw), (v) => (meta.comune = v));
    case 'year':
      return apply(readInteger(raw), (v) => (meta.year = v));
    case 'money':
      return apply(readMoney(raw), (v) => (params[def.key as MoneyKey] = v));
    case 'percent':
      return apply(readPercent(raw, percentFormat), (v) => (params[def.key as NumberKey] = v));
    case 'number':
      return apply(readNumber(raw), (v) => (params[def.key as NumberKey] = v));
    case 'yesno':
      return apply(readYesNo(raw), (v) => (params[def.key as BooleanKey] = v));
    case 'method':
      return apply(readKeyword(raw, METHOD_WORDS), (v) => (params.defaultMethod = v));
    case 'soglia':
      return apply(readKeyword(raw, SOGLIA_WORDS), (v) => (params.sogliaPolicy = v));
    case 'atMost':
      return apply(readKeyword(raw, AT_MOST_WORDS), (v) => (params.atMostPolicy = v));
  }
}
