/**
 * What each employee is paid, as the split to employees (employees.ts) hands it out: the name,
 * area and total are plain fields; the parts by objective are made on first read, from what the
 * split recorded in typed arrays, and then kept (later reads return the same objects).
 *
 * Why: a large plan pays 200,000 (unit, person) parts. As objects, with the arrays holding
 * them, they were the distribution's largest survivors (the collector copied them all), while
 * the transparency summary and the differentiation check read only totals, and a writer reads
 * the parts once. `JSON.stringify` gives the fields of the plain `EmployeeAmount`, in its order.
 */
import type { Assignment, Cents } from '../model';
import type { EmployeeAmount, EmployeeObjectiveAmount, TrailStep, UnitAllocation } from '../results';
import { cleanNumber } from './numbers';
import type { Person } from './people';
import { money, trailStep } from './text';

/** The name shown for an assignment: the staff list's, else as the assignment wrote it. */
export function nameOf(assignment: Assignment, person: Person): string {
  return person.employee?.name ?? assignment.employeeName;
}

/**
 * The parts the split paid, one entry per (unit, assignment), in the order paid; with each
 * unit's weight sum and equal-share count. Entries of one person are chained (`next`), so a
 * person's parts are found without a list per person.
 */
export class PaidParts {
  /** Per entry: the unit (index in `units`), the assignment (row), the amount, weight, share %. */
  readonly #unitOf: Int32Array;
  readonly #rowOf: Int32Array;
  readonly #amounts: Float64Array;
  readonly #weights: Float64Array;
  readonly #percents: Float64Array;
  /** The same person's next entry; -1: none. */
  readonly #next: Int32Array;
  /** Per unit: the sum of its weights, and n when its n people share equally (else 0). */
  readonly #sums: Float64Array;
  readonly #equalOf: Int32Array;
  #count = 0;

  /** `capacity`: at most how many entries will be added. */
  constructor(
    private readonly units: readonly UnitAllocation[],
    private readonly assignments: readonly Assignment[],
    private readonly personOf: readonly Person[],
    capacity: number,
  ) {
    this.#unitOf = new Int32Array(capacity);
    this.#rowOf = new Int32Array(capacity);
    this.#amounts = new Float64Array(capacity);
    this.#weights = new Float64Array(capacity);
    this.#percents = new Float64Array(capacity);
    this.#next = new Int32Array(capacity);
    this.#sums = new Float64Array(units.length);
    this.#equalOf = new Int32Array(units.length);
  }

  /** Records unit `u`'s weight sum and, when its `equalOf` people share equally, their count. */
  setUnit(u: number, sum: number, equalOf: number): void {
    this.#sums[u] = sum;
    this.#equalOf[u] = equalOf;
  }

  /** Records a part; returns its entry, not yet chained to anything. */
  add(u: number, row: number, amount: Cents, weight: number, percent: number): number {
    const e = this.#count++;
    this.#unitOf[e] = u;
    this.#rowOf[e] = row;
    this.#amounts[e] = amount;
    this.#weights[e] = weight;
    this.#percents[e] = percent;
    this.#next[e] = -1;
    return e;
  }

  /** Chains entry `to` after entry `from` (the same person's). */
  chain(from: number, to: number): void {
    this.#next[from] = to;
  }

  /** The parts of the chain starting at `first`, in the order paid. */
  partsFrom(first: number): EmployeeObjectiveAmount[] {
    const parts: EmployeeObjectiveAmount[] = [];
    for (let e = first; e >= 0; e = this.#next[e]) {
      const u = this.#unitOf[e];
      const row = this.#rowOf[e];
      parts.push(
        new EmployeeShare(
          this.units[u],
          this.#weights[e],
          this.#sums[u],
          this.#amounts[e],
          this.assignments[row],
          this.personOf[row],
          this.#percents[e],
          this.#equalOf[u],
        ),
      );
    }
    return parts;
  }
}

/**
 * One person's part of one unit. Its trail (the unit's steps, the share, the person's factors,
 * the amount) is assembled when read: the unit's and the person's steps are shared objects, and
 * the two steps of its own are built then. `JSON.stringify` gives the plain fields, trail included.
 */
export class EmployeeShare implements EmployeeObjectiveAmount {
  readonly objectiveKey: string;
  /** The share is weight / sum, divided when read: two whole numbers rather than a boxed fraction. */
  readonly #weight: number;
  readonly #sum: number;
  readonly #unit: UnitAllocation;
  readonly #assignment: Assignment;
  readonly #person: Person;
  /** Share % given, or with `#equalOf` > 0, one of that many equal shares. */
  readonly #sharePercent: number;
  readonly #equalOf: number;

  constructor(
    unit: UnitAllocation,
    weight: number,
    sum: number,
    readonly amount: Cents,
    assignment: Assignment,
    person: Person,
    sharePercent: number,
    equalOf: number,
  ) {
    this.objectiveKey = unit.key;
    this.#weight = weight;
    this.#sum = sum;
    this.#unit = unit;
    this.#assignment = assignment;
    this.#person = person;
    this.#sharePercent = sharePercent;
    this.#equalOf = equalOf;
  }

  get share(): number {
    return this.#weight / this.#sum;
  }

  /** Present (true) only on a part paid by the area rule, as on the plain object. */
  get areaRule(): true | undefined {
    return this.#assignment.implicit === true ? true : undefined;
  }

  get trail(): TrailStep[] {
    const a = this.#assignment;
    const name = nameOf(a, this.#person);
    const shareStep =
      a.implicit === true
        ? trailStep('shareAreaRule', { employee: name, count: this.#equalOf }, [a.cell])
        : this.#equalOf > 0
          ? trailStep('shareEqual', { employee: name, count: this.#equalOf }, [a.cell])
          : trailStep('share', { employee: name, share: this.#sharePercent }, [a.share.cell ?? a.cell]);
    // Before the payment the part is a potential share of the unit's allocation.
    const u = this.#unit;
    const amountStep = Number.isNaN(u.achievement)
      ? trailStep('employeePotential', {
          share: cleanNumber(this.share * 100),
          allocated: money(u.allocated),
          amount: money(this.amount),
        })
      : trailStep('employeeAmount', {
          share: cleanNumber(this.share * 100),
          paid: money(u.paid),
          amount: money(this.amount),
        });
    return [...this.#unit.trail, shareStep, ...this.#person.steps, amountStep];
  }

  toJSON(): EmployeeObjectiveAmount {
    const json: EmployeeObjectiveAmount = {
      objectiveKey: this.objectiveKey,
      share: this.share,
      amount: this.amount,
      trail: this.trail,
    };
    if (this.areaRule) json.areaRule = true;
    return json;
  }
}

/** One person's pay: the total as it is added up, the parts by objective made on first read. */
export class PaidEmployee implements EmployeeAmount {
  readonly name: string;
  total: Cents = 0;
  // Present only when known, as on the plain object (no own property otherwise).
  declare area?: string;
  readonly #parts: PaidParts;
  /** The person's first and last entries in `#parts`; -1: none yet. */
  #first = -1;
  #last = -1;
  #byObjective: EmployeeObjectiveAmount[] | undefined = undefined;

  constructor(name: string, area: string | undefined, parts: PaidParts) {
    this.name = name;
    if (area !== undefined) this.area = area;
    this.#parts = parts;
  }

  /** Adds the part recorded as `entry` (of `amount` cents) after the person's others. */
  add(entry: number, amount: Cents): void {
    this.total += amount;
    this.#byObjective = undefined; // built before this part: build again when read

    if (this.#last < 0) this.#first = entry;
    else this.#parts.chain(this.#last, entry);
    this.#last = entry;
  }

  get byObjective(): EmployeeObjectiveAmount[] {
    return (this.#byObjective ??= this.#first < 0 ? [] : this.#parts.partsFrom(this.#first));
  }

  toJSON(): EmployeeAmount {
    const json: EmployeeAmount = { name: this.name, total: this.total, byObjective: this.byObjective };
    if (this.area !== undefined) json.area = this.area;
    return json;
  }
}
