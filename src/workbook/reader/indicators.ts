/**
 * One row of an indicator table as the indicators of an objective: its target (or a deadline),
 * the actual value read against that target, and sub-weights, written in a column or inline in
 * any text cell of the row (row-text.ts), which then make one indicator each.
 */
import type { Actual, Field, Indicator, IsoDate, Objective, Target } from '../../domain/model';
import { isBlank, parseActual, parseTarget } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { date, percent, readCell, text, type ReadContext } from './context';
import { rowSubWeights, type RowDeadline, type TextCell } from './row-text';
import type { SheetCells } from './sheet-cells';
import { withZeroTargetRead } from './zero-targets';

export interface RowReading {
  /** The row's text cells (rowTextCells). */
  texts: readonly TextCell[];
  /** The deadline cell read as what it says when it is not one date (readRowDeadline). */
  deadline?: RowDeadline;
}

export function readIndicatorRow(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  row: number,
  objective: Objective,
  reading: RowReading = { texts: [] },
): void {
  const description = text(cells, row, t.columns.indicator) ?? { raw: null };
  const targetCol = t.columns.target;
  const completion = date(ctx, cells, row, t.columns.completion);
  const year = ctx.meta.year;
  const readDeadline = date(ctx, cells, row, t.columns.deadline);
  // A target shown as a percent (0,5 in a "0%" cell) is 50 %, compared with the actual as a percent.
  const percentFormat = cells.isPercentFormat(row, targetCol);
  let target: Field<Target> =
    targetCol === undefined
      ? {}
      : readCell(cells, row, targetCol, (raw) => parseTarget(raw, { year, percentFormat }));
  target = withZeroTargetRead(
    target,
    description.value ?? objective.title.value ?? '',
    objective,
    ctx.findings,
  );
  const actualCol = t.columns.actual;
  const manualAchievement = percent(ctx, cells, row, t.columns.achievement);
  const weights = rowSubWeights(reading.texts);
  const count = weights?.parts.length ?? 1;
  const deadlineAt = (i: number): Field<IsoDate> | undefined =>
    reading.deadline ? reading.deadline.fieldAt(i, count) : readDeadline;

  /** The indicator's target: its own, else its deadline, else (a rule for a deadline) by hand. */
  const withDeadline = (own: Field<Target>, deadline: Field<IsoDate> | undefined): Field<Target> => {
    if (own.value !== undefined || own.problem) return own;
    if (deadline?.value)
      return { value: { kind: 'deadline', date: deadline.value }, raw: deadline.raw, cell: deadline.cell };
    const rule = reading.deadline?.rule;
    if (rule !== undefined && deadline?.cell)
      return { value: { kind: 'manual', text: rule }, raw: deadline.raw, cell: deadline.cell };
    return own;
  };
  const actualFor = (tf: Field<Target>): Field<Actual> => {
    let actual: Field<Actual> = {};
    if (actualCol !== undefined && tf.value) {
      const tv = tf.value;
      const actualPercent = cells.isPercentFormat(row, actualCol);
      actual = readCell(cells, row, actualCol, (raw) =>
        parseActual(raw, tv, { year, percentFormat: actualPercent }),
      );
    } else if (actualCol !== undefined) {
      actual = { raw: cells.raw(row, actualCol), cell: cells.ref(row, actualCol) };
    }
    if (tf.value?.kind === 'deadline' && completion?.value && actual.value === undefined) {
      actual = {
        value: { kind: 'date', date: completion.value },
        raw: completion.raw,
        cell: completion.cell,
      };
    }
    return actual;
  };

  const firstTarget = withDeadline(target, deadlineAt(0));
  const hasAnything =
    !isBlank(description.raw ?? null) ||
    firstTarget.value !== undefined ||
    firstTarget.problem !== undefined ||
    actualFor(firstTarget).value !== undefined ||
    manualAchievement?.value !== undefined ||
    weights !== undefined;
  if (!hasAnything) return;
  const base = {
    objectiveKey: objective.key,
    completion,
    manualAchievement:
      manualAchievement?.value !== undefined || manualAchievement?.problem ? manualAchievement : undefined,
    cell: cells.rowRef(row, t.range.left, t.range.right),
  };
  const push = (ind: Omit<Indicator, keyof typeof base>) => ctx.indicators.push({ ...base, ...ind });

  if (weights === undefined) {
    const deadline = deadlineAt(0);
    const tf = withDeadline(target, deadline);
    push({
      description,
      target: tf,
      actual: actualFor(tf),
      deadline,
      subWeight: percent(ctx, cells, row, t.columns.subWeight) ?? {},
    });
    return;
  }
  const { source, parts } = weights;
  const inTarget = source.role === 'target';
  parts.forEach((part, i) => {
    const subWeight = { value: part.weight, raw: source.raw, cell: source.cell };
    const deadline = deadlineAt(i);
    // Sub-weights in the target cell: each part is a result expected, read without its "(Peso N%)";
    // the indicator's text describes them all (or, with several, each part names its own).
    const own: Field<Target> = inTarget
      ? { ...parseTargetText(part.description, year), raw: source.raw, cell: source.cell }
      : target;
    const desc: Field<string> =
      inTarget && parts.length === 1 && description.value !== undefined
        ? description
        : { value: part.description, raw: source.raw, cell: source.cell };
    const tf = withDeadline(own, deadline);
    push({ description: desc, target: tf, actual: actualFor(tf), deadline, subWeight });
  });
}

function parseTargetText(s: string, year: number | undefined): Field<Target> {
  if (s.trim() === '') return {};
  const r = parseTarget(s, { year });
  return r.ok ? { value: r.value } : { problem: r.problem };
}
