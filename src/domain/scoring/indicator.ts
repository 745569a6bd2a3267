/**
 * Achievement of one indicator (docs/domain.md section 5), 0..1, from its parsed target and actual.
 *
 * Choices where the brief leaves room (also in docs of the scoring module, index.ts):
 * - A manual "grado di raggiungimento" on the indicator wins over everything (clamped to 0..100 %).
 * - Percent targets ("almeno 80%") compare the actual as a percent: the reader delivers 85 for
 *   85 % (also for percent-formatted cells); scoring does not guess between 0.85 and 85.
 * - at least: min(actual / target, 1); a target <= 0 has no ratio, so it is met (1) or not (0)
 *   by actual >= target. "> 52" is read as at least 52 (the model keeps no strictness for it).
 * - at most, binary policy: 1 if actual <= target (< when strict), else 0.
 *   Proportional policy: min(target / actual, 1), actual <= 0 counts as met; strictness is ignored
 *   (at the boundary the ratio is 1). A target <= 0 has no ratio: it falls back to binary.
 * - A boolean actual on a numeric target: SI = reached (1), NO = not reached (0).
 * - yes/no: SI 1, NO 0; a date as actual means done on that date (1). A number is not read as
 *   yes/no ("1" or "100" are ambiguous): the user is asked for the % instead.
 * - deadline: the completion date is the actual when it is a date, else the indicator's
 *   completion column. On or before the deadline 1, else 1 - penalty x months late (each started
 *   month counts), not below 0. A boolean SI with no completion date counts as done on time: the
 *   user stated it was achieved and gave no date to say otherwise. NO counts 0.
 * - Any other target with a deadline and a completion date on the indicator (columns "Tempi",
 *   "Data completamento") gets the same late penalty on top of its achievement.
 * - A missing actual leaves the achievement undefined (missingActual); so does an unreadable one.
 *   A target that is free text, unreadable, or an actual that cannot be compared with the target
 *   (a date against a number), needs the manual %.
 */
import type { Actual, CellRef, Field, Indicator, IsoDate, Parameters, RawValue, Target } from '../model';
import type { Locale } from '../../i18n';
import { uniqueCells } from './cells';
import { Explanation, type ExplanationParams } from './explanation';
import { formatIsoDate, isIsoDate, monthsLate } from './dates';
import { clamp01, displayPercent } from './fraction';
import { lateFactor, latePenaltyPercent } from './late';

/** Why an indicator's achievement could not be computed. */
export type IndicatorIssue =
  'missingActual' | 'unreadableActual' | 'manualTarget' | 'unreadableTarget' | 'actualMismatch';

export interface IndicatorAchievement {
  /** 0..1; undefined when `issue` is set. */
  achievement?: number;
  needsManual: boolean;
  missingActual: boolean;
  issue?: IndicatorIssue;
  /** Short explanation in the requested language, e.g. "85 su 100 (almeno): 85%". */
  explanation: string;
  /** The indicator's row, then the cells the result was read from. */
  cells: CellRef[];
}

export type IndicatorParams = Pick<Parameters, 'atMostPolicy' | 'latePenaltyPerMonth'>;

/** The language explanations are written in. */
interface Say {
  locale: Locale;
}

function text(say: Say, key: string, params?: ExplanationParams): Explanation {
  return new Explanation(say.locale, key, params);
}

type NumericTarget = Extract<Target, { kind: 'atLeast' | 'atMost' }>;

interface Outcome {
  achievement: number;
  explanation: Explanation;
}

/**
 * What `indicatorAchievement` returns: the explanation is rendered when read (explanation.ts);
 * `message` is the unrendered explanation, for scores that render it later.
 */
export class IndicatorResult implements IndicatorAchievement {
  declare achievement?: number;
  declare issue?: IndicatorIssue;

  constructor(
    readonly needsManual: boolean,
    readonly missingActual: boolean,
    readonly message: Explanation,
    readonly cells: CellRef[],
  ) {}

  get explanation(): string {
    return this.message.toString();
  }

  toJSON(): IndicatorAchievement {
    const { achievement, needsManual, missingActual, issue, explanation, cells } = this;
    const out: IndicatorAchievement = { needsManual, missingActual, explanation, cells };
    if (achievement !== undefined) out.achievement = achievement;
    if (issue !== undefined) out.issue = issue;
    return out;
  }
}

export function indicatorAchievement(
  ind: Indicator,
  params: IndicatorParams,
  locale: Locale = 'it',
): IndicatorResult {
  return scoreIndicator(ind, params, { locale });
}

function scoreIndicator(ind: Indicator, params: IndicatorParams, say: Say): IndicatorResult {
  const baseCells = [ind.cell, ind.target.cell, ind.actual.cell];

  const manual = ind.manualAchievement?.value;
  if (manual !== undefined && Number.isFinite(manual)) {
    const a = clamp01(manual / 100);
    return done({ achievement: a, explanation: text(say, 'manual', { achievement: displayPercent(a) }) }, [
      ind.cell,
      ind.manualAchievement?.cell,
    ]);
  }

  const target = ind.target.value;
  if (target === undefined) {
    return blocked(
      'unreadableTarget',
      text(say, 'unreadableTarget', { target: rawText(ind.target) }),
      baseCells,
    );
  }
  if (target.kind === 'manual') {
    return blocked('manualTarget', text(say, 'manualTarget', { target: target.text }), baseCells);
  }
  if (target.kind === 'deadline') return deadlineAchievement(ind, target.date, params, say);

  const actual = ind.actual.value;
  if (actual === undefined) return missing(ind, say);
  const base =
    target.kind === 'yesNo' ? yesNoAchievement(actual, say) : numericAchievement(target, actual, params, say);
  if (base === undefined) return mismatch(ind, say);
  return withLatePenalty(ind, base, params, say);
}

function done(result: Outcome, cells: (CellRef | undefined)[]): IndicatorResult {
  const r = new IndicatorResult(false, false, result.explanation, uniqueCells(cells));
  r.achievement = result.achievement;
  return r;
}

function blocked(
  issue: IndicatorIssue,
  explanation: Explanation,
  cells: (CellRef | undefined)[],
): IndicatorResult {
  const missingActual = issue === 'missingActual' || issue === 'unreadableActual';
  const r = new IndicatorResult(!missingActual, missingActual, explanation, uniqueCells(cells));
  r.issue = issue;
  return r;
}

function missing(ind: Indicator, say: Say): IndicatorResult {
  const cells = [ind.cell, ind.target.cell, ind.actual.cell];
  return ind.actual.problem !== undefined
    ? blocked('unreadableActual', text(say, 'unreadableActual', { actual: rawText(ind.actual) }), cells)
    : blocked('missingActual', text(say, 'missingActual'), cells);
}

function mismatch(ind: Indicator, say: Say): IndicatorResult {
  return blocked(
    'actualMismatch',
    text(say, 'actualMismatch', { actual: describeActual(ind.actual), target: rawText(ind.target) }),
    [ind.cell, ind.target.cell, ind.actual.cell, ind.completion?.cell],
  );
}

function numericAchievement(
  target: NumericTarget,
  actual: Actual,
  params: IndicatorParams,
  say: Say,
): Outcome | undefined {
  if (actual.kind === 'boolean') return booleanAchievement(actual.value, say);
  if (actual.kind !== 'number' || !Number.isFinite(actual.value)) return undefined;
  const unit = target.percent ? '%' : '';
  const v = actual.value;
  const t = target.value;
  const facts = { actual: v, target: t, unit };

  if (target.kind === 'atLeast') {
    const a = t > 0 ? clamp01(v / t) : v >= t ? 1 : 0;
    return {
      achievement: a,
      explanation: text(say, 'atLeast', { ...facts, achievement: displayPercent(a) }),
    };
  }
  if (params.atMostPolicy === 'proportional' && t > 0) {
    const a = v <= 0 ? 1 : clamp01(t / v);
    return {
      achievement: a,
      explanation: text(say, 'atMostProportional', { ...facts, achievement: displayPercent(a) }),
    };
  }
  const met = target.strict ? v < t : v <= t;
  const key = `${target.strict ? 'atMostStrict' : 'atMost'}${met ? 'Met' : 'Missed'}`;
  return { achievement: met ? 1 : 0, explanation: text(say, key, facts) };
}

function yesNoAchievement(actual: Actual, say: Say): Outcome | undefined {
  if (actual.kind === 'boolean') return booleanAchievement(actual.value, say);
  if (actual.kind === 'date') {
    return {
      achievement: 1,
      explanation: text(say, 'doneOn', { date: formatIsoDate(actual.date) }),
    };
  }
  return undefined;
}

function booleanAchievement(value: boolean, say: Say): Outcome {
  return value
    ? { achievement: 1, explanation: text(say, 'yes') }
    : { achievement: 0, explanation: text(say, 'no') };
}

function deadlineAchievement(
  ind: Indicator,
  due: IsoDate,
  params: IndicatorParams,
  say: Say,
): IndicatorResult {
  const cells = [ind.cell, ind.target.cell, ind.actual.cell, ind.completion?.cell];
  if (!isIsoDate(due)) {
    return blocked(
      'unreadableTarget',
      text(say, 'unreadableTarget', { target: rawText(ind.target) || due }),
      cells,
    );
  }
  const actual = ind.actual.value;
  let completion: IsoDate | undefined;
  if (actual?.kind === 'date') {
    completion = actual.date;
  } else if (actual?.kind === 'boolean') {
    if (!actual.value) return done({ achievement: 0, explanation: text(say, 'notDone') }, cells);
    completion = ind.completion?.value;
    if (completion === undefined) {
      return done(
        {
          achievement: 1,
          explanation: text(say, 'doneNoDate', { deadline: formatIsoDate(due) }),
        },
        cells,
      );
    }
  } else if (actual?.kind === 'number') {
    return mismatch(ind, say);
  } else {
    completion = ind.completion?.value;
    if (completion === undefined) return missing(ind, say);
  }
  const late = lateResult(due, completion, 1, perMonth(ind, params), say);
  return late === undefined ? mismatch(ind, say) : done(late, cells);
}

/**
 * The deadline outcome for an achievement `base` completed on `completion`; undefined when the
 * completion date is not a valid date.
 */
function lateResult(
  due: IsoDate,
  completion: IsoDate,
  base: number,
  penaltyPerMonth: number,
  say: Say,
): Outcome | undefined {
  const months = monthsLate(due, completion);
  if (months === undefined) return undefined;
  const dates: ExplanationParams = { completion: formatIsoDate(completion), deadline: formatIsoDate(due) };
  if (months === 0) {
    return {
      achievement: base,
      explanation: text(say, 'onTime', { ...dates, achievement: displayPercent(base) }),
    };
  }
  const a = clamp01(base * lateFactor(months, penaltyPerMonth));
  const penalty = latePenaltyPercent(months, penaltyPerMonth);
  const delay =
    months === 1 ? text(say, 'delayOne', { penalty }) : text(say, 'delayMany', { months, penalty });
  return {
    achievement: a,
    explanation: text(say, 'late', { ...dates, delay, achievement: displayPercent(a) }),
  };
}

/** The objective's own penalty per month when its text states one, else the parameter's. */
function perMonth(ind: Indicator, params: IndicatorParams): number {
  return ind.latePenaltyPerMonth ?? params.latePenaltyPerMonth;
}

/** Non-deadline targets: a deadline and a completion date on the indicator cost the same penalty. */
function withLatePenalty(ind: Indicator, base: Outcome, params: IndicatorParams, say: Say): IndicatorResult {
  const cells = [ind.cell, ind.target.cell, ind.actual.cell];
  const due = ind.deadline?.value;
  const actual = ind.actual.value;
  const completion = ind.completion?.value ?? (actual?.kind === 'date' ? actual.date : undefined);
  if (due === undefined || completion === undefined || base.achievement === 0) return done(base, cells);
  const months = monthsLate(due, completion);
  // Invalid dates are reported by validation; here they just do not cost a penalty.
  if (months === undefined || months === 0) return done(base, cells);
  const late = lateResult(due, completion, base.achievement, perMonth(ind, params), say);
  if (late === undefined) return done(base, cells);
  return done(
    {
      achievement: late.achievement,
      explanation: text(say, 'withLate', { base: base.explanation, late: late.explanation }),
    },
    [...cells, ind.deadline?.cell, ind.completion?.cell],
  );
}

/** The text a cell held, for messages ("" when it held nothing printable). */
export function rawText(field: Field<unknown>): string {
  return printable(field.raw);
}

function printable(raw: RawValue | undefined): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return raw.error;
}

function describeActual(field: Field<Actual>): string {
  const raw = rawText(field);
  if (raw !== '') return raw;
  const a = field.value;
  if (a === undefined) return '';
  if (a.kind === 'date') return formatIsoDate(a.date);
  return String(a.value);
}
