/**
 * One benchmark measurement, in a fresh process started by bench/run.ts:
 *   node --expose-gc --import tsx bench/one.ts '<{"size":{...},"seed":1}>'
 * Generates the plan (timed apart), then times validate, score and distribute, and prints one
 * JSON line on stdout. Memory: the kernel's peak RSS of the process (maxRSS) and the RSS sampled
 * by a small worker thread every few milliseconds while the engine runs (a synchronous engine
 * cannot sample itself).
 *
 * `"whatIf": ["numberFormatCache"]` measures a fix proposed outside the bench's reach: every
 * Number#toLocaleString call (src/i18n formatNumber) goes through a cached Intl.NumberFormat,
 * which gives the same text without building a formatter per call.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { bundle } from '../bin/bundle';
import { runPhases, type Engine } from './phases';
import { generatePlan, type PlanSize } from './generate-plan';
import { errorText } from './child';

export interface Measurement {
  size: PlanSize;
  generateMs: number;
  validateMs: number;
  scoreMs: number;
  distributeMs: number;
  totalMs: number;
  /** Peak RSS of the process (kernel maxRSS, or the sampled peak if higher), MB. */
  peakRssMb: number;
  /** RSS after the plan was generated and garbage collected: what the input alone holds, MB. */
  planRssMb: number;
  /** Highest RSS sampled while the engine ran, MB. */
  engineRssMb: number;
  findings: number;
  errors: number;
  distributed: boolean;
  units: number;
  paidEmployees: number;
  /** Total paid, cents: the same seed must always give the same figure. */
  paidCents: number;
}

const MB = 1024 * 1024;

// The engine as shipped: one bundle (engine-entry.ts says why), made first if stale.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time
const engine = require(bundle('bench/engine-entry.ts', 'engine')) as Engine;
/** Wait after the forced collection, before the engine is timed. */
const SETTLE_MS = 3000;

/** Worker that keeps the highest process RSS seen (in KB) in a shared cell. */
function startSampler(): { peakKb: () => number; stop: () => Promise<number> } {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const cell = workerData;
     const tick = () => {
       const kb = Math.round(process.memoryUsage.rss() / 1024);
       if (kb > Atomics.load(cell, 0)) Atomics.store(cell, 0, kb);
       if (Atomics.load(cell, 1) === 0) setTimeout(tick, 5);
     };
     tick();`,
    { eval: true, workerData: shared },
  );
  return {
    peakKb: () => Atomics.load(shared, 0),
    stop: async () => {
      Atomics.store(shared, 1, 1);
      await worker.terminate();
      return Atomics.load(shared, 0);
    },
  };
}

/** Same output as Number#toLocaleString, with one Intl.NumberFormat per locale and options. */
function cacheNumberFormats(): void {
  const cache = new Map<string, Intl.NumberFormat>();
  Number.prototype.toLocaleString = function (
    this: number,
    locales?: string | string[],
    options?: Intl.NumberFormatOptions,
  ): string {
    const key = JSON.stringify([locales, options]);
    let format = cache.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(locales, options);
      cache.set(key, format);
    }
    return format.format(this);
  };
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as { size: PlanSize; seed?: number; whatIf?: string[] };
  const seed = input.seed ?? 20240101;
  if (input.whatIf?.includes('numberFormatCache')) cacheNumberFormats();

  const t = performance.now();
  const plan = generatePlan(input.size, seed);
  const generateMs = performance.now() - t;
  collect();
  const planRss = process.memoryUsage.rss();

  const sampler = startSampler();
  // Let the forced collection finish its background work (sweeping, on the one core the run is
  // pinned to) before timing; this also gives the sampler its first tick. Measured on the
  // largest plan: a walk over the plan right after gc() took 383 ms, the same walk again 35 ms,
  // and 57 ms after this wait. The engine in real use never follows a forced collection.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

  // One engine run, as the workbook pipeline does: the phases share what they read of the plan.
  const { findings, scores, result, validateMs, scoreMs, distributeMs } = runPhases(engine, plan);

  const endRss = process.memoryUsage.rss();
  const sampledKb = Math.max(await sampler.stop(), Math.round(endRss / 1024));
  const maxRssKb = process.resourceUsage().maxRSS;

  const errors = [...findings, ...scores.findings].filter((f) => f.severity === 'error');
  if (!result.ok) {
    const codes = new Map<string, number>();
    for (const r of result.reasons) codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
    process.stderr.write(`distribution refused: ${JSON.stringify([...codes])}\n`);
  }
  const m: Measurement = {
    size: input.size,
    generateMs,
    validateMs,
    scoreMs,
    distributeMs,
    totalMs: validateMs + scoreMs + distributeMs,
    peakRssMb: Math.max(maxRssKb, sampledKb) / 1024,
    planRssMb: planRss / MB,
    engineRssMb: sampledKb / 1024,
    findings: findings.length + scores.findings.length,
    errors: errors.length,
    distributed: result.ok,
    units: result.ok ? result.units.length : 0,
    paidEmployees: result.ok ? result.transparency.employees : 0,
    paidCents: result.ok ? result.totals.paid : 0,
  };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(errorText(e));
  process.exit(1);
});
