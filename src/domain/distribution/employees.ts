/**
 * From units to employees (DOMAIN.md section 6, step 7). Each unit's payment is split among the
 * assignments of its objective key, in proportion to
 *   share % (equal shares when none is given; when only some are given, the others share
 *            what is left of 100 in equal parts)
 *   x weekly hours, capped at full time (params.partTime; missing hours = full time)
 *   x individual evaluation % (params.individualEvaluation; a missing one is a refusal reason,
 *            checked before this step)
 *   x (100 - days absent x absencePercentPerDay) %, not below 0 (params.absenceReduction)
 * renormalised inside the objective and split by largest remainder, so the employees' amounts
 * add up exactly to the unit's payment. Ties go by name key (order.ts), not by row.
 *
 * A unit with a payment and nobody assigned, or whose assigned people all weigh 0, keeps its
 * amount (a warning says so); it is not spread over other units.
 */
import type { Assignment, Cents, Employee, Parameters, Plan } from '../model';
import { finding } from '../findings';
import { firstByKey, groupByKey } from '../grouping';
import { NaturalSplitter, naturalKey, type NaturalKey } from './order';
import type { EmployeeAmount, EmployeeObjectiveAmount, TrailStep, UnitAllocation } from '../results';
import { cleanNumber, cleanProductOf, nonNegative } from './numbers';
import { euro, money, trailStep } from './text';
import type { Issues } from './types';

/**
 * What depends only on the person: the hours, evaluation and absence factors and their steps,
 * and their tie-order key.
 */
interface PersonFactors {
  employee?: Employee;
  factors: number[];
  steps: TrailStep[];
  sortKey: NaturalKey;
}

/** The name shown for an assignment: the staff list's, else as the assignment wrote it. */
function nameOf(assignment: Assignment, person: PersonFactors): string {
  return person.employee?.name ?? assignment.employeeName;
}

/**
 * The person's own factors, built once per person and shared by all their assignments: the
 * steps are immutable, so every trail can hold the same objects.
 */
function personFactors(key: string, employee: Employee | undefined, params: Parameters): PersonFactors {
  const factors: number[] = [];
  const steps: TrailStep[] = [];
  if (params.partTime) {
    const h = employee?.weeklyHours?.value;
    const hours = nonNegative(h) ? Math.min(h, params.fullTimeHours) : params.fullTimeHours;
    factors.push(hours);
    steps.push(trailStep('hours', { hours, fullTime: params.fullTimeHours }, [employee?.weeklyHours?.cell]));
  }
  if (params.individualEvaluation) {
    const evaluation = Math.max(0, employee?.evaluation?.value ?? 0);
    factors.push(evaluation);
    steps.push(trailStep('evaluation', { evaluation }, [employee?.evaluation?.cell]));
  }
  if (params.absenceReduction) {
    const d = employee?.daysAbsent?.value;
    const days = nonNegative(d) ? d : 0;
    const factor = Math.max(0, cleanNumber(100 - days * params.absencePercentPerDay));
    factors.push(factor);
    steps.push(trailStep('absence', { days, factor }, [employee?.daysAbsent?.cell]));
  }
  // Tie order of people: their name key, compared naturally.
  return { employee, factors, steps, sortKey: naturalKey(key) };
}

/** People by name key (first row wins), with their factors computed on first use. */
class People {
  private readonly byKey: ReadonlyMap<string, Employee>;
  private readonly factors = new Map<string, PersonFactors>();

  constructor(
    employees: readonly Employee[],
    private readonly params: Parameters,
  ) {
    this.byKey = firstByKey(employees, (e) => e.nameKey);
  }

  factorsOf(key: string): PersonFactors {
    let f = this.factors.get(key);
    if (f === undefined) {
      f = personFactors(key, this.byKey.get(key), this.params);
      this.factors.set(key, f);
    }
    return f;
  }
}

/**
 * One person's part of one unit. Its trail (the unit's steps, the share, the person's factors,
 * the amount) is assembled when read: the unit's and the person's steps are shared objects, and
 * the two steps of its own are built then. Holding 200,000 trails of eight steps each would
 * cost far more than the split itself. `JSON.stringify` gives the plain fields, trail included.
 */
class EmployeeShare implements EmployeeObjectiveAmount {
  readonly objectiveKey: string;
  readonly #unit: UnitAllocation;
  readonly #assignment: Assignment;
  readonly #person: PersonFactors;
  /** Share % given, or with `#equalOf` > 0, one of that many equal shares. */
  readonly #sharePercent: number;
  readonly #equalOf: number;

  constructor(
    unit: UnitAllocation,
    readonly share: number,
    readonly amount: Cents,
    assignment: Assignment,
    person: PersonFactors,
    sharePercent: number,
    equalOf: number,
  ) {
    this.objectiveKey = unit.key;
    this.#unit = unit;
    this.#assignment = assignment;
    this.#person = person;
    this.#sharePercent = sharePercent;
    this.#equalOf = equalOf;
  }

  get trail(): TrailStep[] {
    const a = this.#assignment;
    const name = nameOf(a, this.#person);
    const shareStep =
      this.#equalOf > 0
        ? trailStep('shareEqual', { employee: name, count: this.#equalOf }, [a.cell])
        : trailStep('share', { employee: name, share: this.#sharePercent }, [a.share.cell ?? a.cell]);
    const amountStep = trailStep('employeeAmount', {
      share: cleanNumber(this.share * 100),
      paid: money(this.#unit.paid),
      amount: money(this.amount),
    });
    return [...this.#unit.trail, shareStep, ...this.#person.steps, amountStep];
  }

  toJSON(): EmployeeObjectiveAmount {
    return { objectiveKey: this.objectiveKey, share: this.share, amount: this.amount, trail: this.trail };
  }
}

/**
 * What the unit's warnings share. Built only for a warning: formatting it for every unit would
 * cost more than the split (and a function, not a closure per unit).
 */
function warningBase(unit: UnitAllocation) {
  return {
    severity: 'warning' as const,
    area: unit.area,
    objective: unit.id,
    params: { objective: unit.id, title: unit.title, amount: euro(unit.paid) },
  };
}

export function splitToEmployees(
  units: readonly UnitAllocation[],
  plan: Plan,
  issues: Issues,
): EmployeeAmount[] {
  const assignments = plan.assignments;
  // Assignments by objective key, in plan order inside each group (positions in the plan).
  const { groupOf, start, members } = groupByKey(assignments, (a) => a.objectiveKey);
  const people = new People(plan.employees, plan.params);
  const result = new Map<string, EmployeeAmount>();
  // Per-unit scratch, reused: the assignments' people and share %, the weights and keys of the
  // split (in the splitter) and its parts.
  const persons: PersonFactors[] = [];
  const percents: number[] = [];
  const splitter = new NaturalSplitter();
  const weights = splitter.weights;

  for (const unit of units) {
    const g = groupOf.get(unit.key);
    const first = g === undefined ? 0 : start[g];
    const n = g === undefined ? 0 : start[g + 1] - first;
    if (n === 0) {
      if (unit.paid > 0)
        issues.warnings.push(finding({ ...warningBase(unit), code: 'DIST_UNIT_WITHOUT_STAFF' }));
      continue;
    }
    // Share % of each assignment: equal shares when none is given; when only some are given,
    // the others share what is left of 100 in equal parts (summed in row order, as given).
    let givenCount = 0;
    let givenSum = 0;
    for (let k = 0; k < n; k++) {
      const v = assignments[members[first + k]].share.value;
      if (nonNegative(v)) {
        givenCount += 1;
        givenSum += v;
      }
    }
    const equal = givenCount === 0;
    const missing = n - givenCount;
    const leftEach =
      !equal && missing > 0 ? Math.max(0, cleanNumber((100 - cleanNumber(givenSum)) / missing)) : 0;
    // Weight = share % x the person's factors (cleaned product), summed in row order.
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const a = assignments[members[first + k]];
      const person = people.factorsOf(a.employeeKey);
      const v = a.share.value;
      const percent = equal ? 1 : nonNegative(v) ? v : leftEach;
      const weight = cleanProductOf(percent, person.factors);
      persons[k] = person;
      percents[k] = percent;
      weights[k] = weight;
      splitter.keys[k] = person.sortKey;
      sum += weight;
    }
    sum = cleanNumber(sum);
    if (sum === 0) {
      if (unit.paid > 0) {
        const cells = [];
        for (let k = 0; k < n; k++) cells.push(assignments[members[first + k]].cell);
        issues.warnings.push(finding({ ...warningBase(unit), code: 'DIST_STAFF_WEIGHT_ZERO', cells }));
      }
      continue;
    }
    splitter.split(unit.paid, n);
    const amounts = splitter.parts;
    const equalOf = equal ? n : 0;
    for (let k = 0; k < n; k++) {
      const a = assignments[members[first + k]];
      const person = persons[k];
      const key = a.employeeKey;
      let entry = result.get(key);
      if (entry === undefined) {
        entry = { name: nameOf(a, person), total: 0, byObjective: [] };
        if (person.employee?.area !== undefined) entry.area = person.employee.area;
        result.set(key, entry);
      }
      entry.total += amounts[k];
      entry.byObjective.push(
        new EmployeeShare(unit, weights[k] / sum, amounts[k], a, person, percents[k], equalOf),
      );
    }
  }
  return [...result.values()];
}
