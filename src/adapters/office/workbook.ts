/**
 * The workbook port inside Excel (Office.js). Every method is one `run` (one Excel.run batch)
 * with a fixed number of syncs, except writeSheets, whose cell blocks grow with the data, and
 * readSheets past 40,000 cells, whose responses must stay under Excel on the web's 5 MB.
 */
import type { Locale } from '../../i18n';
import type {
  HighlightMark,
  HighlightRange,
  SheetInfo,
  SheetSnapshot,
  SheetSpec,
  TableInfo,
  WorkbookContents,
  WorkbookPort,
  WriteExtras,
} from '../../workbook/port';
import { addHighlights, removeHighlights } from './highlight';
import { parseRange } from '../../workbook/a1';
import { checkSheetName } from '../../workbook/spec-check';
import { SETTINGS_SHEET } from '../../workbook/settings-sheet';
import { PremiaOfficeError, classify, officeCode } from './errors';
import { listSheets, listTables, readSheets, type ReadOptions } from './read';
import { readAll } from './read-all';
import { DEFAULT_READ_CELLS, MIN_READ_CELLS } from './read-blocks';
import type { ExcelRun } from './run';
import { readSettings } from './settings';
import { writeSheets } from './write';
import type { WriteOptions, WriteReport } from './write';

export interface OfficeWorkbookOptions {
  /**
   * Estimated bytes per write request. Excel on the web refuses requests over 5 MB; 3.5 MB
   * keeps the round trips few (a write of 200 objectives is one request) and leaves room for
   * the estimate's error (JSON length, where UTF-8 takes 2 or 3 bytes for "è" or "€") and for
   * Office.js's own envelope. A refused request is sent again smaller anyway (write.ts).
   */
  maxRequestBytes?: number;
  /** Smallest request size tried after payload errors before giving up. */
  minRequestBytes?: number;
  /**
   * Cells per read request. Excel on the web refuses responses over 5 MB; a cell costs about
   * 40 to 70 bytes over its four grids, so 40,000 cells stay near 2 to 3 MB.
   */
  maxReadCells?: number;
  /** Language of the error messages. */
  locale?: Locale;
}

export const DEFAULT_MAX_REQUEST_BYTES = 3_500_000;
export const DEFAULT_MIN_REQUEST_BYTES = 16_000;

export class OfficeWorkbook implements WorkbookPort {
  /** What the last writeSheets cost (requests for cell blocks, retries after payload errors). */
  lastWrite: WriteReport | undefined;
  private readonly write: WriteOptions;
  private readonly read: ReadOptions;
  private readonly locale: Locale;

  /** `run` is `excelRun()` inside Excel (Excel.run with delayForCellEdit), a fake in tests. */
  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.write = {
      maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
      minRequestBytes: options.minRequestBytes ?? DEFAULT_MIN_REQUEST_BYTES,
    };
    this.read = { maxCells: options.maxReadCells ?? DEFAULT_READ_CELLS, minCells: MIN_READ_CELLS };
    this.locale = options.locale ?? 'it';
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.guard(() => this.run(listSheets));
  }

  listTables(): Promise<TableInfo[]> {
    return this.guard(() => this.run(listTables));
  }

  /** One sync. */
  listDefinedNames(): Promise<string[]> {
    return this.guard(() =>
      this.run(async (context) => {
        const names = context.workbook.names;
        names.load('items/name');
        await context.sync();
        return names.items.map((n) => n.name);
      }),
    );
  }

  readSheets(names?: string[]): Promise<SheetSnapshot[]> {
    return this.guard(() => this.run((context) => readSheets(context, names, this.read)));
  }

  /** The syncs of `readSheets` alone: 3 up to 40,000 cells (read.ts). */
  readAll(): Promise<WorkbookContents> {
    return this.guard(() => this.run((context) => readAll(context, this.read)));
  }

  /** 2 syncs when everything fits one request, one more per `maxRequestBytes` (write.ts). */
  writeSheets(specs: SheetSpec[], extras: WriteExtras = {}): Promise<void> {
    if (extras.select) parseRange(extras.select.address); // as select(): Premia's bug, before Excel
    return this.guard(async () => {
      this.lastWrite = await writeSheets(this.run, specs, this.write, extras);
    });
  }

  /** Two syncs: the names, then the deletions. Names not in the workbook are ignored. */
  removeSheets(names: string[]): Promise<void> {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    return this.guard(
      () =>
        this.run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load('items/name');
          await context.sync();
          const doomed = sheets.items.filter((ws) => wanted.has(ws.name.toLowerCase()));
          if (doomed.length === 0) return;
          for (const ws of doomed) ws.delete();
          await context.sync();
        }),
      { structure: true },
    );
  }

  /** One sync: Excel itself refuses a missing sheet or a name already taken. */
  async renameSheet(from: string, to: string): Promise<void> {
    checkSheetName(to);
    // The settings sheet keeps its name: Premia finds its settings by it (as the xlsx adapter).
    if (from.toLowerCase() === SETTINGS_SHEET || to.toLowerCase() === SETTINGS_SHEET)
      throw new Error(`${SETTINGS_SHEET} is the settings sheet`);
    return this.guard(
      () =>
        this.run(async (context) => {
          context.workbook.worksheets.getItem(from).name = to;
          await context.sync();
        }),
      { sheet: from, structure: true },
    );
  }

  readSettings(): Promise<Record<string, string>> {
    return this.guard(() => this.run(readSettings));
  }

  /**
   * Two syncs: the whole settings sheet is rewritten (atomically, like any output sheet), very
   * hidden, or removed when no setting remains.
   */
  writeSettings(values: Record<string, string | null>): Promise<void> {
    return this.writeSheets([], { settings: values });
  }

  /** One sync: activate the sheet and select the cells. */
  async select(sheet: string, address: string): Promise<void> {
    parseRange(address); // a bad address is Premia's bug: fail (as a rejection) before Excel does
    return this.guard(
      () =>
        this.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          await context.sync();
        }),
      { sheet },
    );
  }

  /** One sync; the sheets must exist (a missing one fails the whole request, nothing added). */
  addHighlights(ranges: HighlightRange[]): Promise<string[]> {
    for (const r of ranges) parseRange(r.address);
    if (ranges.length === 0) return Promise.resolve([]);
    return this.guard(() => this.run((context) => addHighlights(context, ranges)), {
      sheet: ranges[0].sheet,
    });
  }

  /** At most three syncs, whatever the number of highlights. */
  removeHighlights(marks: HighlightMark[]): Promise<void> {
    if (marks.length === 0) return Promise.resolve();
    return this.guard(() => this.run((context) => removeHighlights(context, marks)));
  }

  /**
   * Office errors (they carry a string `code`) become PremiaOfficeErrors in the adapter's
   * language. Plain Errors are Premia's own (a bad spec, an unknown address) and stay as they
   * are, unless they read like a lost connection.
   */
  private async guard<T>(
    work: () => Promise<T>,
    where: { sheet?: string; structure?: boolean } = {},
  ): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const classified = classify(e, where);
      const keep =
        e instanceof PremiaOfficeError || officeCode(e) !== undefined || classified.code !== 'unknown';
      if (!keep && e instanceof Error) throw e;
      throw this.locale === 'it' ? classified : classified.localized(this.locale);
    }
  }
}
