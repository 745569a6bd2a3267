/** The parameters sheet and the CLI's parameters file (docs/parameters-sheet.md, docs/parameters-json.md). */
export { PARAMS_SHEET, EURO_FORMAT, SCALARS, SECTIONS } from './layout';
export { findParamsSheet, readParamsSheet, type ParamsReading } from './read';
export { paramsSheetSpec, PARAMS_COLUMN_WIDTHS } from './write';
export {
  parseParamsJson,
  applyParamsOverrides,
  JSON_HANDLERS,
  JSON_ITEM_KEYS,
  type ParamsJsonResult,
  type ParamsOverrides,
} from './json';
export { PARAMS_JSON_SCHEMA } from './schema';
