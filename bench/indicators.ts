/**
 * Indicators of one objective for the benchmark plans: every target kind of docs/domain.md section 5
 * (at least, at most, yes/no, deadline, free text with a typed achievement) with a year-end
 * actual a scorer can use, sub-weights adding up to exactly 100 (or all blank: equal shares),
 * and some deadline / completion columns so the late penalty is exercised too.
 */
import type { Actual, Field, Indicator, IsoDate, Target } from '../src/domain/model';
import { INDICATOR_TEXTS } from './names';
import type { Random } from './random';
import { splitUnits } from './random';
import { addDays, endOfMonth, italianDate, type Sheet } from './sheet';

type Kind = 'atLeastPercent' | 'atLeastCount' | 'atMost' | 'yesNo' | 'deadline' | 'manual';

const KINDS: readonly (readonly [Kind, number])[] = [
  ['atLeastPercent', 22],
  ['atLeastCount', 20],
  ['atMost', 14],
  ['yesNo', 14],
  ['deadline', 20],
  ['manual', 10],
];

interface Columns {
  target: Field<Target>;
  actual: Field<Actual>;
  deadline?: Field<IsoDate>;
  completion?: Field<IsoDate>;
  manualAchievement?: Field<number>;
}

/** A completion date around a deadline: mostly on time, sometimes one to three months late. */
function completionAround(rng: Random, due: IsoDate): IsoDate {
  return addDays(due, rng.chance(0.75) ? -rng.int(0, 60) : rng.int(1, 90));
}

function deadlineIn(rng: Random, year: number): IsoDate {
  return endOfMonth(year, rng.int(3, 12));
}

function columns(kind: Kind, rng: Random, sheet: Sheet, row: number, year: number): Columns {
  const f = <T>(value: T, raw: string | number | boolean | null, col: string) =>
    sheet.field(value, raw, col, row);
  switch (kind) {
    case 'atLeastPercent': {
      const t = rng.pick([70, 80, 90, 95, 100]);
      const v = Math.min(100, Math.round(t * (0.6 + rng.next() * 0.6)));
      const c: Columns = {
        target: f<Target>({ kind: 'atLeast', value: t, percent: true }, `almeno ${t}%`, 'C'),
        actual: f<Actual>({ kind: 'number', value: v }, `${v}%`, 'D'),
      };
      if (rng.chance(0.15)) {
        const due = deadlineIn(rng, year);
        const done = completionAround(rng, due);
        c.deadline = f(due, italianDate(due), 'F');
        c.completion = f(done, italianDate(done), 'G');
      }
      return c;
    }
    case 'atLeastCount': {
      const t = rng.int(2, 400);
      const v = Math.round(t * (0.5 + rng.next() * 0.8));
      return {
        target: f<Target>({ kind: 'atLeast', value: t, percent: false }, `N. ${t} attivit\u00e0`, 'C'),
        actual: f<Actual>({ kind: 'number', value: v }, v, 'D'),
      };
    }
    case 'atMost': {
      const strict = rng.chance(0.3);
      const t = rng.int(1, 30);
      const v = Math.max(0, Math.round(t * (0.4 + rng.next() * 0.9)));
      return {
        target: f<Target>(
          { kind: 'atMost', value: t, strict, percent: false },
          `${strict ? '<' : '<='} ${t}`,
          'C',
        ),
        actual: f<Actual>({ kind: 'number', value: v }, v, 'D'),
      };
    }
    case 'yesNo': {
      const yes = rng.chance(0.85);
      return {
        target: f<Target>({ kind: 'yesNo' }, 'SI', 'C'),
        actual: f<Actual>({ kind: 'boolean', value: yes }, yes ? 'SI' : 'NO', 'D'),
      };
    }
    case 'deadline': {
      const due = deadlineIn(rng, year);
      const target = f<Target>({ kind: 'deadline', date: due }, `entro il ${italianDate(due)}`, 'C');
      const done = completionAround(rng, due);
      if (rng.chance(0.7)) {
        return { target, actual: f<Actual>({ kind: 'date', date: done }, italianDate(done), 'D') };
      }
      // "SI" in the actual column and the date in "Data completamento".
      return {
        target,
        actual: f<Actual>({ kind: 'boolean', value: true }, 'SI', 'D'),
        completion: f(done, italianDate(done), 'G'),
      };
    }
    case 'manual': {
      const text = rng.pick(INDICATOR_TEXTS.manual);
      const grade = rng.int(40, 100);
      return {
        target: f<Target>({ kind: 'manual', text }, text, 'C'),
        actual: sheet.empty('D', row),
        manualAchievement: f(grade, grade, 'H'),
      };
    }
  }
}

function description(kind: Kind, rng: Random): string {
  switch (kind) {
    case 'atLeastPercent':
      return rng.pick(INDICATOR_TEXTS.atLeastPercent);
    case 'atLeastCount':
      return rng.pick(INDICATOR_TEXTS.atLeastCount);
    default:
      return rng.pick(INDICATOR_TEXTS[kind]);
  }
}

/** `count` indicators of the objective `key`, rows on the indicator sheet. */
export function indicatorsOf(
  key: string,
  count: number,
  rng: Random,
  sheet: Sheet,
  year: number,
): Indicator[] {
  // Most objectives give sub-weights ("Peso indicatore") adding up to 100; some leave them blank.
  const weights =
    count > 0 && rng.chance(0.8)
      ? splitUnits(
          100,
          Array.from({ length: count }, () => rng.int(1, 4)),
        )
      : undefined;
  const out: Indicator[] = [];
  for (let i = 0; i < count; i++) {
    const row = sheet.nextRow();
    const kind = rng.weighted(KINDS);
    const text = description(kind, rng);
    const ind: Indicator = {
      objectiveKey: key,
      description: sheet.field(text, text, 'B', row),
      subWeight:
        weights !== undefined ? sheet.field(weights[i], weights[i], 'E', row) : sheet.empty('E', row),
      ...columns(kind, rng, sheet, row, year),
      cell: sheet.rowRef(row, 'A', 'H'),
    };
    out.push(ind);
  }
  return out;
}
