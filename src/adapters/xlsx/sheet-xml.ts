/**
 * SpreadsheetML for Premia's own sheets, written straight from a SheetSpec: the cells, column
 * widths, frozen header rows, tab colour, internal links and Excel tables. Styles and strings
 * are not written here but asked of the registries the package editor appends to the
 * workbook's styles and shared strings (package.ts).
 */
import type { OutputCell, SheetSpec } from '../../workbook/port';
import { cellAddress, parseRange, quoteSheet } from '../../workbook/a1';
import { tableHeaders } from '../../workbook/spec-check';
import { isDateFormat } from '../../workbook/ownership';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_HYPERLINK = `${NS_REL}/hyperlink`;
export const REL_TABLE = `${NS_REL}/table`;

/** Characters XML 1.0 cannot hold, and lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * Text as OOXML stores it (ST_Xstring): a character XML cannot hold becomes `_xHHHH_`, and text
 * that already looks like such an escape gets its underscore escaped (`_x005F_`), so that
 * "Prot_x0041_" reads back as "Prot_x0041_", not "ProtA". Then the XML escapes; a carriage
 * return is a character reference, which XML parsers keep (a raw one becomes a line feed).
 */
export function xstring(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(NOT_XML, (ch) => `_x${hex4(ch.charCodeAt(0))}_`)
    .replace(/[&<>"\r]/g, (ch) =>
      ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#13;',
    );
}

/** An attribute value (names, formats): XML escapes, tabs and line breaks as references. */
export function attr(text: string): string {
  return text
    .replace(NOT_XML, (ch) => `_x${hex4(ch.charCodeAt(0))}_`)
    .replace(/[&<>"\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The font a cell needs; the registry turns it and the number format into a style index. */
export type FontKind = 'plain' | 'bold' | 'link' | 'linkBold';

export interface StyleRegistry {
  /**
   * The index in cellXfs of a style with this number format ('General' when undefined) and font,
   * wrapped at the top of the cell when `wrap` (the trails of the "Calcolo" columns).
   */
  style(format: string | undefined, font: FontKind, wrap?: boolean): number;
}

export interface StringRegistry {
  /** The index of the text in the shared strings. */
  index(text: string): number;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

export interface TablePart {
  rid: string;
  xml: (id: number) => string;
}

export interface SheetXml {
  xml: string;
  rels: Relationship[];
  tables: TablePart[];
}

const TEXT_FORMAT = '@';

interface Written {
  text: string | undefined;
  xml: string;
}

/** Days from 1899-12-30 (serial 0 of the 1900 date system) to 1904-01-01 (serial 0 of 1904). */
const DAYS_1900_TO_1904 = 1462;

function cellXml(
  ref: string,
  cell: OutputCell,
  styles: StyleRegistry,
  strings: StringRegistry,
  date1904: boolean,
): Written | undefined {
  const { value, format, bold, link } = cell;
  const wrap = cell.wrap === true;
  if (value === null && !format && !bold && !link && !wrap) return undefined;
  const font: FontKind = link ? (bold ? 'linkBold' : 'link') : bold ? 'bold' : 'plain';
  if (link) {
    // A link shows its text (its target when it has none), stored as text, like the ExcelJS path.
    const text = value === null ? `${link.sheet}!${link.cell}` : String(value);
    const s = styles.style(typeof value === 'string' ? TEXT_FORMAT : format, font, wrap);
    return { text, xml: `<c r="${ref}" s="${s}" t="s"><v>${strings.index(text)}</v></c>` };
  }
  if (typeof value === 'string') {
    // Text is always a shared string with the text format: never a formula, whatever it starts with.
    const s = styles.style(TEXT_FORMAT, font, wrap);
    return { text: value, xml: `<c r="${ref}" s="${s}" t="s"><v>${strings.index(value)}</v></c>` };
  }
  const s = format || bold || wrap ? styles.style(format, font, wrap) : 0;
  const sAttr = s === 0 ? '' : ` s="${s}"`;
  if (value === null) return { text: undefined, xml: `<c r="${ref}"${sAttr}/>` };
  if (typeof value === 'boolean')
    return { text: undefined, xml: `<c r="${ref}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>` };
  // Specs hold dates as serials of the 1900 system (what Excel uses by default); a workbook in
  // the 1904 system counts from 1904-01-01, so the same day is 1462 less there.
  const n = date1904 && isDateFormat(format) ? value - DAYS_1900_TO_1904 : value;
  // String(n) is the shortest text that reads back as the same double; -0 is written 0.
  return {
    text: undefined,
    xml: `<c r="${ref}"${sAttr}><v>${Object.is(n, -0) ? 0 : String(n)}</v></c>`,
  };
}

function tableXml(id: number, name: string, ref: string, headers: string[]): string {
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${attr(h)}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${attr(name)}" displayName="${attr(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/**
 * The worksheet part of a spec, its relationships and its tables. The spec was checked by the
 * caller (spec-check.ts) before: this only serialises.
 */
export function sheetXml(
  spec: SheetSpec,
  styles: StyleRegistry,
  strings: StringRegistry,
  date1904 = false,
): SheetXml {
  const rels: Relationship[] = [];
  const tables: TablePart[] = [];
  const links: string[] = [];
  let lastRow = -1;
  let lastCol = -1;
  const rowsXml: string[] = [];
  spec.rows.forEach((cells, r) => {
    const parts: string[] = [];
    cells.forEach((cell, c) => {
      const ref = cellAddress(r, c);
      const written = cellXml(ref, cell, styles, strings, date1904);
      if (!written) return;
      parts.push(written.xml);
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
      if (cell.link) {
        const id = `rId${rels.length + 1}`;
        const location = `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`;
        rels.push({ id, type: REL_HYPERLINK, target: `#${location}`, external: true });
        links.push(
          `<hyperlink ref="${ref}" r:id="${id}" location="${attr(location)}" display="${attr(written.text ?? '')}"/>`,
        );
      }
    });
    if (parts.length > 0) rowsXml.push(`<row r="${r + 1}">${parts.join('')}</row>`);
  });

  // An Excel table needs a data row under its header: a header alone gets one empty row.
  const tableRefs = (spec.tables ?? []).map((table) => {
    const r = parseRange(table.range);
    const bottom = Math.max(r.bottom, r.top + 1);
    lastRow = Math.max(lastRow, bottom);
    lastCol = Math.max(lastCol, r.right);
    return { table, ref: `${cellAddress(r.top, r.left)}:${cellAddress(bottom, r.right)}` };
  });
  for (const { table, ref } of tableRefs) {
    const headers = tableHeaders(spec, table.range, table.name);
    const rid = `rId${rels.length + 1}`;
    rels.push({ id: rid, type: REL_TABLE, target: '' }); // target set by the package editor
    tables.push({ rid, xml: (id) => tableXml(id, table.name, ref, headers) });
  }

  const head: string[] = [];
  if (spec.tabColor !== undefined)
    head.push(`<sheetPr><tabColor rgb="FF${spec.tabColor.toUpperCase()}"/></sheetPr>`);
  head.push(`<dimension ref="${lastRow < 0 ? 'A1' : `A1:${cellAddress(lastRow, Math.max(lastCol, 0))}`}"/>`);
  if (spec.freezeRows && spec.freezeRows > 0) {
    const first = cellAddress(spec.freezeRows, 0);
    head.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${spec.freezeRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/></sheetView></sheetViews>`,
    );
  } else {
    head.push(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  }
  head.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const cols = (spec.columnWidths ?? [])
    .map((w, c) =>
      Number.isFinite(w) && w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : '',
    )
    .join('');
  if (cols) head.push(`<cols>${cols}</cols>`);

  const tail: string[] = [];
  if (links.length > 0) tail.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  tail.push(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (tables.length > 0)
    tail.push(
      `<tableParts count="${tables.length}">${tables.map((t) => `<tablePart r:id="${t.rid}"/>`).join('')}</tableParts>`,
    );

  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${head.join('')}` +
    `<sheetData>${rowsXml.join('')}</sheetData>${tail.join('')}</worksheet>`;
  return { xml, rels, tables };
}
