/**
 * Runs one workbook of the malformed corpus as the CLI and the workbench do: load through the
 * .xlsx adapter, validate, score, distribute, write Premia's sheets, save and read back.
 */
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook, runDistribution, runValidation } from '../../src/workbook/pipeline';
import { distributionOutputs, OutputConflictError, writeOutputs } from '../../src/workbook/outputs';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import { SETTINGS_SHEET } from '../../src/workbook/settings-sheet';
import type { SheetSnapshot } from '../../src/workbook/port';
import type { Finding } from '../../src/domain/findings';
import type { Case } from './cases';

const NOW = new Date(Date.UTC(2026, 2, 1, 10, 0, 0));

export async function bytesOf(c: Pick<Case, 'build'>): Promise<Uint8Array> {
  return new Uint8Array((await c.build().xlsx.writeBuffer()) as ArrayBuffer);
}

/** What the user typed on a sheet: values, formulas, formats, merges, hidden rows and columns. */
function userState(sheets: SheetSnapshot[]) {
  const premia = new Set([...Object.values(OUTPUT_SHEETS), SETTINGS_SHEET].map((n) => n.toLowerCase()));
  return sheets
    .filter((s) => !premia.has(s.name.toLowerCase()))
    .map((s) => ({
      name: s.name,
      top: s.top,
      left: s.left,
      values: s.values.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))),
      formulas: s.formulas,
      numberFormats: s.numberFormats,
      merged: s.merged,
      hiddenRows: s.hiddenRows,
      hiddenColumns: s.hiddenColumns,
    }));
}

export interface Outcome {
  validation: Finding[];
  /** Validation, scoring, refusal reasons or distribution warnings, ownership conflicts. */
  all: Finding[];
  /** Nothing was paid: the distribution was refused, or only the allocation was computed. */
  refused: boolean;
  writeRefused: boolean;
  before: ReturnType<typeof userState>;
  after: ReturnType<typeof userState>;
  sheetsBefore: string[];
  sheetsAfter: string[];
}

export async function run(bytes: Uint8Array): Promise<Outcome> {
  const book = await XlsxWorkbook.load(bytes);
  const loaded = await loadWorkbook(book);
  const before = userState(loaded.sheets);
  const sheetsBefore = loaded.sheets.map((s) => s.name);
  const validation = runValidation(loaded);
  const dist = runDistribution(loaded);
  const d = dist.distribution;
  // The payment's reasons too: with them the allocation is written, and nothing is paid.
  const all = [...dist.findings, ...(d.ok ? [...d.paymentReasons, ...d.warnings] : d.reasons)];
  let writeRefused = false;
  try {
    await writeOutputs(book, loaded, distributionOutputs(loaded, dist, { now: NOW }));
  } catch (e) {
    if (!(e instanceof OutputConflictError)) throw e;
    writeRefused = true;
    all.push(...e.conflicts.map((c) => c.finding));
  }
  const reloaded = await XlsxWorkbook.load(await book.save());
  const afterSheets = await reloaded.readSheets();
  return {
    validation,
    all,
    // Nothing paid: the distribution refused, or only its allocation computed.
    refused: !d.ok || d.phase !== 'payment',
    writeRefused,
    before,
    after: userState(afterSheets).filter((s) => sheetsBefore.includes(s.name)),
    sheetsBefore,
    sheetsAfter: afterSheets.map((s) => s.name),
  };
}
