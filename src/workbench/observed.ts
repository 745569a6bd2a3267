/**
 * The workbench's port: the .xlsx workbook, telling the page after every write or selection
 * so that the sheet view shows what the pane just did.
 */
import type { WorkbookPort } from '../workbook/port';

export function observed(port: WorkbookPort, onChange: () => void): WorkbookPort {
  const after =
    <A extends unknown[]>(f: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await f(...args);
      } finally {
        onChange();
      }
    };
  return {
    listSheets: () => port.listSheets(),
    listTables: () => port.listTables(),
    readSheets: (names) => port.readSheets(names),
    readSettings: () => port.readSettings(),
    writeSheets: after((specs) => port.writeSheets(specs)),
    removeSheets: after((names) => port.removeSheets(names)),
    renameSheet: after((from, to) => port.renameSheet(from, to)),
    writeSettings: after((values) => port.writeSettings(values)),
    select: after((sheet, address) => port.select(sheet, address)),
    addHighlights: async (ranges) => {
      try {
        return await port.addHighlights(ranges);
      } finally {
        onChange();
      }
    },
    removeHighlights: after((marks) => port.removeHighlights(marks)),
  };
}
