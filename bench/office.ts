/**
 * Office.js round trips (issue 8, item 2): a full "Distribuisci" through the Office.js adapter
 * on generated workbooks of growing size (the sizes of bench/run.ts), on the counting Office.js
 * fake of test/adapters/office/fake (imported from test/ on purpose: it counts `context.sync()`
 * calls and estimates every request's payload). Side by side, a naive add-in that reads every
 * used range row by row. A benchmark, not a test: it asserts nothing.
 *
 *   npx tsx bench/office.ts [--json] [--quick] [--seed N] [--timeout S]
 *
 * Each size runs in a fresh process (bench/office-one.ts) pinned to one CPU.
 * Targets: 3 syncs to read up to 40,000 cells, then one more per 40,000; writes in 1 + one
 * sync per 3.5 MB of payload (docs/office-adapter.md); every request under 4 MB.
 */
import { runChild, pinnableCpu, sizes, sizeLabel, runAlone, DEFAULT_SEED, type PartOptions } from './child';
import type { PlanSize } from './generate-plan';
import type { OfficeMeasurement } from './office-one';
import { table } from './table';
import { DEFAULT_READ_CELLS } from '../src/adapters/office';

/**
 * Syncs of loadWorkbook besides the cell requests: the adapter's readAll takes 2 (the sheets
 * with the tables' list and the settings, then the used ranges with the tables' ranges). Each
 * cell request but the last is full to within one row (read-blocks.ts): the bound allows a row
 * of up to 100 cells short per request.
 */
const FIXED_READ_SYNCS = 2;
const readSyncBound = (gridCells: number): number =>
  FIXED_READ_SYNCS + Math.ceil(gridCells / (DEFAULT_READ_CELLS - 100));

export type { OfficeMeasurement } from './office-one';

/** Excel on the web refuses requests (and responses) over 5 MB; the target keeps 1 MB spare. */
export const REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
/** Excel on the web's response limit (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

export interface OfficeTargets {
  /** The same number of read syncs at every size measured (impossible past one response: see docs). */
  constantReadSyncs: boolean;
  /** Read syncs: a constant plus one per 40,000 cells read (the adapter's read budget). */
  readSyncsPerBudget: boolean;
  /** Every request (read and write, every size) under 4 MB by the fake's estimate. */
  requestsUnder4MB: boolean;
  /** Every read response under Excel on the web's 5 MB (the fake's estimate). */
  readResponseUnder5MB: boolean;
  /** Issue 20: a plan up to 40,000 cells read in 3 syncs, and "Valida pesi" in 5 in all. */
  realPlanReadIn3: boolean;
  clickIn5: boolean;
  /** Issue 20: a distribution's sheets written in 4 syncs up to 25,000 objectives (missed: see docs). */
  distributionWriteIn4: boolean;
}

export interface OfficeFigures {
  rows: OfficeMeasurement[];
  /** Sizes that failed (timeout, out of memory), with what the child said. */
  failures: string[];
  targets: OfficeTargets;
}

/** A real comune's plan (issue 20's "real size"): first, unless `--only` names another size. */
export const REAL_SIZE: PlanSize = {
  objectives: 200,
  indicatorsPerObjective: 5,
  employees: 100,
  assignments: 400,
  areas: 8,
};

export async function measureOffice(opts: PartOptions): Promise<OfficeFigures> {
  const cpu = pinnableCpu();
  const rows: OfficeMeasurement[] = [];
  const failures: string[] = [];
  const all = opts.only === undefined ? [REAL_SIZE, ...sizes(opts.quick)] : sizes(opts.quick, opts.only);
  for (const size of all) {
    process.stderr.write(`bench office: ${size.objectives} objectives...\n`);
    const res = await runChild<OfficeMeasurement>(
      'office-one.ts',
      { size, seed: opts.seed ?? DEFAULT_SEED },
      { timeoutS: opts.timeoutS ?? 1800, cpu },
    );
    if (!res.ok) {
      failures.push(`${size.objectives} objectives: ${res.error}`);
      break; // a larger size would fail the same way, only slower
    }
    rows.push(res.value);
  }
  const sound = rows.length > 0 && failures.length === 0;
  const real = rows.filter((r) => r.inputGridCells <= DEFAULT_READ_CELLS);
  return {
    rows,
    failures,
    targets: {
      constantReadSyncs: sound && rows.every((r) => r.readSyncs === rows[0].readSyncs),
      requestsUnder4MB: sound && rows.every((r) => r.largestRequestBytes < REQUEST_LIMIT_BYTES),
      readSyncsPerBudget: sound && rows.every((r) => r.readSyncs <= readSyncBound(r.inputGridCells)),
      readResponseUnder5MB: sound && rows.every((r) => r.largestReadResponseBytes < RESPONSE_LIMIT_BYTES),
      realPlanReadIn3: sound && real.length > 0 && real.every((r) => r.readSyncs <= 3),
      clickIn5: sound && real.length > 0 && real.every((r) => r.click.syncs <= 5),
      distributionWriteIn4:
        sound && rows.filter((r) => r.size.objectives <= 25_000).every((r) => r.writeSyncs <= 4),
    },
  };
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const kb = (n: number): string => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)}`;
const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
const s = (ms: number): string => (ms / 1000).toFixed(1);
const yes = (b: boolean): string => (b ? 'yes' : 'NO');

export function formatOffice(f: OfficeFigures): string {
  const out: string[] = [];
  out.push(
    'Office.js adapter on the counting fake: loadWorkbook, validate, score, distribute, writeOutputs',
    '',
    table(
      [
        'objectives x ind / employees / assignments / areas',
        'input cells',
        'read syncs',
        'write syncs',
        'total syncs',
        'Valida pesi syncs (read + write)',
        'requests',
        'write requests',
        'largest request KB',
        'read response MB',
        'largest response KB',
        'output rows',
        'naive syncs',
        'naive largest request B',
        'naive largest response B',
      ],
      f.rows.map((r) => [
        sizeLabel(r.size),
        int(r.inputCells),
        int(r.readSyncs),
        int(r.writeSyncs),
        int(r.totalSyncs),
        `${int(r.click.syncs)} (${int(r.click.readSyncs)} + ${int(r.click.syncs - r.click.readSyncs)})`,
        int(r.requests),
        int(r.writeRequests),
        kb(r.largestRequestBytes),
        mb(r.readResponseBytes),
        kb(r.largestReadResponseBytes),
        int(r.outputRows),
        int(r.naive.syncs),
        int(r.naive.largestRequestBytes),
        int(r.naive.largestResponseBytes),
      ]),
    ),
    '',
    table(
      [
        'objectives',
        'generate s',
        'read s',
        'engine s',
        'outputs s',
        'write s',
        'naive read s',
        'peak RSS MB',
        'paid',
      ],
      f.rows.map((r) => [
        int(r.size.objectives),
        s(r.ms.generate),
        s(r.ms.read),
        s(r.ms.engine),
        s(r.ms.outputs),
        s(r.ms.write),
        s(r.naive.ms),
        int(r.peakRssMb),
        r.distributed ? 'yes' : `REFUSED (${r.errors} errors)`,
      ]),
    ),
    '',
  );
  for (const failure of f.failures) out.push(`FAILED: ${failure}`);
  out.push(
    `Targets: constant read syncs: ${yes(f.targets.constantReadSyncs)} (a constant plus one per ${int(
      DEFAULT_READ_CELLS,
    )} cells: ${yes(f.targets.readSyncsPerBudget)}); every request under 4 MB: ${yes(
      f.targets.requestsUnder4MB,
    )}; every read response under Excel on the web's 5 MB: ${yes(f.targets.readResponseUnder5MB)}`,
    `Issue 20: a plan up to ${int(DEFAULT_READ_CELLS)} cells read in 3 syncs: ${yes(
      f.targets.realPlanReadIn3,
    )}; "Valida pesi" in 5: ${yes(f.targets.clickIn5)}; a distribution written in 4 up to 25,000 objectives: ${yes(
      f.targets.distributionWriteIn4,
    )} (docs/office-adapter.md says why not)`,
  );
  return `${out.join('\n')}\n`;
}

export function printOffice(f: OfficeFigures): void {
  process.stdout.write(formatOffice(f));
}

if (require.main === module) runAlone(measureOffice, formatOffice);
