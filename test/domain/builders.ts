/**
 * Small builders for plans and scores in tests. Every field gets a cell address so tests can
 * check that findings and trails point back to the sheet. Shared: other test folders may use it.
 */
import type {
  Area,
  Assignment,
  CellRef,
  Cents,
  Employee,
  Field,
  Objective,
  ObjectiveScope,
  Parameters,
  Plan,
} from '../../src/domain/model';
import type { ObjectiveScore, Scores } from '../../src/domain/results';
import { defaultParameters } from '../../src/domain/params';

export function cell(ref: string, sheet = 'Piano'): CellRef {
  return { sheet, cell: ref };
}

/** A parsed field: the value, the raw value it came from, and a cell when given. */
export function field<T>(value: T | undefined, ref?: string, sheet = 'Piano'): Field<T> {
  const f: Field<T> = {};
  if (value !== undefined) {
    f.value = value;
    f.raw = typeof value === 'number' || typeof value === 'string' ? value : null;
  }
  if (ref !== undefined) f.cell = cell(ref, sheet);
  return f;
}

/** Lower case, no accents, single spaces: as Employee.nameKey. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface ObjectiveInput {
  id: string;
  key?: string;
  title?: string;
  area?: string;
  areas?: string[];
  scope?: ObjectiveScope;
  weight?: number;
  tipologia?: string;
  category?: string;
  headcount?: number;
  soglia?: number;
  fixedBudget?: Cents;
  manualAchievement?: number;
  /** Sheet row the objective sits on; cells are A..J of that row. Default: a running number. */
  row?: number;
}

let nextRow = 2;

/** An objective row; key defaults to "area#id" (or the id alone without area). */
export function objective(input: ObjectiveInput): Objective {
  const row = input.row ?? nextRow++;
  const at = (col: string) => `${col}${row}`;
  const o: Objective = {
    key: input.key ?? (input.area !== undefined ? `${input.area}#${input.id}` : input.id),
    id: input.id,
    title: field(input.title ?? `Obiettivo ${input.id}`, at('B')),
    scope: input.scope ?? (input.area !== undefined ? 'area' : 'general'),
    weight: field(input.weight, at('C')),
    cell: cell(`A${row}:J${row}`),
  };
  if (input.area !== undefined) o.area = input.area;
  if (input.areas !== undefined) o.areas = input.areas;
  if (input.tipologia !== undefined) o.tipologia = field(input.tipologia, at('D'));
  if (input.category !== undefined) o.category = field(input.category, at('E'));
  if (input.headcount !== undefined) o.headcount = field(input.headcount, at('F'));
  if (input.soglia !== undefined) o.soglia = field(input.soglia, at('G'));
  if (input.fixedBudget !== undefined) o.fixedBudget = field(input.fixedBudget, at('H'));
  if (input.manualAchievement !== undefined) o.manualAchievement = field(input.manualAchievement, at('I'));
  return o;
}

export function area(name: string, relevance?: number, row?: number): Area {
  const a: Area = { name };
  if (row !== undefined) a.cell = cell(`A${row}`, 'Rilevanza');
  if (relevance !== undefined)
    a.relevance = field(relevance, row !== undefined ? `B${row}` : undefined, 'Rilevanza');
  return a;
}

export interface EmployeeInput {
  area?: string;
  weeklyHours?: number;
  evaluation?: number;
  daysAbsent?: number;
  grade?: string;
  row?: number;
}

let nextStaffRow = 2;

export function employee(name: string, input: EmployeeInput = {}): Employee {
  const row = input.row ?? nextStaffRow++;
  const e: Employee = { name, nameKey: nameKey(name), cell: cell(`A${row}`, 'Personale') };
  if (input.area !== undefined) e.area = input.area;
  if (input.grade !== undefined) e.grade = field(input.grade, `B${row}`, 'Personale');
  if (input.weeklyHours !== undefined) e.weeklyHours = field(input.weeklyHours, `C${row}`, 'Personale');
  if (input.evaluation !== undefined) e.evaluation = field(input.evaluation, `D${row}`, 'Personale');
  if (input.daysAbsent !== undefined) e.daysAbsent = field(input.daysAbsent, `E${row}`, 'Personale');
  return e;
}

export function assignment(objectiveKey: string, employeeName: string, share?: number): Assignment {
  return {
    objectiveKey,
    employeeName,
    employeeKey: nameKey(employeeName),
    share: field(share),
  };
}

export interface PlanInput extends Partial<Omit<Plan, 'params'>> {
  params?: Partial<Parameters>;
}

/** A plan with default parameters, overridden by `params`. */
export function makePlan(input: PlanInput = {}): Plan {
  return {
    comune: input.comune ?? 'Comune di Prova',
    year: input.year ?? 2024,
    areas: input.areas ?? [],
    objectives: input.objectives ?? [],
    indicators: input.indicators ?? [],
    employees: input.employees ?? [],
    assignments: input.assignments ?? [],
    totals: input.totals ?? [],
    params: { ...defaultParameters(), ...input.params },
  };
}

/** A score with the effective achievement the distribution applies (0..1, or undefined). */
export function objectiveScore(o: Objective, effective: number | undefined): ObjectiveScore {
  const s: ObjectiveScore = {
    key: o.key,
    id: o.id,
    title: o.title.value ?? o.id,
    source: effective === undefined ? 'none' : 'indicators',
    belowSoglia: false,
    indicators: [],
    cells: o.cell ? [o.cell] : [],
  };
  if (o.area !== undefined) s.area = o.area;
  if (effective !== undefined) {
    s.achievement = effective;
    s.effective = effective;
  }
  return s;
}

/** Scores for every objective of the plan: `effective` by key, 1 for keys not listed. */
export function scoresFor(
  plan: Plan,
  effective: Record<string, number | undefined> | ((o: Objective) => number | undefined) = {},
): Scores {
  const pick = (o: Objective) =>
    typeof effective === 'function' ? effective(o) : o.key in effective ? effective[o.key] : 1;
  return { objectives: plan.objectives.map((o) => objectiveScore(o, pick(o))), areas: [], findings: [] };
}

/** Euros to cents for readable tests: eur(27000) = 2_700_000. */
export function eur(euros: number): Cents {
  return Math.round(euros * 100);
}
