/**
 * Parts of an .xlsx package that ExcelJS does not model and drops when it saves (charts, pivot
 * tables, macros...). Zip entry names are stored uncompressed, so a byte search for their
 * paths finds them without unzipping; the workbook reports them as notes when it loads.
 */
const DROPPED_PARTS: { path: string; what: string }[] = [
  { path: 'xl/charts/chart', what: 'charts' },
  { path: 'xl/chartsheets/', what: 'chart sheets' },
  { path: 'xl/pivotTables/', what: 'pivot tables' },
  { path: 'xl/slicers/', what: 'slicers' },
  { path: 'xl/timelines/', what: 'timelines' },
  { path: 'xl/vbaProject.bin', what: 'macros (VBA)' },
  { path: 'xl/threadedComments/', what: 'threaded comments' },
  { path: 'xl/ctrlProps/', what: 'form controls' },
];

function contains(bytes: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  const n = ascii.length;
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - n;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < n; k++) if (bytes[i + k] !== ascii.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** What the package holds that will not survive an ExcelJS save ("charts", "pivot tables"...). */
export function droppedParts(data: ArrayBuffer | Uint8Array): string[] {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return DROPPED_PARTS.filter((p) => contains(bytes, p.path)).map((p) => p.what);
}

/**
 * True when the package has the workbook part ExcelJS reads its sheets from. Any zip loads
 * without error in ExcelJS, an empty one included, as a workbook with no sheet: without this
 * check a zip that is not a workbook would be "a workbook with no tables" instead of unreadable.
 */
export function hasWorkbookPart(data: ArrayBuffer | Uint8Array): boolean {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return contains(bytes, 'xl/workbook.xml');
}
