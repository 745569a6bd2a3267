/**
 * Indicator tables (obiettivi e indicatori): rows grouped into objectives, one row per indicator.
 * A group refers to an objective of a weight or project table read before, or defines one; a
 * row for every area measures each area's copy of a transversal objective.
 */
import type { CellRef, Objective } from '../../domain/model';
import { finding } from '../../domain/findings';
import { isBlank, normalizeLabel, rawToText } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { area, meansAllAreas, rowArea, WHOLE_ENTE_AREA } from './areas';
import { readAssigneesText } from './assignees-text';
import { idText, isError, isTransversalId, percent, text, type ReadContext } from './context';
import { ambiguousFraction, noteFractionColumns } from './fraction-columns';
import { readFractionActuals } from './fractions';
import { readIndicatorRow } from './indicators';
import { addObjective, findObjective } from './objective-index';
import { readRowDeadline, readStatedFacts, rowTextCells } from './row-text';
import type { SheetCells } from './sheet-cells';

export function readObjectives(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  noteFractionColumns(ctx, t, cells);
  const firstIndicator = ctx.indicators.length;
  let current: Objective | undefined;
  let currentArea: string | undefined;
  let currentShared: Objective[] | undefined;
  const reportedDeadlines = new Set<string>();
  t.dataRows.forEach((row) => {
    isError(ctx, cells, row, t.columns.id);
    isError(ctx, cells, row, t.columns.title);
    const id = idText(cells.raw(row, t.columns.id));
    const titleRaw = t.columns.title !== undefined ? cells.raw(row, t.columns.title) : null;
    const title = isBlank(titleRaw) ? '' : rawToText(titleRaw).trim();
    const areaName = rowArea(ctx, t, cells, row) ?? currentArea;
    const startsObjective = id !== '' || title !== '';
    const sameAsCurrent =
      current !== undefined &&
      (!startsObjective ||
        ((id === '' || normalizeLabel(id) === normalizeLabel(current.id)) &&
          (title === '' || normalizeLabel(title) === normalizeLabel(current.title.value ?? '')) &&
          areaName === currentArea));
    if (!sameAsCurrent) {
      if (!startsObjective) return;
      // A row for "Tutte le aree" measures the transversal objective of every area: each copy gets it.
      const shared = sharedObjectives(ctx, areaName, id, title);
      currentShared = shared.length > 0 ? shared : undefined;
      const found = shared[0] ?? notAnother(ctx, findObjective(ctx, areaName, id, title), id, title);
      current =
        found ??
        addObjective(ctx, {
          id,
          title: text(cells, row, t.columns.title) ?? { raw: null },
          area: areaName ?? area(ctx, WHOLE_ENTE_AREA).name,
          scope: isTransversalId(id, title) ? 'transversal' : 'area',
          weight: percent(ctx, cells, row, t.columns.weight) ?? {},
          cell: cells.rowRef(row, t.range.left, t.range.right),
        });
      currentArea = areaName;
      if (found === undefined) ctx.listedInObjectiveTables.add(current.key);
    }
    const objective = current as Objective;
    const texts = rowTextCells(t, cells, row);
    // A budget column with a value in the row speaks for the budget: the text is not read for one.
    const budgetWritten = t.columns.budget !== undefined && !isBlank(cells.raw(row, t.columns.budget));
    for (const target of currentShared ?? [objective]) readStatedFacts(ctx, target, texts, !budgetWritten);
    const deadline = readRowDeadline(ctx, t, cells, row, currentShared ?? [objective], reportedDeadlines);
    if (sameAsCurrent && currentShared === undefined)
      continuedWeight(ctx, objective, cells, row, t.columns.weight);
    const soglia = percent(ctx, cells, row, t.columns.soglia);
    if (soglia && (soglia.value !== undefined || soglia.problem) && !objective.soglia?.value)
      objective.soglia = soglia;
    for (const target of currentShared ?? [objective]) {
      if (t.columns.assignees !== undefined) readAssigneesText(ctx, target, cells, row, t.columns.assignees);
      readIndicatorRow(ctx, t, cells, row, target, { texts, deadline });
    }
  });
  for (const ind of readFractionActuals(ctx.indicators, firstIndicator))
    ambiguousFraction(ctx, ind.actual.cell, ind.actual.raw);
}

/**
 * The weight on a further row of an objective (one row per indicator): the same weight again,
 * or blank, is nothing new; a weight where the first row had none is the objective's; a
 * different one is an error naming both cells (which one the plan means is not ours to pick).
 */
function continuedWeight(
  ctx: ReadContext,
  objective: Objective,
  cells: SheetCells,
  row: number,
  col: number | undefined,
): void {
  const weight = percent(ctx, cells, row, col);
  if (weight?.value === undefined) return;
  const first = objective.weight;
  if (first.value === undefined) {
    if (first.problem === undefined) objective.weight = weight;
    return;
  }
  if (Math.abs(first.value - weight.value) <= 1e-9 || weight.cell === undefined) return;
  const at = (c: CellRef) => `${c.sheet}!${c.cell}`;
  ctx.findings.push(
    finding({
      code: 'READ_WEIGHT_CONFLICT',
      severity: 'error',
      params: {
        cell: at(weight.cell),
        objective: objective.id || (objective.title.value ?? ''),
        value: weight.value,
        first: first.value,
        firstCell: first.cell ? at(first.cell) : '',
      },
      cells: first.cell ? [weight.cell, first.cell] : [weight.cell],
      area: objective.area,
      objective: objective.id,
    }),
  );
}

/**
 * The objective found for a row, unless it is another objective with the same number: one an
 * objective table already listed in this area, under a different title. Two rows numbered 2 in
 * one area are two objectives (validation names both, OBJECTIVE_DUPLICATE_ID); only a merged or
 * blank id cell continues the objective above. An objective of a weight table is still the one
 * an indicator table refers to by number, whatever title the indicator table writes.
 */
function notAnother(
  ctx: ReadContext,
  found: Objective | undefined,
  id: string,
  title: string,
): Objective | undefined {
  if (found === undefined || id === '' || title === '') return found;
  if (!ctx.listedInObjectiveTables.has(found.key)) return found;
  const foundTitle = found.title.value ?? '';
  if (foundTitle === '' || normalizeLabel(foundTitle) === normalizeLabel(title)) return found;
  return normalizeLabel(found.id) === normalizeLabel(id) ? undefined : found;
}

/** Transversal objectives this row measures for every area ("Tutte le aree", or an id like "1T" with no area). */
function sharedObjectives(
  ctx: ReadContext,
  areaName: string | undefined,
  id: string,
  title: string,
): Objective[] {
  if (!meansAllAreas(areaName) && (areaName !== undefined || !isTransversalId(id, title))) return [];
  const key = id ? normalizeLabel(id) : normalizeLabel(title);
  return ctx.objectives.filter(
    (o) => o.scope === 'transversal' && normalizeLabel(id ? o.id : (o.title.value ?? '')) === key,
  );
}
