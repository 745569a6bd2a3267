import fc from 'fast-check';
import type { Field, Indicator, Objective, Plan } from '../../../src/domain/model';
import {
  SUB_WEIGHT_NEGATIVE,
  SUB_WEIGHT_PROBLEM,
  SUB_WEIGHT_VALUE,
  indicatorRows,
} from '../../../src/domain/rows/indicatorRows';
import { checkDatesAndTargets } from '../../../src/domain/validation/dates';
import { ISSUES, measureIndicator, newMeasure } from '../../../src/domain/scoring/measure';
import { withEngineRun } from '../../../src/domain/engineRun';
import { bad, cleanPlan, empty, ok } from '../validation/build';
import { naiveGroups } from '../naiveGroups';

function objectiveWithKey(key: string): Objective {
  return { key, id: key, title: ok(key, 'Pesi', 'B2'), scope: 'general', weight: {} };
}

/** A clean indicator of `objectiveKey` on sheet row `row`, with this sub-weight. */
function indicator(objectiveKey: string, row: number, subWeight: Field<number>): Indicator {
  return {
    objectiveKey,
    description: ok('Pratiche evase', 'Indicatori', `B${row}`),
    target: ok({ kind: 'atLeast', value: 10, percent: false }, 'Indicatori', `C${row}`),
    actual: ok({ kind: 'number', value: 12 }, 'Indicatori', `E${row}`),
    subWeight,
  };
}

const BASE = cleanPlan();

function planWith(objectiveKeys: readonly string[], indicators: Indicator[]): Plan {
  return { ...BASE, objectives: objectiveKeys.map(objectiveWithKey), indicators };
}

/** A sub-weight cell: read (any number, negatives included), unreadable, or empty. */
const subWeightField: fc.Arbitrary<Field<number>> = fc.oneof(
  fc.double({ min: -50, max: 150, noNaN: true }).map((v) => ok(v, 'Indicatori', 'D2')),
  fc.constant(bad<number>('dieci', 'NOT_A_NUMBER', 'Indicatori', 'D2')),
  fc.constant(empty<number>('Indicatori', 'D2')),
);

describe('indicatorRows: sub-weights', () => {
  it('flags and keeps each row sub-weight as the field says', () => {
    fc.assert(
      fc.property(fc.array(subWeightField, { maxLength: 30 }), (fields) => {
        const rows = indicatorRows(
          planWith(
            ['o'],
            fields.map((f, i) => indicator('o', i + 2, f)),
          ),
        );
        fields.forEach((f, i) => {
          const flags = rows.flags[i];
          expect((flags & SUB_WEIGHT_VALUE) !== 0).toBe(f.value !== undefined);
          expect((flags & SUB_WEIGHT_PROBLEM) !== 0).toBe(f.problem !== undefined);
          expect((flags & SUB_WEIGHT_NEGATIVE) !== 0).toBe(f.value !== undefined && f.value < 0);
          expect(rows.subWeight[i]).toBe(f.value ?? Number.NaN);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('does not call an unreadable cell negative even when the reader left a value', () => {
    const odd: Field<number> = { ...bad<number>('-5?', 'NOT_A_NUMBER', 'Indicatori', 'D2'), value: -5 };
    const rows = indicatorRows(planWith(['o'], [indicator('o', 2, odd)]));
    expect(rows.flags[0]).toBe(SUB_WEIGHT_VALUE | SUB_WEIGHT_PROBLEM);
  });
});

describe('indicatorRows: measures', () => {
  const sub = () => ok(50, 'Indicatori', 'D2');
  const rowsOf = (): Indicator[] => [
    indicator('o', 2, sub()),
    { ...indicator('o', 3, sub()), actual: empty('Indicatori', 'E3') },
    { ...indicator('o', 4, sub()), actual: bad('tanti', 'NOT_A_NUMBER', 'Indicatori', 'E4') },
    {
      ...indicator('o', 5, sub()),
      target: ok({ kind: 'atMost', value: 10, strict: false, percent: false }, 'Indicatori', 'C5'),
    },
    { ...indicator('o', 6, sub()), target: ok({ kind: 'manual', text: 'a giudizio' }, 'Indicatori', 'C6') },
    { ...indicator('o', 7, sub()), manualAchievement: ok(40, 'Indicatori', 'H7') },
    {
      ...indicator('o', 8, sub()),
      target: ok({ kind: 'deadline', date: '2024-06-30' }, 'Indicatori', 'C8'),
      actual: ok({ kind: 'date', date: '2024-08-15' }, 'Indicatori', 'E8'),
    },
  ];

  it.each(['binary', 'proportional'] as const)(
    'keeps what scoring measures for each row, with the plan parameters (at most: %s)',
    (atMostPolicy) => {
      const plan = { ...planWith(['o'], rowsOf()), params: { ...BASE.params, atMostPolicy } };
      const rows = indicatorRows(plan);
      const measure = newMeasure();
      plan.indicators.forEach((ind, i) => {
        measureIndicator(ind, plan.params, measure);
        expect(rows.achievement[i]).toBe(measure.achievement ?? Number.NaN);
        expect(rows.issue[i]).toBe(measure.issue === undefined ? 0 : ISSUES.indexOf(measure.issue) + 1);
      });
      // The cases above reach an achievement, two kinds of missing actual and a manual target.
      expect(new Set(Array.from(rows.issue)).size).toBe(4);
      expect(rows.achievement[3]).toBe(atMostPolicy === 'binary' ? 0 : 10 / 12);
    },
  );
});

describe('indicatorRows: groups', () => {
  it('groups the indicators by objective key as a naive grouping would', () => {
    const keys = fc.array(fc.constantFrom('a', 'b', 'c', 'ghost'), { maxLength: 30 });
    fc.assert(
      fc.property(keys, (rowKeys) => {
        const objectives = ['a', 'b', 'c', 'a'];
        const rows = indicatorRows(
          planWith(
            objectives,
            rowKeys.map((k, i) => indicator(k, i + 2, empty('Indicatori', 'D2'))),
          ),
        );
        const expected = naiveGroups(rowKeys);
        const { groups } = rows;
        expect(groups.keyOf).toEqual([...expected.keys()]);
        [...expected.values()].forEach((list, g) => {
          expect(Array.from(groups.members.subarray(groups.start[g], groups.start[g + 1]))).toEqual(list);
          expect(groups.objectiveOf[g]).toBe(objectives.indexOf(groups.keyOf[g]));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('indicatorRows: rows a date or target check may flag', () => {
  const clean = (row: number) => indicator('o', row, ok(50, 'Indicatori', `D${row}`));
  const cases: [string, (i: Indicator) => void][] = [
    ['an unreadable target', (i) => (i.target = bad('boh', 'UNREADABLE_TARGET', 'Indicatori', 'C9'))],
    [
      'an impossible actual date',
      (i) => (i.actual = bad('31/06/2024', 'IMPOSSIBLE_DATE', 'Indicatori', 'E9')),
    ],
    ['an unreadable deadline', (i) => (i.deadline = bad('presto', 'NOT_A_DATE', 'Indicatori', 'G9'))],
    ['an unreadable completion', (i) => (i.completion = bad('ieri', 'NOT_A_DATE', 'Indicatori', 'F9'))],
    [
      'unreadable typed achievement',
      (i) => (i.manualAchievement = bad('?', 'NOT_A_NUMBER', 'Indicatori', 'H9')),
    ],
    ['a typed achievement over 100', (i) => (i.manualAchievement = ok(101, 'Indicatori', 'H9'))],
    ['a typed achievement below 0', (i) => (i.manualAchievement = ok(-1, 'Indicatori', 'H9'))],
  ];

  it.each(cases)('lists a row with %s, and only that row', (_, spoil) => {
    const indicators = [clean(2), clean(3), clean(4)];
    spoil(indicators[1]);
    const plan = planWith(['o'], indicators);
    expect(indicatorRows(plan).dateRows).toEqual([1]);
    expect(checkDatesAndTargets(plan)).toHaveLength(1);
  });

  it('lists nothing for clean rows, typed achievements of 0 and 100 and readable dates', () => {
    const indicators = [clean(2), clean(3), clean(4)];
    indicators[0].manualAchievement = ok(100, 'Indicatori', 'H2');
    indicators[1].manualAchievement = ok(0, 'Indicatori', 'H3');
    indicators[2].deadline = ok('2024-12-31', 'Indicatori', 'G4');
    indicators[2].completion = ok('2024-11-30', 'Indicatori', 'F4');
    expect(indicatorRows(planWith(['o'], indicators)).dateRows).toEqual([]);
  });

  it('lists the flagged rows in plan order, with the date check reporting on each', () => {
    const indicators = [2, 3, 4, 5, 6].map(clean);
    indicators[4].target = bad('boh', 'UNREADABLE_TARGET', 'Indicatori', 'C6');
    indicators[1].deadline = bad('presto', 'NOT_A_DATE', 'Indicatori', 'G3');
    const plan = planWith(['o'], indicators);
    expect(indicatorRows(plan).dateRows).toEqual([1, 4]);
    expect(
      checkDatesAndTargets(plan)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['DATE_UNREADABLE', 'TARGET_UNREADABLE']);
  });

  it('is walked once per engine run and shared', () => {
    const plan = planWith(['o'], [clean(2)]);
    expect(indicatorRows(plan)).not.toBe(indicatorRows(plan));
    withEngineRun(plan, () => expect(indicatorRows(plan)).toBe(indicatorRows(plan)));
  });
});
