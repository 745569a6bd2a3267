/**
 * What reading a workbook's tables builds up, in one explicit object: the plan's lists, the areas
 * and objectives met so far, the findings. Every table reader is a function of this context, so
 * what a reader may change is in its signature, not hidden in a class. Also the helpers that
 * read one cell into a Field, shared by all the readers.
 */
import type {
  Area,
  Assignment,
  CellRef,
  DeclaredTotal,
  Employee,
  Field,
  Indicator,
  Objective,
  Parameters,
  RawValue,
} from '../../domain/model';
import { finding, type Finding } from '../../domain/findings';
import {
  isBlank,
  isErrorValue,
  parseDate,
  parseNumber,
  parsePercent,
  parseText,
  rawToText,
  type ParseResult,
} from '../../domain/values';
import { cellText } from '../../domain/cells';
import type { SheetSnapshot } from '../port';
import { AssigneeRules } from './assignees';
import { SheetCells } from './sheet-cells';

export interface PlanMeta {
  comune?: string;
  year?: number;
  /** The user set the category points (parameters sheet or file), rather than the defaults. */
  categoryPointsSet?: boolean;
}

export interface ReadContext {
  /** Set once, before the tables are read (class-points.ts may complete it). */
  params: Parameters;
  readonly meta: PlanMeta;
  /** The sheets by name, with the cell helpers the readers need. */
  readonly sheets: Map<string, SheetCells>;
  readonly objectives: Objective[];
  readonly indicators: Indicator[];
  readonly employees: Employee[];
  /** Replaced whole by the area rule (assignees.ts withAreaStaff) at the end. */
  assignments: Assignment[];
  /** What assignee cells said about whole staffs and held objectives (assignees.ts). */
  readonly assigneeRules: AssigneeRules;
  /** Ids of the list of transversal objectives, checked against the areas' tables at the end. */
  readonly transversalList: { id: string; cell: CellRef }[];
  readonly totals: DeclaredTotal[];
  readonly findings: Finding[];
  /** Areas by areaKey (areas.ts), in the order first met: the plan lists them so. */
  readonly areas: Map<string, Area>;
  /** Objective keys handed out, so that each stays unique (objective-index.ts). */
  readonly keys: Set<string>;
  /**
   * Objectives by normalised id and by normalised title (plan order), and the first one of each
   * per normalised area: `findObjective` runs for every indicator group and every assignment
   * row, and scanning all objectives each time made a 100,000-objective workbook take hours.
   */
  readonly byId: Map<string, Objective[]>;
  readonly byTitle: Map<string, Objective[]>;
  readonly byIdInArea: Map<string, Objective>;
  readonly byTitleInArea: Map<string, Objective>;
  /**
   * Keys of the objectives an objective (indicator) table created: a row with the same number
   * and another title is another objective (objectives.ts).
   */
  readonly listedInObjectiveTables: Set<string>;
  /** Cells already reported as holding an Excel error, so that a cell read twice is said once. */
  readonly errorCells: Set<string>;
  /** Columns of the table being read whose plain numbers are fractions (fraction-columns.ts). */
  fractionColumns: Set<number>;
  /**
   * Layouts that give no weights (objective cards, objective blocks: unweighted.ts): the keys of
   * their objectives, the transversal ones read without an area (each becomes an objective of
   * every area), and each definition table's objective by table id, for its indicators table.
   */
  readonly unweighted: Set<string>;
  readonly forAllAreas: Objective[];
  readonly blockObjectives: Map<string, Objective>;
}

export function createContext(sheets: SheetSnapshot[], params: Parameters, meta: PlanMeta): ReadContext {
  return {
    params,
    meta,
    sheets: new Map(sheets.map((s) => [s.name, new SheetCells(s)])),
    objectives: [],
    indicators: [],
    employees: [],
    assignments: [],
    assigneeRules: new AssigneeRules(),
    transversalList: [],
    totals: [],
    findings: [],
    areas: new Map(),
    keys: new Set(),
    byId: new Map(),
    byTitle: new Map(),
    byIdInArea: new Map(),
    byTitleInArea: new Map(),
    listedInObjectiveTables: new Set(),
    errorCells: new Set(),
    fractionColumns: new Set(),
    unweighted: new Set(),
    forAllAreas: [],
    blockObjectives: new Map(),
  };
}

export function readField<T>(
  raw: RawValue,
  cell: CellRef,
  parse: (raw: RawValue) => ParseResult<T>,
): Field<T> {
  if (isBlank(raw)) return { raw, cell };
  const result = parse(raw);
  return result.ok ? { value: result.value, raw, cell } : { raw, cell, problem: result.problem };
}

/**
 * A cell's field; a formula the file holds no computed value for is unreadable
 * (`NOT_CALCULATED`), reported once per sheet by READ_FORMULA_NOT_CALCULATED, not as missing.
 */
export function readCell<T>(
  cells: SheetCells,
  row: number,
  col: number,
  parse: (raw: RawValue) => ParseResult<T>,
): Field<T> {
  const cell = cells.ref(row, col);
  if (cells.isUncalculated(row, col)) return { raw: null, cell, problem: { code: 'NOT_CALCULATED' } };
  return readField(cells.raw(row, col), cell, parse);
}

/** A percentage; plain numbers of a fraction column of the current table are fractions. */
export function percent(
  ctx: ReadContext,
  cells: SheetCells,
  row: number,
  col: number | undefined,
): Field<number> | undefined {
  if (col === undefined) return undefined;
  const percentFormat = cells.isPercentFormat(row, col) || ctx.fractionColumns.has(col);
  return readCell(cells, row, col, (raw) => parsePercent(raw, { percentFormat }));
}

export function number(cells: SheetCells, row: number, col: number | undefined): Field<number> | undefined {
  if (col === undefined) return undefined;
  return readCell(cells, row, col, parseNumber);
}

export function text(cells: SheetCells, row: number, col: number | undefined): Field<string> | undefined {
  if (col === undefined) return undefined;
  return readCell(cells, row, col, parseText);
}

/** A date; the plan's year completes a date written without one. */
export function date(
  ctx: ReadContext,
  cells: SheetCells,
  row: number,
  col: number | undefined,
): Field<string> | undefined {
  if (col === undefined) return undefined;
  const year = ctx.meta.year;
  return readCell(cells, row, col, (raw) => parseDate(raw, { year }));
}

/**
 * True when the cell holds an Excel error value (#REF!, #N/A...) where a name or a number of an
 * objective belongs; reports it once. Such a cell cannot name anything: the caller skips it.
 */
export function isError(ctx: ReadContext, cells: SheetCells, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const raw = cells.raw(row, col);
  if (!isErrorValue(raw)) return false;
  const ref = cells.ref(row, col);
  const key = `${ref.sheet}!${ref.cell}`;
  if (!ctx.errorCells.has(key)) {
    ctx.errorCells.add(key);
    ctx.findings.push(
      finding({
        code: 'PARSE_ERROR_VALUE',
        severity: 'error',
        params: { cell: cellText(ref), text: raw.error },
        cells: [ref],
      }),
    );
  }
  return true;
}

/** An objective's id as matched: trimmed, without the "." of "1.". */
export function idText(raw: RawValue): string {
  if (isBlank(raw)) return '';
  return rawToText(raw).trim().replace(/\.$/, '');
}

export function isTransversalId(id: string, title: string): boolean {
  return /^\d+\s*t$/i.test(id) || /trasversal/i.test(title);
}
