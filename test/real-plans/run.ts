/**
 * Runs one real-plan workbook through Premia as the CLI does (`inspect` and `validate`): the
 * .xlsx adapter, the pipeline's loadWorkbook and runValidation, the inspect JSON. Then
 * compares with the plan's expectations.
 */
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook, runValidation } from '../../src/workbook/pipeline';
import { inspectJson } from '../../src/cli/json';
import { parseRange } from '../../src/workbook/a1';
import type { Finding } from '../../src/domain/findings';
import type { ExpectedFinding, ExpectedTable, RealPlan } from './types';

export type ReadTable = ReturnType<typeof inspectJson>['tables'][number];

export interface PlanRun {
  tables: ReadTable[];
  findings: Finding[];
}

export async function runPlan(plan: Pick<RealPlan, 'build'>): Promise<PlanRun> {
  const bytes = new Uint8Array((await plan.build().xlsx.writeBuffer()) as ArrayBuffer);
  const book = await XlsxWorkbook.load(bytes);
  const loaded = await loadWorkbook(book);
  return {
    tables: inspectJson(loaded.tables, 'it', loaded.hiddenSheets).tables,
    findings: runValidation(loaded),
  };
}

function split(address: string): { sheet: string; range: ReturnType<typeof parseRange> } {
  const bang = address.lastIndexOf('!');
  return {
    sheet: address.slice(0, bang).replace(/^'(.*)'$/, '$1'),
    range: parseRange(address.slice(bang + 1)),
  };
}

/** A finding's cells cover the expected cell (or range). */
export function coversCell(f: Finding, expected: string | null): boolean {
  if (expected === null) return f.cells.length === 0;
  const target = split(expected);
  return f.cells.some((c) => {
    if (c.sheet !== target.sheet) return false;
    const r = parseRange(c.cell);
    const t = target.range;
    return r.top <= t.top && r.bottom >= t.bottom && r.left <= t.left && r.right >= t.right;
  });
}

export function matchesFinding(f: Finding, e: ExpectedFinding): boolean {
  return f.code === e.code && f.severity === e.severity && coversCell(f, e.cell);
}

export function findingKey(e: Pick<ExpectedFinding, 'code' | 'cell'>): string {
  return `${e.code}@${e.cell ?? '-'}`;
}

export function tableKey(t: Pick<ExpectedTable, 'sheet' | 'range' | 'kind'>): string {
  return `${t.kind}@${t.sheet}!${t.range}`;
}

/** What differs between a read table and the expected one ('' when it is read as expected). */
export function tableDifference(read: ReadTable | undefined, e: ExpectedTable): string {
  if (!read) return 'not read';
  const diffs: string[] = [];
  if (read.kind !== e.kind) diffs.push(`kind ${read.kind}`);
  if (read.rows !== e.rows) diffs.push(`${read.rows} rows instead of ${e.rows}`);
  if (e.area !== undefined && read.area !== e.area)
    diffs.push(`area ${JSON.stringify(read.area)} instead of ${JSON.stringify(e.area)}`);
  for (const [role, col] of Object.entries(e.columns)) {
    const got = (read.columns as Record<string, string | undefined>)[role];
    if (got !== col) diffs.push(`${role}=${got ?? '-'} instead of ${col}`);
  }
  return diffs.join(', ');
}

export interface Comparison {
  /** Expected tables: the read table at the same sheet and range (if any) and the difference. */
  tables: { expected: ExpectedTable; read?: ReadTable; difference: string }[];
  /** Tables read where none is expected. */
  extraTables: ReadTable[];
  expectedFound: ExpectedFinding[];
  expectedMissing: ExpectedFinding[];
  /** Errors that match no expected finding. */
  unexpectedErrors: Finding[];
  unexpectedWarnings: Finding[];
}

export function compare(plan: Pick<RealPlan, 'tables' | 'findings'>, run: PlanRun): Comparison {
  const tables = plan.tables.map((e) => {
    const read = run.tables.find((t) => t.sheet === e.sheet && t.range === e.range);
    return { expected: e, read, difference: tableDifference(read, e) };
  });
  const extraTables = run.tables.filter(
    (t) => !plan.tables.some((e) => e.sheet === t.sheet && e.range === t.range),
  );
  const expectedFound = plan.findings.filter((e) => run.findings.some((f) => matchesFinding(f, e)));
  const expectedMissing = plan.findings.filter((e) => !expectedFound.includes(e));
  const unexpected = run.findings.filter((f) => !plan.findings.some((e) => matchesFinding(f, e)));
  return {
    tables,
    extraTables,
    expectedFound,
    expectedMissing,
    unexpectedErrors: unexpected.filter((f) => f.severity === 'error'),
    unexpectedWarnings: unexpected.filter((f) => f.severity === 'warning'),
  };
}
