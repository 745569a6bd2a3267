/** The readable Italian summaries of the CLI (without --json). */
import type { Finding } from '../domain/findings';
import type { Distribution, EmployeeAmount, Scores } from '../domain/results';
import { formatCents, sumCents } from '../domain/money';
import { formatMessage, formatNumber, type Locale } from '../i18n';
import { rangeAddress } from '../workbook/a1';
import { remarkLines } from '../workbook/recognize/notes';
import type { RecognizedTable } from '../workbook/recognize/types';
import type { HiddenSheet } from '../workbook/pipeline';

export { remarkLines };

const t = (key: string, params?: Record<string, string | number>) => formatMessage('it', key, params);
const euro = (c: number) => `€ ${formatCents(c, 'it')}`;
const pct = (f: number | undefined) => (f === undefined ? '—' : `${formatNumber('it', f * 100, 1)}%`);

/** Width of the text when the terminal's is unknown (a pipe, a file). */
export const DEFAULT_WIDTH = 100;
/** Narrowest column a title wraps in, however narrow the terminal. */
const MIN_TITLE = 24;

/**
 * Words of `text` in lines of at most `width` characters; a word longer than that is cut.
 * Never an empty list: an empty text is one empty line.
 */
export function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter((w) => w !== '')) {
    while (word.length > width) {
      if (line !== '') out.push(line);
      out.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  out.push(line);
  return out;
}

/**
 * Items grouped by area, areas in the order they first come and those without area last, each
 * group under its area's name: "1" and "1T" of four areas are told apart. One pass (a plan can
 * have 100,000 objectives).
 */
function byArea<T extends { area?: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  const none: T[] = [];
  for (const item of items) {
    if (item.area === undefined || item.area.trim() === '') {
      none.push(item);
      continue;
    }
    let g = groups.get(item.area);
    if (g === undefined) groups.set(item.area, (g = []));
    g.push(item);
  }
  const out = [...groups.entries()];
  if (none.length > 0) out.push([t('cli.noArea'), none]);
  return out;
}

/**
 * An objective's lines: its id and full title wrapped to the terminal's width, the figures
 * (`tail`) at the end of the first line, continuation lines under the title.
 */
function objectiveLines(id: string, title: string, tail: string, width: number): string[] {
  const lead = `    ${id.padEnd(5)} `;
  const room = Math.max(MIN_TITLE, width - lead.length - tail.length - 1);
  const parts = wrapWords(title, room);
  return parts.map((part, i) =>
    i === 0 ? `${lead}${part.padEnd(room)} ${tail}` : `${' '.repeat(lead.length)}${part}`,
  );
}

/** The objectives under their areas' names. */
function groupedObjectives<T extends { area?: string; id: string; title: string }>(
  items: readonly T[],
  tail: (item: T) => string,
  width: number,
): string[] {
  const rows: string[] = [];
  for (const [area, group] of byArea(items)) {
    rows.push(`  ${area}`);
    for (const item of group)
      for (const line of objectiveLines(item.id, item.title, tail(item), width)) rows.push(line);
  }
  return rows;
}

/** Employees with their area, and a total line. */
function employeeLines(employees: readonly EmployeeAmount[]): string[] {
  const nameWidth = Math.min(32, Math.max(12, ...employees.slice(0, 10_000).map((e) => e.name.length)));
  const areaWidth = Math.min(
    32,
    Math.max(8, ...employees.slice(0, 10_000).map((e) => (e.area ?? '').length)),
  );
  const rows = employees.map(
    (e) =>
      `  ${e.name.padEnd(nameWidth)} ${(e.area ?? t('cli.noArea')).padEnd(areaWidth)} ${euro(e.total).padStart(16)}`,
  );
  const total = sumCents(employees.map((e) => e.total));
  rows.push(
    `  ${t('cli.distribution.employeesTotal').padEnd(nameWidth + areaWidth + 1)} ${euro(total).padStart(16)}`,
  );
  return rows;
}

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

/** `width`: the terminal's, for the titles to wrap in (DEFAULT_WIDTH when unknown). */
export function scoresText(scores: Scores, findings: Finding[], width = DEFAULT_WIDTH): string {
  return (
    lines([
      t('cli.scores.areas'),
      ...scores.areas.map((a) => `  ${a.area.padEnd(32)} ${pct(a.score)}`),
      t('cli.scores.objectives'),
      ...groupedObjectives(
        scores.objectives,
        (o) => `${pct(o.achievement).padStart(7)} → ${pct(o.effective).padStart(6)}`,
        width,
      ),
    ]) + findingsText(findings)
  );
}

export function distributionText(d: Distribution, _findings: Finding[], width = DEFAULT_WIDTH): string {
  if (!d.ok) {
    return lines([
      t('cli.distribution.refused', { count: d.reasons.length }),
      ...d.reasons.map(
        (r) => `  ${r.cells[0] ? `[${r.cells[0].sheet}!${r.cells[0].cell}] ` : ''}${r.message}`,
      ),
    ]);
  }
  if (d.phase === 'allocation') return allocationText(d, width);
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
      ...groupedObjectives(
        d.units,
        (u) =>
          `${euro(u.allocated).padStart(14)} × ${pct(u.achievement).padStart(6)} = ${euro(u.paid).padStart(14)}`,
        width,
      ),
      t('cli.distribution.employees', { count: d.employees.length }),
      ...employeeLines(d.employees),
    ]) + (d.warnings.length > 0 ? findingsText(d.warnings) : '')
  );
}

const reasonLine = (r: Finding) =>
  `  ${r.cells[0] ? `[${r.cells[0].sheet}!${r.cells[0].cell}] ` : ''}${r.message}`;

/**
 * The allocation phase: the phase and why the payment is not there (it waits for the
 * achievements, or is refused with its reasons), then the allocated amounts and potential shares.
 */
function allocationText(d: Extract<Distribution, { ok: true }>, width: number): string {
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
      ...groupedObjectives(d.units, (u) => euro(u.allocated).padStart(14), width),
      t('cli.distribution.potential', { count: d.employees.length }),
      ...employeeLines(d.employees),
    ]) + (d.warnings.length > 0 ? findingsText(d.warnings) : '')
  );
}
