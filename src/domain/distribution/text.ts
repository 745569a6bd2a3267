/**
 * Italian text of the distribution (trail details, pool names) from the catalogue, and the money
 * format used inside messages. Messages carry money as formatted text ("4.193,23"), so the
 * amounts read as a finance officer writes them.
 *
 * Trail steps render their detail lazily: a large plan has hundreds of thousands of steps
 * (several per unit and per assignment) and most are never shown, so a step keeps its catalogue
 * key and parameters, and formats the text the first time `detail` is read (then keeps it).
 * `JSON.stringify` of a step gives `{ step, detail, cells }`, as a plain object would.
 */
import { formatMessage, type Locale } from '../../i18n';
import type { CellRef, Cents } from '../model';
import type { TrailStep } from '../results';
import { formatCents } from '../money';

const LOCALE: Locale = 'it';

export type TextParams = Record<string, string | number>;

/** Text of `distribution.<key>`. */
export function text(key: string, params: TextParams = {}): string {
  return formatMessage(LOCALE, `distribution.${key}`, params);
}

/** Money for a message: "4.193,23". */
export function euro(c: Cents): string {
  return formatCents(c, LOCALE);
}

/** A money amount in trail parameters: formatted like `euro` when the step is rendered. */
export class Money {
  constructor(readonly cents: Cents) {}
  toString(): string {
    return euro(this.cents);
  }
}

/** Money for a trail step's parameters (formatted only if the step is shown). */
export function money(c: Cents): Money {
  return new Money(c);
}

export type StepParams = Record<string, string | number | Money>;

/**
 * A trail step whose `detail` is rendered from `distribution.trail.<step>` on first read, from
 * the parameters `params()` gives then. Subclasses keep what they need in their own fields
 * (a few numbers rather than a parameter object and its money objects per step).
 */
export abstract class RenderedStep implements TrailStep {
  #detail: string | undefined = undefined;

  constructor(readonly step: string) {}

  /** The cells the step's inputs came from (a subclass may list them only when asked). */
  abstract readonly cells: CellRef[];

  protected abstract params(): StepParams;

  get detail(): string {
    if (this.#detail === undefined) {
      const raw = this.params();
      const params: TextParams = {};
      for (const name in raw) {
        const v = raw[name];
        params[name] = v instanceof Money ? v.toString() : v;
      }
      this.#detail = text(`trail.${this.step}`, params);
    }
    return this.#detail;
  }

  toJSON(): TrailStep {
    return { step: this.step, detail: this.detail, cells: this.cells };
  }
}

/** A step with its parameters given up front. */
class LazyStep extends RenderedStep {
  readonly #params: StepParams;

  constructor(
    step: string,
    params: StepParams,
    readonly cells: CellRef[],
  ) {
    super(step);
    this.#params = params;
  }

  protected params(): StepParams {
    return this.#params;
  }
}

/** A trail step whose detail is `distribution.trail.<step>`. */
export function trailStep(step: string, params: StepParams, cells: (CellRef | undefined)[] = []): TrailStep {
  return new LazyStep(step, params, definedCells(cells));
}

/** The cells that are known, in order. */
export function definedCells(cells: readonly (CellRef | undefined)[]): CellRef[] {
  const defined: CellRef[] = [];
  for (const c of cells) if (c !== undefined) defined.push(c);
  return defined;
}

/**
 * The `area` parameter of objectives without an area: catalogue templates name it with
 * `{area:area}` / `{area:Area}` (i18n `areaLabel`), which say "obiettivi senza area".
 */
export const NO_AREA = '';

/** The objective's title for messages, or its id when the title is missing. */
export function titleOf(o: { id: string; title: { value?: string } }): string {
  return o.title.value ?? o.id;
}
