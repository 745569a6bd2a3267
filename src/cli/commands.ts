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
import { distributionOutputs, scoringOutputs, validationOutputs } from '../workbook/outputs';
import type { SheetSpec } from '../workbook/port';
import { formatMessage } from '../i18n';
import { distributionJson, findingsJson, inspectJson, scoresJson } from './json';
import { distributionText, findingsText, inspectText, scoresText } from './text';
import { Progress } from './progress';

export interface CommandOptions {
  json?: boolean;
  out?: string;
  params?: string;
}

/** Bad usage or an unreadable file: exit code 2 with this message. */
export class UsageError extends Error {}

const t = (key: string, params?: Record<string, string | number>) => formatMessage('it', key, params);

async function openBook(file: string): Promise<{ book: XlsxWorkbook; data: Uint8Array }> {
  let data: Uint8Array;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new UsageError(t('cli.error.read', { file, detail: (e as NodeJS.ErrnoException).code ?? '' }));
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
    throw new UsageError(t('cli.error.read', { file, detail: (e as NodeJS.ErrnoException).code ?? '' }));
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

async function writeCopy(
  book: XlsxWorkbook,
  out: string,
  specs: SheetSpec[],
  progress: Progress,
): Promise<void> {
  progress.step(t('cli.progress.write'));
  await book.writeSheets(specs);
  const bytes = await book.save();
  try {
    await fs.writeFile(out, bytes);
  } catch (e) {
    throw new UsageError(
      t('cli.error.write', { file: out, detail: (e as NodeJS.ErrnoException).code ?? '' }),
    );
  }
  if (!progress.quiet) process.stderr.write(`${t('cli.written', { file: out })}\n`);
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

function emit(opts: CommandOptions, json: unknown, text: string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : text);
}

export async function runInspect(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { loaded } = await load(file, opts, progress);
  progress.done();
  emit(opts, inspectJson(loaded.tables), inspectText(loaded.tables));
  return 0;
}

export async function runValidate(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { book, loaded } = await load(file, opts, progress);
  progress.step(t('cli.progress.validate'));
  const findings = runValidation(loaded);
  if (opts.out) await writeCopy(book, opts.out, validationOutputs(loaded, findings), progress);
  progress.done();
  emit(opts, findingsJson(findings), findingsText(findings));
  return hasErrors(findings) ? 1 : 0;
}

export async function runScore(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { book, loaded } = await load(file, opts, progress);
  progress.step(t('cli.progress.score'));
  const run = runScoring(loaded);
  if (opts.out) await writeCopy(book, opts.out, scoringOutputs(loaded, run), progress);
  progress.done();
  emit(opts, scoresJson(run.scores, run.findings), scoresText(run.scores, run.findings));
  return hasErrors(run.findings) ? 1 : 0;
}

export async function runDistribute(file: string, opts: CommandOptions): Promise<number> {
  const progress = new Progress(opts.json === true);
  const { book, loaded } = await load(file, opts, progress);
  progress.step(t('cli.progress.distribute'));
  const run = runDistribution(loaded);
  if (opts.out) await writeCopy(book, opts.out, distributionOutputs(loaded, run), progress);
  progress.done();
  emit(
    opts,
    distributionJson(run.distribution, run.findings),
    distributionText(run.distribution, run.findings),
  );
  return run.distribution.ok ? 0 : 1;
}
