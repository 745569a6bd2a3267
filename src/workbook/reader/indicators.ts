/**
 * One row of an indicator table as the indicators of an objective: its target (or a deadline),
 * the actual value read against that target, and sub-weights, written in a column or inline in
 * the description, which then make one indicator each.
 */
import type { Actual, Field, Objective, Target } from '../../domain/model';
import { extractSubWeights, isBlank, parseActual, parseTarget } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { date, percent, readCell, text, type ReadContext } from './context';
import type { SheetCells } from './sheet-cells';
import { withZeroTargetRead } from './zero-targets';

export function readIndicatorRow(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  row: number,
  objective: Objective,
): void {
  const description = text(cells, row, t.columns.indicator) ?? { raw: null };
  const targetCol = t.columns.target;
  const deadline = date(ctx, cells, row, t.columns.deadline);
  const completion = date(ctx, cells, row, t.columns.completion);
  const year = ctx.meta.year;
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
  if (target.value === undefined && !target.problem && deadline?.value) {
    target = { value: { kind: 'deadline', date: deadline.value }, raw: deadline.raw, cell: deadline.cell };
  }
  const actualCol = t.columns.actual;
  let actual: Field<Actual> = {};
  if (actualCol !== undefined && target.value) {
    const tv = target.value;
    const actualPercent = cells.isPercentFormat(row, actualCol);
    actual = readCell(cells, row, actualCol, (raw) =>
      parseActual(raw, tv, { year, percentFormat: actualPercent }),
    );
  } else if (actualCol !== undefined) {
    actual = { raw: cells.raw(row, actualCol), cell: cells.ref(row, actualCol) };
  }
  if (target.value?.kind === 'deadline' && completion?.value && actual.value === undefined) {
    actual = {
      value: { kind: 'date', date: completion.value },
      raw: completion.raw,
      cell: completion.cell,
    };
  }
  const manualAchievement = percent(ctx, cells, row, t.columns.achievement);
  const hasAnything =
    !isBlank(description.raw ?? null) ||
    target.value !== undefined ||
    target.problem !== undefined ||
    actual.value !== undefined ||
    manualAchievement?.value !== undefined;
  if (!hasAnything) return;
  const base = {
    objectiveKey: objective.key,
    target,
    actual,
    deadline,
    completion,
    manualAchievement:
      manualAchievement?.value !== undefined || manualAchievement?.problem ? manualAchievement : undefined,
    cell: cells.rowRef(row, t.range.left, t.range.right),
  };
  const inline = description.value ? extractSubWeights(description.value) : [];
  if (inline.length > 0) {
    for (const part of inline) {
      ctx.indicators.push({
        ...base,
        description: { value: part.description, raw: description.raw, cell: description.cell },
        subWeight: { value: part.weight, raw: description.raw, cell: description.cell },
      });
    }
    return;
  }
  ctx.indicators.push({
    ...base,
    description,
    subWeight: percent(ctx, cells, row, t.columns.subWeight) ?? {},
  });
}
