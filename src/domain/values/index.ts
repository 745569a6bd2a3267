/** Value parsers of the domain core: cells as users write them -> typed values or problems. */
export { ok, fail, parseProblemKey, PARSE_CODES, type ParseCode, type ParseResult } from './result';
export {
  cleanText,
  foldAccents,
  simplify,
  isBlank,
  isErrorValue,
  rawToText,
  normalizeLabel,
  normalizeName,
  parseText,
} from './text';
export { daysInMonth, isValidYmd, isoToItalian, addMonths } from './calendar';
export {
  parseNumber,
  parsePercent,
  looksLikeFractions,
  readDecimalText,
  tidy,
  FRACTION_SUM_TOLERANCE,
  type PercentOptions,
  type DecimalDigits,
} from './numbers';
export { parseMoney, type MoneyOptions } from './money';
export { parseBoolean, readBooleanText } from './booleans';
export {
  parseDate,
  monthsLate,
  excelSerialToIso,
  readDateText,
  type DateOptions,
  type DateReading,
} from './dates';
export { parseTarget, type TargetOptions } from './targets';
export { parseActual, type ActualOptions } from './actuals';
export { extractSubWeights, type SubWeight } from './subWeights';
export {
  readBudgetText,
  readLatePenaltyText,
  readDeadlineText,
  type DeadlineText,
  type StatedAmount,
  type StatedPenalty,
} from './statedInText';
export {
  parseAssignmentsText,
  readAssignmentsCell,
  type AssignedPerson,
  type AssignmentsReading,
} from './assignments';
export { parseCategory, type CategoryOptions } from './categories';
export { readQuantity, type Quantity } from './quantities';
export { field } from './field';
export { countsProblems, readZeroTarget, type ZeroTargetReading } from './zeroTargets';
