/**
 * The workbook port over an ExcelJS workbook: .xlsx files in Node (CLI) and in the browser
 * (workbench). Bytes in, bytes out; the caller does the file I/O.
 */
import { Workbook } from 'exceljs';
import type { Worksheet, WorksheetState } from 'exceljs';
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
import { cellAddress, parseRange } from '../../workbook/a1';
import { SETTINGS_SHEET, freeSettingsName } from '../../workbook/settings-sheet';
import { loadWorkbook, saveWorkbook } from './io';
import { droppedParts, hasWorkbookPart } from './parts';
import { uncalculatedFormulas } from './formula-values';
import { HIGHLIGHT_HANDLE, highlightRule, highlightedRanges, removeHighlight } from './highlight';
import { listSheets, listTables, readSnapshot } from './read';
import { buildSheet, checkSheetName, commitSheet, findSheet, reservedNames, tempSheetName } from './write';
import { mergeSettings, readSettingsSheet, settingsSheet, settingsSpec } from './settings';
import { editPackage, UnsupportedPackage, type SheetOp } from './package';
import { UnsupportedZip, entryContent, readZip } from './zip';

export interface SaveOptions {
  /**
   * Only a save that keeps every part of the loaded file: when the package cannot be edited
   * (see package.ts), throw NotEditable instead of falling back to ExcelJS (which drops charts,
   * pivot tables, macros...). The CLI saves so.
   */
  exact?: boolean;
}

/** A loaded file that cannot be saved part for part; `reason` says why (English). */
export class NotEditable extends Error {
  constructor(readonly reason: string) {
    super(`The workbook cannot be saved keeping every part: ${reason}`);
    this.name = 'NotEditable';
  }
}

export class XlsxWorkbook implements WorkbookPort {
  /** The last cells selected with `select()` (a file has no live selection; the workbench shows it). */
  selection: { sheet: string; address: string } | undefined;
  /**
   * What this adapter cannot do as asked, in order: charts it cannot write; when a save had to
   * fall back to ExcelJS, why, and the parts of the file ExcelJS dropped.
   */
  readonly notes: string[] = [];

  /**
   * The loaded file. `save()` edits this package (package.ts) rather than re-serialising the
   * ExcelJS model, so that every part Premia does not own stays byte for byte; it also tells a
   * formula never calculated from one giving empty text (formula-values.ts). Unset for a
   * workbook made in memory, which ExcelJS saves.
   */
  private data: Uint8Array | undefined;
  /** Premia's sheet operations since load, replayed on the package by `save()`. */
  private readonly ops: SheetOp[] = [];
  /**
   * Set when a highlight was added to or removed from a sheet: highlights change the user's
   * sheets (a conditional format), which the package editor does not do; such a save goes
   * through ExcelJS (the workbench; the CLI never highlights).
   */
  private highlightsChanged = false;

  private constructor(readonly workbook: Workbook) {}

  static async load(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    if (!hasWorkbookPart(data))
      throw new Error('The file has no xl/workbook.xml part: it is not an .xlsx workbook');
    const book = new XlsxWorkbook(await loadWorkbook(data));
    book.data = data instanceof Uint8Array ? data : new Uint8Array(data);
    return book;
  }

  /**
   * True when the loaded package is a macro-enabled workbook (.xlsm: its content types say so).
   * The copy keeps the macros, so it must keep the .xlsm extension too: Excel refuses to open a
   * macro-enabled package named .xlsx, and the other way round.
   */
  get macroEnabled(): boolean {
    if (this.data === undefined) return false;
    try {
      const types = readZip(this.data).find((e) => e.name === '[Content_Types].xml');
      return (
        types !== undefined && new TextDecoder().decode(entryContent(types)).includes('macroEnabled.main+xml')
      );
    } catch {
      return false; // not a package the editor reads: ExcelJS saves it, without macros
    }
  }

  /** An empty workbook (no sheets yet). */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new Workbook());
  }

  /**
   * The workbook as bytes. A loaded file is saved by editing its package: every part of the
   * original is kept and only Premia's sheets (and the workbook's list of sheets, styles and
   * strings they need) change. A workbook made in memory, one with highlights changed, or a
   * package the editor cannot read (ZIP64, encrypted...) is saved by ExcelJS, with a note.
   */
  async save(options: SaveOptions = {}): Promise<Uint8Array> {
    const data = this.data;
    if (data !== undefined && !this.highlightsChanged) {
      try {
        return editPackage(data, this.ops);
      } catch (e) {
        if (!(e instanceof UnsupportedZip || e instanceof UnsupportedPackage)) throw e;
        if (options.exact) throw new NotEditable(e.message);
        this.notes.push(`${e.message}: saved by ExcelJS instead.`);
      }
    } else if (data !== undefined && options.exact) throw new NotEditable('highlights changed');
    if (data !== undefined)
      for (const what of droppedParts(data))
        this.notes.push(`The file holds ${what}, which ExcelJS does not keep: this save dropped them.`);
    return saveWorkbook(this.workbook);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return listSheets(this.workbook);
  }

  async listTables(): Promise<TableInfo[]> {
    return listTables(this.workbook);
  }

  async listDefinedNames(): Promise<string[]> {
    return (this.workbook.definedNames.model ?? []).map((dn) => dn.name);
  }

  async readSheets(names?: string[]): Promise<SheetSnapshot[]> {
    const sheets = names ? names.map((name) => this.sheet(name)) : this.workbook.worksheets;
    const snapshots = sheets.map(readSnapshot);
    const asked = snapshots.filter((s) => (s.uncalculated ?? []).length > 0).map((s) => s.name);
    if (this.data === undefined || asked.length === 0) return snapshots;
    // Keep only the formulas the file stores no value for: `<v></v>` is a computed empty text.
    const inFile = await uncalculatedFormulas(this.data, asked);
    for (const s of snapshots) {
      if ((s.uncalculated ?? []).length === 0) continue;
      const without = inFile.get(s.name);
      const kept = (s.uncalculated ?? []).filter((c) => without?.has(cellAddress(c.row, c.col)) === true);
      if (kept.length > 0) s.uncalculated = kept;
      else delete s.uncalculated;
    }
    return snapshots;
  }

  async readAll(): Promise<WorkbookContents> {
    return {
      sheets: await this.readSheets(),
      tables: listTables(this.workbook),
      settings: readSettingsSheet(this.workbook),
      definedNames: await this.listDefinedNames(),
    };
  }

  async writeSheets(specs: SheetSpec[], extras: WriteExtras = {}): Promise<void> {
    const settings = settingsSheet(this.workbook)?.name.toLowerCase();
    for (const spec of specs) {
      const key = spec.name.toLowerCase();
      if (key === SETTINGS_SHEET || key === settings) throw new Error(`${spec.name} is the settings sheet`);
    }
    this.replace(specs);
    for (const spec of specs) this.ops.push({ kind: 'write', spec });
    // In memory nothing fails between these steps: the sheets, then the extras, as in Excel.
    if (extras.settings) await this.writeSettings(extras.settings);
    if (extras.select) await this.select(extras.select.sheet, extras.select.address);
  }

  async removeSheets(names: string[]): Promise<void> {
    for (const name of names) {
      const ws = findSheet(this.workbook, name);
      if (!ws) continue;
      this.workbook.removeWorksheet(ws.id);
      this.ops.push({ kind: 'remove', name: ws.name });
    }
  }

  async renameSheet(from: string, to: string): Promise<void> {
    const ws = this.sheet(from);
    checkSheetName(to);
    const other = findSheet(this.workbook, to);
    if (other && other !== ws) throw new Error(`A sheet named "${to}" already exists`);
    // Premia's settings sheet keeps its name; a user's sheet called "_Premia" is the user's.
    if (ws === settingsSheet(this.workbook)) throw new Error(`${ws.name} is the settings sheet`);
    // ExcelJS refuses a change of case of the sheet's own name: go through a free temporary name.
    // It does not rewrite references to the old name in other sheets' formulas (Excel does).
    const previous = ws.name;
    if (ws.name !== to && ws.name.toLowerCase() === to.toLowerCase()) ws.name = tempSheetName(this.workbook);
    ws.name = to;
    this.ops.push({ kind: 'rename', from: previous, to });
  }

  async readSettings(): Promise<Record<string, string>> {
    return readSettingsSheet(this.workbook);
  }

  async writeSettings(values: Record<string, string | null>): Promise<void> {
    const current = settingsSheet(this.workbook);
    const next = mergeSettings(readSettingsSheet(this.workbook), values);
    if (Object.keys(next).length === 0) {
      if (current) await this.removeSheets([current.name]);
      return;
    }
    // Its own sheet, or a new one under a name no sheet has: never a user's sheet called "_premia".
    const name = current?.name ?? freeSettingsName(this.workbook.worksheets.map((ws) => ws.name));
    const spec = settingsSpec(next, name);
    this.replace([spec], 'veryHidden');
    this.ops.push({ kind: 'write', spec, state: 'veryHidden' });
  }

  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    parseRange(address); // throws on an address that is not A1
    this.selection = { sheet: ws.name, address };
  }

  /** All or nothing: every sheet and address is checked before the first rule is added. */
  async addHighlights(ranges: HighlightRange[]): Promise<string[]> {
    const sheets = ranges.map((r) => {
      parseRange(r.address);
      return this.sheet(r.sheet);
    });
    ranges.forEach((r, i) =>
      sheets[i].addConditionalFormatting({ ref: r.address, rules: [highlightRule()] }),
    );
    if (ranges.length > 0) this.highlightsChanged = true;
    return ranges.map(() => HIGHLIGHT_HANDLE);
  }

  async removeHighlights(marks: HighlightMark[]): Promise<void> {
    for (const m of marks) {
      const ws = findSheet(this.workbook, m.sheet);
      if (!ws) continue;
      removeHighlight(ws, m.address);
      this.highlightsChanged = true;
    }
  }

  /** The ranges of a sheet that carry Premia's highlight, for the workbench's sheet view. */
  highlighted(sheet: string): string[] {
    const ws = findSheet(this.workbook, sheet);
    return ws ? highlightedRanges(ws) : [];
  }

  private sheet(name: string): Worksheet {
    const ws = findSheet(this.workbook, name);
    if (!ws) throw new Error(`No sheet named "${name}"`);
    return ws;
  }

  /**
   * Builds every sheet of the batch first, each under a temporary name; only when all are built
   * do they replace the previous versions. A failure removes the temporary sheets and leaves
   * the workbook as it was.
   */
  private replace(specs: SheetSpec[], state?: WorksheetState): void {
    const seen = new Set<string>();
    for (const spec of specs) {
      checkSheetName(spec.name);
      const key = spec.name.toLowerCase();
      if (seen.has(key)) throw new Error(`Sheet "${spec.name}" written twice in one batch`);
      seen.add(key);
    }
    const wb = this.workbook;
    const ctx = {
      reservedNames: reservedNames(
        wb,
        specs.map((s) => s.name),
      ),
      notes: [] as string[],
    };
    const built: Worksheet[] = [];
    try {
      for (const spec of specs) built.push(buildSheet(wb, spec, ctx));
    } catch (e) {
      for (const ws of built) wb.removeWorksheet(ws.id);
      throw e;
    }
    specs.forEach((spec, i) => {
      commitSheet(wb, built[i], spec.name);
      if (state) built[i].state = state;
    });
    this.notes.push(...ctx.notes);
  }
}
