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
 * used ranges. The settings sheet is reached by null-object chaining (settings.ts), so that its
 * absence costs no sync of its own.
 */
export async function readAll(
  context: Excel.RequestContext,
  options: ReadOptions,
): Promise<WorkbookContents> {
  // Queued now, they go out with readSheets' first sync.
  const tables = queueTables(context);
  const settings = queueSettings(context);
  let tableInfos: () => TableInfo[] = () => [];
  const sheets = await readSheets(context, undefined, options, () => (tableInfos = tables()));
  return { sheets, tables: tableInfos(), settings: settings() };
}
