/**
 * Writing side: whole sheets built under temporary names, then swapped in place of their
 * previous versions. Steps and their syncs (each step queued whole, then synced once):
 *
 * 1. prepare (2 syncs): what the workbook holds (sheets, tables, names, protection, read-only);
 *    the specs are checked here, before anything is written;
 * 2. create (1 sync): temporary sheets with tab colour, column widths, frozen rows;
 * 3. cells (1 sync per row block): number formats first, then values, in the same request, so a
 *    string goes into a text-formatted cell and never becomes a formula; bold runs, wrapped
 *    text, links;
 * 4. finish (1 sync): tables (under temporary names) and charts;
 * 5. swap (1 sync): old sheets and their tables renamed out of the way, new sheets renamed,
 *    placed and shown or hidden like the old ones, tables given their names;
 * 6. drop (1 sync): the old sheets deleted.
 *
 * A failure before step 6 is rolled back (temporary sheets deleted, old names restored); a
 * failure in step 6 is rolled forward (the old sheets deleted). Either way no half-written sheet
 * stays and the previous outputs are intact, or wholly replaced.
 */
import type { SheetSpec } from '../../workbook/port';
import { cellAddress, columnLetters, parseRange, rangeAddress } from '../../workbook/a1';
import { checkSpecs } from '../../workbook/spec-check';
import { blockEnd, buildBlock, columnPoints } from './blocks';
import type { CellBlock } from './blocks';
import { PremiaOfficeError, classify, isPayloadError, officeCode } from './errors';
import type { ExcelRun } from './run';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface WriteOptions {
  /** Estimated bytes per request for cell blocks. */
  maxRequestBytes: number;
  /** Below this, a payload error is final. */
  minRequestBytes: number;
  /** Visibility forced on the written sheets (the settings sheet is very hidden). */
  visibility?: Visibility;
  allowSettingsSheet?: boolean;
}

export interface WriteReport {
  /** Cell-block requests sent, retries included. */
  blockRequests: number;
  /** Blocks sent again, smaller, after a payload error. */
  retries: number;
}

const TEMP_SHEET = '_premia_tmp_';
const OLD_SHEET = '_premia_old_';
const TEMP_TABLE = '_premia_tmp_t';
const OLD_TABLE = '_premia_old_t';
const TABLE_STYLE = 'TableStyleMedium2';
const LINK_COLOR = '#0563C1';

interface OldSheet {
  id: string;
  name: string;
  position: number;
  visibility: Visibility;
  tables: { id: string; name: string; backup: string }[];
  backup: string;
}

interface Target {
  spec: SheetSpec;
  tempName: string;
  tempId?: string;
  old?: OldSheet;
  tables: { temp: string; name: string }[];
}

/** What a failure must undo; filled in as the steps go. */
interface WriteState {
  targets: Target[];
  phase: 'building' | 'swapped';
}

function uniqueNames(prefix: string, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `${prefix}${i}`;
    if (!taken.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

/** Step 1: two syncs to learn the workbook, then every check before any write. */
async function prepare(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  options: WriteOptions,
): Promise<Target[]> {
  const wb = context.workbook;
  wb.load('readOnly');
  wb.protection.load('protected');
  const sheets = wb.worksheets;
  sheets.load('items/name,items/id,items/position,items/visibility');
  wb.tables.load('items/name');
  wb.names.load('items/name');
  await context.sync();
  if (wb.readOnly) throw new PremiaOfficeError('readOnly');
  if (wb.protection.protected) throw new PremiaOfficeError('protected', { structure: true });

  const byName = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const replaced = specs.map((spec) => byName.get(spec.name.toLowerCase()));
  for (const ws of replaced) {
    if (!ws) continue;
    ws.protection.load('protected');
    ws.tables.load('items/name,items/id');
  }
  await context.sync();

  const leaving = new Set<string>();
  for (const ws of replaced) {
    if (!ws) continue;
    if (ws.protection.protected) throw new PremiaOfficeError('protected', { sheet: ws.name });
    for (const t of ws.tables.items) leaving.add(t.name.toLowerCase());
  }
  const allTables = [...wb.tables.items.map((t) => t.name), ...wb.names.items.map((n) => n.name)].map((n) =>
    n.toLowerCase(),
  );
  const reserved = new Set(allTables.filter((n) => !leaving.has(n)));
  checkSpecs(specs, reserved, { allowSettingsSheet: options.allowSettingsSheet });

  const sheetNames = new Set(byName.keys());
  const tableNames = new Set(allTables);
  const tempSheets = uniqueNames(TEMP_SHEET, specs.length, sheetNames);
  const oldSheets = uniqueNames(OLD_SHEET, specs.length, sheetNames);
  const tableCount = specs.reduce((n, s) => n + (s.tables?.length ?? 0), 0);
  const oldTableCount = replaced.reduce((n, ws) => n + (ws?.tables.items.length ?? 0), 0);
  const tempTables = uniqueNames(TEMP_TABLE, tableCount, tableNames);
  const oldTables = uniqueNames(OLD_TABLE, oldTableCount, tableNames);

  return specs.map((spec, i) => {
    const ws = replaced[i];
    const old: OldSheet | undefined = ws && {
      id: ws.id,
      name: ws.name,
      position: ws.position,
      visibility: ws.visibility as Visibility,
      backup: oldSheets[i],
      tables: ws.tables.items.map((t) => ({ id: t.id, name: t.name, backup: oldTables.shift() as string })),
    };
    const tables = (spec.tables ?? []).map((t) => ({ temp: tempTables.shift() as string, name: t.name }));
    return { spec, tempName: tempSheets[i], old, tables };
  });
}

/** Step 2: the temporary sheets and what applies to whole sheets. */
async function create(context: Excel.RequestContext, targets: Target[]): Promise<void> {
  const added = targets.map((target) => {
    const { spec } = target;
    const ws = context.workbook.worksheets.add(target.tempName);
    ws.load('id');
    if (spec.tabColor) ws.tabColor = `#${spec.tabColor.toUpperCase()}`;
    spec.columnWidths?.forEach((chars, c) => {
      if (!Number.isFinite(chars) || chars <= 0) return;
      const letters = columnLetters(c);
      ws.getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(chars);
    });
    if (spec.freezeRows && spec.freezeRows > 0) ws.freezePanes.freezeRows(spec.freezeRows);
    return ws;
  });
  await context.sync();
  added.forEach((ws, i) => (targets[i].tempId = ws.id));
}

function queueBlock(ws: Excel.Worksheet, block: CellBlock): void {
  const range = ws.getRange(
    rangeAddress({ top: block.start, left: 0, bottom: block.end - 1, right: block.width - 1 }),
  );
  // Formats before values, in the same request: text lands in text cells.
  range.numberFormat = block.formats;
  range.values = block.values;
  for (const run of block.bold)
    ws.getRange(
      rangeAddress({ top: run.row, left: run.left, bottom: run.row, right: run.right }),
    ).format.font.bold = true;
  for (const run of block.wrap)
    ws.getRange(
      rangeAddress({ top: run.row, left: run.left, bottom: run.row, right: run.right }),
    ).format.wrapText = true;
  for (const link of block.links) {
    const cell = ws.getRange(cellAddress(link.row, link.col));
    cell.hyperlink = { documentReference: link.reference, textToDisplay: link.text };
    cell.format.font.color = LINK_COLOR;
    cell.format.font.underline = 'Single';
  }
}

/**
 * Step 3: the cells of one sheet, one request per block. A payload error sends the same rows
 * again in blocks half the size, down to `minRequestBytes` or a single row.
 */
async function writeCells(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  spec: SheetSpec,
  options: WriteOptions,
  report: WriteReport,
): Promise<void> {
  const rows = spec.rows;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  let budget = options.maxRequestBytes;
  let start = 0;
  while (start < rows.length) {
    const end = blockEnd(rows, start, budget, width);
    const block = buildBlock(rows, start, end);
    if (block.empty || block.width === 0) {
      start = end;
      continue;
    }
    queueBlock(ws, block);
    report.blockRequests++;
    try {
      // One request per block is the point: each stays under the payload limit. The number of
      // syncs grows with the rows written, never with the workbook read.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      start = end;
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      const half = Math.floor(budget / 2);
      if (end - start <= 1 || half < options.minRequestBytes)
        throw new PremiaOfficeError(
          'payloadTooLarge',
          { sheet: undefined, detail: `${end - start} rows, ~${block.bytes} bytes` },
          e,
        );
      budget = half;
      report.retries++;
    }
  }
}

/** Step 4: tables and charts over the written cells. */
async function finish(context: Excel.RequestContext, targets: Target[]): Promise<void> {
  let queued = false;
  for (const target of targets) {
    const { spec } = target;
    const ws = context.workbook.worksheets.getItem(target.tempName);
    (spec.tables ?? []).forEach((t, i) => {
      const r = parseRange(t.range);
      // Excel needs a data row under the header: a header-only table gets one empty row.
      if (r.bottom === r.top) r.bottom += 1;
      const table = ws.tables.add(ws.getRange(rangeAddress(r)), true);
      table.name = target.tables[i].temp;
      table.style = TABLE_STYLE;
      queued = true;
    });
    for (const c of spec.charts ?? []) {
      const chart = ws.charts.add(
        c.kind === 'pie' ? 'Pie' : 'ColumnClustered',
        ws.getRange(c.dataRange),
        'Auto',
      );
      chart.title.text = c.title;
      chart.setPosition(c.anchor);
      queued = true;
    }
  }
  if (queued) await context.sync();
}

/** Step 5: one request that puts every new sheet in place of its old version. */
async function swap(context: Excel.RequestContext, targets: Target[], options: WriteOptions): Promise<void> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  for (const { old } of targets) {
    if (!old) continue;
    sheets.getItem(old.id).name = old.backup;
    for (const t of old.tables) tables.getItem(t.id).name = t.backup;
  }
  // Ascending old positions: each new sheet goes just before its old version, which every
  // earlier insertion has pushed one place to the right.
  const replacing = targets.filter((t) => t.old).sort((a, b) => a.old!.position - b.old!.position);
  replacing.forEach((target, i) => {
    const ws = sheets.getItem(target.tempId!);
    ws.name = target.spec.name;
    ws.position = target.old!.position + i;
    ws.visibility = options.visibility ?? target.old!.visibility;
  });
  for (const target of targets) {
    if (target.old) continue;
    const ws = sheets.getItem(target.tempId!);
    ws.name = target.spec.name;
    if (options.visibility && options.visibility !== 'Visible') ws.visibility = options.visibility;
  }
  for (const target of targets) for (const t of target.tables) tables.getItem(t.temp).name = t.name;
  await context.sync();
}

/** Step 6: the old versions go. */
async function drop(context: Excel.RequestContext, targets: Target[]): Promise<void> {
  const olds = targets.filter((t) => t.old);
  if (olds.length === 0) return;
  for (const { old } of olds) context.workbook.worksheets.getItem(old!.id).delete();
  await context.sync();
}

/**
 * After a failure: before the swap completed, delete the new sheets and give the old ones (and
 * their tables) back their names and places; after it, finish deleting the old versions.
 */
async function recover(run: ExcelRun, state: WriteState): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    sheets.load('items/id,items/name');
    tables.load('items/id,items/name');
    await context.sync();
    const byId = new Map(sheets.items.map((ws) => [ws.id, ws]));
    const byName = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
    const tablesById = new Map(tables.items.map((t) => [t.id, t]));
    const olds = state.targets.flatMap((t) => (t.old ? [t.old] : []));
    if (state.phase === 'swapped') {
      for (const old of olds) byId.get(old.id)?.delete();
    } else {
      for (const target of state.targets) {
        const ws = (target.tempId && byId.get(target.tempId)) || byName.get(target.tempName.toLowerCase());
        if (ws && ws.id !== target.old?.id) ws.delete();
      }
      for (const old of [...olds].sort((a, b) => a.position - b.position)) {
        const ws = byId.get(old.id);
        if (!ws) continue;
        if (ws.name !== old.name) ws.name = old.name;
        ws.position = old.position;
        for (const t of old.tables) {
          const table = tablesById.get(t.id);
          if (table && table.name !== t.name) table.name = t.name;
        }
      }
    }
    await context.sync();
  });
}

/** The whole write, with its clean-up. Returns what it cost, for tests and the log. */
export async function writeSheets(
  run: ExcelRun,
  specs: SheetSpec[],
  options: WriteOptions,
): Promise<WriteReport> {
  const state: WriteState = { targets: [], phase: 'building' };
  const report: WriteReport = { blockRequests: 0, retries: 0 };
  if (specs.length === 0) return report;
  let where: { sheet?: string; structure?: boolean } = {};
  try {
    await run(async (context) => {
      state.targets = await prepare(context, specs, options);
      where = { structure: true };
      await create(context, state.targets);
      for (const target of state.targets) {
        where = { sheet: target.spec.name };
        const ws = context.workbook.worksheets.getItem(target.tempName);
        await writeCells(context, ws, target.spec, options, report);
      }
      where = {};
      await finish(context, state.targets);
      where = { structure: true };
      await swap(context, state.targets, options);
      state.phase = 'swapped';
      await drop(context, state.targets);
    });
  } catch (e) {
    if (state.targets.length > 0) await recover(run, state).catch(() => undefined);
    // A spec Excel would refuse is Premia's own bug: it stays a plain Error, like in the xlsx
    // adapter (the checks run before any target exists).
    if (state.targets.length === 0 && e instanceof Error && officeCode(e) === undefined) throw e;
    throw classify(e, where);
  }
  return report;
}
