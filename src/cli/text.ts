/** The readable Italian summaries of the CLI (without --json). */
import type { Finding } from '../domain/findings';
import type { Distribution, Scores } from '../domain/results';
import { formatCents } from '../domain/money';
import { formatMessage, formatNumber, type Locale } from '../i18n';
import { rangeAddress } from '../workbook/a1';
import { remarkMessage } from '../workbook/recognize/notes';
import type { RecognitionRemark, RecognizedTable, RemarkCode } from '../workbook/recognize/types';
import type { HiddenSheet } from '../workbook/pipeline';

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

/**
 * The list parameter of each remark that can name several rows, cells or columns: in the text,
 * the remarks of one code make one line listing them all (a table with forty merged id cells gets
 * one line, not forty). HEADER_MATCHED is left out of the text: the table line already gives the
 * header's range and kind (`--json` has every remark).
 */
const LISTED: Partial<Record<RemarkCode, string>> = {
  DUPLICATE_COLUMN: 'column',
  REPEATED_HEADER_SKIPPED: 'row',
  MERGED_CELLS_FILLED: 'range',
  CONTINUATION_ROWS: 'rows',
  HIDDEN_ROWS: 'rows',
  HIDDEN_COLUMNS: 'columns',
  ROWS_AFTER_TOTAL: 'rows',
  HEADER_UNITS_ROW: 'row',
  BLANK_ROWS_INSIDE: 'rows',
  ROWS_AFTER_BLANK: 'rows',
};
const TEXT_SKIPPED: ReadonlySet<RemarkCode> = new Set<RemarkCode>(['HEADER_MATCHED']);
/** Rows, cells or columns named on one line before "and N more". */
const MAX_LISTED = 10;

function shortList(values: string[], locale: Locale): string {
  if (values.length <= MAX_LISTED) return values.join(', ');
  return formatMessage(locale, 'cli.inspect.more', {
    list: values.slice(0, MAX_LISTED).join(', '),
    count: values.length - MAX_LISTED,
  });
}

/** A table's remarks for the text: one line per code that lists, one per other remark. */
export function remarkLines(remarks: readonly RecognitionRemark[], locale: Locale): string[] {
  const lines: { remark: RecognitionRemark; values?: string[] }[] = [];
  const byCode = new Map<RemarkCode, string[]>();
  for (const r of remarks) {
    if (TEXT_SKIPPED.has(r.code)) continue;
    const param = LISTED[r.code];
    if (param === undefined) {
      lines.push({ remark: r });
      continue;
    }
    const values = String(r.params[param] ?? '')
      .split(', ')
      .filter((v) => v !== '');
    const seen = byCode.get(r.code);
    if (seen) seen.push(...values);
    else {
      byCode.set(r.code, values);
      lines.push({ remark: r, values });
    }
  }
  return lines.map(({ remark, values }) => {
    const param = LISTED[remark.code];
    if (values === undefined || param === undefined) return remarkMessage(locale, remark);
    return remarkMessage(locale, {
      ...remark,
      params: { ...remark.params, [param]: shortList(values, locale) },
    });
  });
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
