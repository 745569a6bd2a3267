/**
 * Document settings in Premia's very hidden settings sheet, the same sheet and layout as the xlsx
 * adapter (src/workbook/settings-sheet.ts), so settings travel with the file between Excel and
 * the command line. Office's own document settings would not be visible to the CLI. The sheet is
 * found by its marker (very hidden, A1), never by its name alone.
 *
 * Which sheets are very hidden is known only after a sync, and a round trip costs (issue 20). So
 * the sheet list goes out together with probes of the names Premia gives its settings sheet
 * (`_premia`, `_premia2` ... `_premia5`, reached by null-object chaining: a missing one costs
 * nothing but a null object), and the marker rule is applied to the probes once they answer. Only
 * when some other sheet is very hidden (another add-in's, or a settings sheet renamed by a macro:
 * rare) does it take one more sync, to look at those sheets too.
 */
import type { CellValue } from '../../workbook/port';
import { SETTINGS_SHEET, findSettingsSheet, rowsToSettings } from '../../workbook/settings-sheet';
import { cellValue } from './read';

/** The names probed in the first sync: those `freeSettingsName` gives first. */
export const PROBED_NAMES = [SETTINGS_SHEET, ...[2, 3, 4, 5].map((i) => `${SETTINGS_SHEET}${i}`)];

export interface FoundSettings {
  /** The settings sheet's name, when the workbook has one. */
  sheet: string | undefined;
  settings: Record<string, string>;
  /** Every sheet's name, to choose a free name for a new settings sheet. */
  names: string[];
  /** The settings sheet, loaded with what the caller's `load` asked for. */
  ws?: Excel.Worksheet;
}

interface Probe {
  ws: Excel.Worksheet;
  used: Excel.Range;
}

/** Name, visibility and used range (A1 is its top-left cell when it starts there). */
function probe(ws: Excel.Worksheet, load?: (ws: Excel.Worksheet) => void): Probe {
  ws.load('name,visibility');
  load?.(ws);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,valueTypes,rowIndex,columnIndex');
  return { ws, used };
}

function a1Of(used: Excel.Range): CellValue | undefined {
  if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return undefined;
  return cellValue(used.values[0]?.[0], used.valueTypes[0]?.[0]);
}

function resolve(probes: Probe[], names: string[]): FoundSettings {
  const sheet = findSettingsSheet(
    probes.map((p) => ({ name: p.ws.name, veryHidden: p.ws.visibility === 'VeryHidden', a1: a1Of(p.used) })),
  );
  const found = probes.find((p) => p.ws.name === sheet);
  if (sheet === undefined || !found) return { sheet: undefined, settings: {}, names };
  const { used, ws } = found;
  if (used.isNullObject) return { sheet, settings: {}, names, ws };
  // Back to absolute rows: the key is always column A, whatever the used range starts with.
  const pad = new Array<CellValue>(used.columnIndex).fill(null);
  const rows = used.values.map((row, i) => [
    ...pad,
    ...row.map((v, j) => cellValue(v, used.valueTypes[i]?.[j])),
  ]);
  return { sheet, settings: rowsToSettings(rows), names, ws };
}

/**
 * Queues the sheet list and the probes, to go out with the caller's next sync; `load` adds what
 * the caller wants of the settings sheet (its id, tables...). The returned function, called
 * after that sync, finds the settings: at once, or with one more sync when a very hidden sheet
 * outside the probed names exists.
 */
export function queueSettings(
  context: Excel.RequestContext,
  load?: (ws: Excel.Worksheet) => void,
  /** The sheet list, when the caller already loads it (with `items/name,items/visibility`). */
  loaded?: Excel.WorksheetCollection,
): () => Promise<FoundSettings> {
  const sheets = loaded ?? context.workbook.worksheets;
  if (!loaded) sheets.load('items/name,items/visibility');
  const probes = PROBED_NAMES.map((name) => probe(sheets.getItemOrNullObject(name), load));
  return async () => {
    const names = sheets.items.map((ws) => ws.name);
    const probed = new Set(PROBED_NAMES);
    const others = sheets.items.filter(
      (ws) => ws.visibility === 'VeryHidden' && !probed.has(ws.name.toLowerCase()),
    );
    const present = probes.filter((p) => !p.ws.isNullObject);
    if (others.length === 0) return resolve(present, names);
    const more = others.map((ws) => probe(ws, load));
    await context.sync();
    // Sheet order, as the xlsx adapter sees it: findSettingsSheet takes the first marked one.
    const order = new Map(names.map((n, i) => [n, i]));
    const all = [...present, ...more].sort(
      (a, b) => (order.get(a.ws.name) ?? 0) - (order.get(b.ws.name) ?? 0),
    );
    return resolve(all, names);
  };
}

/** Finds the settings sheet: one sync, two when a very hidden sheet has another name. */
export async function findSettings(
  context: Excel.RequestContext,
  load?: (ws: Excel.Worksheet) => void,
): Promise<FoundSettings> {
  const found = queueSettings(context, load);
  await context.sync();
  return found();
}

/** The settings (one sync, as findSettings). */
export async function readSettings(context: Excel.RequestContext): Promise<Record<string, string>> {
  return (await findSettings(context)).settings;
}
