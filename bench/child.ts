/**
 * What bench/office.ts and bench/xlsx.ts share: the plan sizes (the same four as bench/run.ts),
 * and one measurement in a fresh Node process pinned to one CPU with taskset, as bench/run.ts
 * runs bench/one.ts. The child prints one JSON line on stdout (its last line).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanSize } from './generate-plan';

/** The largest plan of bench/run.ts; the benchmarks run 1/8, 1/4, 1/2 and 1 of it. */
export const LARGEST: PlanSize = {
  objectives: 100_000,
  indicatorsPerObjective: 5,
  employees: 20_000,
  assignments: 200_000,
  areas: 4_000,
};
export const FRACTIONS = [1 / 8, 1 / 4, 1 / 2, 1];
export const DEFAULT_SEED = 20240101;

export function sizeAt(fraction: number): PlanSize {
  return {
    objectives: Math.round(LARGEST.objectives * fraction),
    indicatorsPerObjective: LARGEST.indicatorsPerObjective,
    employees: Math.round(LARGEST.employees * fraction),
    assignments: Math.round(LARGEST.assignments * fraction),
    areas: Math.round(LARGEST.areas * fraction),
  };
}

/** `--quick`: the two smallest sizes; `only`: the size with that many objectives. */
export function sizes(quick: boolean, only?: number): PlanSize[] {
  const all = (quick ? FRACTIONS.slice(0, 2) : FRACTIONS).map(sizeAt);
  return only === undefined ? all : all.filter((s) => s.objectives === only);
}

export const sizeLabel = (s: PlanSize): string =>
  `${s.objectives} x ${s.indicatorsPerObjective} / ${s.employees} / ${s.assignments} / ${s.areas}`;

/** The first CPU this process may run on, when taskset is there to pin children to it. */
export function pinnableCpu(): number | undefined {
  if (spawnSync('taskset', ['--version']).status !== 0) return undefined;
  try {
    const m = /Cpus_allowed_list:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return undefined;
  }
}

export type ChildResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ChildOptions {
  timeoutS: number;
  /** V8 heap limit of the child, MB (the largest workbook needs several GB); null: V8's default. */
  heapMb?: number | null;
  /** More Node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
  cpu?: number;
  /** The checkout whose bench/ script runs (bench/ab.ts runs another); default this one. */
  root?: string;
}

/** Runs `node --import tsx <script> <json>` in a fresh process and parses its last stdout line. */
export function runChild<T>(script: string, input: unknown, opts: ChildOptions): Promise<ChildResult<T>> {
  const root = opts.root ?? path.resolve(__dirname, '..');
  const heap = opts.heapMb === null ? [] : [`--max-old-space-size=${opts.heapMb ?? 16384}`];
  const nodeArgs = ['--expose-gc', ...heap, ...(opts.nodeArgs ?? []), '--import', 'tsx'];
  nodeArgs.push(path.join('bench', script), JSON.stringify(input));
  const [cmd, args] =
    opts.cpu !== undefined
      ? ['taskset', ['-c', String(opts.cpu), process.execPath, ...nodeArgs]]
      : [process.execPath, nodeArgs];
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      process.stderr.write(d);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        try {
          resolve({ ok: true, value: JSON.parse(out.trim().split('\n').pop() ?? '') as T });
          return;
        } catch {
          // Fall through: report what the child said.
        }
      }
      const why = signal === 'SIGKILL' ? `killed (timeout ${opts.timeoutS} s?)` : `exit ${code ?? signal}`;
      resolve({ ok: false, error: `${why}: ${err.trim().split('\n').slice(-3).join(' | ')}` });
    });
  });
}

export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

/** The positive number after `name` on the command line, else `fallback`. */
export function numberArg(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

export interface CliOptions {
  json: boolean;
  quick: boolean;
  seed: number;
  timeoutS: number;
  /** `--only N`: only the size with N objectives. */
  only?: number;
}

/**
 * What the Office.js and .xlsx parts take: the sizes (`quick`, `only`), the seed, and the seconds
 * before one size's run is stopped (default 1800).
 */
export type PartOptions = Pick<CliOptions, 'quick'> & Partial<Pick<CliOptions, 'seed' | 'timeoutS' | 'only'>>;

/** Options shared by the benchmarks' command lines; `timeoutS` defaults to `defaultTimeoutS`. */
export function cliOptions(argv: readonly string[], defaultTimeoutS = 1800): CliOptions {
  return {
    json: argv.includes('--json'),
    quick: argv.includes('--quick'),
    seed: Math.floor(numberArg(argv, '--seed', DEFAULT_SEED)),
    timeoutS: numberArg(argv, '--timeout', defaultTimeoutS),
    only: argv.includes('--only') ? numberArg(argv, '--only', 0) || undefined : undefined,
  };
}

/** A benchmark's failure, as its process reports it on stderr. */
export function errorText(e: unknown): string {
  return `${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
}

/**
 * A part of the benchmark run alone (`npx tsx bench/office.ts`): measured with the command
 * line's options, printed as JSON or as its table.
 */
export function runAlone<F>(measure: (opts: CliOptions) => Promise<F>, format: (figures: F) => string): void {
  const opts = cliOptions(process.argv.slice(2));
  measure(opts)
    .then((f) => process.stdout.write(opts.json ? `${JSON.stringify(f, null, 2)}\n` : format(f)))
    .catch((e: unknown) => {
      process.stderr.write(errorText(e));
      process.exit(1);
    });
}
