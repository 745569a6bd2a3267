/**
 * Writers: engine results -> the sheets Premia owns, as SheetSpec objects that the adapters
 * write into Excel or an .xlsx file. Pure: no I/O, headings from the catalogue.
 */
export { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS, isOutputSheet, type OutputSheetKind } from './names';
export {
  MONEY_FORMAT,
  PERCENT_FORMAT,
  DATE_TIME_FORMAT,
  INTEGER_FORMAT,
  COEFFICIENT_FORMAT,
  moneyCell,
  percentCell,
  linkCell,
  type SheetOptions,
} from './format';
export { validationSheet } from './validation';
export { scoresSheet, type ScoresSheetOptions } from './scores';
export {
  distributionSheet,
  areaTotals,
  trailText,
  unitCells,
  type AreaTotals,
  type DistributionSheetOptions,
} from './distribution';
export { employeesSheet, WIDE_MAX_OBJECTIVES, type EmployeesSheetOptions } from './employees';
export { transparencySheet, differentiation, type TransparencySheetOptions } from './transparency';
export { logRow, logSheet, logHeaders, previousLogRows, PARAMS_CHARS, type LogEntry } from './log';
