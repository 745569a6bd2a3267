/** The .xlsx adapter of the workbook port (ExcelJS), for Node and the browser. */
export { NotEditable, XlsxWorkbook, type SaveOptions } from './workbook';
export { MAX_CELL_CHARS } from './write';
