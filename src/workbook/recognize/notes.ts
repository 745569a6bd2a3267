/** Notes on a recognised table: a remark code with parameters, and the same in plain English. */
import { formatMessage, type Locale } from '../../i18n';
import type { RecognitionRemark, RecognizedTable, RemarkCode } from './types';

const TEXT: Record<RemarkCode, string> = {
  HEADER_MATCHED: 'header {header} read as a {kind} table ({labels})',
  DUPLICATE_COLUMN: 'column {column} repeats the role {role} of an earlier column and is not used for it',
  COLUMN_CHOSEN_BY_CONTENT:
    'role {role} read from column {column}, whose cells fit it, not from {others} with the same header',
  VALUES_UNDER_MERGED_HEADER:
    'header {header} is merged over several columns: role {role} read from column {column}, which holds the values',
  HEADER_READ_AS:
    'header {cell} "{text}" read as "{as}" (a year, a unit, a typo or a bracketed remark set aside)',
  POINTS_UNDER_WEIGHT:
    'column {column} "{header}" holds the points of the listed categories and is read as points',
  TRANSVERSAL_LIST:
    'every row is a transversal objective ({ids}) with no area: read as the list of transversal objectives',
  AREA_FROM_TITLE: 'area "{area}" from the title in {cell}',
  HEAD_FROM_TITLE: 'responsabile "{responsabile}" from the title in {cell}',
  REPEATED_HEADER_SKIPPED: 'repeated header row {row} skipped',
  MERGED_CELLS_FILLED: 'merged cells {range}: the value applies to every row they span',
  CONTINUATION_ROWS: 'rows {rows} hold only merged cells from the row above and are not data rows',
  BLANK_ROWS_INSIDE: 'blank rows {rows} are passed over: the rows after them are more data of the table',
  ROWS_AFTER_BLANK: 'rows {rows} after the blank row that ends the table look like its data and are not read',
  HEADER_UNITS_ROW: 'row {row} holds only units under the header ("%") and is read as part of it',
  HIDDEN_ROWS: 'hidden rows {rows} are read as well',
  HIDDEN_COLUMNS: 'hidden columns {columns} are read as well',
  ROWS_AFTER_TOTAL: 'rows {rows} after the total row are not read',
  SAVED_MAPPING_APPLIED: 'the saved mapping of this table replaces what was detected',
  CARDS_READ: '{count} objective cards read under {cell}: label | value rows, one card per objective',
  CARD_TITLE_PLACED: 'the title of the card at {label} is read from {cell}',
  CARD_ROWS_UNREAD: 'rows {rows}: labels in column {column} that Premia does not read',
  CARDS_NUMBERED: 'cards with no number of their own are numbered by their place: {ids}',
  TRANSVERSAL_HEADING:
    'the heading in {cell} calls these objectives transversal: each is read as an objective of every area',
  PHASE_ROWS:
    'rows {rows} hold the phases of the objective above: read as its description, not as objectives',
  AREA_FROM_HEADING: 'area "{area}" from the group heading in {cell}, down to the next heading',
  BLOCK_INDICATORS:
    'no objective column: the indicators are read as those of the objective in {cell}, the block above',
  BLOCK_ROWS_CONTINUED: 'rows {rows} fill no indicator, target or actual: read as the row above continued',
};

export function describe(remark: RecognitionRemark): string {
  return TEXT[remark.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = remark.params[name];
    return v === undefined ? whole : String(v);
  });
}

export function addRemark(
  table: RecognizedTable,
  code: RemarkCode,
  params: Record<string, string | number> = {},
): void {
  const remark = { code, params };
  (table.remarks ??= []).push(remark);
  table.notes.push(describe(remark));
}

/** "7, 9, 12" from 0-based rows (shown 1-based). */
export function rowList(rows: number[]): string {
  return rows.map((r) => String(r + 1)).join(', ');
}

/** Params as given: row numbers stay "1234", not "1.234" as a formatted number would be. */
function plainParams(remark: RecognitionRemark): Record<string, string> {
  return Object.fromEntries(Object.entries(remark.params).map(([k, v]) => [k, String(v)]));
}

/** A remark in the user's language (catalogue key `recognize.<CODE>`). */
export function remarkMessage(locale: Locale, remark: RecognitionRemark): string {
  return formatMessage(locale, `recognize.${remark.code}`, plainParams(remark));
}

/**
 * The list parameter of each remark that can name several rows, cells or columns: in the lines,
 * the remarks of one code make one line listing them all (a table with forty merged id cells gets
 * one line, not forty). HEADER_MATCHED is left out: the table's own line already gives the
 * header's range and kind (`inspect --json` has every remark).
 */
const LISTED: Partial<Record<RemarkCode, string>> = {
  DUPLICATE_COLUMN: 'column',
  REPEATED_HEADER_SKIPPED: 'row',
  MERGED_CELLS_FILLED: 'range',
  CONTINUATION_ROWS: 'rows',
  HIDDEN_ROWS: 'rows',
  HIDDEN_COLUMNS: 'columns',
  ROWS_AFTER_TOTAL: 'rows',
  HEADER_UNITS_ROW: 'row',
  BLANK_ROWS_INSIDE: 'rows',
  ROWS_AFTER_BLANK: 'rows',
  PHASE_ROWS: 'rows',
  BLOCK_ROWS_CONTINUED: 'rows',
};
const TEXT_SKIPPED: ReadonlySet<RemarkCode> = new Set<RemarkCode>(['HEADER_MATCHED']);
/** Rows, cells or columns named on one line before "and N more". */
const MAX_LISTED = 10;

function shortList(values: string[], locale: Locale): string {
  if (values.length <= MAX_LISTED) return values.join(', ');
  return formatMessage(locale, 'recognize.more', {
    list: values.slice(0, MAX_LISTED).join(', '),
    count: values.length - MAX_LISTED,
  });
}

/**
 * A table's remarks as lines for a person (inspect, the pane's table cards): one line per code
 * that lists, one per other remark.
 */
export function remarkLines(remarks: readonly RecognitionRemark[], locale: Locale): string[] {
  const lines: { remark: RecognitionRemark; values?: string[] }[] = [];
  const byCode = new Map<RemarkCode, string[]>();
  for (const r of remarks) {
    if (TEXT_SKIPPED.has(r.code)) continue;
    const param = LISTED[r.code];
    if (param === undefined) {
      lines.push({ remark: r });
      continue;
    }
    const values = String(r.params[param] ?? '')
      .split(', ')
      .filter((v) => v !== '');
    const seen = byCode.get(r.code);
    if (seen) seen.push(...values);
    else {
      byCode.set(r.code, values);
      lines.push({ remark: r, values });
    }
  }
  return lines.map(({ remark, values }) => {
    const param = LISTED[remark.code];
    if (values === undefined || param === undefined) return remarkMessage(locale, remark);
    return remarkMessage(locale, {
      ...remark,
      params: { ...remark.params, [param]: shortList(values, locale) },
    });
  });
}

/** Takes back remarks of a code that a later reading proved wrong (the notes with them). */
export function dropRemarks(
  table: RecognizedTable,
  code: RemarkCode,
  which: (r: RecognitionRemark) => boolean = () => true,
): void {
  const gone = (table.remarks ?? []).filter((r) => r.code === code && which(r));
  if (gone.length === 0) return;
  table.remarks = (table.remarks ?? []).filter((r) => !gone.includes(r));
  const texts = gone.map(describe);
  table.notes = table.notes.filter((n) => !texts.includes(n));
}
