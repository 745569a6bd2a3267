/**
 * Reading everything in an objective's row (issue 15, "read everything in the row"): real plans
 * write sub-weights, budgets and late penalties inside the text of any cell of the row (the
 * indicator, the target, the description), and deadlines that are not dates ("Sospeso", one
 * date per indicator, a rule). Each such reading is a guess from words: it is said with a
 * warning at the cell it came from. See docs/recognition.md.
 */
import type { CellRef, Field, IsoDate, Objective, RawValue } from '../../domain/model';
import { finding } from '../../domain/findings';
import { cellText } from '../../domain/cells';
import {
  extractSubWeights,
  isBlank,
  isoToItalian,
  rawToText,
  readBudgetText,
  readDeadlineText,
  readLatePenaltyText,
  type DeadlineText,
  type SubWeight,
} from '../../domain/values';
import { formatEuro } from '../../domain/validation/fund';
import type { ColumnRole, RecognizedTable } from '../recognize/types';
import { cellAddress } from '../a1';
import type { ReadContext } from './context';
import type { SheetCells } from './sheet-cells';

/** Roles whose cells are free text an objective's facts may be written in, in reading order. */
const TEXT_ROLES: readonly ColumnRole[] = ['indicator', 'target', 'description', 'title'];

/**
 * The text cells of a row to read for what they state: the indicator, the target, the
 * description, the title, then the columns no header role claims (a "Note" column). A cell
 * continuing a vertical merge from the row above is left out: its text was read on that row.
 */
export function rowTextCells(t: RecognizedTable, cells: SheetCells, row: number): TextCell[] {
  const cols: { col: number; role?: ColumnRole }[] = [];
  for (const role of TEXT_ROLES) {
    const col = t.columns[role];
    if (col !== undefined) cols.push({ col, role });
  }
  const used = new Set(Object.values(t.columns));
  for (let col = t.range.left; col <= t.range.right; col++) if (!used.has(col)) cols.push({ col });
  const out: TextCell[] = [];
  for (const { col, role } of cols) {
    const raw = cells.raw(row, col);
    if (typeof raw !== 'string' || isBlank(raw)) continue;
    const cell = cells.ref(row, col);
    if (cell.cell !== cellAddress(row, col)) continue;
    out.push({ col, role, raw, cell });
  }
  return out;
}

export interface TextCell {
  col: number;
  role?: ColumnRole;
  raw: string;
  cell: CellRef;
}

/** Where sub-weights are read: not the title, whose "(peso 20%)" is the objective's own weight. */
const SUBWEIGHT_ROLES: ReadonlySet<ColumnRole | undefined> = new Set<ColumnRole>([
  'indicator',
  'target',
  'description',
]);

/**
 * The sub-weights written in the row's text ("(Peso 50%)"): those of the first cell, among the
 * indicator, the target and the description in this order, that has any. The indicator's own
 * column first, so that a plan that writes them there reads as before.
 */
export function rowSubWeights(
  texts: readonly TextCell[],
): { source: TextCell; parts: SubWeight[] } | undefined {
  for (const source of texts) {
    if (!SUBWEIGHT_ROLES.has(source.role)) continue;
    const parts = extractSubWeights(source.raw);
    if (parts.length > 0) return { source, parts };
  }
  return undefined;
}

const at = (c: CellRef): string => cellText(c);

/** "2 «Regolamento degli uffici»": the number and the title, as the plan writes them. */
function objectiveParams(o: Objective): { objective: string; area: string } {
  const title = o.title.value ?? '';
  const objective = o.id && title ? `${o.id} «${title}»` : o.id || `«${title}»`;
  return { objective, area: o.area ?? '' };
}

/**
 * A budget or a late penalty stated in the row's text becomes the objective's, said with a
 * warning at the cell. The first stated in the objective's rows counts. `budgets` is false when
 * the row's budget column holds a value: the text is then not read for a budget.
 */
export function readStatedFacts(
  ctx: ReadContext,
  o: Objective,
  texts: readonly TextCell[],
  budgets = true,
): void {
  for (const c of texts) {
    if (budgets && o.fixedBudget?.value === undefined && o.fixedBudget?.problem === undefined) {
      const budget = readBudgetText(c.raw);
      if (budget !== undefined) {
        o.fixedBudget = { value: budget.cents, raw: c.raw, cell: c.cell };
        ctx.findings.push(
          finding({
            code: 'BUDGET_FROM_TEXT',
            severity: 'warning',
            params: {
              cell: at(c.cell),
              text: budget.text,
              amount: formatEuro(budget.cents),
              ...objectiveParams(o),
            },
            cells: [c.cell],
            area: o.area,
            objective: o.key,
          }),
        );
      }
    }
    if (o.latePenaltyPerMonth === undefined) {
      const penalty = readLatePenaltyText(c.raw);
      if (penalty !== undefined) {
        o.latePenaltyPerMonth = { value: penalty.percent, raw: c.raw, cell: c.cell };
        ctx.findings.push(
          finding({
            code: 'PENALTY_FROM_TEXT',
            severity: 'warning',
            params: {
              cell: at(c.cell),
              text: penalty.text,
              percent: penalty.percent,
              param: ctx.params.latePenaltyPerMonth,
              ...objectiveParams(o),
            },
            cells: [c.cell],
            area: o.area,
            objective: o.key,
          }),
        );
      }
    }
  }
}

/** What the reader makes of a deadline cell: the field each indicator gets, and what it said. */
export interface RowDeadline {
  /** The field of the i-th indicator of the row (the same for all but with several dates). */
  fieldAt(i: number, count: number): Field<IsoDate> | undefined;
  /** Set for a deadline that is a rule to follow, not a date: the indicator is judged by hand. */
  rule?: string;
}

/**
 * The deadline cell of a row when it is not one date (domain/values/statedInText.ts): a
 * suspended objective (marked on the objective), several dates (one per indicator when there
 * are as many indicators, else the latest for each), a rule ("Rispetto tempistica prevista dalla
 * normativa"). Each is a warning, once per cell, never an unreadable-date error. Undefined for a
 * date, a blank, or a date gone wrong (those stay the date findings they are).
 */
export function readRowDeadline(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  row: number,
  objectives: readonly Objective[],
  reported: Set<string>,
): RowDeadline | undefined {
  const o = objectives[0];
  const col = t.columns.deadline;
  if (col === undefined || cells.isUncalculated(row, col)) return undefined;
  const raw: RawValue = cells.raw(row, col);
  const reading: DeadlineText | undefined = readDeadlineText(raw, { year: ctx.meta.year });
  if (reading === undefined) return undefined;
  const cell = cells.ref(row, col);
  const plain: Field<IsoDate> = { raw, cell };
  const key = at(cell);
  const first = !reported.has(key);
  reported.add(key);
  const say = (code: string, params: Record<string, string | number>) => {
    if (!first) return;
    ctx.findings.push(
      finding({
        code,
        severity: 'warning',
        params: { cell: key, text: rawToText(raw), ...objectiveParams(o), ...params },
        cells: [cell],
        area: o.area,
        objective: o.key,
      }),
    );
  };
  if (reading.kind === 'suspended') {
    // Every copy the row measures ("Tutte le aree") is suspended.
    for (const each of objectives) each.suspended ??= { value: rawToText(raw), raw, cell };
    say('DEADLINE_SUSPENDED', {});
    return { fieldAt: () => plain };
  }
  if (reading.kind === 'text') {
    say('DEADLINE_NOT_A_DATE', {});
    return { fieldAt: () => plain, rule: reading.text };
  }
  const dates = reading.dates;
  const latest = [...dates].sort().at(-1) as IsoDate;
  say('DEADLINE_SEVERAL_DATES', { count: dates.length, latest: isoToItalian(latest) });
  return {
    fieldAt: (i, count) => ({ value: count === dates.length ? dates[i] : latest, raw, cell }),
  };
}

/**
 * The objective's own late penalty on each of its indicators (an indicator is scored alone):
 * once every table is read, since an objective's rows may run over several tables.
 */
export function spreadLatePenalties(ctx: ReadContext): void {
  const perKey = new Map<string, number>();
  for (const o of ctx.objectives) {
    const v = o.latePenaltyPerMonth?.value;
    if (v !== undefined) perKey.set(o.key, v);
  }
  if (perKey.size === 0) return;
  for (const ind of ctx.indicators) {
    const v = perKey.get(ind.objectiveKey);
    if (v !== undefined) ind.latePenaltyPerMonth = v;
  }
}
