/** The Office.js adapter of the workbook port, for the task pane and the ribbon commands. */
export { OfficeWorkbook, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MIN_REQUEST_BYTES } from './workbook';
export type { OfficeWorkbookOptions } from './workbook';
export { excelRun } from './run';
export type { ExcelRun } from './run';
export { PremiaOfficeError } from './errors';
export type { OfficeErrorCode, OfficeErrorDetails } from './errors';
export type { WriteReport } from './write';
export { DEFAULT_READ_CELLS } from './read-blocks';
