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
import type { Field, Objective, Plan, CellRef } from '../model';
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

/** The percent check a field fails, if any (SOGLIA or MANUAL codes). */
function percentIssue(field: Field<number> | undefined, codes: PercentCodes): string | undefined {
  if (field === undefined) return undefined;
  if (field.problem !== undefined) return codes.notNumber;
  if (field.value !== undefined && (field.value < 0 || field.value > 100 + 1e-9)) return codes.outOfRange;
  return undefined;
}

function percentFinding(
  field: Field<number>,
  fallback: CellRef | undefined,
  ctx: Context,
  code: string,
): Finding {
  const cell = fieldCell(field, fallback);
  const common = { cells: [cell], area: ctx.area, objective: ctx.objective, severity: 'error' as const };
  const where = { objective: ctx.objective, where: ctx.where, cell: cellText(cell) };
  if (field.problem !== undefined) {
    return finding({ ...common, code, params: { ...where, text: rawText(field.raw) } });
  }
  return finding({ ...common, code, params: { ...where, value: field.value as number } });
}

interface PercentCodes {
  notNumber: string;
  outOfRange: string;
}

const SOGLIA: PercentCodes = { notNumber: 'SOGLIA_NOT_NUMBER', outOfRange: 'SOGLIA_OUT_OF_RANGE' };
const MANUAL: PercentCodes = {
  notNumber: 'MANUAL_ACHIEVEMENT_NOT_NUMBER',
  outOfRange: 'MANUAL_ACHIEVEMENT_OUT_OF_RANGE',
};

function objectiveContext(o: Objective): Context {
  return { objective: o.id, where: objectiveWhere(o), area: o.area };
}

/**
 * The checks run on every objective and indicator, but a clean row builds nothing: the context
 * (label, cell text) only when a finding needs it, and no closure per row.
 */
export function checkDatesAndTargets(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const o of plan.objectives) {
    let ctx: Context | undefined;
    if (o.deadline?.problem !== undefined) {
      ctx ??= objectiveContext(o);
      out.push(dateFinding(o.deadline, o.cell, ctx));
    }
    const soglia = percentIssue(o.soglia, SOGLIA);
    if (soglia !== undefined) {
      ctx ??= objectiveContext(o);
      out.push(percentFinding(o.soglia as Field<number>, o.cell, ctx, soglia));
    }
    const manual = percentIssue(o.manualAchievement, MANUAL);
    if (manual !== undefined) {
      ctx ??= objectiveContext(o);
      out.push(percentFinding(o.manualAchievement as Field<number>, o.cell, ctx, manual));
    }
  }
  let byKey: Map<string, Objective> | undefined;
  const labelFor = objectiveLabeller(plan);
  for (const i of plan.indicators) {
    let ctx: Context | undefined;
    if (i.deadline?.problem !== undefined) {
      ctx ??= labelFor(i.objectiveKey);
      out.push(dateFinding(i.deadline, i.cell, ctx));
    }
    if (i.completion?.problem !== undefined) {
      ctx ??= labelFor(i.objectiveKey);
      out.push(dateFinding(i.completion, i.cell, ctx));
    }
    const manual = percentIssue(i.manualAchievement, MANUAL);
    if (manual !== undefined) {
      ctx ??= labelFor(i.objectiveKey);
      out.push(percentFinding(i.manualAchievement as Field<number>, i.cell, ctx, manual));
    }
    if (i.actual.problem?.code === 'IMPOSSIBLE_DATE') {
      ctx ??= labelFor(i.objectiveKey);
      out.push(dateFinding(i.actual, i.cell, ctx));
    }

    const target = i.target;
    if (target.problem === undefined) continue;
    ctx ??= labelFor(i.objectiveKey);
    if (target.problem.code === 'IMPOSSIBLE_DATE') {
      out.push(dateFinding(target, i.cell, ctx));
      continue;
    }
    // Same as new Map(objectives.map(o => [o.key, o])): the last objective with a key wins.
    byKey ??= new Map(plan.objectives.map((o) => [o.key, o]));
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
