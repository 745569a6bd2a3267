/** The .xlsx adapter of the workbook port (ExcelJS), for Node and the browser. */
export { XlsxWorkbook } from './workbook';
export { MAX_CELL_CHARS } from './write';
