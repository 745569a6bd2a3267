/** Notes on a recognised table: a remark code with parameters, and the same in plain English. */
import { formatMessage, type Locale } from '../../i18n';
import type { RecognitionRemark, RecognizedTable, RemarkCode } from './types';

const TEXT: Record<RemarkCode, string> = {
  HEADER_MATCHED: 'header {header} read as a {kind} table ({labels})',
  DUPLICATE_COLUMN: 'column {column} repeats the role {role} of an earlier column and is not used for it',
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
