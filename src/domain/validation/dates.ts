/**
 * Dates, soglia minima, targets and typed achievements (DOMAIN.md section 7, tenth bullet).
 *
 * - A date the reader could not accept: DATE_INVALID when the problem is IMPOSSIBLE_DATE
 *   ("31/06/2021" is an error, never a guess), DATE_UNREADABLE for any other problem. Deadline
 *   targets and date actuals whose problem is an impossible date are reported the same way.
 * - A target with a problem: TARGET_UNREADABLE, an error unless the indicator or its objective
 *   has a typed achievement (then scoring does not need it: a warning). A target of kind
 *   'manual' is readable: scoring reports that it needs a typed %, not validation.
 * - Soglia minima and typed achievements must be numbers within 0..100.
 */
import type { Field, IsoDate, Objective, Plan, CellRef } from '../model';
import { finding, type Finding } from '../findings';
import { cellText, fieldCell, objectiveWhere, rawText } from './common';
import { objectiveLabeller } from './indicators';

interface Context {
  objective: string;
  where: string;
  area?: string;
}

function dateFinding(field: Field<unknown>, fallback: CellRef | undefined, ctx: Context): Finding {
  const cell = fieldCell(field, fallback);
  const impossible = field.problem?.code === 'IMPOSSIBLE_DATE';
  return finding({
    code: impossible ? 'DATE_INVALID' : 'DATE_UNREADABLE',
    severity: 'error',
    params: { objective: ctx.objective, where: ctx.where, text: rawText(field.raw), cell: cellText(cell) },
    cells: [cell],
    area: ctx.area,
    objective: ctx.objective,
  });
}

function checkDate(
  field: Field<IsoDate> | undefined,
  fallback: CellRef | undefined,
  ctx: Context,
): Finding[] {
  return field?.problem !== undefined ? [dateFinding(field, fallback, ctx)] : [];
}

function checkPercent(
  field: Field<number> | undefined,
  fallback: CellRef | undefined,
  ctx: Context,
  codes: { notNumber: string; outOfRange: string },
): Finding[] {
  if (field === undefined) return [];
  const cell = fieldCell(field, fallback);
  const common = { cells: [cell], area: ctx.area, objective: ctx.objective, severity: 'error' as const };
  const where = { objective: ctx.objective, where: ctx.where, cell: cellText(cell) };
  if (field.problem !== undefined) {
    return [finding({ ...common, code: codes.notNumber, params: { ...where, text: rawText(field.raw) } })];
  }
  if (field.value !== undefined && (field.value < 0 || field.value > 100 + 1e-9)) {
    return [finding({ ...common, code: codes.outOfRange, params: { ...where, value: field.value } })];
  }
  return [];
}

const SOGLIA = { notNumber: 'SOGLIA_NOT_NUMBER', outOfRange: 'SOGLIA_OUT_OF_RANGE' };
const MANUAL = { notNumber: 'MANUAL_ACHIEVEMENT_NOT_NUMBER', outOfRange: 'MANUAL_ACHIEVEMENT_OUT_OF_RANGE' };

function objectiveContext(o: Objective): Context {
  return { objective: o.id, where: objectiveWhere(o), area: o.area };
}

export function checkDatesAndTargets(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const o of plan.objectives) {
    const ctx = objectiveContext(o);
    out.push(...checkDate(o.deadline, o.cell, ctx));
    out.push(...checkPercent(o.soglia, o.cell, ctx, SOGLIA));
    out.push(...checkPercent(o.manualAchievement, o.cell, ctx, MANUAL));
  }
  const byKey = new Map(plan.objectives.map((o) => [o.key, o]));
  const labelFor = objectiveLabeller(plan);
  for (const i of plan.indicators) {
    const ctx: Context = labelFor(i.objectiveKey);
    out.push(...checkDate(i.deadline, i.cell, ctx));
    out.push(...checkDate(i.completion, i.cell, ctx));
    out.push(...checkPercent(i.manualAchievement, i.cell, ctx, MANUAL));
    if (i.actual.problem?.code === 'IMPOSSIBLE_DATE') out.push(dateFinding(i.actual, i.cell, ctx));

    const target = i.target;
    if (target.problem === undefined) continue;
    if (target.problem.code === 'IMPOSSIBLE_DATE') {
      out.push(dateFinding(target, i.cell, ctx));
      continue;
    }
    const typed =
      i.manualAchievement?.value !== undefined ||
      byKey.get(i.objectiveKey)?.manualAchievement?.value !== undefined;
    const cell = fieldCell(target, i.cell);
    out.push(
      finding({
        code: 'TARGET_UNREADABLE',
        severity: typed ? 'warning' : 'error',
        params: {
          objective: ctx.objective,
          where: ctx.where,
          text: rawText(target.raw),
          cell: cellText(cell),
        },
        cells: [cell],
        area: ctx.area,
        objective: ctx.objective,
      }),
    );
  }
  return out;
}
