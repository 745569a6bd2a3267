/**
 * The four commands of the CLI over the shared pipeline. Each returns its exit code.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { XlsxWorkbook } from '../adapters/xlsx';
import { hasErrors } from '../domain/validation';
import { parseParamsJson } from '../workbook/params';
import {
  loadWorkbook,
  runDistribution,
  runScoring,
  runValidation,
  type LoadedWorkbook,
  type ParamsOverride,
} from '../workbook/pipeline';
import {
  distributionOutputs,
  OutputConflictError,
  scoringOutputs,
  validationOutputs,
  writeOutputs,
} from '../workbook/outputs';
import type { SheetSpec } from '../workbook/port';
import { formatMessage, hasMessage } from '../i18n';
import { distributionJson, findingsJson, inspectJson, scoresJson } from './json';
import { DEFAULT_WIDTH, distributionText, findingsText, inspectText, scoresText } from './text';
import { Progress } from './progress';

export interface CommandOptions {
  json?: boolean;
  out?: string;
  params?: string;
  /** Keep Premia sheets the user edited under another name, then write (instead of stopping). */
  keepEdited?: boolean;
}

/** Bad usage or an unreadable file: exit code 2 with this message. */
export class UsageError extends Error {}

const t = (key: string, params?: Record<string, string | number>) => formatMessage('it', key, params);

/**
 * A file-system error in words ("il file o la cartella non esiste"), never Node's raw code
 * alone; a code the catalogue does not know keeps it, in words.
 */
export function fsErrorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && hasMessage('it', `cli.fs.${code}`)) return t(`cli.fs.${code}`);
  return t('cli.fs.other', { code: code ?? String((e as Error | undefined)?.message ?? e) });
}

async function openBook(file: string): Promise<{ book: XlsxWorkbook; data: Uint8Array }> {
  let data: Uint8Array;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new UsageError(t('cli.error.read', { file, detail: fsErrorText(e) }));
  }
  try {
    return { book: await XlsxWorkbook.load(data), data };
  } catch {
    throw new UsageError(t('cli.error.notXlsx', { file }));
  }
}

async function readParams(file: string | undefined): Promise<ParamsOverride | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(t('cli.error.read', { file, detail: fsErrorText(e) }));
  }
  const parsed = parseParamsJson(text, undefined, path.basename(file));
  const errors = parsed.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new UsageError(errors.map((f) => f.message).join('\n'));
  return { overrides: parsed.overrides, comune: parsed.comune, year: parsed.year };
}

function checkOut(input: string, out: string | undefined): void {
  if (out && path.resolve(out) === path.resolve(input)) {
    // ExcelJS does not keep charts, images or pivot tables: never save over the user's file.
    throw new UsageError(t('cli.error.sameFile', { file: out }));
  }
}

/**
 * Writes Premia's sheets into the book and saves it as `out`. Returns false, writing nothing,
 * when a sheet to replace was edited by the user or is not Premia's (the reasons go to stderr).
 */
async function writeCopy(
  book: XlsxWorkbook,
  loaded: LoadedWorkbook,
  opts: CommandOptions & { out: string },
  specs: SheetSpec[],
  progress: Progress,
): Promise<boolean> {
  progress.step(t('cli.progress.write'));
  try {
    const { kept } = await writeOutputs(book, loaded, specs, { keepEdited: opts.keepEdited === true });
    for (const sheet of kept) process.stderr.write(`premia: ${t('trust.cli.kept', { sheet })}\n`);
  } catch (e) {
    if (!(e instanceof OutputConflictError)) throw e;
    progress.done();
    for (const c of e.conflicts) process.stderr.write(`premia: ${c.finding.message}\n`);
    process.stderr.write(`premia: ${t('trust.cli.keepEditedHint')}\n`);
    return false;
  }
  const bytes = await book.save();
  try {
    await fs.writeFile(opts.out, bytes);
  } catch (e) {
    throw new UsageError(t('cli.error.write', { file: opts.out, detail: fsErrorText(e) }));
  }
  // Always said, on a line of its own: the progress line is cleared first.
  progress.done();
  process.stderr.write(`${t('cli.written', { file: opts.out })}\n`);
  return true;
}

/** `--out` given: write, and whether it went through; no `--out`: nothing to write. */
async function maybeWrite(
  book: XlsxWorkbook,
  loaded: LoadedWorkbook,
  opts: CommandOptions,
  specs: () => SheetSpec[],
  progress: Progress,
): Promise<boolean> {
  if (!opts.out) return true;
  return writeCopy(book, loaded, { ...opts, out: opts.out }, specs(), progress);
}

async function load(
  file: string,
  opts: CommandOptions,
  progress: Progress,
): Promise<{ book: XlsxWorkbook; loaded: LoadedWorkbook }> {
  checkOut(file, opts.out);
  const override = await readParams(opts.params);
  progress.step(t('cli.progress.read'));
  const { book } = await openBook(file);
  progress.step(t('cli.progress.recognize'));
  const loaded = await loadWorkbook(book, override);
  return { book, loaded };
}

/** The terminal's width for the titles to wrap in; DEFAULT_WIDTH in a pipe or a file. */
function terminalWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  return columns !== undefined && columns > 0 ? columns : DEFAULT_WIDTH;
}

function emit(opts: CommandOptions, json: unknown, text: string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : text);
}

export async function runInspect(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { loaded } = await load(file, opts, progress);
  progress.done();
  emit(
    opts,
    inspectJson(loaded.tables, 'it', loaded.hiddenSheets),
    inspectText(loaded.tables, 'it', loaded.hiddenSheets),
  );
  return 0;
}

export async function runValidate(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { book, loaded } = await load(file, opts, progress);
  progress.step(t('cli.progress.validate'));
  const findings = runValidation(loaded);
  const written = await maybeWrite(book, loaded, opts, () => validationOutputs(loaded, findings), progress);
  progress.done();
  emit(opts, findingsJson(findings), findingsText(findings));
  return hasErrors(findings) || !written ? 1 : 0;
}

export async function runScore(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { book, loaded } = await load(file, opts, progress);
  progress.step(t('cli.progress.score'));
  const run = runScoring(loaded);
  const written = await maybeWrite(book, loaded, opts, () => scoringOutputs(loaded, run), progress);
  progress.done();
  emit(opts, scoresJson(run.scores, run.findings), scoresText(run.scores, run.findings, terminalWidth()));
  return hasErrors(run.findings) || !written ? 1 : 0;
}

export async function runDistribute(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { book, loaded } = await load(file, opts, progress);
  progress.step(t('cli.progress.distribute'));
  const run = runDistribution(loaded);
  const written = await maybeWrite(book, loaded, opts, () => distributionOutputs(loaded, run), progress);
  progress.done();
  emit(
    opts,
    distributionJson(run.distribution, run.findings),
    distributionText(run.distribution, run.findings, terminalWidth()),
  );
  // The allocation alone, waiting for the achievements, is no failure; a refused payment is, and
  // so is anything to fix before the payment (a declared amount that disagrees...).
  const d = run.distribution;
  return d.ok && d.paymentReasons.length === 0 && written ? 0 : 1;
}
