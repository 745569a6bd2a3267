/**
 * The score of one objective as `score` hands it out: its own numbers are plain fields, its
 * indicators' scores and its cells are made on first read from what the run measured.
 *
 * Why: a plan of 100,000 objectives has 500,000 indicators; their scores as objects (with the
 * arrays holding them) were about 60 MB and half a million allocations the collector had to copy,
 * while the distribution never reads them and a writer reads them once. The run keeps every
 * indicator's numbers in typed arrays (a few MB); an objective's `indicators` is built from them
 * the first time it is read and then kept, so later reads return the same objects. JSON gives
 * the same fields, in the same order, as a plain object would.
 */
import type { CellRef, Objective, Plan } from '../model';
import type { IndicatorScore, ObjectiveScore } from '../results';
import { uniqueCells } from './cells';
import type { IndicatorIssue } from './indicator';
import { ISSUES, missesActual, needsManual } from './measure';
import { ScoredIndicator, type ScoringContext } from './scored';
import { fillSubWeights } from './subWeights';

/** Every indicator's numbers by its position in the plan, and the order of each objective's. */
export interface MeasuredIndicators {
  /** Indicator positions grouped by objective (see grouping.ts). */
  members: Int32Array;
  /** NaN: could not be computed (see `issues`). */
  achievements: Float64Array;
  /** As given; NaN when missing. */
  givenSubWeights: Float64Array;
  /** Position in ISSUES plus one; 0: none. */
  issues: Uint8Array;
}

/** What the scores of one `score` call share. */
export interface ScoringRun {
  plan: Plan;
  context: ScoringContext;
  measured: MeasuredIndicators;
}

export function issueAt(measured: MeasuredIndicators, index: number): IndicatorIssue | undefined {
  const code = measured.issues[index];
  return code === 0 ? undefined : ISSUES[code - 1];
}

export class ScoredObjective implements ObjectiveScore {
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly source: ObjectiveScore['source'];
  belowSoglia = false;
  declare area?: string;
  declare achievement?: number;
  declare effective?: number;
  readonly #run: ScoringRun;
  readonly #objective: Objective;
  /** The objective's indicators are `measured.members[from .. to)`. */
  readonly #from: number;
  readonly #to: number;
  #indicators: IndicatorScore[] | undefined;
  #cells: CellRef[] | undefined;

  constructor(
    objective: Objective,
    source: ObjectiveScore['source'],
    run: ScoringRun,
    from: number,
    to: number,
  ) {
    this.key = objective.key;
    this.id = objective.id;
    this.title = objective.title.value ?? '';
    this.source = source;
    this.#run = run;
    this.#objective = objective;
    this.#from = from;
    this.#to = to;
  }

  get indicators(): IndicatorScore[] {
    return (this.#indicators ??= indicatorScores(this.#run, this.key, this.#from, this.#to));
  }

  /** The objective's row, the manual achievement's cell when it was used, the soglia's cell. */
  get cells(): CellRef[] {
    const o = this.#objective;
    return (this.#cells ??= uniqueCells([
      o.cell,
      this.source === 'manual' ? o.manualAchievement?.cell : undefined,
      o.soglia?.cell,
    ]));
  }

  toJSON(): ObjectiveScore {
    const out: ObjectiveScore = {
      key: this.key,
      id: this.id,
      title: this.title,
      source: this.source,
      belowSoglia: this.belowSoglia,
      indicators: this.indicators,
      cells: this.cells,
    };
    if (this.area !== undefined) out.area = this.area;
    if (this.achievement !== undefined) out.achievement = this.achievement;
    if (this.effective !== undefined) out.effective = this.effective;
    return out;
  }
}

/** The scores of the indicators at `members[from .. to)`, all of objective `key`. */
function indicatorScores(run: ScoringRun, key: string, from: number, to: number): IndicatorScore[] {
  const { measured, plan, context } = run;
  const n = to - from;
  const subWeights = new Float64Array(n);
  for (let i = 0; i < n; i++) subWeights[i] = measured.givenSubWeights[measured.members[from + i]];
  fillSubWeights(subWeights, n);
  const scores = new Array<IndicatorScore>(n);
  for (let i = 0; i < n; i++) {
    const index = measured.members[from + i];
    const issue = issueAt(measured, index);
    const a = measured.achievements[index];
    scores[i] = new ScoredIndicator(
      index,
      key, // the indicators' own key: they were grouped by it
      subWeights[i],
      needsManual(issue),
      missesActual(issue),
      Number.isNaN(a) ? undefined : a,
      plan.indicators[index],
      context,
    );
  }
  return scores;
}
