/** The score of one indicator, as scoring hands it to the writers and the distribution. */
import type { Locale } from '../../i18n';
import type { CellRef, Indicator } from '../model';
import type { IndicatorScore } from '../results';
import { indicatorAchievement, type IndicatorParams } from './indicator';

/** What an indicator was scored with: one object shared by all the scores of a run. */
export interface ScoringContext {
  params: IndicatorParams;
  locale: Locale;
}

/**
 * An `IndicatorScore` that keeps its numbers and derives its text and cells when read, by
 * scoring the indicator again (`indicatorAchievement` is a pure function of the indicator, the
 * parameters and the language, so the result is the same). On a plan of 500,000 indicators,
 * holding the explanation (text or parameters) and the cells of every score costs a few hundred
 * MB, and the collector's time with it; most are never shown. Each read of `cells` returns a new
 * array. `JSON.stringify` gives the same fields as a plain object, explanation and cells included.
 */
export class ScoredIndicator implements IndicatorScore {
  readonly #indicator: Indicator;
  readonly #context: ScoringContext;

  constructor(
    readonly index: number,
    readonly objectiveKey: string,
    readonly subWeight: number,
    readonly needsManual: boolean,
    readonly missingActual: boolean,
    /** Undefined when it cannot be computed (set in the constructor: no late-added property). */
    readonly achievement: number | undefined,
    indicator: Indicator,
    context: ScoringContext,
  ) {
    this.#indicator = indicator;
    this.#context = context;
  }

  get explanation(): string {
    return this.#rescore().explanation;
  }

  /** The cells the result was read from, then the sub-weight's cell. */
  get cells(): CellRef[] {
    return scoreCells(this.#rescore().cells, this.#indicator);
  }

  #rescore() {
    return indicatorAchievement(this.#indicator, this.#context.params, this.#context.locale);
  }

  toJSON(): IndicatorScore {
    const out: IndicatorScore = {
      index: this.index,
      objectiveKey: this.objectiveKey,
      subWeight: this.subWeight,
      needsManual: this.needsManual,
      missingActual: this.missingActual,
      explanation: this.explanation,
      cells: this.cells,
    };
    if (this.achievement !== undefined) out.achievement = this.achievement;
    return out;
  }
}

/** The result's cells (already without repeats) plus the sub-weight's cell when it is new. */
function scoreCells(cells: CellRef[], ind: Indicator): CellRef[] {
  const c = ind.subWeight.cell;
  if (c !== undefined && !cells.some((o) => o.sheet === c.sheet && o.cell === c.cell)) cells.push(c);
  return cells;
}
