/**
 * A unit: one objective row of a pool, made when its pool is split (allocate.ts, byArea.ts,
 * coefficient.ts), paid afterwards (payment.ts). One object per unit from allocation to
 * result: a large plan has 100,000 units, and a draft, a result, a trail array and three steps
 * each were most of the distribution's garbage.
 *
 * The trail is assembled the first time it is read, then kept (the same array on every read):
 * the steps the unit shares with its pool and area, its own step (fixed budget, coefficient or
 * weight, made then by the split's `OwnSteps`), its achievement, and what it received from the
 * pool's economie. `JSON.stringify` gives the fields of a plain `UnitAllocation`, in its order.
 */
import type { Cents, CellRef, Objective } from '../model';
import { fractionOf } from '../money';
import type { ObjectiveScore, TrailStep, UnitAllocation } from '../results';
import { effectiveOf } from './checks';
import { cleanNumber } from './numbers';
import { money, RenderedStep, titleOf, trailStep, type StepParams } from './text';

/**
 * The own steps of the units of one split, made on demand: the split's arrays (weights,
 * amounts) hold the figures, so a unit keeps only its index rather than a step object.
 */
export interface OwnSteps {
  /** The own step of the unit at `index` in the split. */
  stepAt(index: number): TrailStep;
}

/**
 * The achievement step: its parameters derived from the unit's figures when rendered. `paid`
 * is the unit's own payment, allocated - economie, before any redistribution (which has a step
 * of its own).
 */
class AchievementStep extends RenderedStep {
  readonly #unit: Unit;
  readonly #score: ObjectiveScore | undefined;

  constructor(unit: Unit, score: ObjectiveScore | undefined) {
    super('achievement');
    this.#unit = unit;
    this.#score = score;
  }

  /**
   * The score's own cells, shared, not copied; read from the score when asked: scores may make
   * them on first read (scoring/scoredObjective.ts).
   */
  get cells(): CellRef[] {
    return this.#score?.cells ?? [];
  }

  protected params(): StepParams {
    const u = this.#unit;
    return {
      achievement: cleanNumber(u.achievement * 100),
      paid: money(u.allocated - u.economie),
      allocated: money(u.allocated),
      economie: money(u.economie),
    };
  }
}

function redistributionStep(amount: Cents): TrailStep {
  return trailStep('redistribution', { amount: money(amount) }, []);
}

export class Unit implements UnitAllocation {
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly pool: string;
  readonly allocated: Cents;
  /**
   * Set by `pay`; NaN in the allocation phase, when units are not paid. A fraction from the
   * start (NaN until paid), not 0: an object whose field
   * changes from a small integer to a fraction changes layout in V8, and 100,000 units each
   * changing it cost more than paying them.
   */
  achievement = Number.NaN;
  paid: Cents = 0;
  economie: Cents = 0;
  redistributed: Cents = 0;
  // Present only when known, as on the plain object (no own property otherwise).
  declare area?: string;
  declare coefficient?: number;
  readonly #position: number;
  readonly #shared: readonly TrailStep[];
  readonly #own: OwnSteps;
  readonly #index: number;
  #score: ObjectiveScore | undefined = undefined;
  #trail: TrailStep[] | undefined = undefined;

  /**
   * `position`: the objective's position in the plan. `shared`: the steps the pool's (or the
   * area's) units share. `own` and `index`: where the unit's own step comes from.
   */
  constructor(
    objective: Objective,
    position: number,
    pool: string,
    allocated: Cents,
    shared: readonly TrailStep[],
    own: OwnSteps,
    index: number,
    coefficient?: number,
  ) {
    this.key = objective.key;
    this.id = objective.id;
    this.title = titleOf(objective);
    this.pool = pool;
    this.allocated = allocated;
    if (objective.area !== undefined) this.area = objective.area;
    if (coefficient !== undefined) this.coefficient = coefficient;
    this.#position = position;
    this.#shared = shared;
    this.#own = own;
    this.#index = index;
  }

  /** The position of the unit's objective in the plan's objectives. */
  get position(): number {
    return this.#position;
  }

  /**
   * Pays the unit its allocation x effective achievement (0 when unknown: the distribution is
   * refused before then), rounded half up; the rest is economie.
   */
  pay(score: ObjectiveScore | undefined): void {
    this.#score = score;
    this.achievement = effectiveOf(score) ?? 0;
    this.paid = fractionOf(this.allocated, this.achievement);
    this.economie = this.allocated - this.paid;
  }

  /** Whether `pay` was called: false in the allocation phase. */
  get isPaid(): boolean {
    return !Number.isNaN(this.achievement);
  }

  /**
   * What the unit's people share: its payment, or in the allocation phase its allocation (each
   * employee's potential share).
   */
  get toShare(): Cents {
    return this.isPaid ? this.paid : this.allocated;
  }

  /** Adds a part of the pool's economie (included in paid, with a step of its own). */
  receive(amount: Cents): void {
    this.redistributed = amount;
    this.paid += amount;
    this.#trail?.push(redistributionStep(amount));
  }

  get trail(): TrailStep[] {
    return (this.#trail ??= this.buildTrail());
  }

  private buildTrail(): TrailStep[] {
    const shared = this.#shared;
    const n = shared.length;
    // Not paid (the allocation phase): the trail ends with the unit's own allocation.
    const paid = !Number.isNaN(this.achievement);
    const trail = new Array<TrailStep>(paid ? n + 2 : n + 1);
    for (let i = 0; i < n; i++) trail[i] = shared[i];
    trail[n] = this.#own.stepAt(this.#index);
    if (paid) trail[n + 1] = new AchievementStep(this, this.#score);
    if (this.redistributed !== 0) trail.push(redistributionStep(this.redistributed));
    return trail;
  }

  toJSON(): UnitAllocation {
    const json: UnitAllocation = {
      key: this.key,
      id: this.id,
      title: this.title,
      pool: this.pool,
      allocated: this.allocated,
      achievement: this.achievement,
      paid: this.paid,
      economie: this.economie,
      redistributed: this.redistributed,
      trail: this.trail,
    };
    if (this.area !== undefined) json.area = this.area;
    if (this.coefficient !== undefined) json.coefficient = this.coefficient;
    return json;
  }
}
