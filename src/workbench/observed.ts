/**
 * The workbench's port: the .xlsx workbook, telling the page after every write or selection
 * so that the sheet view shows what the pane just did. The workbook may still be being read
 * (a promise): the pane then shows at once and every call waits for the workbook.
 */
import type { WorkbookPort } from '../workbook/port';

export function observed(port: WorkbookPort | Promise<WorkbookPort>, onChange: () => void): WorkbookPort {
  const ready = Promise.resolve(port);
  const after =
    <A extends unknown[]>(f: (p: WorkbookPort, ...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      const p = await ready;
      try {
        await f(p, ...args);
      } finally {
        onChange();
      }
    };
  return {
    listSheets: async () => (await ready).listSheets(),
    listTables: async () => (await ready).listTables(),
    listDefinedNames: async () => (await (await ready).listDefinedNames?.()) ?? [],
    readSheets: async (names) => (await ready).readSheets(names),
    readSettings: async () => (await ready).readSettings(),
    readAll: async () => (await ready).readAll(),
    writeSheets: after((p, specs, extras) => p.writeSheets(specs, extras)),
    removeSheets: after((p, names) => p.removeSheets(names)),
    renameSheet: after((p, from, to) => p.renameSheet(from, to)),
    writeSettings: after((p, values) => p.writeSettings(values)),
    select: after((p, sheet, address) => p.select(sheet, address)),
    addHighlights: async (ranges) => {
      const p = await ready;
      try {
        return await p.addHighlights(ranges);
      } finally {
        onChange();
      }
    },
    removeHighlights: after((p, marks) => p.removeHighlights(marks)),
  };
}
