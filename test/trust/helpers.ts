/** Running Premia's operations on an .xlsx workbook as the CLI does: load, compute, write, save. */
import * as fs from 'fs';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import {
  loadWorkbook,
  runDistribution,
  runScoring,
  runValidation,
  type LoadedWorkbook,
} from '../../src/workbook/pipeline';
import {
  distributionOutputs,
  scoringOutputs,
  validationOutputs,
  writeOutputs,
  type WriteOutputsOptions,
} from '../../src/workbook/outputs';
import type { SheetSpec } from '../../src/workbook/port';
import { SAMPLE_FILES, type SampleVariant } from '../../examples/sample-workbooks';

export type Operation = 'validate' | 'score' | 'distribute';

export const OPERATIONS: readonly Operation[] = ['validate', 'score', 'distribute'];

export function sampleBytes(variant: SampleVariant): Uint8Array {
  return fs.readFileSync(path.join(__dirname, '..', '..', 'examples', path.basename(SAMPLE_FILES[variant])));
}

export function specsFor(op: Operation, loaded: LoadedWorkbook, now: Date): SheetSpec[] {
  const opts = { now };
  if (op === 'validate') return validationOutputs(loaded, runValidation(loaded), opts);
  if (op === 'score') return scoringOutputs(loaded, runScoring(loaded), opts);
  return distributionOutputs(loaded, runDistribution(loaded), opts);
}

/** One operation on the bytes of a workbook; returns the saved bytes. */
export async function runOperation(
  bytes: Uint8Array,
  op: Operation,
  now: Date = new Date(Date.UTC(2026, 2, 1, 10, 0, 0)),
  opts: WriteOutputsOptions = {},
): Promise<Uint8Array> {
  const book = await XlsxWorkbook.load(bytes);
  const loaded = await loadWorkbook(book);
  await writeOutputs(book, loaded, specsFor(op, loaded, now), opts);
  return book.save();
}
