/**
 * The real-plan report: generates each workbook, runs Premia's inspect and validate over it
 * (run.ts, as the CLI does) and prints, per plan, the tables read against the expected ones,
 * the expected findings that are missing, and the errors no expectation explains.
 *
 *   npx tsx test/real-plans/report.ts [plan-id ...]
 */
import { PLANS } from './plans';
import { compare, findingKey, runPlan, tableKey, type Comparison } from './run';
import type { RealPlan } from './types';

function lines(plan: RealPlan, c: Comparison): string[] {
  const out: string[] = [];
  const tablesOk = c.tables.filter((t) => t.difference === '').length;
  out.push(`=== ${plan.id}: ${plan.layout}`);
  out.push(
    `tables: ${tablesOk}/${c.tables.length} read as expected; findings: ${c.expectedFound.length}/${plan.findings.length} expected found; ${c.unexpectedErrors.length} unexpected errors`,
  );
  out.push('-- tables (expected -> read)');
  for (const t of c.tables) {
    const e = t.expected;
    const mark = t.difference === '' ? 'ok  ' : 'MISS';
    const read = t.read
      ? `${t.read.kind} rows=${t.read.rows} area=${t.read.area ?? '-'} ${Object.entries(t.read.columns)
          .map(([r, col]) => `${r}=${col}`)
          .join(' ')}`
      : 'nothing';
    out.push(
      `  ${mark} ${tableKey(e)}${e.proposed ? ' (proposed kind)' : ''} rows=${e.rows}${e.area ? ` area=${e.area}` : ''}`,
    );
    out.push(`       read: ${read}${t.difference ? `  [${t.difference}]` : ''}`);
  }
  for (const t of c.extraTables) {
    out.push(
      `  EXTRA ${t.kind}@${t.sheet}!${t.range} rows=${t.rows} area=${t.area ?? '-'} (no table expected here)`,
    );
  }
  out.push('-- expected findings missing');
  for (const e of c.expectedMissing)
    out.push(`  ${e.proposed ? '(proposed) ' : ''}${e.severity} ${findingKey(e)}: ${e.why}`);
  if (c.expectedMissing.length === 0) out.push('  none');
  out.push('-- unexpected errors');
  for (const f of c.unexpectedErrors) {
    out.push(`  ${f.code} ${f.cells.map((x) => `${x.sheet}!${x.cell}`).join(', ') || '-'}: ${f.message}`);
  }
  if (c.unexpectedErrors.length === 0) out.push('  none');
  out.push('-- unexpected warnings');
  for (const f of c.unexpectedWarnings) {
    out.push(`  ${f.code} ${f.cells.map((x) => `${x.sheet}!${x.cell}`).join(', ') || '-'}: ${f.message}`);
  }
  if (c.unexpectedWarnings.length === 0) out.push('  none');
  out.push('');
  return out;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const plans = only.length > 0 ? PLANS.filter((p) => only.includes(p.id)) : PLANS;
  const summary: string[] = [];
  for (const plan of plans) {
    const c = compare(plan, await runPlan(plan));
    process.stdout.write(`${lines(plan, c).join('\n')}\n`);
    summary.push(
      `${plan.id.padEnd(18)} tables ${c.tables.filter((t) => t.difference === '').length}/${c.tables.length}  findings ${c.expectedFound.length}/${plan.findings.length}  unexpected errors ${c.unexpectedErrors.length}`,
    );
  }
  process.stdout.write(`=== summary\n${summary.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
