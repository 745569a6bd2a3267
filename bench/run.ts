/**
 * `npm run bench`: in one run, on generated plans of growing size (up to 100,000 objectives x 5
 * indicators, 20,000 employees, 200,000 assignments), each measurement in a fresh Node process
 * pinned to one CPU:
 * - engine: validate, score, distribute, time and peak memory (target: the largest under 2 s and
 *   1 GB, linear growth);
 * - office: `context.sync()` calls and request payloads of a full run through the Office.js
 *   adapter on the counting fake, against a row-by-row baseline (bench/office.ts);
 * - xlsx: `premia distribute` against ExcelJS's own read and write of the same file (bench/xlsx.ts);
 * - pane: the task pane's initial JavaScript (gzip) and first render in headless Chromium
 *   (bench/pane.ts).
 * A benchmark, not a test: it asserts nothing.
 *
 * Options (`npm run bench -- --help` prints them, from bench/usage.ts):
 *   --json         one JSON document on stdout, nothing else (progress goes to stderr)
 *   --quick        only the two smallest sizes
 *   --runs N       runs per size (fresh process each), the median run is reported (default 1)
 *   --timeout S    seconds before a run is stopped (default 600)
 *   --profile      also write a V8 CPU profile per run to bench/profiles/
 *   --seed N       PRNG seed of the generated plans (default 20240101)
 *   --only N       only the size with N objectives (e.g. --only 100000)
 *   --parts LIST   which parts, comma-separated: engine,office,xlsx,pane (default: all). The
 *                  office and xlsx parts at full size take tens of minutes and several GB.
 *   --what-if-number-format
 *                  measure with Intl.NumberFormat cached (the fix proposed for src/i18n
 *                  formatNumber, see docs/performance.md); not the engine as it is
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlanSize } from './generate-plan';
import type { Measurement } from './one';
import { growthOf, targetsOf, type Growth } from './report';
import { printTable } from './table';
import {
  cliOptions,
  errorText,
  type CliOptions,
  FRACTIONS,
  LARGEST,
  numberArg,
  runChild,
  sizeAt,
} from './child';
import { measureOffice, printOffice } from './office';
import { measureXlsx, printXlsx } from './xlsx';
import { measurePane, printPane } from './pane';
import { USAGE, usageOf } from './usage';

interface Options extends CliOptions {
  runs: number;
  profile: boolean;
  whatIfNumberFormat: boolean;
  parts: Set<Part>;
}

const PARTS = ['engine', 'office', 'xlsx', 'pane'] as const;
type Part = (typeof PARTS)[number];

function partsOf(argv: readonly string[]): Set<Part> {
  const i = argv.indexOf('--parts');
  if (i < 0) return new Set(PARTS);
  const wanted = (argv[i + 1] ?? '').split(',').map((p) => p.trim());
  return new Set(PARTS.filter((p) => wanted.includes(p)));
}

function options(argv: readonly string[]): Options {
  return {
    ...cliOptions(argv, 600),
    runs: Math.floor(numberArg(argv, '--runs', 1)),
    profile: argv.includes('--profile'),
    whatIfNumberFormat: argv.includes('--what-if-number-format'),
    parts: partsOf(argv),
  };
}

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  os: string;
  /** CPU the runs were pinned to with taskset, when available. */
  pinnedCpu?: number;
}

function firstAllowedCpu(): number | undefined {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const list = /Cpus_allowed_list:\s*(\d+)/.exec(status);
    return list ? Number(list[1]) : 0;
  } catch {
    return undefined;
  }
}

function machine(): Machine {
  const nproc = spawnSync('nproc', { encoding: 'utf8' });
  let model = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1].trim();
  } catch {
    // Not Linux: os.cpus() is the best we have.
  }
  const taskset = spawnSync('taskset', ['--version'], { encoding: 'utf8' });
  const m: Machine = {
    nproc: nproc.status === 0 ? Number(nproc.stdout.trim()) : os.availableParallelism(),
    cpuModel: model,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
  const cpu = taskset.status === 0 ? firstAllowedCpu() : undefined;
  if (cpu !== undefined) m.pinnedCpu = cpu;
  return m;
}

type RunResult = { ok: true; m: Measurement } | { ok: false; error: string };

/** One size in a fresh process pinned to one CPU (bench/one.ts), with V8's default heap limit. */
async function runOnce(size: PlanSize, opts: Options, mach: Machine, label: string): Promise<RunResult> {
  const root = path.resolve(__dirname, '..');
  const nodeArgs = opts.profile
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${path.join(root, 'bench', 'profiles')}`,
        `--cpu-prof-name=${label}.cpuprofile`,
      ]
    : [];
  const whatIf = opts.whatIfNumberFormat ? ['numberFormatCache'] : [];
  const res = await runChild<Measurement>(
    'one.ts',
    { size, seed: opts.seed, whatIf },
    { timeoutS: opts.timeoutS, cpu: mach.pinnedCpu, heapMb: null, nodeArgs },
  );
  return res.ok ? { ok: true, m: res.value } : res;
}

function median(list: Measurement[]): Measurement {
  const sorted = [...list].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export interface EngineRow {
  size: PlanSize;
  validateMs: number;
  scoreMs: number;
  distributeMs: number;
  totalMs: number;
  peakRssMb: number;
  generateMs: number;
  planRssMb: number;
  distributed: boolean;
  errors: number;
  paidCents: number;
  runs: number;
  /** Totals of every run, ms, when more than one. */
  totalsMs?: number[];
}

async function main(): Promise<void> {
  const asked = usageOf(process.argv.slice(2));
  if ('help' in asked) {
    process.stdout.write(USAGE);
    return;
  }
  if ('error' in asked) {
    process.stderr.write(`bench: ${asked.error}\n\n${USAGE}`);
    process.exit(2);
  }
  const opts = options(process.argv.slice(2));
  const mach = machine();
  const report: Record<string, unknown> = { machine: mach };
  const print: (() => void)[] = [];
  if (opts.parts.has('engine')) {
    const { engine, growth, targets, failures } = await measureEngine(opts, mach);
    Object.assign(report, { engine, growth, targets });
    print.push(() => printTable(mach, engine, growth, targets, failures));
  }
  const child = {
    quick: opts.quick,
    seed: opts.seed,
    timeoutS: Math.max(opts.timeoutS, 1800),
    only: opts.only,
  };
  if (opts.parts.has('office')) {
    process.stderr.write('bench: Office.js round trips...\n');
    const office = await measureOffice(child);
    report.office = office;
    print.push(() => printOffice(office));
  }
  if (opts.parts.has('xlsx')) {
    process.stderr.write('bench: the .xlsx path...\n');
    const xlsx = await measureXlsx(child);
    report.xlsx = xlsx;
    print.push(() => printXlsx(xlsx));
  }
  if (opts.parts.has('pane')) {
    process.stderr.write('bench: the task pane...\n');
    const pane = await measurePane({ runs: 5 });
    report.pane = pane;
    print.push(() => printPane(pane));
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    for (const p of print) {
      p();
      process.stdout.write('\n');
    }
}

async function measureEngine(opts: Options, mach: Machine) {
  const fractions = (opts.quick ? FRACTIONS.slice(0, 2) : FRACTIONS).filter(
    (f) => opts.only === undefined || sizeAt(f).objectives === opts.only,
  );
  const engine: EngineRow[] = [];
  const failures: string[] = [];
  for (const f of fractions) {
    const size = sizeAt(f);
    const runs: Measurement[] = [];
    for (let r = 0; r < opts.runs; r++) {
      const label = `engine-${size.objectives}-${r + 1}`;
      process.stderr.write(`bench: ${size.objectives} objectives, run ${r + 1}/${opts.runs}...\n`);
      const res = await runOnce(size, opts, mach, label);
      if (res.ok) runs.push(res.m);
      else failures.push(`${size.objectives} objectives: ${res.error}`);
    }
    if (runs.length === 0) break; // a larger size would fail the same way, only slower
    const m = median(runs);
    const row: EngineRow = {
      size,
      validateMs: m.validateMs,
      scoreMs: m.scoreMs,
      distributeMs: m.distributeMs,
      totalMs: m.totalMs,
      peakRssMb: m.peakRssMb,
      generateMs: m.generateMs,
      planRssMb: m.planRssMb,
      distributed: m.distributed,
      errors: m.errors,
      paidCents: m.paidCents,
      runs: runs.length,
    };
    if (runs.length > 1) row.totalsMs = runs.map((x) => x.totalMs);
    engine.push(row);
  }
  const growth: Growth[] = growthOf(engine);
  const targets = targetsOf(engine, growth, LARGEST, failures);
  return { engine, growth, targets, failures };
}

main().catch((e: unknown) => {
  process.stderr.write(errorText(e));
  process.exit(1);
});
