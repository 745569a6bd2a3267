/**
 * One Office.js measurement, in a fresh process started by bench/office.ts:
 *   node --import tsx bench/office-one.ts '{"size":{...},"seed":1}'
 * Lays the generated plan out as sheets (bench/workbook.ts), seeds the counting Office.js fake
 * with them, and does what the task pane does for "Distribuisci": loadWorkbook, validate, score,
 * distribute, writeOutputs(distributionOutputs). Then the naive baseline on a fresh fake of the
 * same workbook. Prints one JSON line. Reads are cut into requests of 40,000 cells (the adapter's
 * default), so read syncs grow with workbooks past that size: Excel on the web refuses responses
 * over 5 MB, and the fake estimates every response.
 *
 * The fake lives in test/adapters/office/fake (tests only); the benchmark imports it on purpose:
 * it is the one thing that counts `context.sync()` calls and estimates request payloads.
 */
import { performance } from 'node:perf_hooks';
import { OfficeWorkbook } from '../src/adapters/office';
import { rangeAddress } from '../src/workbook/a1';
import { distributionOutputs, writeOutputs } from '../src/workbook/outputs';
import { loadWorkbook, runDistribution } from '../src/workbook/pipeline';
import { validateWeights } from '../src/commands/validate-weights';
import { FakeExcel } from '../test/adapters/office/fake/excel';
import { FakeBook } from '../test/adapters/office/fake/model';
import { collect, errorText } from './child';
import type { PlanSize } from './generate-plan';
import { cellCount, gridCells, planWorkbook, toSeed } from './workbook';

export interface OfficeMeasurement {
  size: PlanSize;
  /** Non-empty cells of the input sheets. */
  inputCells: number;
  /** Cells of the input sheets' used ranges: what reading loads. */
  inputGridCells: number;
  inputRows: number;
  readSyncs: number;
  writeSyncs: number;
  totalSyncs: number;
  /** Requests sent (one per sync) and those holding at least one write. */
  requests: number;
  writeRequests: number;
  /** Largest estimated request payload (the fake's estimate: JSON of the writes + 60 B per op). */
  largestRequestBytes: number;
  largestReadRequestBytes: number;
  /** Estimated responses of the reads (the fake's estimate: JSON of every property loaded), total. */
  readResponseBytes: number;
  /** The largest of them: Excel on the web refuses one over 5 MB. */
  largestReadResponseBytes: number;
  /** Rows Premia wrote, over all output sheets. */
  outputRows: number;
  outputSheets: number;
  distributed: boolean;
  errors: number;
  /** The adapter's own block report of the sheets' write. */
  blockRequests: number;
  retries: number;
  /** A click of "Valida pesi" (read, validate, write the report and select) on a fresh fake. */
  click: { syncs: number; readSyncs: number };
  naive: {
    syncs: number;
    largestRequestBytes: number;
    largestResponseBytes: number;
    ms: number;
  };
  ms: { generate: number; read: number; engine: number; outputs: number; write: number };
  peakRssMb: number;
}

/**
 * The naive add-in: the sheets and their used ranges, then one `load('values')` and one
 * `context.sync()` per row of every used range.
 */
async function naiveRead(fake: FakeExcel): Promise<{ largestResponseBytes: number }> {
  let largestResponseBytes = 0;
  await fake.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const used = sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load('rowIndex,rowCount,columnIndex,columnCount');
      return { ws, range };
    });
    await context.sync();
    for (const { ws, range } of used) {
      if (range.isNullObject) continue;
      for (let r = range.rowIndex; r < range.rowIndex + range.rowCount; r++) {
        const row = ws.getRange(
          rangeAddress({
            top: r,
            bottom: r,
            left: range.columnIndex,
            right: range.columnIndex + range.columnCount - 1,
          }),
        );
        row.load('values');
        await context.sync();
        largestResponseBytes = Math.max(largestResponseBytes, JSON.stringify(row.values).length);
      }
    }
  });
  return { largestResponseBytes };
}

const largest = (fake: FakeExcel, from: number, to: number): number =>
  fake.requests.slice(from, to).reduce((m, r) => Math.max(m, r.payload), 0);

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as { size: PlanSize; seed: number };

  let t = performance.now();
  let book: ReturnType<typeof planWorkbook> | undefined = planWorkbook(input.size, input.seed);
  const inputCells = cellCount(book);
  const inputGridCells = gridCells(book);
  const inputRows = book.sheets.reduce((n, s) => n + s.rows.length, 0);
  const seed = toSeed(book);
  book = undefined;
  const generate = performance.now() - t;
  collect();

  // The run, as the pane's "Distribuisci" does it.
  const fake = new FakeExcel(FakeBook.seed(seed));
  const port = new OfficeWorkbook(fake.run);
  t = performance.now();
  const loaded = await loadWorkbook(port);
  const read = performance.now() - t;
  const readSyncs = fake.syncs;
  const readRequests = fake.requests.length;
  const reads = fake.requests.slice(0, readRequests);

  t = performance.now();
  const run = runDistribution(loaded);
  const engine = performance.now() - t;

  t = performance.now();
  const specs = distributionOutputs(loaded, run);
  const outputs = performance.now() - t;

  t = performance.now();
  await writeOutputs(port, loaded, specs);
  const write = performance.now() - t;
  const totalSyncs = fake.syncs;

  // "Valida pesi", on a fresh fake of the same workbook.
  const clickFake = new FakeExcel(FakeBook.seed(seed));
  const clickPort = new OfficeWorkbook(clickFake.run);
  await loadWorkbook(clickPort);
  const clickReadSyncs = clickFake.syncs;
  clickFake.syncs = 0;
  await validateWeights(clickPort, 'it');
  const click = { syncs: clickFake.syncs, readSyncs: clickReadSyncs };

  const m: Omit<OfficeMeasurement, 'naive' | 'peakRssMb'> = {
    size: input.size,
    inputCells,
    inputGridCells,
    inputRows,
    readSyncs,
    writeSyncs: totalSyncs - readSyncs,
    totalSyncs,
    requests: fake.requests.length,
    writeRequests: fake.writeRequests.length,
    largestRequestBytes: largest(fake, 0, fake.requests.length),
    largestReadRequestBytes: largest(fake, 0, readRequests),
    readResponseBytes: reads.reduce((n, r) => n + r.response, 0),
    largestReadResponseBytes: reads.reduce((n, r) => Math.max(n, r.response), 0),
    outputRows: specs.reduce((n, s) => n + s.rows.length, 0),
    outputSheets: specs.length,
    distributed: run.distribution.ok,
    errors: run.findings.filter((f) => f.severity === 'error').length,
    blockRequests: port.lastWrite?.blockRequests ?? 0,
    retries: port.lastWrite?.retries ?? 0,
    click,
    ms: { generate, read, engine, outputs, write },
  };

  // The naive baseline, on a fresh fake of the same workbook.
  const naiveFake = new FakeExcel(FakeBook.seed(seed));
  t = performance.now();
  const naive = await naiveRead(naiveFake);
  const naiveMs = performance.now() - t;

  const result: OfficeMeasurement = {
    ...m,
    naive: {
      syncs: naiveFake.syncs,
      largestRequestBytes: largest(naiveFake, 0, naiveFake.requests.length),
      largestResponseBytes: naive.largestResponseBytes,
      ms: naiveMs,
    },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(errorText(e));
  process.exit(1);
});
