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
import { compareNaturalKeys, naturalKey, splitInOrder, type NaturalKey } from './order';
import type { EmployeeAmount, EmployeeObjectiveAmount, TrailStep, UnitAllocation } from '../results';
import { cleanNumber, cleanProductOf, cleanSum, nonNegative } from './numbers';
import { euro, money, trailStep } from './text';
import type { Issues } from './types';

/** One assignment of a unit, with its weight and the share % applied. */
interface Weighted {
  assignment: Assignment;
  person: PersonFactors;
  weight: number;
  share: number;
}

/** What depends only on the person: the hours, evaluation and absence factors and their steps. */
interface PersonFactors {
  employee?: Employee;
  factors: number[];
  steps: TrailStep[];
}

/** The name shown for an assignment: the staff list's, else as the assignment wrote it. */
function nameOf(w: { assignment: Assignment; person: PersonFactors }): string {
  return w.person.employee?.name ?? w.assignment.employeeName;
}

/** Share % of each assignment of one objective. */
function shares(list: readonly Assignment[]): { values: number[]; equal: boolean } {
  const given = list.map((a) => a.share.value).filter(nonNegative);
  if (given.length === 0) return { values: list.map(() => 1), equal: true };
  const missing = list.length - given.length;
  const leftEach = missing > 0 ? Math.max(0, cleanNumber((100 - cleanSum(given)) / missing)) : 0;
  return { values: list.map((a) => (nonNegative(a.share.value) ? a.share.value : leftEach)), equal: false };
}

/**
 * The person's own factors, built once per person and shared by all their assignments: the
 * steps are immutable, so every trail can hold the same objects.
 */
function personFactors(employee: Employee | undefined, params: Parameters): PersonFactors {
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
  return { employee, factors, steps };
}

/** People by name key (first row wins), with their factors computed on first use. */
class People {
  private readonly byKey = new Map<string, Employee>();
  private readonly factors = new Map<string, PersonFactors>();
  private readonly sortKeys = new Map<string, NaturalKey>();

  constructor(
    employees: readonly Employee[],
    private readonly params: Parameters,
  ) {
    for (const e of employees) if (!this.byKey.has(e.nameKey)) this.byKey.set(e.nameKey, e);
  }

  factorsOf(key: string): PersonFactors {
    let f = this.factors.get(key);
    if (f === undefined) {
      f = personFactors(this.byKey.get(key), this.params);
      this.factors.set(key, f);
    }
    return f;
  }

  /** Tie order of people: their name key, compared naturally. */
  sortKeyOf(key: string): NaturalKey {
    let k = this.sortKeys.get(key);
    if (k === undefined) {
      k = naturalKey(key);
      this.sortKeys.set(key, k);
    }
    return k;
  }
}

function weigh(list: readonly Assignment[], values: readonly number[], people: People): Weighted[] {
  return list.map((a, i) => {
    const person = people.factorsOf(a.employeeKey);
    return { assignment: a, person, weight: cleanProductOf(values[i], person.factors), share: values[i] };
  });
}

/**
 * One person's part of one unit. Its trail (the unit's steps, the share, the person's factors,
 * the amount) is assembled when read: the unit's and the person's steps are shared objects, and
 * the two steps of its own are built then. Holding 200,000 trails of eight steps each would
 * cost far more than the split itself. `JSON.stringify` gives the plain fields, trail included.
 */
class EmployeeShare implements EmployeeObjectiveAmount {
  readonly #unit: UnitAllocation;
  readonly #assignment: Assignment;
  readonly #person: PersonFactors;
  /** Share % given, or with `#equalOf` > 0, one of that many equal shares. */
  readonly #sharePercent: number;
  readonly #equalOf: number;

  constructor(
    readonly objectiveKey: string,
    readonly share: number,
    readonly amount: Cents,
    unit: UnitAllocation,
    w: Weighted,
    equalOf: number,
  ) {
    this.#unit = unit;
    this.#assignment = w.assignment;
    this.#person = w.person;
    this.#sharePercent = w.share;
    this.#equalOf = equalOf;
  }

  get trail(): TrailStep[] {
    const a = this.#assignment;
    const name = nameOf({ assignment: a, person: this.#person });
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
  const byObjective = new Map<string, Assignment[]>();
  for (const a of plan.assignments) {
    const list = byObjective.get(a.objectiveKey);
    if (list === undefined) byObjective.set(a.objectiveKey, [a]);
    else list.push(a);
  }
  const people = new People(plan.employees, plan.params);
  const result = new Map<string, EmployeeAmount>();

  for (const unit of units) {
    const list = byObjective.get(unit.key) ?? [];
    if (list.length === 0) {
      if (unit.paid > 0)
        issues.warnings.push(finding({ ...warningBase(unit), code: 'DIST_UNIT_WITHOUT_STAFF' }));
      continue;
    }
    const { values, equal } = shares(list);
    const weighted = weigh(list, values, people);
    const weights = weighted.map((w) => w.weight);
    const sum = cleanSum(weights);
    if (sum === 0) {
      if (unit.paid > 0) {
        issues.warnings.push(
          finding({ ...warningBase(unit), code: 'DIST_STAFF_WEIGHT_ZERO', cells: list.map((a) => a.cell) }),
        );
      }
      continue;
    }
    const amounts = splitInOrder(unit.paid, list, weights, (a, b) =>
      compareNaturalKeys(people.sortKeyOf(a.employeeKey), people.sortKeyOf(b.employeeKey)),
    );
    weighted.forEach((w, i) => {
      const key = w.assignment.employeeKey;
      let entry = result.get(key);
      if (entry === undefined) {
        entry = { name: nameOf(w), total: 0, byObjective: [] };
        if (w.person.employee?.area !== undefined) entry.area = w.person.employee.area;
        result.set(key, entry);
      }
      entry.total += amounts[i];
      const equalOf = equal ? list.length : 0;
      entry.byObjective.push(new EmployeeShare(unit.key, w.weight / sum, amounts[i], unit, w, equalOf));
    });
  }
  return [...result.values()];
}
