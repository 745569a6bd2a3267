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
import { SETTINGS_SHEET } from '../../workbook/settings-sheet';
import { loadWorkbook, saveWorkbook } from './io';
import { droppedParts, hasWorkbookPart } from './parts';
import { uncalculatedFormulas } from './formula-values';
import { HIGHLIGHT_HANDLE, highlightRule, highlightedRanges, removeHighlight } from './highlight';
import { listSheets, listTables, readSnapshot } from './read';
import { buildSheet, checkSheetName, commitSheet, findSheet, reservedNames, tempSheetName } from './write';
import { mergeSettings, readSettingsSheet, settingsSpec } from './settings';

export class XlsxWorkbook implements WorkbookPort {
  /** The last cells selected with `select()` (a file has no live selection; the workbench shows it). */
  selection: { sheet: string; address: string } | undefined;
  /**
   * What this adapter cannot do as asked, in order: parts of the loaded file that ExcelJS drops
   * on save, charts it cannot write.
   */
  readonly notes: string[] = [];

  /**
   * The loaded file, kept to tell a formula never calculated from one giving empty text
   * (formula-values.ts); dropped once read. Unset for a workbook made in memory, where a
   * formula without result was never calculated.
   */
  private data: Uint8Array | undefined;

  private constructor(readonly workbook: Workbook) {}

  static async load(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    if (!hasWorkbookPart(data))
      throw new Error('The file has no xl/workbook.xml part: it is not an .xlsx workbook');
    const book = new XlsxWorkbook(await loadWorkbook(data));
    book.data = data instanceof Uint8Array ? data : new Uint8Array(data);
    for (const what of droppedParts(data))
      book.notes.push(`The file holds ${what}, which ExcelJS does not keep: saving the workbook drops them.`);
    return book;
  }

  /** An empty workbook (no sheets yet). */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new Workbook());
  }

  async save(): Promise<Uint8Array> {
    return saveWorkbook(this.workbook);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return listSheets(this.workbook);
  }

  async listTables(): Promise<TableInfo[]> {
    return listTables(this.workbook);
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
    };
  }

  async writeSheets(specs: SheetSpec[], extras: WriteExtras = {}): Promise<void> {
    for (const spec of specs)
      if (spec.name.toLowerCase() === SETTINGS_SHEET)
        throw new Error(`${SETTINGS_SHEET} is the settings sheet`);
    this.replace(specs);
    // In memory nothing fails between these steps: the sheets, then the extras, as in Excel.
    if (extras.settings) await this.writeSettings(extras.settings);
    if (extras.select) await this.select(extras.select.sheet, extras.select.address);
  }

  async removeSheets(names: string[]): Promise<void> {
    for (const name of names) {
      const ws = findSheet(this.workbook, name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
  }

  async renameSheet(from: string, to: string): Promise<void> {
    const ws = this.sheet(from);
    checkSheetName(to);
    const other = findSheet(this.workbook, to);
    if (other && other !== ws) throw new Error(`A sheet named "${to}" already exists`);
    if (ws.name.toLowerCase() === SETTINGS_SHEET || to.toLowerCase() === SETTINGS_SHEET)
      throw new Error(`${SETTINGS_SHEET} is the settings sheet`);
    // ExcelJS refuses a change of case of the sheet's own name: go through a free temporary name.
    // It does not rewrite references to the old name in other sheets' formulas (Excel does).
    if (ws.name !== to && ws.name.toLowerCase() === to.toLowerCase()) ws.name = tempSheetName(this.workbook);
    ws.name = to;
  }

  async readSettings(): Promise<Record<string, string>> {
    return readSettingsSheet(this.workbook);
  }

  async writeSettings(values: Record<string, string | null>): Promise<void> {
    const next = mergeSettings(readSettingsSheet(this.workbook), values);
    if (Object.keys(next).length === 0) {
      await this.removeSheets([SETTINGS_SHEET]);
      return;
    }
    this.replace([settingsSpec(next)], 'veryHidden');
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
    return ranges.map(() => HIGHLIGHT_HANDLE);
  }

  async removeHighlights(marks: HighlightMark[]): Promise<void> {
    for (const m of marks) {
      const ws = findSheet(this.workbook, m.sheet);
      if (ws) removeHighlight(ws, m.address);
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
