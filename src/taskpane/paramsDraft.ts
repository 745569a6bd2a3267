/**
 * The parameters as the Parameters view edits them: text the user types, turned back into
 * Parameters on "Salva". Numbers are read in the pane's language ("1.234,50" in Italian,
 * "1,234.50" in English); anything unreadable is reported by field and nothing is saved.
 */
import type { Cents, Parameters, PayoutBand, Pool, SplitMethod } from '../domain/model';
import { formatCents } from '../domain/money';
import { normalizeLabel, parseMoney, parseNumber } from '../domain/values';
import { formatNumber, type Locale } from '../i18n';

export interface PoolDraft {
  name: string;
  /** Comma-separated tipologie. */
  tipologie: string;
  amount: string;
  percent: string;
  method: SplitMethod;
}

export interface ParamsDraft {
  fund: string;
  reserve: string;
  sogliaPolicy: Parameters['sogliaPolicy'];
  latePenaltyPerMonth: string;
  partTime: boolean;
  individualEvaluation: boolean;
  redistributeEconomie: boolean;
  pools: PoolDraft[];
  categories: { key: string; points: string }[];
  bands: { min: string; coefficient: string }[];
  /** payout is "" for proportional, else a percent. */
  curve: { from: string; payout: string }[];
}

const money = (c: Cents | undefined, locale: Locale) => (c === undefined ? '' : formatCents(c, locale));
const num = (n: number | undefined, locale: Locale) => (n === undefined ? '' : formatNumber(locale, n, 6));

export function toDraft(p: Parameters, locale: Locale): ParamsDraft {
  return {
    fund: money(p.fund, locale),
    reserve: money(p.reserve, locale),
    sogliaPolicy: p.sogliaPolicy,
    latePenaltyPerMonth: num(p.latePenaltyPerMonth, locale),
    partTime: p.partTime,
    individualEvaluation: p.individualEvaluation,
    redistributeEconomie: p.redistributeEconomie,
    pools: p.pools.map((pool) => ({
      name: pool.name,
      tipologie: pool.tipologie.join(', '),
      amount: money(pool.amount, locale),
      percent: num(pool.percent, locale),
      method: pool.method,
    })),
    categories: Object.entries(p.categoryPoints).map(([key, points]) => ({
      key,
      points: num(points, locale),
    })),
    bands: p.headcountBands.map((b) => ({
      min: num(b.min, locale),
      coefficient: num(b.coefficient, locale),
    })),
    curve: p.payoutCurve.map((b) => ({
      from: num(b.from, locale),
      payout: b.payout === 'proportional' ? '' : num(b.payout, locale),
    })),
  };
}

/** English text into the Italian reading the value parsers use: "1,234.5" -> "1234,5". */
function toItalian(text: string, locale: Locale): string {
  return locale === 'en' ? text.replace(/,/g, '').replace(/\./g, ',') : text;
}

/** Field path ("fund", "pools.0.amount") -> catalogue key of what is wrong with it. */
export type DraftErrors = Record<string, string>;

export function fromDraft(
  draft: ParamsDraft,
  base: Parameters,
  locale: Locale,
): { ok: true; params: Parameters } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const readMoney = (path: string, text: string, optional: boolean): Cents | undefined => {
    if (text.trim() === '') {
      if (!optional) errors[path] = 'ui.params.error.required';
      return undefined;
    }
    const r = parseMoney(toItalian(text, locale));
    if (!r.ok || r.value < 0) {
      errors[path] = 'ui.params.error.money';
      return undefined;
    }
    return r.value;
  };
  const readNumber = (path: string, text: string, optional: boolean): number | undefined => {
    if (text.trim() === '') {
      if (!optional) errors[path] = 'ui.params.error.required';
      return undefined;
    }
    const r = parseNumber(toItalian(text.replace(/%\s*$/, ''), locale));
    if (!r.ok || r.value < 0) {
      errors[path] = 'ui.params.error.number';
      return undefined;
    }
    return r.value;
  };

  const fund = readMoney('fund', draft.fund, true);
  const reserve = readMoney('reserve', draft.reserve, true) ?? 0;
  const latePenaltyPerMonth = readNumber('latePenaltyPerMonth', draft.latePenaltyPerMonth, false) ?? 0;
  const pools = draft.pools.map((d, i): Pool => {
    if (d.name.trim() === '') errors[`pools.${i}.name`] = 'ui.params.error.required';
    const pool: Pool = {
      name: d.name.trim(),
      tipologie: d.tipologie
        .split(/[,;]/)
        .map((s) => normalizeLabel(s))
        .filter((s) => s !== ''),
      method: d.method,
    };
    const amount = readMoney(`pools.${i}.amount`, d.amount, true);
    const percent = readNumber(`pools.${i}.percent`, d.percent, true);
    if (amount !== undefined) pool.amount = amount;
    if (percent !== undefined) pool.percent = percent;
    const cell = base.pools[i]?.cell;
    if (cell) pool.cell = cell;
    return pool;
  });
  const categoryPoints: Record<string, number> = {};
  draft.categories.forEach((c, i) => {
    const key = normalizeLabel(c.key);
    if (key === '') errors[`categories.${i}.key`] = 'ui.params.error.required';
    const points = readNumber(`categories.${i}.points`, c.points, false);
    if (key !== '' && points !== undefined) categoryPoints[key] = points;
  });
  const headcountBands = draft.bands.map((b, i) => ({
    min: readNumber(`bands.${i}.min`, b.min, false) ?? 0,
    coefficient: readNumber(`bands.${i}.coefficient`, b.coefficient, false) ?? 0,
  }));
  const payoutCurve = draft.curve.map((b, i): PayoutBand => ({
    from: readNumber(`curve.${i}.from`, b.from, false) ?? 0,
    payout: b.payout.trim() === '' ? 'proportional' : (readNumber(`curve.${i}.payout`, b.payout, false) ?? 0),
  }));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    params: {
      ...base,
      fund,
      reserve,
      sogliaPolicy: draft.sogliaPolicy,
      latePenaltyPerMonth,
      partTime: draft.partTime,
      individualEvaluation: draft.individualEvaluation,
      redistributeEconomie: draft.redistributeEconomie,
      pools,
      categoryPoints,
      headcountBands,
      payoutCurve,
    },
  };
}
