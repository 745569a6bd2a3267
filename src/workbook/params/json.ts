/**
 * The CLI's parameters file (`--params file.json`, docs/parameters-json.md): the same parameters
 * as the sheet, with the model's English names and values. Every key is checked; unknown keys
 * are errors. A key present in the file replaces the value of `base` (the sheet's parameters,
 * or the defaults); keys absent keep it. A value that fails its check is reported and `base`'s
 * value stays.
 */
import { duplicateKeys } from './json-duplicates';
import type { HeadcountBand, Parameters, PayoutBand, Pool, SplitMethod } from '../../domain/model';
import type { Finding } from '../../domain/findings';
import { defaultParameters } from '../../domain/params';
import { categoryKey, TIPOLOGIE, type Tipologia } from './layout';
import {
  childPath,
  isObject,
  jsonArray,
  jsonBoolean,
  jsonEnum,
  jsonInteger,
  jsonMoney,
  jsonNumberMin,
  jsonObject,
  jsonPercent,
  jsonPositive,
  jsonText,
  JsonReport,
} from './json-values';

/** Values a parameters file sets: only the keys it contains. */
export type ParamsOverrides = Partial<Omit<Parameters, 'cells'>>;

export interface ParamsJsonResult {
  params: Parameters;
  comune?: string;
  year?: number;
  /** Only what the file set, to lay over other parameters with `applyParamsOverrides`. */
  overrides: ParamsOverrides;
  findings: Finding[];
}

const METHODS: readonly SplitMethod[] = ['coefficient', 'relevance', 'weight'];
const SOGLIA: readonly Parameters['sogliaPolicy'][] = ['proportional', 'full'];
const AT_MOST: readonly Parameters['atMostPolicy'][] = ['binary', 'proportional'];
const POOL_KEYS = ['name', 'tipologie', 'amount', 'percent', 'method'] as const;
const BAND_KEYS = ['min', 'coefficient'] as const;
const CURVE_KEYS = ['from', 'payout'] as const;

interface Ctx {
  out: ParamsOverrides;
  meta: { comune?: string; year?: number };
  r: JsonReport;
}

type Handler = (v: unknown, path: string, c: Ctx) => void;

/** Sets a field when the check gave a value. */
function set<K extends keyof ParamsOverrides>(c: Ctx, key: K, value: ParamsOverrides[K] | undefined): void {
  if (value !== undefined) c.out[key] = value;
}

/** Every top-level key of the file and its check. The JSON Schema lists the same keys (tested). */
export const JSON_HANDLERS: Readonly<Record<string, Handler>> = {
  // Editors put "$schema" at the top to get completion: accepted and ignored.
  $schema: (v, p, c) => void jsonText(v, p, c.r),
  comune: (v, p, c) => {
    const s = jsonText(v, p, c.r);
    if (s !== undefined) c.meta.comune = s;
  },
  year: (v, p, c) => {
    const y = jsonInteger(v, p, 2000, 2100, c.r);
    if (y !== undefined) c.meta.year = y;
  },
  fund: (v, p, c) => set(c, 'fund', jsonMoney(v, p, c.r)),
  reserve: (v, p, c) => set(c, 'reserve', jsonMoney(v, p, c.r)),
  defaultMethod: (v, p, c) => set(c, 'defaultMethod', jsonEnum(v, p, METHODS, c.r)),
  pools: (v, p, c) => set(c, 'pools', jsonPools(v, p, c.r)),
  categoryPoints: (v, p, c) => set(c, 'categoryPoints', jsonCategoryPoints(v, p, c.r)),
  headcountBands: (v, p, c) => set(c, 'headcountBands', jsonBands(v, p, c.r)),
  sogliaPolicy: (v, p, c) => set(c, 'sogliaPolicy', jsonEnum(v, p, SOGLIA, c.r)),
  latePenaltyPerMonth: (v, p, c) => set(c, 'latePenaltyPerMonth', jsonPercent(v, p, c.r)),
  atMostPolicy: (v, p, c) => set(c, 'atMostPolicy', jsonEnum(v, p, AT_MOST, c.r)),
  payoutCurve: (v, p, c) => set(c, 'payoutCurve', jsonCurve(v, p, c.r)),
  partTime: (v, p, c) => set(c, 'partTime', jsonBoolean(v, p, c.r)),
  fullTimeHours: (v, p, c) => set(c, 'fullTimeHours', jsonPositive(v, p, c.r)),
  individualEvaluation: (v, p, c) => set(c, 'individualEvaluation', jsonBoolean(v, p, c.r)),
  absenceReduction: (v, p, c) => set(c, 'absenceReduction', jsonBoolean(v, p, c.r)),
  absencePercentPerDay: (v, p, c) => set(c, 'absencePercentPerDay', jsonPercent(v, p, c.r)),
  redistributeEconomie: (v, p, c) => set(c, 'redistributeEconomie', jsonBoolean(v, p, c.r)),
  differentiationPremiumPercent: (v, p, c) => set(c, 'differentiationPremiumPercent', jsonPercent(v, p, c.r)),
  differentiationMinStaffPercent: (v, p, c) =>
    set(c, 'differentiationMinStaffPercent', jsonPercent(v, p, c.r)),
  paymentTimesMinWeight: (v, p, c) => set(c, 'paymentTimesMinWeight', jsonPercent(v, p, c.r)),
};

/** Keys of the items of the array-valued keys, for the schema consistency test. */
export const JSON_ITEM_KEYS: Readonly<Record<string, readonly string[]>> = {
  pools: POOL_KEYS,
  headcountBands: BAND_KEYS,
  payoutCurve: CURVE_KEYS,
};

function jsonPools(v: unknown, path: string, r: JsonReport): Pool[] | undefined {
  const list = jsonArray(v, path, false, r);
  if (!list) return undefined;
  const before = r.findings.length;
  const pools: Pool[] = [];
  const names = new Map<string, string>();
  const holders = new Map<Tipologia, string>();
  list.forEach((item, i) => {
    const p = childPath(path, i);
    const o = jsonObject(item, p, POOL_KEYS, ['name'], r);
    if (!o) return;
    const name = jsonText(o.name, childPath(p, 'name'), r);
    const pool: Pool = { name: name ?? '', tipologie: [], method: 'coefficient' };
    if (name !== undefined) {
      const other = names.get(name.toLowerCase());
      if (other !== undefined)
        r.error('PARAMS_JSON_DUPLICATE', childPath(p, 'name'), { value: name, otherPath: other });
      else names.set(name.toLowerCase(), childPath(p, 'name'));
    }
    if ('tipologie' in o) {
      const tp = childPath(p, 'tipologie');
      jsonArray(o.tipologie, tp, false, r)?.forEach((t, j) => {
        const tj = childPath(tp, j);
        const value = jsonEnum(t, tj, TIPOLOGIE, r);
        if (value === undefined || pool.tipologie.includes(value)) return;
        const other = holders.get(value);
        if (other !== undefined) r.error('PARAMS_JSON_DUPLICATE', tj, { value, otherPath: other });
        else holders.set(value, tj);
        pool.tipologie.push(value);
      });
    }
    if ('amount' in o && 'percent' in o) r.error('PARAMS_JSON_AMOUNT_AND_PERCENT', p);
    if ('amount' in o) pool.amount = jsonMoney(o.amount, childPath(p, 'amount'), r);
    if ('percent' in o) pool.percent = jsonPercent(o.percent, childPath(p, 'percent'), r);
    if ('method' in o) pool.method = jsonEnum(o.method, childPath(p, 'method'), METHODS, r) ?? 'coefficient';
    if (pool.amount === undefined) delete pool.amount;
    if (pool.percent === undefined) delete pool.percent;
    pools.push(pool);
  });
  // The pools are one table: with any mistake in it, none of it is used.
  return r.findings.length === before ? pools : undefined;
}

function jsonCategoryPoints(v: unknown, path: string, r: JsonReport): Record<string, number> | undefined {
  if (!isObject(v)) {
    r.error('PARAMS_JSON_OBJECT', path);
    return undefined;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) {
    r.error('PARAMS_JSON_EMPTY', path);
    return undefined;
  }
  const before = r.findings.length;
  const points: Record<string, number> = {};
  const seen = new Map<string, string>();
  for (const [name, value] of entries) {
    const p = childPath(path, name);
    const key = categoryKey(name);
    if (key === '') {
      r.error('PARAMS_JSON_TEXT', p);
      continue;
    }
    const other = seen.get(key);
    if (other !== undefined) {
      r.error('PARAMS_JSON_DUPLICATE', p, { value: name, otherPath: other });
      continue;
    }
    seen.set(key, p);
    const n = jsonNumberMin(value, p, 0, r);
    if (n !== undefined) points[key] = n;
  }
  return r.findings.length === before ? points : undefined;
}

function jsonBands(v: unknown, path: string, r: JsonReport): HeadcountBand[] | undefined {
  const list = jsonArray(v, path, true, r);
  if (!list) return undefined;
  const before = r.findings.length;
  const bands: HeadcountBand[] = [];
  list.forEach((item, i) => {
    const p = childPath(path, i);
    const o = jsonObject(item, p, BAND_KEYS, BAND_KEYS, r);
    if (!o) return;
    const min = jsonInteger(o.min, childPath(p, 'min'), 1, undefined, r);
    const coefficient = jsonNumberMin(o.coefficient, childPath(p, 'coefficient'), 0, r);
    if (min !== undefined && coefficient !== undefined) bands.push({ min, coefficient });
  });
  return r.findings.length === before ? bands : undefined;
}

function jsonCurve(v: unknown, path: string, r: JsonReport): PayoutBand[] | undefined {
  const list = jsonArray(v, path, true, r);
  if (!list) return undefined;
  const before = r.findings.length;
  const curve: PayoutBand[] = [];
  list.forEach((item, i) => {
    const p = childPath(path, i);
    const o = jsonObject(item, p, CURVE_KEYS, CURVE_KEYS, r);
    if (!o) return;
    const from = jsonPercent(o.from, childPath(p, 'from'), r);
    let payout: PayoutBand['payout'] | undefined;
    if (o.payout === 'proportional') payout = 'proportional';
    else if (typeof o.payout === 'number' && Number.isFinite(o.payout) && o.payout >= 0 && o.payout <= 100)
      payout = o.payout;
    else r.error('PARAMS_JSON_PAYOUT', childPath(p, 'payout'));
    if (from !== undefined && payout !== undefined) curve.push({ from, payout });
  });
  return r.findings.length === before ? curve : undefined;
}

/** A deep copy of `base` with `overrides` laid over it; cells of overridden values are dropped. */
export function applyParamsOverrides(base: Parameters, overrides: ParamsOverrides): Parameters {
  const out: Parameters = {
    ...base,
    pools: base.pools.map((p) => ({ ...p, tipologie: [...p.tipologie] })),
    categoryPoints: { ...base.categoryPoints },
    headcountBands: base.headcountBands.map((b) => ({ ...b })),
    payoutCurve: base.payoutCurve.map((b) => ({ ...b })),
    cells: { ...base.cells },
  };
  for (const key of Object.keys(overrides) as (keyof ParamsOverrides)[]) {
    (out as unknown as Record<string, unknown>)[key] = overrides[key];
    // The value no longer comes from the sheet: a finding about it must not select that cell.
    for (const name of Object.keys(out.cells)) {
      if (name === key || name.startsWith(`${key}.`)) delete out.cells[name];
    }
  }
  return out;
}

/**
 * Reads a parameters file. `file` names it in the messages ("params.json: fund: ...").
 * Findings are all errors: the CLI refuses to run with a file it cannot fully read.
 */
export function parseParamsJson(
  text: string,
  base: Parameters = defaultParameters(),
  file = 'params.json',
): ParamsJsonResult {
  const r = new JsonReport(file);
  const c: Ctx = { out: {}, meta: {}, r };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    r.error('PARAMS_JSON_SYNTAX', '', { detail: e instanceof Error ? e.message : String(e) });
    return { params: applyParamsOverrides(base, {}), overrides: {}, findings: r.findings };
  }
  for (const path of duplicateKeys(text)) r.error('PARAMS_JSON_DUPLICATE_KEY', path);
  if (!isObject(data)) {
    r.error('PARAMS_JSON_ROOT', '');
  } else {
    const allowed = Object.keys(JSON_HANDLERS);
    for (const [key, value] of Object.entries(data)) {
      const handler = Object.prototype.hasOwnProperty.call(JSON_HANDLERS, key)
        ? JSON_HANDLERS[key]
        : undefined;
      if (handler) handler(value, childPath('', key), c);
      else
        r.error('PARAMS_JSON_UNKNOWN_KEY', childPath('', key), {
          allowed: allowed.filter((k) => k !== '$schema').join(', '),
        });
    }
  }
  const result: ParamsJsonResult = {
    params: applyParamsOverrides(base, c.out),
    overrides: c.out,
    findings: r.findings,
  };
  if (c.meta.comune !== undefined) result.comune = c.meta.comune;
  if (c.meta.year !== undefined) result.year = c.meta.year;
  return result;
}
