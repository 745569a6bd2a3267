/**
 * The people of the plan's assignments, looked up once: the evaluation check (checks.ts) and
 * the split to employees (employees.ts) both need each assignment's person, and 200,000
 * lookups by name key cost more than either of them.
 */
import type { Employee, Parameters, Plan } from '../model';
import type { TrailStep } from '../results';
import type { PaidEmployee } from './paidEmployee';
import { assignmentRows } from '../rows/assignmentRows';
import { naturalKey, type NaturalKey } from './order';
import { cleanNumber, nonNegative } from './numbers';
import { trailStep } from './text';

/** Weekly hours counted: capped at full time; missing hours count as full time. */
function hoursOf(employee: Employee | undefined, params: Parameters): number {
  const h = employee?.weeklyHours?.value;
  return nonNegative(h) ? Math.min(h, params.fullTimeHours) : params.fullTimeHours;
}

/**
 * The evaluation %, 0 when missing (the payment refuses it first, checks.ts). For a potential
 * share (the allocation phase, before any evaluation) a missing one counts as 100: the share
 * the person would have if fully evaluated.
 */
function evaluationOf(employee: Employee | undefined, potential: boolean): number {
  const v = employee?.evaluation?.value;
  if (potential && !nonNegative(v)) return 100;
  return Math.max(0, v ?? 0);
}

/** Days absent and the share left, % (not below 0). */
function absenceOf(employee: Employee | undefined, params: Parameters): { days: number; factor: number } {
  const d = employee?.daysAbsent?.value;
  const days = nonNegative(d) ? d : 0;
  return { days, factor: Math.max(0, cleanNumber(100 - days * params.absencePercentPerDay)) };
}

/**
 * What depends only on the person, worked out once and shared by all their assignments: the
 * factors of the options that are on (hours, evaluation, absence, in that order), the steps
 * that explain them (made when a trail is first read, then shared: steps are immutable), the
 * tie-order key, and what the person is paid so far.
 */
export class Person {
  readonly factors: number[] = [];
  readonly sortKey: NaturalKey;
  /**
   * The staff list's last row with the person's key, which the evaluation check reads (as a
   * map filled row by row finds it); `employee`, the first, gives the factors and the name.
   */
  lastRow: Employee | undefined;
  /** What the person is paid, once something is (one lookup per assignment finds both). */
  paid?: PaidEmployee;
  #steps: TrailStep[] | undefined;

  constructor(
    key: string,
    readonly employee: Employee | undefined,
    private readonly params: Parameters,
    private readonly potential = false,
  ) {
    this.lastRow = employee;
    if (params.partTime) this.factors.push(hoursOf(employee, params));
    if (params.individualEvaluation) this.factors.push(evaluationOf(employee, potential));
    if (params.absenceReduction) this.factors.push(absenceOf(employee, params).factor);
    // Tie order of people: their name key, compared naturally.
    this.sortKey = naturalKey(key);
  }

  get steps(): TrailStep[] {
    return (this.#steps ??= this.explain());
  }

  private explain(): TrailStep[] {
    const { employee, params } = this;
    const steps: TrailStep[] = [];
    if (params.partTime) {
      const hours = hoursOf(employee, params);
      steps.push(
        trailStep('hours', { hours, fullTime: params.fullTimeHours }, [employee?.weeklyHours?.cell]),
      );
    }
    if (params.individualEvaluation) {
      const evaluation = evaluationOf(employee, this.potential);
      const pending = this.potential && !nonNegative(employee?.evaluation?.value);
      steps.push(
        trailStep(pending ? 'evaluationPending' : 'evaluation', { evaluation }, [employee?.evaluation?.cell]),
      );
    }
    if (params.absenceReduction) {
      steps.push(trailStep('absence', absenceOf(employee, params), [employee?.daysAbsent?.cell]));
    }
    return steps;
  }
}

/**
 * People by name key: one per key of the staff list, and one per unknown key assigned. Each is
 * also kept by the number the engine run gave its key (rows/assignmentRows.ts: the staff's keys
 * numbered in order of first appearance, as here, then the others), so that the assignments'
 * people are found without a lookup by key per row.
 */
export class People {
  readonly #byKey = new Map<string, Person>();
  readonly #byNumber: (Person | undefined)[] = [];
  readonly #plan: Plan;
  #ofAssignments: Person[] | undefined = undefined;

  /**
   * `potential`: people for potential shares (the allocation phase), whose missing evaluations
   * count as 100 % (evaluationOf).
   */
  constructor(
    plan: Plan,
    private readonly potential = false,
  ) {
    this.#plan = plan;
    const employees = plan.employees;
    for (let i = 0; i < employees.length; i++) {
      const e = employees[i];
      const known = this.#byKey.get(e.nameKey);
      if (known !== undefined) {
        known.lastRow = e;
        continue;
      }
      const person = new Person(e.nameKey, e, plan.params, potential);
      this.#byKey.set(e.nameKey, person);
      this.#byNumber.push(person);
    }
  }

  get(key: string): Person {
    let p = this.#byKey.get(key);
    if (p === undefined) {
      p = new Person(key, undefined, this.#plan.params, this.potential);
      this.#byKey.set(key, p);
    }
    return p;
  }

  /** The person of each of the plan's assignments, by row (found on first read). */
  get ofAssignments(): readonly Person[] {
    if (this.#ofAssignments === undefined) {
      const assignments = this.#plan.assignments;
      const { person: numberOf } = assignmentRows(this.#plan);
      const byNumber = this.#byNumber;
      const persons = new Array<Person>(assignments.length);
      for (let i = 0; i < assignments.length; i++) {
        const n = numberOf[i];
        // A key not on the staff list: its person is made on its first row.
        persons[i] = byNumber[n] ??= this.get(assignments[i].employeeKey);
      }
      this.#ofAssignments = persons;
    }
    return this.#ofAssignments;
  }
}
