/**
 * The --json documents of the CLI. Amounts are strings with two decimals and a dot ("4193.23");
 * achievements are percentages (85.5 means 85,5 %).
 */
import type { CellRef } from '../domain/model';
import type { Finding } from '../domain/findings';
import type { Distribution, Scores } from '../domain/results';
import { centsToDecimalString } from '../domain/money';
import { columnLetters, rangeAddress } from '../workbook/a1';
import type { Locale } from '../i18n';
import { remarkMessage } from '../workbook/recognize/notes';
import type { RecognizedTable } from '../workbook/recognize/types';
import type { HiddenSheet } from '../workbook/pipeline';

const percent = (fraction: number | undefined): number | null =>
  fraction === undefined ? null : Math.round(fraction * 1e6) / 1e4;

/** Each table with its recognition remarks: code, params and the message in `locale`. */
export function inspectJson(
  tables: RecognizedTable[],
  locale: Locale = 'it',
  hiddenSheets: readonly HiddenSheet[] = [],
) {
  return {
    tables: tables.map((t) => ({
      kind: t.kind,
      sheet: t.sheet,
      range: rangeAddress(t.range),
      area: t.area ?? null,
      rows: t.dataRows.length,
      columns: Object.fromEntries(
        Object.entries(t.columns).map(([role, col]) => [role, columnLetters(col as number)]),
      ),
      source: t.source,
      tableName: t.tableName ?? null,
      remarks: (t.remarks ?? []).map((r) => ({
        code: r.code,
        params: r.params,
        message: remarkMessage(locale, r),
      })),
    })),
    /** Hidden sheets; `read` only when they hold a kind of table no visible sheet has. */
    hiddenSheets: hiddenSheets.map((h) => ({ sheet: h.sheet, tables: h.tables, read: h.read })),
  };
}

/** Cells as A1 ranges; a cell on another sheet than the finding's first one keeps its sheet. */
function cellsOf(cells: CellRef[]): { sheet: string | null; cells: string[] } {
  const sheet = cells[0]?.sheet ?? null;
  return {
    sheet,
    cells: cells.map((c) => (c.sheet === sheet ? c.cell : `'${c.sheet.replace(/'/g, "''")}'!${c.cell}`)),
  };
}

export function findingJson(f: Finding) {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    ...cellsOf(f.cells),
    area: f.area ?? null,
    objective: f.objective ?? null,
  };
}

export function findingsJson(findings: Finding[]) {
  return {
    findings: findings.map(findingJson),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

export function scoresJson(scores: Scores, findings: Finding[]) {
  return {
    objectives: scores.objectives.map((o) => ({
      key: o.key,
      id: o.id,
      title: o.title,
      area: o.area ?? null,
      achievement: percent(o.achievement),
      effective: percent(o.effective),
      source: o.source,
      belowSoglia: o.belowSoglia,
    })),
    areas: scores.areas.map((a) => ({ area: a.area, score: percent(a.score), weightSum: a.weightSum })),
    ...findingsJson(findings),
  };
}

export function distributionJson(d: Distribution, findings: Finding[]) {
  if (!d.ok) return { refused: true, reasons: d.reasons.map(findingJson), ...findingsJson(findings) };
  const money = centsToDecimalString;
  // Paid figures exist only in the payment phase: null before it, never a misleading 0.
  const paid = d.phase === 'payment';
  const ifPaid = (cents: number) => (paid ? money(cents) : null);
  return {
    refused: false,
    phase: d.phase,
    /** Allocation phase with no achievement yet: the payment waits for them. */
    paymentWaits: d.paymentWaits,
    /** Allocation phase: what refuses the payment (missing achievements, named). */
    paymentReasons: d.paymentReasons.map(findingJson),
    fund: money(d.totals.fund),
    reserve: money(d.totals.reserve),
    fixedBudgets: money(d.totals.fixedBudgets),
    distributed: money(d.totals.distributed),
    paid: ifPaid(d.totals.paid),
    economie: ifPaid(d.totals.economie),
    unassigned: money(d.totals.unassigned),
    withoutStaff: money(d.totals.withoutStaff),
    pools: d.pools.map((p) => ({
      name: p.name,
      method: p.method,
      amount: money(p.amount),
      paid: ifPaid(p.paid),
      economie: ifPaid(p.economie),
    })),
    units: d.units.map((u) => ({
      id: u.id,
      title: u.title,
      area: u.area ?? null,
      pool: u.pool,
      coefficient: u.coefficient ?? null,
      allocated: money(u.allocated),
      achievement: paid ? percent(u.achievement) : null,
      paid: ifPaid(u.paid),
      economie: ifPaid(u.economie),
    })),
    // In the allocation phase each employee's potential share of the allocation.
    employees: d.employees.map((e) => ({
      name: e.name,
      area: e.area ?? null,
      total: money(e.total),
      amounts: Object.fromEntries(e.byObjective.map((b) => [b.objectiveKey, money(b.amount)])),
    })),
    // Published once paid: nothing to publish before.
    transparency: paid
      ? {
          paid: money(d.transparency.paid),
          withoutStaff: money(d.transparency.withoutStaff),
          employees: d.transparency.employees,
          minimum: money(d.transparency.minimum),
          median: money(d.transparency.median),
          maximum: money(d.transparency.maximum),
          average: money(d.transparency.average),
          aboveAveragePercent: d.transparency.aboveAveragePercent,
        }
      : null,
    // Validation and scoring warnings, then the distribution's own (differentiation...).
    ...findingsJson([...findings, ...d.warnings.filter((w) => !findings.includes(w))]),
  };
}
