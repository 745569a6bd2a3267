/**
 * One read of everything a run needs (sheets, tables, settings) in the syncs of `readSheets`
 * alone. Apart from read.ts because settings.ts reads cells with read.ts's `cellValue`.
 */
import type { TableInfo, WorkbookContents } from '../../workbook/port';
import { queueTables, readSheets, type ReadOptions } from './read';
import { queueSettings } from './settings';

/**
 * Everything a run reads, in the syncs of `readSheets` alone (3 up to `maxCells` cells): the
 * tables' list and the settings go with the sheet list, the tables' sheets and ranges with the
 * used ranges. The settings sheet's candidates are reached by null-object chaining (settings.ts),
 * so that finding it, by its marker, costs no sync of its own (but in a rare case, see there).
 */
export async function readAll(
  context: Excel.RequestContext,
  options: ReadOptions,
): Promise<WorkbookContents> {
  // Queued now, they go out with readSheets' first sync.
  const tables = queueTables(context);
  const settings = queueSettings(context);
  // Defined names share the tables' namespace: the write's table names avoid them.
  const names = context.workbook.names;
  names.load('items/name');
  let tableInfos: () => TableInfo[] = () => [];
  const sheets = await readSheets(context, undefined, options, () => (tableInfos = tables()));
  // A very hidden sheet outside the probed names costs one more sync here (settings.ts).
  const found = await settings();
  return {
    sheets,
    tables: tableInfos(),
    settings: found.settings,
    definedNames: names.items.map((n) => n.name),
  };
}
