/**
 * The numbers of an indicator's score without its words: the achievement, or the issue that
 * leaves it undefined. Scoring a whole plan needs only these; the explanation and the cells are
 * made when a score is read (scored.ts). On a plan of 500,000 indicators the explaining path's
 * texts, cell lists and intermediate objects were most of scoring's time and of its garbage, so
 * this path allocates nothing: it fills the caller's `Measure`.
 *
 * The rules are those of `indicatorAchievement` (indicator.ts, where the choices are written
 * down); test/domain/scoring/measure.test.ts checks on thousands of generated indicators that
 * both give the same achievement and issue.
 */
import type { Actual, Indicator, IsoDate, Target } from '../model';
import type { IndicatorIssue, IndicatorParams } from './indicator';
import { monthsLatePacked, packedDate } from '../values/dates';
import { clamp01 } from './fraction';
import { lateFactor } from './late';

export interface Measure {
  /** 0..1; undefined when `issue` is set. */
  achievement: number | undefined;
  issue: IndicatorIssue | undefined;
}

/** The issues in a fixed order: typed arrays keep an issue as its position here plus one. */
export const ISSUES: readonly IndicatorIssue[] = [
  'missingActual',
  'unreadableActual',
  'manualTarget',
  'unreadableTarget',
  'actualMismatch',
];

export function newMeasure(): Measure {
  return { achievement: undefined, issue: undefined };
}

/** The issue means the user must type the % (rather than the actual). */
export function needsManual(issue: IndicatorIssue | undefined): boolean {
  return issue !== undefined && !missesActual(issue);
}

/** The issue is an actual that is missing or unreadable. */
export function missesActual(issue: IndicatorIssue | undefined): boolean {
  return issue === 'missingActual' || issue === 'unreadableActual';
}

export function measureIndicator(ind: Indicator, params: IndicatorParams, out: Measure): Measure {
  const manual = ind.manualAchievement?.value;
  if (manual !== undefined && Number.isFinite(manual)) return reached(out, clamp01(manual / 100));

  const target = ind.target.value;
  if (target === undefined) return failed(out, 'unreadableTarget');
  if (target.kind === 'manual') return failed(out, 'manualTarget');
  if (target.kind === 'deadline') return deadline(ind, target.date, params, out);

  const actual = ind.actual.value;
  if (actual === undefined) return missing(ind, out);
  const base = target.kind === 'yesNo' ? yesNo(actual) : numeric(target, actual, params);
  if (base === undefined) return failed(out, 'actualMismatch');
  return reached(out, withLatePenalty(ind, actual, base, params));
}

function reached(out: Measure, achievement: number): Measure {
  out.achievement = achievement;
  out.issue = undefined;
  return out;
}

function failed(out: Measure, issue: IndicatorIssue): Measure {
  out.achievement = undefined;
  out.issue = issue;
  return out;
}

function missing(ind: Indicator, out: Measure): Measure {
  return failed(out, ind.actual.problem !== undefined ? 'unreadableActual' : 'missingActual');
}

function numeric(
  target: Extract<Target, { kind: 'atLeast' | 'atMost' }>,
  actual: Actual,
  params: IndicatorParams,
): number | undefined {
  if (actual.kind === 'boolean') return actual.value ? 1 : 0;
  if (actual.kind !== 'number' || !Number.isFinite(actual.value)) return undefined;
  const v = actual.value;
  const t = target.value;
  if (target.kind === 'atLeast') return t > 0 ? clamp01(v / t) : v >= t ? 1 : 0;
  if (params.atMostPolicy === 'proportional' && t > 0) return v <= 0 ? 1 : clamp01(t / v);
  return (target.strict ? v < t : v <= t) ? 1 : 0;
}

function yesNo(actual: Actual): number | undefined {
  if (actual.kind === 'boolean') return actual.value ? 1 : 0;
  if (actual.kind === 'date') return 1;
  return undefined;
}

function deadline(ind: Indicator, dueIso: IsoDate, params: IndicatorParams, out: Measure): Measure {
  // Dates read once each, as yyyymmdd numbers (-1: not a valid date).
  const due = packedDate(dueIso);
  if (due < 0) return failed(out, 'unreadableTarget');
  const actual = ind.actual.value;
  let completion: IsoDate | undefined;
  if (actual?.kind === 'date') completion = actual.date;
  else if (actual?.kind === 'boolean') {
    if (!actual.value) return reached(out, 0);
    completion = ind.completion?.value;
    if (completion === undefined) return reached(out, 1);
  } else if (actual?.kind === 'number') return failed(out, 'actualMismatch');
  else {
    completion = ind.completion?.value;
    if (completion === undefined) return missing(ind, out);
  }
  const done = packedDate(completion);
  if (done < 0) return failed(out, 'actualMismatch');
  const months = monthsLatePacked(due, done);
  return reached(
    out,
    months === 0 ? 1 : clamp01(lateFactor(months, ind.latePenaltyPerMonth ?? params.latePenaltyPerMonth)),
  );
}

/** Non-deadline targets: a deadline and a completion date on the indicator cost the late penalty. */
function withLatePenalty(ind: Indicator, actual: Actual, base: number, params: IndicatorParams): number {
  const due = ind.deadline?.value;
  const completion = ind.completion?.value ?? (actual.kind === 'date' ? actual.date : undefined);
  if (due === undefined || completion === undefined || base === 0) return base;
  const dueDay = packedDate(due);
  const doneDay = packedDate(completion);
  // Invalid dates are reported by validation; here they just do not cost a penalty.
  if (dueDay < 0 || doneDay < 0) return base;
  const months = monthsLatePacked(dueDay, doneDay);
  if (months === 0) return base;
  return clamp01(base * lateFactor(months, ind.latePenaltyPerMonth ?? params.latePenaltyPerMonth));
}
