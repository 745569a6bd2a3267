/** Builds the model's `Field<T>` from a cell: value or problem, always the raw value and cell. */
import type { CellRef, Field, RawValue } from '../model';
import type { ParseResult } from './result';
import { isBlank } from './text';

/**
 * A blank cell gives a Field with neither value nor problem: whether a missing value is an
 * error depends on the column (a required weight, an optional soglia), which validation knows.
 */
export function field<T>(
  raw: RawValue,
  cell: CellRef | undefined,
  parse: (raw: RawValue) => ParseResult<T>,
): Field<T> {
  const out: Field<T> = { raw };
  if (cell !== undefined) out.cell = cell;
  if (isBlank(raw)) return out;
  const result = parse(raw);
  if (result.ok) out.value = result.value;
  else out.problem = result.problem;
  return out;
}
