/**
 * Checks of single JSON values for the CLI's parameters file: each returns the value, or
 * reports a finding naming the file and the JSON path ("params.json: pools[1].percent: ...")
 * and returns undefined. Money is exact: "60000.00" or 60000 -> 6000000 cents, never through
 * `x * 100`.
 */
import type { Cents } from '../../domain/model';
import { finding, type Finding, type MessageParams } from '../../domain/findings';

export class JsonReport {
  readonly findings: Finding[] = [];
  constructor(readonly file: string) {}

  error(code: string, path: string, params: MessageParams = {}): void {
    this.findings.push(finding({ code, severity: 'error', params: { file: this.file, path, ...params } }));
  }
}

/** `pools[1].percent`, `categoryPoints["una tantum"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Up to 13 integer digits (cents stay safe integers) and at most 2 decimals. */
const MONEY_TEXT = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

export function jsonMoney(v: unknown, path: string, r: JsonReport): Cents | undefined {
  // A number is read as the decimal it prints as: 4193.23 is "4193.23", not 4193.229999...
  const text =
    typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.trim() : undefined;
  const m = text === undefined ? null : MONEY_TEXT.exec(text);
  if (!m) {
    r.error('PARAMS_JSON_MONEY', path);
    return undefined;
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function jsonPercent(v: unknown, path: string, r: JsonReport): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100) return v === 0 ? 0 : v;
  r.error('PARAMS_JSON_PERCENT', path);
  return undefined;
}

export function jsonNumberMin(v: unknown, path: string, min: number, r: JsonReport): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= min) return v === 0 ? 0 : v;
  r.error('PARAMS_JSON_NUMBER_MIN', path, { min: String(min) });
  return undefined;
}

export function jsonPositive(v: unknown, path: string, r: JsonReport): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  r.error('PARAMS_JSON_POSITIVE', path);
  return undefined;
}

export function jsonInteger(
  v: unknown,
  path: string,
  min: number,
  max: number | undefined,
  r: JsonReport,
): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && (max === undefined || v <= max)) return v;
  if (max === undefined) r.error('PARAMS_JSON_INTEGER_MIN', path, { min: String(min) });
  else r.error('PARAMS_JSON_INTEGER_RANGE', path, { min: String(min), max: String(max) });
  return undefined;
}

export function jsonBoolean(v: unknown, path: string, r: JsonReport): boolean | undefined {
  if (typeof v === 'boolean') return v;
  r.error('PARAMS_JSON_BOOLEAN', path);
  return undefined;
}

export function jsonText(v: unknown, path: string, r: JsonReport): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  r.error('PARAMS_JSON_TEXT', path);
  return undefined;
}

export function jsonEnum<T extends string>(
  v: unknown,
  path: string,
  allowed: readonly T[],
  r: JsonReport,
): T | undefined {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  r.error('PARAMS_JSON_ENUM', path, { allowed: allowed.map((a) => `"${a}"`).join(', ') });
  return undefined;
}

/** An array (reporting when it is not one, or is empty and must not be). */
export function jsonArray(v: unknown, path: string, nonEmpty: boolean, r: JsonReport): unknown[] | undefined {
  if (!Array.isArray(v)) {
    r.error('PARAMS_JSON_ARRAY', path);
    return undefined;
  }
  if (nonEmpty && v.length === 0) {
    r.error('PARAMS_JSON_EMPTY', path);
    return undefined;
  }
  return v;
}

/**
 * An object whose keys are all in `allowed` (unknown keys are errors: a typo must not be
 * silently ignored) and whose `required` keys are present.
 */
export function jsonObject(
  v: unknown,
  path: string,
  allowed: readonly string[],
  required: readonly string[],
  r: JsonReport,
): Record<string, unknown> | undefined {
  if (!isObject(v)) {
    r.error('PARAMS_JSON_OBJECT', path);
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(v)) {
    if (!allowed.includes(key)) {
      r.error('PARAMS_JSON_UNKNOWN_KEY', childPath(path, key), { allowed: allowed.join(', ') });
      ok = false;
    }
  }
  for (const key of required) {
    if (!(key in v)) {
      r.error('PARAMS_JSON_REQUIRED', childPath(path, key));
      ok = false;
    }
  }
  return ok ? v : undefined;
}
