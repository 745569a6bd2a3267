/**
 * The .xlsx path (issue 8, item 3): `premia distribute <file> --out <copy>` end to end on the
 * generated workbooks of bench/office.ts saved as .xlsx files in a temporary folder, against
 * ExcelJS alone reading and writing the same file. A benchmark, not a test: it asserts nothing.
 *
 *   npx tsx bench/xlsx.ts [--json] [--quick] [--only N] [--seed N] [--timeout S]
 *
 * Every measurement runs in a fresh process (bench/xlsx-one.ts) pinned to one CPU; Premia is
 * timed in-process (the CLI's `main`, after its modules are loaded: no tsx start-up counted).
 * Target: Premia adds less than 25 % over ExcelJS's own read + write.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PlanSize } from './generate-plan';
import { runAlone, DEFAULT_SEED, pinnableCpu, runChild, sizeLabel, sizes, type PartOptions } from './child';
import type { GenerateResult, TimedResult } from './xlsx-one';
import { table } from './table';

/** (premia - exceljs) / exceljs must stay under this. */
export const MAX_OVERHEAD = 0.25;

export interface XlsxRow {
  size: PlanSize;
  /** Non-empty input cells and the size of the generated file. */
  inputCells: number;
  fileBytes: number;
  generateMs: number;
  /** ExcelJS alone: readFile + writeFile. */
  exceljsMs: number;
  /** `premia distribute <file> --out <copy>`, in-process. */
  premiaMs: number;
  /** (premia - exceljs) / exceljs. */
  overhead: number;
  /** ExcelJS reading the input and writing a workbook as large as Premia's output. */
  sameOutputMs?: number;
  /** (premia - sameOutput) / sameOutput: what Premia adds to ExcelJS for the same files. */
  sameOutputOverhead?: number;
  /** Exit code of the CLI: 0 when the distribution was made and the copy written. */
  exitCode: number;
  outBytes: number;
  exceljsPeakRssMb: number;
  premiaPeakRssMb: number;
}

export interface XlsxFigures {
  rows: XlsxRow[];
  failures: string[];
  /** Every size measured, Premia within 25 % of ExcelJS's read + write. */
  targetMet: boolean;
}

export async function measureXlsx(opts: PartOptions): Promise<XlsxFigures> {
  const cpu = pinnableCpu();
  const timeoutS = opts.timeoutS ?? 1800;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'premia-bench-xlsx-'));
  const rows: XlsxRow[] = [];
  const failures: string[] = [];
  try {
    for (const size of sizes(opts.quick, opts.only)) {
      const file = path.join(dir, `plan-${size.objectives}.xlsx`);
      const fail = (what: string, error: string) =>
        failures.push(`${size.objectives} objectives, ${what}: ${error}`);
      process.stderr.write(`bench xlsx: ${size.objectives} objectives, generating...\n`);
      const gen = await runChild<GenerateResult>(
        'xlsx-one.ts',
        { task: 'generate', size, seed: opts.seed ?? DEFAULT_SEED, file },
        { timeoutS },
      );
      if (!gen.ok) {
        fail('generate', gen.error);
        break;
      }
      process.stderr.write(`bench xlsx: ${size.objectives} objectives, ExcelJS read + write...\n`);
      const exceljs = await runChild<TimedResult>(
        'xlsx-one.ts',
        { task: 'exceljs', file, out: path.join(dir, 'exceljs-copy.xlsx') },
        { timeoutS, cpu },
      );
      process.stderr.write(`bench xlsx: ${size.objectives} objectives, premia distribute...\n`);
      const premia = await runChild<TimedResult>(
        'xlsx-one.ts',
        { task: 'premia', file, out: path.join(dir, 'premia-copy.xlsx') },
        { timeoutS, cpu },
      );
      const written = path.join(dir, 'premia-copy.xlsx');
      process.stderr.write(
        `bench xlsx: ${size.objectives} objectives, ExcelJS read + write of the same output...\n`,
      );
      const same = premia.ok
        ? await runChild<TimedResult>(
            'xlsx-one.ts',
            { task: 'same-output', file, written, out: path.join(dir, 'exceljs-same.xlsx') },
            { timeoutS, cpu },
          )
        : undefined;
      await rm(file, { force: true });
      if (same !== undefined && !same.ok) fail('same-output', same.error);
      if (!exceljs.ok) fail('exceljs', exceljs.error);
      if (!premia.ok) fail('premia', premia.error);
      if (!exceljs.ok || !premia.ok) break;
      rows.push({
        size,
        inputCells: gen.value.cells,
        fileBytes: gen.value.bytes,
        generateMs: gen.value.ms,
        exceljsMs: exceljs.value.ms,
        premiaMs: premia.value.ms,
        overhead: (premia.value.ms - exceljs.value.ms) / exceljs.value.ms,
        ...(same?.ok
          ? {
              sameOutputMs: same.value.ms,
              sameOutputOverhead: (premia.value.ms - same.value.ms) / same.value.ms,
            }
          : {}),
        exitCode: premia.value.exitCode,
        outBytes: premia.value.outBytes,
        exceljsPeakRssMb: exceljs.value.peakRssMb,
        premiaPeakRssMb: premia.value.peakRssMb,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return {
    rows,
    failures,
    targetMet:
      rows.length > 0 &&
      failures.length === 0 &&
      rows.every((r) => r.exitCode === 0 && r.overhead < MAX_OVERHEAD),
  };
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const s = (ms: number): string => (ms / 1000).toFixed(1);

export function formatXlsx(f: XlsxFigures): string {
  const out: string[] = [
    'premia distribute <file> --out <copy> (in-process) against ExcelJS readFile + writeFile',
    '',
    table(
      [
        'objectives x ind / employees / assignments / areas',
        'input cells',
        'file MB',
        'ExcelJS s',
        'premia s',
        'premia / ExcelJS',
        'overhead',
        'ExcelJS same output s',
        'overhead over same output',
        'ExcelJS RSS MB',
        'premia RSS MB',
        'exit',
      ],
      f.rows.map((r) => [
        sizeLabel(r.size),
        int(r.inputCells),
        (r.fileBytes / 1024 / 1024).toFixed(1),
        s(r.exceljsMs),
        s(r.premiaMs),
        `${(r.premiaMs / r.exceljsMs).toFixed(2)}x`,
        `${(r.overhead * 100).toFixed(0)} %`,
        r.sameOutputMs === undefined ? '-' : s(r.sameOutputMs),
        r.sameOutputOverhead === undefined ? '-' : `${(r.sameOutputOverhead * 100).toFixed(0)} %`,
        int(r.exceljsPeakRssMb),
        int(r.premiaPeakRssMb),
        String(r.exitCode),
      ]),
    ),
    '',
  ];
  for (const failure of f.failures) out.push(`FAILED: ${failure}`);
  out.push(`Target: Premia adds less than 25 % over ExcelJS's read + write: ${f.targetMet ? 'yes' : 'NO'}`);
  return `${out.join('\n')}\n`;
}

export function printXlsx(f: XlsxFigures): void {
  process.stdout.write(formatXlsx(f));
}

if (require.main === module) runAlone(measureXlsx, formatXlsx);
