/**
 * Writing side: whole sheets built under temporary names, then swapped in place of their
 * previous versions, in as few requests as Excel on the web's payload limit allows: every
 * `context.sync()` is a round trip there. The steps, in this order:
 *
 * 1. prepare (1 sync): what the workbook holds (sheets, tables, names, protection, read-only),
 *    and, by null-object chaining, the protection and tables of each sheet about to be replaced
 *    and the settings sheet's candidates (found by its marker; 2 syncs when a very hidden sheet
 *    has another name, settings.ts); the specs are checked here, before anything is written;
 * 2. create: temporary sheets with tab colour, column widths, frozen rows;
 * 3. cells, in row blocks: number formats first, then values, in the same request, so a string
 *    goes into a text-formatted cell and never becomes a formula; bold runs, wrapped text,
 *    links;
 * 4. finish: tables (under temporary names) and charts;
 * 5. swap: old sheets and their tables renamed out of the way, new sheets placed and shown or
 *    hidden like the old ones, tables given their names, and last the new sheets their names;
 * 6. drop: the old sheets deleted; then the extras (the selection).
 *
 * Steps 2 to 6 are queued in order and packed into requests of at most `maxRequestBytes`
 * (estimated): a write under the budget is one request after the prepare, 2 syncs in all; a
 * larger one takes one more per budget's worth of cells. The settings (`extras.settings`) are
 * one more target of the same batch: the very hidden settings sheet, written with the sheets.
 *
 * A failed request leaves its earlier operations applied (as Excel does), so the clean-up looks
 * at what the workbook holds: until every new sheet carries its final name (the swap's last
 * operations) it rolls back (temporary sheets deleted, old names restored); after, it rolls
 * forward (the old sheets deleted). Either way no half-written sheet stays and the previous
 * outputs are intact, or wholly replaced.
 */
import type { SheetSpec, WriteExtras } from '../../workbook/port';
import { cellAddress, columnLetters, parseRange, rangeAddress } from '../../workbook/a1';
import { checkSpecs } from '../../workbook/spec-check';
import { freeSettingsName, mergeSettings, settingsSpec } from '../../workbook/settings-sheet';
import { OP_BYTES, blockEnd, buildBlock, columnPoints } from './blocks';
import type { CellBlock } from './blocks';
import { PremiaOfficeError, classify, isPayloadError, officeCode } from './errors';
import type { ExcelRun } from './run';
import { queueSettings } from './settings';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface WriteOptions {
  /** Estimated bytes per request. */
  maxRequestBytes: number;
  /** Below this, a payload error is final. */
  minRequestBytes: number;
}

export interface WriteReport {
  /** Requests that carried cell blocks, retries included. */
  blockRequests: number;
  /** Requests sent again, split smaller, after a payload error. */
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
  /** The temporary sheet, once its creation is queued. */
  ws?: Excel.Worksheet;
  old?: OldSheet;
  tables: { temp: string; name: string }[];
  /** Visibility forced on the new sheet (the settings sheet is very hidden). */
  visibility?: Visibility;
}

/** What a failure must undo, learnt in the prepare step. */
interface WriteState {
  targets: Target[];
  /** Ids of the sheets before the write: a sheet with another id is one the write added. */
  before: Set<string>;
  /** The settings sheet, deleted once no setting remains. */
  dropSettings?: string;
}

function uniqueNames(prefix: string, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `${prefix}${i}`;
    if (!taken.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

/**
 * Step 1: one sync to learn the workbook, then every check before any write. The sheets to be
 * replaced are reached by name with getItemOrNullObject, so their protection and tables come
 * in the same request as the sheet list (a missing one is a null object, nothing read from it);
 * so are the settings sheet's candidates (settings.ts: one more sync only when a very hidden
 * sheet has a name outside them).
 */
async function prepare(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  extras: WriteExtras,
): Promise<WriteState> {
  const wb = context.workbook;
  wb.load('readOnly');
  wb.protection.load('protected');
  const sheets = wb.worksheets;
  sheets.load('items/name,items/id,items/position,items/visibility');
  wb.tables.load('items/name');
  wb.names.load('items/name');
  const learn = (ws: Excel.Worksheet): void => {
    ws.load('name,id,position,visibility');
    ws.protection.load('protected');
    ws.tables.load('items/name,items/id');
  };
  const probes = specs.map((spec) => {
    const ws = sheets.getItemOrNullObject(spec.name);
    learn(ws);
    return ws;
  });
  // The settings sheet by its marker (settings.ts): probed in this sync, in a rare case one more.
  const settings = extras.settings ? queueSettings(context, learn, sheets) : undefined;
  await context.sync();
  if (wb.readOnly) throw new PremiaOfficeError('readOnly');
  if (wb.protection.protected) throw new PremiaOfficeError('protected', { structure: true });
  const found = settings && (await settings());

  const replaced = probes.map((ws) => (ws.isNullObject ? undefined : ws));
  if (found) replaced.push(found.ws);
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
  checkSpecs(specs, reserved);

  // The settings: merged with those the workbook holds now, one more (very hidden) target.
  const all: { spec: SheetSpec; visibility?: Visibility }[] = specs.map((spec) => ({ spec }));
  let dropSettings: string | undefined;
  if (found && extras.settings) {
    const next = mergeSettings(found.settings, extras.settings);
    const current = replaced[specs.length];
    if (Object.keys(next).length > 0) {
      // Its own sheet, or a new one under a name no sheet has: never a user's sheet "_premia".
      const spec = settingsSpec(next, found.sheet ?? freeSettingsName(found.names));
      checkSpecs([spec], reserved, { allowSettingsSheet: true });
      all.push({ spec, visibility: 'VeryHidden' });
    } else if (current) dropSettings = current.id;
  }

  const sheetNames = new Set(sheets.items.map((ws) => ws.name.toLowerCase()));
  const tableNames = new Set(allTables);
  const tempSheets = uniqueNames(TEMP_SHEET, all.length, sheetNames);
  const oldSheets = uniqueNames(OLD_SHEET, all.length, sheetNames);
  const tableCount = all.reduce((n, t) => n + (t.spec.tables?.length ?? 0), 0);
  const oldTableCount = all.reduce((n, _, i) => n + (replaced[i]?.tables.items.length ?? 0), 0);
  const tempTables = uniqueNames(TEMP_TABLE, tableCount, tableNames);
  const oldTables = uniqueNames(OLD_TABLE, oldTableCount, tableNames);

  const targets = all.map(({ spec, visibility }, i): Target => {
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
    return { spec, tempName: tempSheets[i], old, tables, visibility };
  });
  return { targets, before: new Set(sheets.items.map((ws) => ws.id)), dropSettings };
}

/** Step 2: the temporary sheets and what applies to whole sheets. Returns the estimated bytes. */
function queueCreate(context: Excel.RequestContext, targets: Target[]): number {
  let ops = 0;
  for (const target of targets) {
    const { spec } = target;
    const ws = context.workbook.worksheets.add(target.tempName);
    target.ws = ws;
    ops++;
    if (spec.tabColor) {
      ws.tabColor = `#${spec.tabColor.toUpperCase()}`;
      ops++;
    }
    spec.columnWidths?.forEach((chars, c) => {
      if (!Number.isFinite(chars) || chars <= 0) return;
      const letters = columnLetters(c);
      ws.getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(chars);
      ops += 2;
    });
    if (spec.freezeRows && spec.freezeRows > 0) {
      ws.freezePanes.freezeRows(spec.freezeRows);
      ops++;
    }
  }
  return ops * OP_BYTES;
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
  for (const link of block.links)
    ws.getRange(cellAddress(link.row, link.col)).hyperlink = {
      documentReference: link.reference,
      textToDisplay: link.text,
    };
  // Blue and underlined once per run of links down a column, not per cell: a distribution has
  // one link per objective, and three operations each were a quarter of its request.
  for (const run of block.linkRuns) {
    const font = ws.getRange(
      rangeAddress({ top: run.top, left: run.col, bottom: run.bottom, right: run.col }),
    ).format.font;
    font.color = LINK_COLOR;
    font.underline = 'Single';
  }
}

/** Estimated bytes of steps 4 to 6 and the extras: a few operations per sheet and table. */
function tailBytes(state: WriteState, extras: WriteExtras): number {
  let bytes = 4 * OP_BYTES + JSON.stringify(extras.select ?? null).length;
  for (const t of state.targets) {
    bytes += 6 * OP_BYTES + 2 * t.spec.name.length;
    bytes += (t.spec.tables?.length ?? 0) * (5 * OP_BYTES) + 2 * (t.old?.tables.length ?? 0) * OP_BYTES;
    for (const c of t.spec.charts ?? []) bytes += 4 * OP_BYTES + JSON.stringify(c).length;
  }
  return bytes;
}

/** Steps 4 to 6 and the extras, in one request. */
function queueTail(context: Excel.RequestContext, state: WriteState, extras: WriteExtras): void {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  const { targets } = state;
  // 4. Tables and charts over the written cells.
  for (const target of targets) {
    const { spec } = target;
    const ws = target.ws!;
    (spec.tables ?? []).forEach((t, i) => {
      const r = parseRange(t.range);
      // Excel needs a data row under the header: a header-only table gets one empty row.
      if (r.bottom === r.top) r.bottom += 1;
      const table = ws.tables.add(ws.getRange(rangeAddress(r)), true);
      table.name = target.tables[i].temp;
      table.style = TABLE_STYLE;
    });
    for (const c of spec.charts ?? []) {
      const chart = ws.charts.add(
        c.kind === 'pie' ? 'Pie' : 'ColumnClustered',
        ws.getRange(c.dataRange),
        'Auto',
      );
      chart.title.text = c.title;
      chart.setPosition(c.anchor);
    }
  }
  // 5. The swap. The new sheets take their names last: a new sheet under its final name means
  // that everything before it was done (the clean-up relies on it).
  for (const { old } of targets) {
    if (!old) continue;
    sheets.getItem(old.id).name = old.backup;
    for (const t of old.tables) tables.getItem(t.id).name = t.backup;
  }
  // Ascending old positions: each new sheet goes just before its old version, which every
  // earlier insertion has pushed one place to the right.
  const replacing = targets.filter((t) => t.old).sort((a, b) => a.old!.position - b.old!.position);
  replacing.forEach((target, i) => {
    target.ws!.position = target.old!.position + i;
    target.ws!.visibility = target.visibility ?? target.old!.visibility;
  });
  for (const target of targets) {
    if (target.old || !target.visibility || target.visibility === 'Visible') continue;
    target.ws!.visibility = target.visibility;
  }
  for (const target of targets) for (const t of target.tables) tables.getItem(t.temp).name = t.name;
  for (const target of targets) target.ws!.name = target.spec.name;
  // 6. The old versions go.
  for (const { old } of targets) if (old) sheets.getItem(old.id).delete();
  if (state.dropSettings) sheets.getItem(state.dropSettings).delete();
  if (extras.select) {
    const ws = sheets.getItem(extras.select.sheet);
    ws.activate();
    ws.getRange(extras.select.address).select();
  }
}

/** Where the packing stands: step 0 creates, 1..n are the targets' cells, n + 1 the tail. */
interface Cursor {
  step: number;
  row: number;
}

/**
 * Steps 2 to 6, packed into requests of at most `budget` estimated bytes in the order above.
 * A request refused as too large changed nothing: the same work is packed again with half the
 * budget, down to `minRequestBytes` or a single row.
 */
async function build(
  context: Excel.RequestContext,
  state: WriteState,
  extras: WriteExtras,
  options: WriteOptions,
  report: WriteReport,
  where: (w: { sheet?: string; structure?: boolean }) => void,
): Promise<void> {
  const { targets } = state;
  const widths = targets.map((t) => t.spec.rows.reduce((w, r) => Math.max(w, r.length), 0));
  const tail = targets.length + 1;
  let budget = options.maxRequestBytes;
  let done: Cursor = { step: 0, row: 0 };
  while (done.step <= tail) {
    let at = done;
    let bytes = 0;
    let units = 0;
    let lastRows = 0;
    let cells = false;
    let structure = false;
    let sheet: string | undefined;
    while (at.step <= tail) {
      const room = budget - bytes;
      if (at.step === 0) {
        bytes += queueCreate(context, targets);
        units++;
        structure = true;
        at = { step: 1, row: 0 };
        continue;
      }
      if (at.step === tail) {
        const size = tailBytes(state, extras);
        if (units > 0 && size > room) break;
        queueTail(context, state, extras);
        bytes += size;
        units++;
        structure = true;
        at = { step: tail + 1, row: 0 };
        continue;
      }
      const target = targets[at.step - 1];
      const rows = target.spec.rows;
      if (at.row >= rows.length) {
        at = { step: at.step + 1, row: 0 };
        continue;
      }
      const end = blockEnd(rows, at.row, room, widths[at.step - 1]);
      const block = buildBlock(rows, at.row, end);
      if (!block.empty && block.width > 0) {
        if (units > 0 && block.bytes > room) break; // not one more row fits: the next request
        queueBlock(target.ws!, block);
        bytes += block.bytes;
        units++;
        cells = true;
        lastRows = end - at.row;
        sheet ??= target.spec.name;
      }
      at = { step: at.step, row: end };
    }
    if (cells) report.blockRequests++;
    where(structure ? { structure: true } : { sheet });
    try {
      // One request per budget's worth of cells is the point: each stays under the payload
      // limit. The number of syncs grows with the rows written, never with the workbook read.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      done = at;
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      const half = Math.floor(budget / 2);
      if ((units <= 1 && lastRows <= 1) || half < options.minRequestBytes)
        throw new PremiaOfficeError(
          'payloadTooLarge',
          { sheet: undefined, detail: `${lastRows} rows, ~${bytes} bytes` },
          e,
        );
      budget = half;
      report.retries++;
    }
  }
}

/**
 * After a failure, by what the workbook holds (a failed request leaves its earlier operations
 * applied): when every new sheet already carries its final name the swap was complete and the
 * old versions still there are deleted (forward); else the sheets the write added are deleted
 * and the old ones (and their tables) get their names and places back (back).
 */
async function recover(run: ExcelRun, state: WriteState): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    sheets.load('items/id,items/name');
    tables.load('items/id,items/name');
    await context.sync();
    const byId = new Map(sheets.items.map((ws) => [ws.id, ws]));
    const added = sheets.items.filter((ws) => !state.before.has(ws.id));
    const tablesById = new Map(tables.items.map((t) => [t.id, t]));
    const olds = state.targets.flatMap((t) => (t.old ? [t.old] : []));
    const swapped = state.targets.every((t) =>
      added.some((ws) => ws.name.toLowerCase() === t.spec.name.toLowerCase()),
    );
    if (swapped) {
      for (const old of olds) byId.get(old.id)?.delete();
      if (state.dropSettings) byId.get(state.dropSettings)?.delete();
    } else {
      const ours = new Set(
        state.targets.flatMap((t) => [t.tempName, t.spec.name].map((n) => n.toLowerCase())),
      );
      for (const ws of added) if (ours.has(ws.name.toLowerCase())) ws.delete();
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

/**
 * The whole write, with its clean-up: 2 syncs when it fits one request (the prepare, then
 * everything else), one more per `maxRequestBytes` of cells. Returns what it cost.
 */
export async function writeSheets(
  run: ExcelRun,
  specs: SheetSpec[],
  options: WriteOptions,
  extras: WriteExtras = {},
): Promise<WriteReport> {
  let state: WriteState | undefined;
  const report: WriteReport = { blockRequests: 0, retries: 0 };
  if (specs.length === 0 && !extras.settings && !extras.select) return report;
  let where: { sheet?: string; structure?: boolean } = {};
  try {
    await run(async (context) => {
      state = await prepare(context, specs, extras);
      if (state.targets.length === 0 && !state.dropSettings && !extras.select) return;
      await build(context, state, extras, options, report, (w) => (where = w));
    });
  } catch (e) {
    if (state && state.targets.length + (state.dropSettings ? 1 : 0) > 0)
      await recover(run, state).catch(() => undefined);
    // A spec Excel would refuse is Premia's own bug: it stays a plain Error, like in the xlsx
    // adapter (the checks run before any target exists).
    if (!state && e instanceof Error && officeCode(e) === undefined) throw e;
    throw classify(e, where);
  }
  return report;
}
