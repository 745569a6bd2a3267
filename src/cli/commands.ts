/**
 * The four commands of the CLI over the shared pipeline. Each returns its exit code.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Stats } from 'node:fs';
import { NotEditable, XlsxWorkbook } from '../adapters/xlsx';
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
import { terminalText } from './terminal';
import { sameFile, writeFileAtomic, WriteFailed } from './files';

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
 * The largest workbook the CLI reads: 256 MB. The largest plan measured (100,000 objectives, far
 * beyond any comune) gives a 60 MB copy; a bigger file is refused before it is read, so that a
 * device (`/dev/zero`) or a huge file cannot fill the memory.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** The largest parameters file: a few kB in practice. */
export const MAX_PARAMS_BYTES = 1024 * 1024;

/** Refuses, before reading, what is not a regular file or is larger than `limit`. */
async function checkReadable(file: string, limit: number): Promise<void> {
  let info: Stats;
  try {
    info = await fs.stat(file);
  } catch (e) {
    throw new UsageError(t('cli.error.read', { file, detail: fsErrorText(e) }));
  }
  if (!info.isFile()) throw new UsageError(t('cli.error.notFile', { file }));
  if (info.size > limit)
    throw new UsageError(
      t('cli.error.tooLarge', {
        file,
        size: Math.ceil(info.size / (1024 * 1024)),
        limit: Math.floor(limit / (1024 * 1024)),
      }),
    );
}

/**
 * What an OLE compound file (not a zip) is: Excel saves a workbook with a password to open as one
 * (an encrypted package: an "EncryptionInfo" stream), and the old .xls format is one too.
 */
function compoundFileKind(data: Uint8Array): 'encrypted' | 'xls' | undefined {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (data.length < 8 || magic.some((b, i) => data[i] !== b)) return undefined;
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(name) ? 'encrypted' : 'xls';
}

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
  await checkReadable(file, MAX_INPUT_BYTES);
  let data: Uint8Array;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new UsageError(t('cli.error.read', { file, detail: fsErrorText(e) }));
  }
  const kind = compoundFileKind(data);
  if (kind) throw new UsageError(t(kind === 'encrypted' ? 'cli.error.encrypted' : 'cli.error.xls', { file }));
  try {
    return { book: await XlsxWorkbook.load(data), data };
  } catch {
    throw new UsageError(t('cli.error.notXlsx', { file }));
  }
}

/**
 * The text of a parameters file, which must be UTF-8 (a UTF-8 BOM is accepted and ignored).
 * UTF-16 (Windows Notepad's "Unicode"), with or without its BOM, and bytes that are not UTF-8
 * get a message about the encoding instead of a JSON syntax error.
 */
function decodeParams(file: string, bytes: Uint8Array): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16) throw new UsageError(t('cli.error.paramsUtf16', { file }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(t('cli.error.paramsNotUtf8', { file }));
  }
}

async function readParams(file: string | undefined): Promise<ParamsOverride | undefined> {
  if (!file) return undefined;
  await checkReadable(file, MAX_PARAMS_BYTES);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new UsageError(t('cli.error.read', { file, detail: fsErrorText(e) }));
  }
  const text = decodeParams(file, bytes);
  const parsed = parseParamsJson(text, undefined, path.basename(file));
  const errors = parsed.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new UsageError(errors.map((f) => f.message).join('\n'));
  return { overrides: parsed.overrides, comune: parsed.comune, year: parsed.year };
}

/**
 * Refuses an empty `--out` and an `--out` that is the input under any name: the same path, a
 * symbolic link either way, a hard link, `/proc/self/cwd/...` (realpath, then device and inode).
 * Premia always writes a copy, never the user's file.
 */
async function checkOut(input: string, out: string | undefined): Promise<void> {
  if (out === undefined) return;
  if (out.trim() === '') throw new UsageError(t('cli.error.emptyOut'));
  if (await sameFile(out, input)) throw new UsageError(t('cli.error.sameFile', { file: out }));
}

/**
 * The copy keeps the input's kind: macros are kept, so a macro-enabled input needs an .xlsm copy
 * and a plain one an .xlsx copy (Excel refuses a file whose extension does not match its
 * content). Other extensions are left to the user.
 */
function checkExtension(book: XlsxWorkbook, out: string | undefined): void {
  if (out === undefined) return;
  const ext = path.extname(out).toLowerCase();
  if (book.macroEnabled && ext === '.xlsx') throw new UsageError(t('cli.error.needXlsm', { file: out }));
  if (!book.macroEnabled && ext === '.xlsm') throw new UsageError(t('cli.error.needXlsx', { file: out }));
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
    for (const sheet of kept)
      process.stderr.write(`premia: ${terminalText(t('trust.cli.kept', { sheet }))}\n`);
  } catch (e) {
    if (!(e instanceof OutputConflictError)) throw e;
    progress.done();
    for (const c of e.conflicts) process.stderr.write(`premia: ${terminalText(c.finding.message)}\n`);
    process.stderr.write(`premia: ${t('trust.cli.keepEditedHint')}\n`);
    return false;
  }
  let bytes: Uint8Array;
  try {
    // Part for part or not at all: an ExcelJS re-save would drop charts, pivot tables, macros.
    bytes = await book.save({ exact: true });
  } catch (e) {
    if (!(e instanceof NotEditable)) throw e;
    throw new UsageError(t('cli.error.notEditable', { file: opts.out, detail: e.reason }));
  }
  try {
    await writeFileAtomic(opts.out, bytes);
  } catch (e) {
    if (!(e instanceof WriteFailed)) throw e;
    throw new UsageError(t('cli.error.write', { file: opts.out, detail: fsErrorText({ code: e.code }) }));
  }
  // Always said, on a line of its own: the progress line is cleared first.
  progress.done();
  process.stderr.write(`${terminalText(t('cli.written', { file: opts.out }))}\n`);
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
  if (opts.out === undefined) return true;
  return writeCopy(book, loaded, { ...opts, out: opts.out }, specs(), progress);
}

async function load(
  file: string,
  opts: CommandOptions,
  progress: Progress,
): Promise<{ book: XlsxWorkbook; loaded: LoadedWorkbook }> {
  await checkOut(file, opts.out);
  const override = await readParams(opts.params);
  progress.step(t('cli.progress.read'));
  const { book } = await openBook(file);
  checkExtension(book, opts.out);
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
  // Text output strips control characters from whatever user text it holds (terminal.ts).
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : terminalText(text));
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
