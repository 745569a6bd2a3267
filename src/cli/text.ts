/** The readable Italian summaries of the CLI (without --json). */
import type { Finding } from '../domain/findings';
import type { Distribution, Scores } from '../domain/results';
import { formatCents } from '../domain/money';
import { formatMessage, formatNumber, type Locale } from '../i18n';
import { rangeAddress } from '../workbook/a1';
import { remarkLines } from '../workbook/recognize/notes';
import type { RecognizedTable } from '../workbook/recognize/types';
import type { HiddenSheet } from '../workbook/pipeline';

export { remarkLines };

const t = (key: string, params?: Record<string, string | number>) => formatMessage('it', key, params);
const euro = (c: number) => `€ ${formatCents(c, 'it')}`;
const pct = (f: number | undefined) => (f === undefined ? '—' : `${formatNumber('it', f * 100, 1)}%`);

/**
 * One line per row. Rows come as one array, never as spread arguments: a plan of 100,000
 * objectives has more units than a function call can take arguments (the stack overflows).
 */
function lines(rows: readonly string[]): string {
  return `${rows.join('\n')}\n`;
}

/** The tables, each with its remarks, then the hidden sheets not read. */
export function inspectText(
  tables: RecognizedTable[],
  locale: Locale = 'it',
  hiddenSheets: readonly HiddenSheet[] = [],
): string {
  const say = (key: string, params?: Record<string, string | number>) => formatMessage(locale, key, params);
  const hidden = hiddenSheets.map((h) =>
    say(h.read ? 'cli.inspect.hiddenSheetRead' : 'cli.inspect.hiddenSheet', {
      sheet: h.sheet,
      tables: h.tables,
    }),
  );
  if (tables.length === 0) return lines([say('cli.inspect.none'), ...hidden]);
  const rows = [say('cli.inspect.count', { count: tables.length })];
  for (const tb of tables) {
    rows.push(
      `  ${say(`cli.kind.${tb.kind}`).padEnd(24)} ${tb.sheet}!${rangeAddress(tb.range)}` +
        `${tb.area ? ` — ${tb.area}` : ''} (${say('cli.inspect.rows', { rows: tb.dataRows.length })})`,
    );
    for (const line of remarkLines(tb.remarks ?? [], locale)) rows.push(`      ${line}`);
  }
  return lines([...rows, ...hidden]);
}

export function findingsText(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return lines([t('cli.findings.none')]);
  return lines([
    t('cli.findings.count', { errors, warnings }),
    ...findings.map((f) => {
      const where = f.cells[0] ? ` [${f.cells[0].sheet}!${f.cells[0].cell}]` : '';
      return `  ${f.severity === 'error' ? t('cli.severity.error') : t('cli.severity.warning')} ${f.code}${where}: ${f.message}`;
    }),
  ]);
}

export function scoresText(scores: Scores, findings: Finding[]): string {
  return (
    lines([
      t('cli.scores.areas'),
      ...scores.areas.map((a) => `  ${a.area.padEnd(32)} ${pct(a.score)}`),
      t('cli.scores.objectives'),
      ...scores.objectives.map(
        (o) =>
          `  ${(o.area ?? '').padEnd(24)} ${o.id.padEnd(5)} ${o.title.slice(0, 50).padEnd(50)} ${pct(o.achievement).padStart(7)} → ${pct(o.effective)}`,
      ),
    ]) + findingsText(findings)
  );
}

export function distributionText(d: Distribution, _findings: Finding[]): string {
  if (!d.ok) {
    return lines([
      t('cli.distribution.refused', { count: d.reasons.length }),
      ...d.reasons.map(
        (r) => `  ${r.cells[0] ? `[${r.cells[0].sheet}!${r.cells[0].cell}] ` : ''}${r.message}`,
      ),
    ]);
  }
  if (d.phase === 'allocation') return allocationText(d);
  const tt = d.totals;
  return (
    lines([
      t('cli.distribution.title'),
      `  ${t('cli.distribution.fund').padEnd(28)} ${euro(tt.fund)}`,
      `  ${t('cli.distribution.reserve').padEnd(28)} ${euro(tt.reserve)}`,
      `  ${t('cli.distribution.fixed').padEnd(28)} ${euro(tt.fixedBudgets)}`,
      `  ${t('cli.distribution.paid').padEnd(28)} ${euro(tt.paid)}`,
      ...(tt.withoutStaff > 0
        ? [`    ${t('cli.distribution.withoutStaff').padEnd(26)} ${euro(tt.withoutStaff)}`]
        : []),
      `  ${t('cli.distribution.economie').padEnd(28)} ${euro(tt.economie)}`,
      t('cli.distribution.pools'),
      ...d.pools.map(
        (p) =>
          `  ${p.name.padEnd(36)} ${euro(p.amount).padStart(16)}  ${t('cli.distribution.paidShort')} ${euro(p.paid)}`,
      ),
      t('cli.distribution.units'),
      ...d.units.map(
        (u) =>
          `  ${u.id.padEnd(5)} ${u.title.slice(0, 44).padEnd(44)} ${euro(u.allocated).padStart(14)} × ${pct(u.achievement).padStart(6)} = ${euro(u.paid).padStart(14)}`,
      ),
      t('cli.distribution.employees', { count: d.employees.length }),
      ...d.employees.map((e) => `  ${e.name.padEnd(28)} ${euro(e.total).padStart(14)}`),
    ]) + (d.warnings.length > 0 ? findingsText(d.warnings) : '')
  );
}

const reasonLine = (r: Finding) =>
  `  ${r.cells[0] ? `[${r.cells[0].sheet}!${r.cells[0].cell}] ` : ''}${r.message}`;

/**
 * The allocation phase: the phase and why the payment is not there (it waits for the
 * achievements, or is refused with its reasons), then the allocated amounts and potential shares.
 */
function allocationText(d: Extract<Distribution, { ok: true }>): string {
  const tt = d.totals;
  const why = d.paymentWaits
    ? [
        t('cli.distribution.paymentWaits'),
        ...(d.paymentReasons.length > 0
          ? [t('cli.distribution.paymentToFix', { count: d.paymentReasons.length })]
          : []),
      ]
    : [t('cli.distribution.paymentRefused', { count: d.paymentReasons.length })];
  return (
    lines([
      t('cli.distribution.allocationTitle'),
      ...why,
      ...d.paymentReasons.map(reasonLine),
      `  ${t('cli.distribution.fund').padEnd(28)} ${euro(tt.fund)}`,
      `  ${t('cli.distribution.reserve').padEnd(28)} ${euro(tt.reserve)}`,
      `  ${t('cli.distribution.fixed').padEnd(28)} ${euro(tt.fixedBudgets)}`,
      t('cli.distribution.pools'),
      ...d.pools.map((p) => `  ${p.name.padEnd(36)} ${euro(p.amount).padStart(16)}`),
      t('cli.distribution.allocatedUnits'),
      ...d.units.map(
        (u) => `  ${u.id.padEnd(5)} ${u.title.slice(0, 44).padEnd(44)} ${euro(u.allocated).padStart(14)}`,
      ),
      t('cli.distribution.potential', { count: d.employees.length }),
      ...d.employees.map((e) => `  ${e.name.padEnd(28)} ${euro(e.total).padStart(14)}`),
    ]) + (d.warnings.length > 0 ? findingsText(d.warnings) : '')
  );
}
