/** The readable report of `npm run bench` (without --json). */
import type { Machine, EngineRow } from './run';
import { LINEAR_EXPONENT, type Growth, type Targets } from './report';

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const x = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(2)}x` : '-');

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printTable(
  machine: Machine,
  engine: readonly EngineRow[],
  growth: readonly Growth[],
  targets: Targets,
  failures: readonly string[],
): void {
  const out: string[] = [];
  out.push(
    `Machine: ${machine.cpuModel}, nproc ${machine.nproc}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}` +
      (machine.pinnedCpu !== undefined
        ? `, runs pinned to CPU ${machine.pinnedCpu}`
        : ', not pinned (no taskset)'),
    '',
  );
  out.push(
    table(
      [
        'objectives x ind / employees / assignments / areas',
        'generate ms',
        'validate ms',
        'score ms',
        'distribute ms',
        'total ms',
        'peak RSS MB',
        'plan RSS MB',
        'paid',
      ],
      engine.map((r) => [
        `${r.size.objectives} x ${r.size.indicatorsPerObjective} / ${r.size.employees} / ${r.size.assignments} / ${r.size.areas}`,
        ms(r.generateMs),
        ms(r.validateMs),
        ms(r.scoreMs),
        ms(r.distributeMs),
        ms(r.totalMs),
        r.peakRssMb.toFixed(0),
        r.planRssMb.toFixed(0),
        r.distributed ? 'yes' : `REFUSED (${r.errors} errors)`,
      ]),
    ),
    '',
  );
  // Every run's total, not only the median's: on a shared machine they spread widely.
  for (const r of engine) {
    if (r.totalsMs === undefined) continue;
    const fastest = Math.min(...r.totalsMs);
    out.push(
      `${r.size.objectives} objectives, every run (ms): ${r.totalsMs.map(ms).join(', ')}; fastest ${ms(fastest)}`,
    );
  }
  if (engine.some((r) => r.totalsMs !== undefined)) out.push('');
  if (growth.length > 0) {
    out.push(
      table(
        ['growth (objectives)', 'size', 'validate', 'score', 'distribute', 'total', 'peak RSS', 'exponent'],
        growth.map((g) => [
          `${g.from} -> ${g.to}`,
          x(g.sizeRatio),
          x(g.validate),
          x(g.score),
          x(g.distribute),
          x(g.total),
          x(g.peakRss),
          g.exponent.toFixed(2),
        ]),
      ),
      '',
    );
  }
  for (const f of failures) out.push(`FAILED: ${f}`);
  out.push(
    `Targets: largest under 2 s: ${targets.largestUnder2s ? 'yes' : 'NO'}; under 1 GB: ${
      targets.largestUnder1GB ? 'yes' : 'NO'
    }; linear (exponent <= ${LINEAR_EXPONENT} at every step): ${targets.linear ? 'yes' : 'NO'}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}
