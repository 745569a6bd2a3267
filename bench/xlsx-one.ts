/**
 * One step of the .xlsx benchmark, in a fresh process started by bench/xlsx.ts:
 *   node --import tsx bench/xlsx-one.ts '{"task":"generate","size":{...},"seed":1,"file":"..."}'
 *   node --import tsx bench/xlsx-one.ts '{"task":"exceljs","file":"...","out":"..."}'
 *   node --import tsx bench/xlsx-one.ts '{"task":"premia","file":"...","out":"..."}'
 *   node --import tsx bench/xlsx-one.ts '{"task":"same-output","file":"...","written":"...","out":"..."}'
 * generate: the benchmark workbook (bench/workbook.ts) saved as .xlsx with ExcelJS (not timed as
 * part of anything). exceljs: ExcelJS alone, `readFile` then `writeFile`. premia: the CLI's own
 * `main` (src/cli/main.ts) called in-process with `distribute <file> --out <out>`, the code
 * path of `premia distribute`, without tsx's start-up. same-output: ExcelJS reading the input and
 * writing a workbook as large as Premia's output (Premia's own output file, loaded untimed): what
 * ExcelJS alone costs for the same work. Prints one JSON line (the last line).
 */
import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { main as premia } from '../src/cli/main';
import type { PlanSize } from './generate-plan';
import { cellCount, planWorkbook, toExcelJs } from './workbook';
import { errorText } from './child';

type Input =
  | { task: 'generate'; size: PlanSize; seed: number; file: string }
  | { task: 'exceljs' | 'premia'; file: string; out: string }
  | { task: 'same-output'; file: string; written: string; out: string };

export interface GenerateResult {
  cells: number;
  bytes: number;
  ms: number;
}

export interface TimedResult {
  ms: number;
  /** Bytes of the file written. */
  outBytes: number;
  /** Exit code of the CLI (0: distributed and written); 0 for ExcelJS. */
  exitCode: number;
  peakRssMb: number;
}

async function run(input: Input): Promise<GenerateResult | TimedResult> {
  if (input.task === 'generate') {
    const t = performance.now();
    const book = planWorkbook(input.size, input.seed);
    const cells = cellCount(book);
    await toExcelJs(book).xlsx.writeFile(input.file);
    return { cells, bytes: (await stat(input.file)).size, ms: performance.now() - t };
  }
  if (input.task === 'same-output') {
    let t = performance.now();
    await new ExcelJS.Workbook().xlsx.readFile(input.file);
    const readMs = performance.now() - t;
    const output = new ExcelJS.Workbook();
    await output.xlsx.readFile(input.written); // not timed: it stands for the workbook in memory
    t = performance.now();
    await output.xlsx.writeFile(input.out);
    const ms = readMs + performance.now() - t;
    const outBytes = (await stat(input.out)).size;
    return { ms, outBytes, exitCode: 0, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  }
  let exitCode = 0;
  const t = performance.now();
  if (input.task === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input.file);
    await wb.xlsx.writeFile(input.out);
  } else {
    await premia(['node', 'premia', 'distribute', input.file, '--out', input.out]);
    exitCode = Number(process.exitCode ?? 0);
    process.exitCode = 0;
  }
  const ms = performance.now() - t;
  return {
    ms,
    outBytes: await stat(input.out).then(
      (st) => st.size,
      () => 0,
    ),
    exitCode,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

run(JSON.parse(process.argv[2] ?? '{}') as Input)
  .then((r) => process.stdout.write(`\n${JSON.stringify(r)}\n`))
  .catch((e: unknown) => {
    process.stderr.write(errorText(e));
    process.exit(1);
  });
