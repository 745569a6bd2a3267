/**
 * "Premia - Registro": one row per run, appended. The sheet is rewritten whole (the port writes
 * whole sheets), so the caller reads the previous rows from the existing sheet
 * (`previousLogRows`) and `logSheet` writes them back followed by the new one.
 *
 * Columns: Data e ora | Operazione | Impronta degli input | Parametri | Totali | Errori | Avvisi.
 * The parameters are written as an officer reads them ("Fondo: 60.000,00 €; Riserva: ..."),
 * wrapped in their column, never as JSON in cents.
 * The date is an Excel date serial (sortable, filterable), in the local time of the run.
 */
import type { Locale } from '../../i18n';
import { formatCents } from '../../domain/money';
import { formatNumber, hasMessage } from '../../i18n';
import type { Cents, Parameters, SplitMethod } from '../../domain/model';
import { defaultParameters } from '../../domain/params';
import type { CellValue, OutputCell, SheetSnapshot, SheetSpec } from '../port';
import { SheetBuilder } from './builder';
import {
  DATE_TIME_FORMAT,
  excelSerial,
  excelSerialFromUtc,
  INTEGER_FORMAT,
  numberCell,
  t,
  textCell,
  wrapped,
  type SheetOptions,
} from './format';
import { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS } from './names';

/** Characters of the parameters' text kept in the log. */
export const PARAMS_CHARS = 1500;

const LOG_COLUMNS = 7;

export interface LogEntry {
  at: Date;
  /** 'validate', 'score', 'distribute' (shown in the sheet's language) or any other label. */
  operation: string;
  /** Fingerprint of the inputs, computed by the caller (the core has no hashing). */
  inputHash: string;
  /**
   * Parameters of the run: written with their labels and in euros (parametersText), shortened
   * past PARAMS_CHARS; a string is written as it is.
   */
  params?: Parameters | string;
  totals?: { fund?: Cents; paid?: Cents; economie?: Cents };
  errors: number;
  warnings: number;
}

function operationText(op: string, locale: Locale): string {
  return hasMessage(locale, `sheet.log.op.${op}`) ? t(locale, `log.op.${op}`) : op;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The parameters as an officer reads them: Italian labels (the sheet's language), euros, yes and
 * no, methods in words; the lists (category points, headcount bands, payout curve) as
 * "predefiniti" when they are the defaults.
 */
export function parametersText(p: Parameters, locale: Locale): string {
  const label = (key: string) => t(locale, `log.param.${key}`);
  const euros = (c: Cents) => t(locale, 'log.param.euros', { amount: formatCents(c, locale) });
  const pct = (n: number) => `${formatNumber(locale, n, 2)} %`;
  const yesNo = (b: boolean) => t(locale, b ? 'common.yes' : 'common.no').toLowerCase();
  const method = (m: SplitMethod) => t(locale, `distribution.method.${m}`);
  const item = (key: string, value: string) => `${label(key)}: ${value}`;
  const d = defaultParameters();
  const pools = p.pools.map((pool) => {
    const share =
      pool.amount !== undefined
        ? euros(pool.amount)
        : pool.percent !== undefined
          ? pct(pool.percent)
          : t(locale, 'log.param.rest');
    return `${pool.name} ${share} (${method(pool.method)})`;
  });
  const parts = [
    item('fund', p.fund === undefined ? t(locale, 'log.param.none') : euros(p.fund)),
    item('reserve', euros(p.reserve)),
    ...(pools.length > 0 ? [item('pools', pools.join(', '))] : []),
    ...(p.defaultMethod !== undefined ? [item('defaultMethod', method(p.defaultMethod))] : []),
    item('sogliaPolicy', t(locale, `log.param.soglia.${p.sogliaPolicy}`)),
    item('latePenaltyPerMonth', pct(p.latePenaltyPerMonth)),
    item('atMostPolicy', t(locale, `log.param.atMost.${p.atMostPolicy}`)),
    item('partTime', yesNo(p.partTime)),
    item('fullTimeHours', formatNumber(locale, p.fullTimeHours, 2)),
    item('individualEvaluation', yesNo(p.individualEvaluation)),
    item(
      'absenceReduction',
      p.absenceReduction ? `${yesNo(true)}, ${pct(p.absencePercentPerDay)}` : yesNo(false),
    ),
    item('redistributeEconomie', yesNo(p.redistributeEconomie)),
    item('differentiationPremiumPercent', pct(p.differentiationPremiumPercent)),
    item('differentiationMinStaffPercent', pct(p.differentiationMinStaffPercent)),
    item('paymentTimesMinWeight', pct(p.paymentTimesMinWeight)),
    item(
      'categoryPoints',
      sameJson(p.categoryPoints, d.categoryPoints)
        ? t(locale, 'log.param.defaults')
        : Object.entries(p.categoryPoints)
            .map(([k, v]) => `${k} ${formatNumber(locale, v, 2)}`)
            .join(', '),
    ),
    item(
      'headcountBands',
      sameJson(p.headcountBands, d.headcountBands)
        ? t(locale, 'log.param.defaults')
        : p.headcountBands.map((b) => `${b.min}+ → ${formatNumber(locale, b.coefficient, 2)}`).join(', '),
    ),
    item(
      'payoutCurve',
      sameJson(p.payoutCurve, d.payoutCurve)
        ? t(locale, 'log.param.defaults')
        : p.payoutCurve
            .map(
              (b) =>
                `${pct(b.from)} → ${b.payout === 'proportional' ? t(locale, 'log.param.proportional') : pct(b.payout)}`,
            )
            .join(', '),
    ),
  ];
  return parts.join('; ');
}

function paramsText(params: LogEntry['params'], locale: Locale): string | undefined {
  if (params === undefined || params === null) return undefined;
  const text = typeof params === 'string' ? params : parametersText(params, locale);
  return text.length > PARAMS_CHARS ? `${text.slice(0, PARAMS_CHARS - 1)}…` : text;
}

function totalsText(totals: LogEntry['totals'], locale: Locale): string | undefined {
  if (!totals) return undefined;
  const parts: string[] = [];
  for (const key of ['fund', 'paid', 'economie'] as const) {
    const c = totals[key];
    if (c !== undefined) parts.push(t(locale, `log.totals.${key}`, { amount: formatCents(c, locale) }));
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export function logHeaders(locale: Locale): string[] {
  return ['at', 'operation', 'hash', 'params', 'totals', 'errors', 'warnings'].map((k) =>
    t(locale, `log.col.${k}`),
  );
}

export function logRow(entry: LogEntry, locale: Locale = 'it'): OutputCell[] {
  return [
    { value: excelSerial(entry.at), format: DATE_TIME_FORMAT },
    textCell(operationText(entry.operation, locale)),
    textCell(entry.inputHash),
    wrapped(paramsText(entry.params, locale)),
    textCell(totalsText(entry.totals, locale)),
    numberCell(entry.errors, INTEGER_FORMAT),
    numberCell(entry.warnings, INTEGER_FORMAT),
  ];
}

/**
 * The first header label of the log in every language Premia writes it in (`sheet.log.col.at`
 * of each catalogue; a test keeps them equal). Written out here because the English catalogue is
 * loaded only for English users, and an Italian pane must still find a log written in English.
 */
export const LOG_HEADER_LABELS: readonly string[] = ['Data e ora', 'Date and time'];
const HEADER_LABELS = new Set(LOG_HEADER_LABELS.map((label) => label.toLowerCase()));

/**
 * The data rows of an existing log sheet: the rows under its header row (found by its first
 * label in either language), empty rows dropped. No header: no rows (not a log Premia wrote).
 */
export function previousLogRows(snapshot: SheetSnapshot): CellValue[][] {
  const rows = snapshot.values.map((r) => [...new Array<CellValue>(snapshot.left).fill(null), ...r]);
  const header = rows.findIndex(
    (r) => typeof r[0] === 'string' && HEADER_LABELS.has(r[0].trim().toLowerCase()),
  );
  if (header < 0) return [];
  return rows
    .slice(header + 1)
    .map((r) => r.slice(0, LOG_COLUMNS))
    .filter((r) => r.some((v) => v !== null && !(typeof v === 'string' && v.trim() === '')));
}

/** A cell read back from the log, written again as it was (dates stay dates). */
function previousCell(v: CellValue, col: number): OutputCell {
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) return { value: excelSerialFromUtc(v), format: DATE_TIME_FORMAT };
  if (typeof v === 'number') {
    if (col === 0) return { value: v, format: DATE_TIME_FORMAT };
    return numberCell(v, col >= 5 ? INTEGER_FORMAT : undefined);
  }
  if (typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return textCell(v);
  return textCell(v.error);
}

export function logSheet(
  previousRows: readonly CellValue[][],
  entry: LogEntry,
  opts: SheetOptions = {},
): SheetSpec {
  const locale = opts.locale ?? 'it';
  const b = new SheetBuilder();
  b.heading(t(locale, 'log.title'));
  const body = [
    ...previousRows.map((r) => r.slice(0, LOG_COLUMNS).map((v, c) => previousCell(v, c))),
    logRow(entry, locale),
  ];
  const place = b.table(OUTPUT_TABLES.log, logHeaders(locale), body);
  return b.build(OUTPUT_SHEETS.log, { freezeRows: place.header + 1, tabColor: TAB_COLORS.log });
}
