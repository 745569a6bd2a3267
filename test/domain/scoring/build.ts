/** Small plan builders for the scoring tests: parsed values as the reader would deliver them. */
import type {
  Actual,
  CellRef,
  Field,
  Indicator,
  Objective,
  Parameters,
  Plan,
  Target,
} from '../../../src/domain/model';
import { defaultParameters } from '../../../src/domain/params';

export const cell = (c: string, sheet = 'Obiettivi'): CellRef => ({ sheet, cell: c });

export function field<T>(value: T | undefined, c?: string, raw?: Field<T>['raw']): Field<T> {
  const f: Field<T> = {};
  if (value !== undefined) f.value = value;
  if (c !== undefined) f.cell = cell(c);
  if (raw !== undefined) f.raw = raw;
  return f;
}

export const atLeast = (value: number, percent = false): Target => ({ kind: 'atLeast', value, percent });
export const atMost = (value: number, strict = false, percent = false): Target => ({
  kind: 'atMost',
  value,
  strict,
  percent,
});
export const yesNo = (): Target => ({ kind: 'yesNo' });
export const deadline = (date: string): Target => ({ kind: 'deadline', date });
export const manualTarget = (text: string): Target => ({ kind: 'manual', text });

export const num = (value: number): Actual => ({ kind: 'number', value });
export const bool = (value: boolean): Actual => ({ kind: 'boolean', value });
export const date = (d: string): Actual => ({ kind: 'date', date: d });

export interface IndicatorSpec {
  objectiveKey?: string;
  description?: string;
  target?: Target;
  actual?: Actual;
  subWeight?: number;
  deadline?: string;
  completion?: string;
  manual?: number;
  /** Row number used for the cells: description A, target B, actual C, sub-weight D. */
  row?: number;
}

export function indicator(spec: IndicatorSpec): Indicator {
  const row = spec.row ?? 2;
  const ind: Indicator = {
    objectiveKey: spec.objectiveKey ?? 'A#1',
    description: field(spec.description ?? 'Pratiche evase', `A${row}`),
    target: field(spec.target, `B${row}`),
    actual: field(spec.actual, `C${row}`),
    subWeight: field(spec.subWeight, `D${row}`),
    cell: cell(`A${row}:F${row}`),
  };
  if (spec.deadline !== undefined) ind.deadline = field(spec.deadline, `E${row}`);
  if (spec.completion !== undefined) ind.completion = field(spec.completion, `F${row}`);
  if (spec.manual !== undefined) ind.manualAchievement = field(spec.manual, `G${row}`);
  return ind;
}

export interface ObjectiveSpec {
  key?: string;
  id?: string;
  title?: string;
  area?: string;
  weight?: number;
  soglia?: number;
  manual?: number;
  row?: number;
}

export function objective(spec: ObjectiveSpec): Objective {
  const row = spec.row ?? 2;
  const o: Objective = {
    key: spec.key ?? 'A#1',
    id: spec.id ?? '1',
    title: field(spec.title ?? 'Riduzione dei tempi', `B${row}`),
    scope: spec.area === undefined ? 'general' : 'area',
    weight: field(spec.weight, `C${row}`),
    cell: cell(`A${row}:E${row}`, 'Pesi'),
  };
  if (spec.area !== undefined) o.area = spec.area;
  if (spec.soglia !== undefined) o.soglia = field(spec.soglia, `D${row}`);
  if (spec.manual !== undefined) o.manualAchievement = field(spec.manual, `E${row}`);
  return o;
}

export function params(overrides: Partial<Parameters> = {}): Parameters {
  return { ...defaultParameters(), ...overrides };
}

export function plan(parts: Partial<Plan>): Plan {
  return {
    areas: [],
    objectives: [],
    indicators: [],
    employees: [],
    assignments: [],
    totals: [],
    params: params(),
    ...parts,
  };
}
