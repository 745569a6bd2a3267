/**
 * Dates, soglia minima, targets and typed achievements (docs/domain.md section 7, item 10).
 *
 * - A date the reader could not accept: DATE_INVALID when the problem is IMPOSSIBLE_DATE
 *   ("31/06/2021" is an error, never a guess), DATE_UNREADABLE for any other problem. Deadline
 *   targets and date actuals whose problem is an impossible date are reported the same way.
 * - A date without a year ("Entro 31.10") in a plan without a year (DATE_WITHOUT_YEAR):
 *   DATE_NO_YEAR, naming the parameter to fill; as a target, an error unless an achievement is
 *   typed, as TARGET_UNREADABLE.
 * - A target with a problem: TARGET_UNREADABLE, an error unless the indicator or its objective
 *   has a typed achievement (then scoring does not need it: a warning). A target of kind
 *   'manual' is readable: scoring reports that it needs a typed %, not validation.
 * - Soglia minima and typed achievements must be numbers within 0..100.
 * - One cell, one finding: the indicators the reader splits from one cell listing several
 *   ("Relazione (Peso 50%) Atti di gara (Peso 50%)") share the row's target, actual, deadline
 *   and completion cells, so a problem of such a cell is reported once, not once per indicator
 *   (the objective and its indicators may share a deadline cell too). The indicators keep their
 *   fields: each is still scored with the row's deadline.
 */
import type { Field, Objective, Plan, CellRef } from '../model';
import { finding, type Finding } from '../findings';
import { cellText, fieldCell, objectiveWhere, rawText } from './common';
import { HAS_DATES, objectivePositions } from '../rows/objectivePositions';
import { indicatorRows } from '../rows/indicatorRows';

interface Context {
  objective: string;
  where: string;
  area?: string;
}

function dateFinding(field: Field<unknown>, fallback: CellRef | undefined, ctx: Context): Finding {
  const cell = fieldCell(field, fallback);
  const problem = field.problem?.code;
  return finding({
    code:
      problem === 'IMPOSSIBLE_DATE'
        ? 'DATE_INVALID'
        : problem === 'DATE_WITHOUT_YEAR'
          ? 'DATE_NO_YEAR'
          : 'DATE_UNREADABLE',
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

/** The context of the first objective with a key (at `position`, -1 when none: the key names it). */
function objectiveContextAt(plan: Plan, position: number, key: string): Context {
  return position < 0 ? { objective: key, where: key } : objectiveContext(plan.objectives[position]);
}

/** The last objective with a key, as `new Map(objectives.map((o) => [o.key, o]))` keeps it. */
function lastObjective(plan: Plan, key: string): Objective | undefined {
  const { firstAt, lastOf } = objectivePositions(plan);
  const first = firstAt.get(key);
  return first === undefined ? undefined : plan.objectives[lastOf[first]];
}

/**
 * The checks run on every objective and indicator, but a clean row builds nothing: the context
 * (label, cell text) only when a finding needs it. The indicators are walked once for this check
 * and two others (indicatorRows.ts); only the rows that walk listed are read again here.
 */
export function checkDatesAndTargets(plan: Plan): Finding[] {
  const out = new OncePerCell();
  // Only objectives with a deadline, soglia or typed achievement (noted by the shared walk).
  const { fields } = objectivePositions(plan);
  for (let at = 0; at < fields.length; at++) {
    if ((fields[at] & HAS_DATES) === 0) continue;
    const o = plan.objectives[at];
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
  const { groups, dateRows } = indicatorRows(plan);
  const labelAt = (row: number) => {
    const g = groups.groupOf[row];
    return objectiveContextAt(plan, groups.objectiveOf[g], groups.keyOf[g]);
  };
  for (const row of dateRows) {
    const i = plan.indicators[row];
    let ctx: Context | undefined;
    if (i.deadline?.problem !== undefined) {
      ctx ??= labelAt(row);
      out.push(dateFinding(i.deadline, i.cell, ctx));
    }
    if (i.completion?.problem !== undefined) {
      ctx ??= labelAt(row);
      out.push(dateFinding(i.completion, i.cell, ctx));
    }
    const manual = percentIssue(i.manualAchievement, MANUAL);
    if (manual !== undefined) {
      ctx ??= labelAt(row);
      out.push(percentFinding(i.manualAchievement as Field<number>, i.cell, ctx, manual));
    }
    if (i.actual.problem?.code === 'IMPOSSIBLE_DATE') {
      ctx ??= labelAt(row);
      out.push(dateFinding(i.actual, i.cell, ctx));
    }

    const target = i.target;
    if (target.problem === undefined) continue;
    ctx ??= labelAt(row);
    if (target.problem.code === 'IMPOSSIBLE_DATE') {
      out.push(dateFinding(target, i.cell, ctx));
      continue;
    }
    const typed =
      i.manualAchievement?.value !== undefined ||
      lastObjective(plan, i.objectiveKey)?.manualAchievement?.value !== undefined;
    const cell = fieldCell(target, i.cell);
    out.push(
      finding({
        // "Entro 31.10" is a deadline; what is missing is the year, not a readable target.
        code: target.problem.code === 'DATE_WITHOUT_YEAR' ? 'DATE_NO_YEAR' : 'TARGET_UNREADABLE',
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
  return out.findings;
}

/** Findings of this check, each code reported once for a cell (see the header). */
class OncePerCell {
  readonly findings: Finding[] = [];
  readonly #seen = new Set<string>();

  push(f: Finding): void {
    // A finding without a cell has nothing to share: kept as it is.
    if (f.cells.length === 0) {
      this.findings.push(f);
      return;
    }
    const key = `${f.code}\u0000${cellsKey(f.cells)}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.findings.push(f);
  }
}

function cellsKey(cells: readonly CellRef[]): string {
  return cells.map((c) => `${c.sheet}!${c.cell}`).join('\u0000');
}
