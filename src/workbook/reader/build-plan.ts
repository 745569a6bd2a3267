/**
 * Recognised tables -> the domain Plan. Every value becomes a Field that keeps its cell, so a
 * finding or an amount can always point back to where it came from.
 *
 * Order matters: weight tables and project tables define objectives first; indicator tables
 * attach to them (or define objectives of their own); relevance, staff and assignments follow.
 */
import type {
  Actual,
  Area,
  Assignment,
  CellRef,
  DeclaredTotal,
  Employee,
  Field,
  Indicator,
  Objective,
  ObjectiveScope,
  Parameters,
  Plan,
  RawValue,
  Target,
} from '../../domain/model';
import { finding, type Finding } from '../../domain/findings';
import {
  extractSubWeights,
  isBlank,
  isErrorValue,
  looksLikeFractions,
  normalizeLabel,
  normalizeName,
  parseActual,
  parseCategory,
  parseDate,
  parseMoney,
  parseNumber,
  parsePercent,
  parseTarget,
  parseText,
  rawToText,
  tidy,
  type ParseResult,
} from '../../domain/values';
import type { SheetSnapshot } from '../port';
import type { RecognizedTable, TableKind } from '../recognize/types';
import { SheetCells } from './sheet-cells';
import { cellAddress, columnIndex, rangeAddress } from '../a1';
import { cellText } from '../../domain/validation/common';
import { readFractionActuals, readFractionColumn } from './fractions';
import { AssigneeRules, isWholeStaffRow, readAssigneesCell, withAreaStaff } from './assignees';
import { withZeroTargetRead } from './zero-targets';

export interface PlanMeta {
  comune?: string;
  year?: number;
}

export interface BuildResult {
  plan: Plan;
  /** Problems found while building (objective references that match nothing...). */
  findings: Finding[];
}

/** Name of the area for weight tables that name none. */
export const WHOLE_ENTE_AREA = 'Ente';

/** Cells named in the message of READ_FORMULA_NOT_CALCULATED (the finding keeps them all). */
const UNCALCULATED_SHOWN = 10;

const KIND_ORDER: TableKind[] = ['weights', 'projects', 'objectives', 'relevance', 'staff', 'assignments'];

function readField<T>(raw: RawValue, cell: CellRef, parse: (raw: RawValue) => ParseResult<T>): Field<T> {
  if (isBlank(raw)) return { raw, cell };
  const result = parse(raw);
  return result.ok ? { value: result.value, raw, cell } : { raw, cell, problem: result.problem };
}

/**
 * A cell's field; a formula the file holds no computed value for is unreadable
 * (`NOT_CALCULATED`), reported once per sheet by READ_FORMULA_NOT_CALCULATED, not as missing.
 */
function readCell<T>(
  cells: SheetCells,
  row: number,
  col: number,
  parse: (raw: RawValue) => ParseResult<T>,
): Field<T> {
  const cell = cells.ref(row, col);
  if (cells.isUncalculated(row, col)) return { raw: null, cell, problem: { code: 'NOT_CALCULATED' } };
  return readField(cells.raw(row, col), cell, parse);
}

function idText(raw: RawValue): string {
  if (isBlank(raw)) return '';
  return rawToText(raw).trim().replace(/\.$/, '');
}

function isTransversalId(id: string, title: string): boolean {
  return /^\d+\s*t$/i.test(id) || /trasversal/i.test(title);
}

function scopeOfTipologia(tipologia: string): ObjectiveScope {
  const t = normalizeLabel(tipologia);
  if (t.startsWith('intersett')) return 'intersectoral';
  if (t.startsWith('general') || t.startsWith('trasversal')) return 'general';
  return 'area';
}

/** Area cells that mean every area: the row is a transversal objective shared by all. */
function meansAllAreas(area: string | undefined): boolean {
  if (area === undefined) return false;
  const a = normalizeLabel(area);
  return /^(tutt[ei] (le |i )?(aree|settori|servizi|uffici)|trasversale|ente|tutte)$/.test(a);
}

const inAreaKey = (key: string, areaKey: string): string => `${areaKey}\u0000${key}`;

/**
 * An area's name as tables are matched by it: normalised, and without a leading "Area" when more
 * than a number follows, since plans write "AREA FINANZIARIA" above the weights and "Finanziaria"
 * in the staff list ("Area 1" stays "area 1"). Settore, Servizio and Ufficio are kept: a comune
 * may have a Settore Tecnico and an Ufficio Tecnico inside it.
 */
export function areaKey(name: string): string {
  const key = normalizeLabel(name);
  const m = /^area (.+)$/.exec(key);
  return m !== null && !/^\d+$/.test(m[1]) ? m[1] : key;
}

/** Adds an objective to the list of its key and, when it is the first of its area, to the area index. */
function index(
  all: Map<string, Objective[]>,
  inArea: Map<string, Objective>,
  key: string,
  areaKey: string | undefined,
  o: Objective,
): void {
  const list = all.get(key);
  if (list) list.push(o);
  else all.set(key, [o]);
  if (areaKey === undefined) return;
  const k = inAreaKey(key, areaKey);
  if (!inArea.has(k)) inArea.set(k, o);
}

/** The table's header row, across the table's columns: how reader findings name a table. */
function headerRange(t: RecognizedTable): CellRef {
  return { sheet: t.sheet, cell: rangeAddress({ ...t.range, top: t.headerRow, bottom: t.headerRow }) };
}

class PlanBuilder {
  readonly objectives: Objective[] = [];
  readonly indicators: Indicator[] = [];
  readonly employees: Employee[] = [];
  assignments: Assignment[] = [];
  readonly totals: DeclaredTotal[] = [];
  readonly findings: Finding[] = [];
  private readonly areas = new Map<string, Area>();
  private readonly keys = new Set<string>();
  /**
   * Objectives by normalised id and by normalised title (plan order), and the first one of each
   * per normalised area: `findObjective` runs for every indicator group and every assignment
   * row, and scanning all objectives each time made a 100,000-objective workbook take hours.
   */
  private readonly byId = new Map<string, Objective[]>();
  private readonly byTitle = new Map<string, Objective[]>();
  private readonly byIdInArea = new Map<string, Objective>();
  private readonly byTitleInArea = new Map<string, Objective>();
  private readonly sheets: Map<string, SheetCells>;
  /** Columns of the table being read whose plain numbers are fractions (fractions.ts). */
  private fractionColumns = new Set<number>();
  private readonly assigneeRules = new AssigneeRules();

  constructor(
    sheets: SheetSnapshot[],
    private readonly params: Parameters,
    private readonly meta: PlanMeta,
  ) {
    this.sheets = new Map(sheets.map((s) => [s.name, new SheetCells(s)]));
  }

  build(tables: RecognizedTable[]): Plan {
    if (tables.length === 0) this.findings.push(finding({ code: 'READ_NO_TABLES', severity: 'error' }));
    for (const t of tables) this.tableFindings(t);
    this.uncalculatedFindings(tables);
    for (const kind of KIND_ORDER) {
      for (const t of tables) {
        if (t.kind !== kind) continue;
        const cells = this.sheets.get(t.sheet);
        if (!cells) continue;
        this.readTable(t, cells);
      }
    }
    this.assignAreaStaff();
    return {
      comune: this.meta.comune,
      year: this.meta.year,
      areas: [...this.areas.values()],
      objectives: this.objectives,
      indicators: this.indicators,
      employees: this.employees,
      assignments: this.assignments,
      totals: this.totals,
      params: this.params,
    };
  }

  /** The area rule and held objectives (assignees.ts). */
  private assignAreaStaff(): void {
    this.assignments = withAreaStaff(
      this.objectives,
      this.employees,
      this.assignments,
      this.assigneeRules,
      areaKey,
      this.findings,
    );
  }

  /**
   * One finding per sheet for the formula cells inside its tables that have no computed value
   * (a file saved without calculating): their values are unknown, not missing. The fields read
   * from them are unreadable (NOT_CALCULATED), and the pipeline drops the findings about those
   * cells alone (a missing weight...) that this one explains.
   */
  private uncalculatedFindings(tables: RecognizedTable[]): void {
    for (const [name, cells] of this.sheets) {
      const listed = cells.sheet.uncalculated ?? [];
      if (listed.length === 0) continue;
      const own = tables.filter((t) => t.sheet === name);
      const inside = listed
        .filter((c) =>
          own.some(
            (t) =>
              c.row >= t.range.top &&
              c.row <= t.range.bottom &&
              c.col >= t.range.left &&
              c.col <= t.range.right,
          ),
        )
        .sort((a, b) => a.row - b.row || a.col - b.col);
      if (inside.length === 0) continue;
      const refs = inside.map((c) => ({ sheet: name, cell: cellAddress(c.row, c.col) }));
      const shown = refs.slice(0, UNCALCULATED_SHOWN).map((r, i) => (i === 0 ? cellText(r) : r.cell));
      this.findings.push(
        finding({
          code: 'READ_FORMULA_NOT_CALCULATED',
          severity: 'error',
          params: {
            cells: shown.join(', ') + (refs.length > UNCALCULATED_SHOWN ? ', …' : ''),
            count: refs.length,
          },
          cells: refs,
        }),
      );
    }
  }

  /**
   * Findings about a recognised table as a whole: a header with no rows under it (the user
   * would otherwise wonder why nothing was read) and a column whose header repeats the role of
   * an earlier one (only the first is read).
   */
  private tableFindings(t: RecognizedTable): void {
    const cells = this.sheets.get(t.sheet);
    if (t.dataRows.length === 0) {
      const header = headerRange(t);
      this.findings.push(
        finding({
          code: 'READ_TABLE_EMPTY',
          severity: 'warning',
          params: { cell: cellText(header) },
          cells: [header],
        }),
      );
    }
    for (const r of t.remarks ?? []) {
      if (r.code === 'ROWS_AFTER_BLANK') this.rowsAfterBlank(t, String(r.params.range));
      if (r.code !== 'DUPLICATE_COLUMN') continue;
      const col = columnIndex(String(r.params.column));
      const role = String(r.params.role) as keyof RecognizedTable['columns'];
      // Offices keep the legal category ("Categoria giuridica", D1) and the CCNL 2022 area
      // ("Area contrattuale", Funzionari) side by side: two grades are not a mistake to report.
      if (role === 'grade') continue;
      const first = t.columns[role];
      const ref = { sheet: t.sheet, cell: cellAddress(t.headerRow, col) };
      const label = cells ? rawToText(cells.raw(t.headerRow, col)) : '';
      this.findings.push(
        finding({
          code: 'READ_DUPLICATE_COLUMN',
          severity: 'warning',
          params: {
            cell: cellText(ref),
            label,
            first:
              first === undefined ? '?' : cellText({ sheet: t.sheet, cell: cellAddress(t.headerRow, first) }),
          },
          cells:
            first === undefined ? [ref] : [ref, { sheet: t.sheet, cell: cellAddress(t.headerRow, first) }],
        }),
      );
    }
  }

  /**
   * Rows shaped like a table's data after the blank row that ended it, not read: said, since
   * dropping them silently left only a wrong weight sum to hint at them.
   */
  private rowsAfterBlank(t: RecognizedTable, range: string): void {
    const rows = { sheet: t.sheet, cell: range };
    const header = headerRange(t);
    this.findings.push(
      finding({
        code: 'READ_ROWS_AFTER_BLANK',
        severity: 'warning',
        params: { cell: cellText(rows), table: cellText(header) },
        cells: [rows],
      }),
    );
  }

  /** Cells already reported as holding an Excel error, so that a cell read twice is said once. */
  private readonly errorCells = new Set<string>();

  /**
   * True when the cell holds an Excel error value (#REF!, #N/A...) where a name or a number of an
   * objective belongs; reports it once. Such a cell cannot name anything: the caller skips it.
   */
  private isError(cells: SheetCells, row: number, col: number | undefined): boolean {
    if (col === undefined) return false;
    const raw = cells.raw(row, col);
    if (!isErrorValue(raw)) return false;
    const ref = cells.ref(row, col);
    const key = `${ref.sheet}!${ref.cell}`;
    if (!this.errorCells.has(key)) {
      this.errorCells.add(key);
      this.findings.push(
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

  /**
   * A number read from a vertically merged cell counts once for every row the merge spans:
   * "50" merged over two objectives is 50 + 50. Say so at the cell, once per merged area.
   */
  private mergedRepeats(
    t: RecognizedTable,
    cells: SheetCells,
    col: number,
    fields: (Field<number> | undefined)[],
  ): void {
    const rowsByCell = new Map<string, number[]>();
    t.dataRows.forEach((row, i) => {
      const f = fields[i];
      if (f?.value === undefined || f.cell === undefined) return;
      const list = rowsByCell.get(f.cell.cell);
      if (list) list.push(row);
      else rowsByCell.set(f.cell.cell, [row]);
    });
    for (const [cell, rows] of rowsByCell) {
      if (rows.length < 2) continue;
      const origin = { sheet: t.sheet, cell };
      const value = fields[t.dataRows.indexOf(rows[0])]?.value ?? 0;
      this.findings.push(
        finding({
          code: 'READ_MERGED_VALUE_REPEATED',
          severity: 'warning',
          params: { cell: cellText(origin), value, count: rows.length, total: value * rows.length },
          cells: rows.map((r) => ({ sheet: t.sheet, cell: cellAddress(r, col) })),
        }),
      );
    }
  }

  private readTable(t: RecognizedTable, cells: SheetCells): void {
    this.fractionColumns = new Set();
    switch (t.kind) {
      case 'weights':
        return this.readWeights(t, cells);
      case 'projects':
        return this.readProjects(t, cells);
      case 'objectives':
        return this.readObjectives(t, cells);
      case 'relevance':
        return this.readRelevance(t, cells);
      case 'staff':
        return this.readStaff(t, cells);
      case 'assignments':
        return this.readAssignments(t, cells);
    }
  }

  /** The area with this name (matched ignoring case and punctuation), created when new. */
  area(name: string, cell?: CellRef, responsabile?: string): Area {
    const tidy = name.replace(/\s+/g, ' ').trim();
    const key = areaKey(tidy);
    let area = this.areas.get(key);
    if (!area) {
      area = { name: tidy, cell };
      this.areas.set(key, area);
    }
    if (responsabile && !area.responsabile) area.responsabile = responsabile;
    return area;
  }

  private uniqueKey(base: string): string {
    let key = base;
    for (let n = 2; this.keys.has(key); n += 1) key = `${base}~${n}`;
    this.keys.add(key);
    return key;
  }

  private addObjective(o: Omit<Objective, 'key'>): Objective {
    const base = o.area ? `${o.area}#${o.id || normalizeLabel(o.title.value ?? '')}` : `#${o.id}`;
    const objective: Objective = { key: this.uniqueKey(base), ...o };
    this.objectives.push(objective);
    const area = objective.area === undefined ? undefined : areaKey(objective.area);
    index(this.byId, this.byIdInArea, normalizeLabel(objective.id), area, objective);
    index(this.byTitle, this.byTitleInArea, normalizeLabel(objective.title.value ?? ''), area, objective);
    return objective;
  }

  /**
   * Finds the objective a row of another table means: area and id, then id alone, then title.
   * The first match in plan order, through the indexes built by `addObjective`. A row with an
   * area never takes another area's objective: two areas may each have an objective 1T, or a
   * "Digitalizzazione archivio", of their own; only an objective or a row without an area is
   * matched across areas, and only when one objective has that id or title.
   */
  findObjective(area: string | undefined, id: string, title: string): Objective | undefined {
    const rowArea = area ? areaKey(area) : undefined;
    const sameOrNoArea = (o: Objective | undefined): Objective | undefined =>
      o !== undefined && (rowArea === undefined || o.area === undefined || areaKey(o.area) === rowArea)
        ? o
        : undefined;
    if (id) {
      const key = normalizeLabel(id);
      const byId = this.byId.get(key) ?? [];
      const inArea = rowArea === undefined ? byId[0] : this.byIdInArea.get(inAreaKey(key, rowArea));
      if (inArea) return inArea;
      if (byId.length === 1 && sameOrNoArea(byId[0])) return byId[0];
    }
    if (title) {
      const key = normalizeLabel(title);
      const byTitle = this.byTitle.get(key) ?? [];
      const inArea = rowArea === undefined ? byTitle[0] : this.byTitleInArea.get(inAreaKey(key, rowArea));
      return inArea ?? (byTitle.length === 1 ? sameOrNoArea(byTitle[0]) : undefined);
    }
    return undefined;
  }

  private percent(cells: SheetCells, row: number, col: number | undefined): Field<number> | undefined {
    if (col === undefined) return undefined;
    const percentFormat = cells.isPercentFormat(row, col) || this.fractionColumns.has(col);
    return readCell(cells, row, col, (raw) => parsePercent(raw, { percentFormat }));
  }

  private number(cells: SheetCells, row: number, col: number | undefined): Field<number> | undefined {
    if (col === undefined) return undefined;
    return readCell(cells, row, col, parseNumber);
  }

  private text(cells: SheetCells, row: number, col: number | undefined): Field<string> | undefined {
    if (col === undefined) return undefined;
    return readCell(cells, row, col, parseText);
  }

  private date(cells: SheetCells, row: number, col: number | undefined): Field<string> | undefined {
    if (col === undefined) return undefined;
    const year = this.meta.year;
    return readCell(cells, row, col, (raw) => parseDate(raw, { year }));
  }

  /** The area written in the row's area column, if any ("Tutte le aree" kept as written). */
  private columnArea(t: RecognizedTable, cells: SheetCells, row: number): string | undefined {
    const fromColumn = t.columns.area !== undefined ? cells.raw(row, t.columns.area) : null;
    if (isBlank(fromColumn) || typeof fromColumn !== 'string') return undefined;
    if (meansAllAreas(fromColumn)) return fromColumn.trim();
    return this.area(fromColumn, cells.ref(row, t.columns.area as number)).name;
  }

  private rowArea(t: RecognizedTable, cells: SheetCells, row: number): string | undefined {
    const fromColumn = this.columnArea(t, cells, row);
    if (fromColumn !== undefined) return fromColumn;
    if (t.area) {
      const cell = t.areaCell ? { sheet: t.sheet, cell: t.areaCell } : undefined;
      return this.area(t.area, cell, t.responsabile).name;
    }
    return undefined;
  }

  /**
   * Percent weights of a table, and the declared total when there is one. A column of fractions
   * (0.25 for 25 %, not percent-formatted) is converted to percent, its total (1) too.
   */
  private weights(
    t: RecognizedTable,
    cells: SheetCells,
    col: number | undefined,
  ): { fields: (Field<number> | undefined)[]; total?: Field<number> } {
    col = this.valuesBeside(t, cells, col);
    const fields = t.dataRows.map((row) => this.percent(cells, row, col));
    const total = t.totalRow === undefined ? undefined : this.percent(cells, t.totalRow, col);
    const anyPercentFormat = col !== undefined && t.dataRows.some((row) => cells.isPercentFormat(row, col));
    const numbers = fields.map((f) => f?.value).filter((v): v is number => v !== undefined);
    if (!anyPercentFormat && numbers.length > 0 && looksLikeFractions(numbers)) {
      for (const f of [...fields, total])
        if (f?.value !== undefined) f.value = Math.round(f.value * 1e8) / 1e6;
    }
    if (col !== undefined) this.mergedRepeats(t, cells, col, fields);
    return { fields, total };
  }

  /**
   * The column a weight or relevance header stands over, or the one just right of it when the
   * header's own column is blank on every data row and that one, which no other header claims,
   * holds the values: a header merged over two columns in the original, pasted as one cell
   * ("Rilevanza obiettivi" over B:C, the percentages in C). Said with a warning, not silently.
   */
  private valuesBeside(t: RecognizedTable, cells: SheetCells, col: number | undefined): number | undefined {
    if (col === undefined || t.dataRows.length === 0) return col;
    const next = col + 1;
    if (Object.values(t.columns).includes(next) || (t.headers[next] ?? '').trim() !== '') return col;
    if (!t.dataRows.every((row) => isBlank(cells.raw(row, col)))) return col;
    const filled = t.dataRows.filter((row) => !isBlank(cells.raw(row, next))).length;
    if (filled * 2 < t.dataRows.length) return col;
    const header = cells.ref(t.headerRow, col);
    this.findings.push(
      finding({
        code: 'READ_VALUES_BESIDE_HEADER',
        severity: 'warning',
        params: {
          cell: `${header.sheet}!${header.cell}`,
          label: t.headers[col] ?? '',
          column: cells.ref(t.headerRow, next).cell.replace(/\d+$/, ''),
        },
        cells: [header, cells.ref(t.dataRows[0], next)],
      }),
    );
    return next;
  }

  private readWeights(t: RecognizedTable, cells: SheetCells): void {
    this.noteFractionColumns(t, cells);
    const { fields: weights, total } = this.weights(t, cells, t.columns.weight);
    const keysByArea = new Map<string, string[]>();
    // Lists pasted from a PDF write the area only on the first row of each group: a blank area
    // cell takes the last area written in the column. Only objective rows set it, so that a page
    // footer ("Pagina 1 di 2") left in the area column does not become an area.
    let columnArea: string | undefined;
    t.dataRows.forEach((row, i) => {
      this.isError(cells, row, t.columns.id);
      this.isError(cells, row, t.columns.title);
      const id = idText(cells.raw(row, t.columns.id));
      const title = this.text(cells, row, t.columns.title) ?? { raw: null };
      if (!id && isBlank(title.raw ?? null)) return;
      const written = this.columnArea(t, cells, row);
      if (written !== undefined) columnArea = written;
      const area = columnArea ?? this.rowArea(t, cells, row) ?? this.area(WHOLE_ENTE_AREA).name;
      const o = this.addObjective({
        id,
        title,
        area,
        scope: isTransversalId(id, title.value ?? '') ? 'transversal' : 'area',
        weight: weights[i] ?? { cell: cells.rowRef(row, t.range.left, t.range.right) },
        ...this.results(t, cells, row),
        cell: cells.rowRef(row, t.range.left, t.range.right),
      });
      if (t.columns.assignees !== undefined) this.readAssigneesText(o, cells, row, t.columns.assignees);
      // Push in place: copying the list at every row made a 20,000-row table take seconds.
      const keys = keysByArea.get(area);
      if (keys) keys.push(o.key);
      else keysByArea.set(area, [o.key]);
    });
    // A total row closes one area's block; a table spanning several areas has no single total to check.
    const areas = [...keysByArea.keys()];
    if (total && areas.length === 1) {
      this.totals.push({
        kind: 'weights',
        area: areas[0],
        declared: total,
        covers: keysByArea.get(areas[0]) ?? [],
      });
    }
  }

  private readProjects(t: RecognizedTable, cells: SheetCells): void {
    this.noteFractionColumns(t, cells);
    const order = t.categoryClasses?.map((c) => c.key);
    t.dataRows.forEach((row) => {
      this.isError(cells, row, t.columns.id);
      this.isError(cells, row, t.columns.title);
      const id = idText(cells.raw(row, t.columns.id));
      const title = this.text(cells, row, t.columns.title) ?? { raw: null };
      if (!id && isBlank(title.raw ?? null)) return;
      const tipologia = this.text(cells, row, t.columns.tipologia);
      const scope = tipologia?.value ? scopeOfTipologia(tipologia.value) : 'general';
      const categoryCol = t.columns.category;
      const o = this.addObjective({
        id,
        title,
        // A project's "SETTORE n" is its tipologia, not one of the plan's areas: it has no area weight.
        scope,
        project: true,
        weight: {},
        tipologia,
        category:
          categoryCol === undefined
            ? undefined
            : readCell(cells, row, categoryCol, (raw) =>
                parseCategory(raw, this.params.categoryPoints, { order }),
              ),
        headcount: this.number(cells, row, t.columns.headcount),
        declaredPoints: this.number(cells, row, t.columns.points),
        declaredCoefficient: this.number(cells, row, t.columns.coefficient),
        declaredTotalCoefficient: this.number(cells, row, t.columns.totalCoefficient),
        fixedBudget:
          t.columns.budget === undefined
            ? undefined
            : readCell(cells, row, t.columns.budget, (raw) => parseMoney(raw)),
        soglia: this.percent(cells, row, t.columns.soglia),
        manualAchievement: this.percent(cells, row, t.columns.achievement),
        cell: cells.rowRef(row, t.range.left, t.range.right),
      });
      if (o.fixedBudget && o.fixedBudget.value === undefined && !o.fixedBudget.problem)
        o.fixedBudget = undefined;
      if (t.columns.assignees !== undefined) this.readAssigneesText(o, cells, row, t.columns.assignees);
    });
  }

  /**
   * The soglia and grado columns of a table: read as fractions when that is what they hold,
   * each ambiguous number reported (fractions.ts).
   */
  private noteFractionColumns(t: RecognizedTable, cells: SheetCells): void {
    for (const col of [t.columns.soglia, t.columns.achievement]) {
      if (col === undefined) continue;
      const reading = readFractionColumn(
        t.dataRows,
        (row) => cells.raw(row, col),
        (row) => cells.isPercentFormat(row, col),
      );
      if (reading.fractions) this.fractionColumns.add(col);
      for (const row of reading.ambiguousRows)
        this.ambiguousFraction(cells.ref(row, col), cells.raw(row, col));
    }
  }

  /** The soglia and grado di raggiungimento of an objective's row, when the table has them. */
  private results(
    t: RecognizedTable,
    cells: SheetCells,
    row: number,
  ): Pick<Objective, 'soglia' | 'manualAchievement'> {
    const out: Pick<Objective, 'soglia' | 'manualAchievement'> = {};
    const soglia = this.percent(cells, row, t.columns.soglia);
    if (soglia && (soglia.value !== undefined || soglia.problem)) out.soglia = soglia;
    const achievement = this.percent(cells, row, t.columns.achievement);
    if (achievement && (achievement.value !== undefined || achievement.problem))
      out.manualAchievement = achievement;
    return out;
  }

  private ambiguousFraction(cell: CellRef | undefined, raw: RawValue | undefined): void {
    if (cell === undefined || typeof raw !== 'number') return;
    this.findings.push(
      finding({
        code: 'READ_FRACTION_AMBIGUOUS',
        severity: 'warning',
        params: { cell: `${cell.sheet}!${cell.cell}`, value: raw, percent: tidy(raw * 100) },
        cells: [cell],
      }),
    );
  }

  private readObjectives(t: RecognizedTable, cells: SheetCells): void {
    this.noteFractionColumns(t, cells);
    const firstIndicator = this.indicators.length;
    let current: Objective | undefined;
    let currentArea: string | undefined;
    let currentShared: Objective[] | undefined;
    t.dataRows.forEach((row) => {
      this.isError(cells, row, t.columns.id);
      this.isError(cells, row, t.columns.title);
      const id = idText(cells.raw(row, t.columns.id));
      const titleRaw = t.columns.title !== undefined ? cells.raw(row, t.columns.title) : null;
      const title = isBlank(titleRaw) ? '' : rawToText(titleRaw).trim();
      const area = this.rowArea(t, cells, row) ?? currentArea;
      const startsObjective = id !== '' || title !== '';
      const sameAsCurrent =
        current !== undefined &&
        (!startsObjective ||
          ((id === '' || normalizeLabel(id) === normalizeLabel(current.id)) &&
            (title === '' || normalizeLabel(title) === normalizeLabel(current.title.value ?? '')) &&
            area === currentArea));
      if (!sameAsCurrent) {
        if (!startsObjective) return;
        // A row for "Tutte le aree" measures the transversal objective of every area: each copy gets it.
        const shared = this.sharedObjectives(area, id, title);
        currentShared = shared.length > 0 ? shared : undefined;
        current =
          shared[0] ??
          this.findObjective(area, id, title) ??
          this.addObjective({
            id,
            title: this.text(cells, row, t.columns.title) ?? { raw: null },
            area: area ?? this.area(WHOLE_ENTE_AREA).name,
            scope: isTransversalId(id, title) ? 'transversal' : 'area',
            weight: this.percent(cells, row, t.columns.weight) ?? {},
            cell: cells.rowRef(row, t.range.left, t.range.right),
          });
        currentArea = area;
      }
      const objective = current as Objective;
      if (sameAsCurrent && currentShared === undefined)
        this.continuedWeight(objective, cells, row, t.columns.weight);
      const soglia = this.percent(cells, row, t.columns.soglia);
      if (soglia && (soglia.value !== undefined || soglia.problem) && !objective.soglia?.value)
        objective.soglia = soglia;
      for (const target of currentShared ?? [objective]) {
        if (t.columns.assignees !== undefined)
          this.readAssigneesText(target, cells, row, t.columns.assignees);
        this.readIndicatorRow(t, cells, row, target);
      }
    });
    for (const ind of readFractionActuals(this.indicators, firstIndicator))
      this.ambiguousFraction(ind.actual.cell, ind.actual.raw);
  }

  /**
   * The weight on a further row of an objective (one row per indicator): the same weight again,
   * or blank, is nothing new; a weight where the first row had none is the objective's; a
   * different one is an error naming both cells (which one the plan means is not ours to pick).
   */
  private continuedWeight(
    objective: Objective,
    cells: SheetCells,
    row: number,
    col: number | undefined,
  ): void {
    const weight = this.percent(cells, row, col);
    if (weight?.value === undefined) return;
    const first = objective.weight;
    if (first.value === undefined) {
      if (first.problem === undefined) objective.weight = weight;
      return;
    }
    if (Math.abs(first.value - weight.value) <= 1e-9 || weight.cell === undefined) return;
    const at = (c: CellRef) => `${c.sheet}!${c.cell}`;
    this.findings.push(
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

  /** Transversal objectives this row measures for every area ("Tutte le aree", or an id like "1T" with no area). */
  private sharedObjectives(area: string | undefined, id: string, title: string): Objective[] {
    if (!meansAllAreas(area) && (area !== undefined || !isTransversalId(id, title))) return [];
    const key = id ? normalizeLabel(id) : normalizeLabel(title);
    return this.objectives.filter(
      (o) => o.scope === 'transversal' && normalizeLabel(id ? o.id : (o.title.value ?? '')) === key,
    );
  }

  private readIndicatorRow(t: RecognizedTable, cells: SheetCells, row: number, objective: Objective): void {
    const description = this.text(cells, row, t.columns.indicator) ?? { raw: null };
    const targetCol = t.columns.target;
    const deadline = this.date(cells, row, t.columns.deadline);
    const completion = this.date(cells, row, t.columns.completion);
    const year = this.meta.year;
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
      this.findings,
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
    const manualAchievement = this.percent(cells, row, t.columns.achievement);
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
        this.indicators.push({
          ...base,
          description: { value: part.description, raw: description.raw, cell: description.cell },
          subWeight: { value: part.weight, raw: description.raw, cell: description.cell },
        });
      }
      return;
    }
    this.indicators.push({
      ...base,
      description,
      subWeight: this.percent(cells, row, t.columns.subWeight) ?? {},
    });
  }

  private readAssigneesText(objective: Objective, cells: SheetCells, row: number, col: number): void {
    const raw = cells.raw(row, col);
    if (isBlank(raw)) return;
    const read = readAssigneesCell(objective, raw, cells.ref(row, col), this.assigneeRules, this.findings);
    for (const a of read) this.assignments.push(a);
  }

  private readRelevance(t: RecognizedTable, cells: SheetCells): void {
    const { fields, total } = this.weights(t, cells, t.columns.relevance);
    const names: string[] = [];
    t.dataRows.forEach((row, i) => {
      const col = t.columns.area;
      const raw = col === undefined ? null : cells.raw(row, col);
      if (isBlank(raw) || col === undefined || this.isError(cells, row, col)) return;
      const area = this.area(rawToText(raw), cells.ref(row, col));
      area.relevance = fields[i];
      names.push(area.name);
    });
    if (total) this.totals.push({ kind: 'relevance', declared: total, covers: names });
  }

  private readStaff(t: RecognizedTable, cells: SheetCells): void {
    for (const row of t.dataRows) {
      const col = t.columns.employee;
      const raw = col === undefined ? null : cells.raw(row, col);
      if (isBlank(raw) || col === undefined || this.isError(cells, row, col)) continue;
      const name = rawToText(raw).replace(/\s+/g, ' ').trim();
      const areaRaw = t.columns.area === undefined ? null : cells.raw(row, t.columns.area);
      this.employees.push({
        name,
        nameKey: normalizeName(name),
        area: isBlank(areaRaw) ? t.area && this.area(t.area).name : this.area(rawToText(areaRaw)).name,
        grade: this.text(cells, row, t.columns.grade),
        weeklyHours: this.number(cells, row, t.columns.hours),
        evaluation: this.percent(cells, row, t.columns.evaluation),
        daysAbsent: this.number(cells, row, t.columns.absence),
        cell: cells.rowRef(row, t.range.left, t.range.right),
      });
    }
  }

  private readAssignments(t: RecognizedTable, cells: SheetCells): void {
    const firstOfTable = this.assignments.length;
    for (const row of t.dataRows) {
      const idError = this.isError(cells, row, t.columns.id);
      if (this.isError(cells, row, t.columns.title) || idError) continue;
      const id = idText(cells.raw(row, t.columns.id));
      const titleRaw = t.columns.title === undefined ? null : cells.raw(row, t.columns.title);
      const title = isBlank(titleRaw) ? '' : rawToText(titleRaw).trim();
      if (!id && !title) continue;
      const areaRaw = t.columns.area === undefined ? null : cells.raw(row, t.columns.area);
      const area = isBlank(areaRaw) ? t.area : rawToText(areaRaw).trim();
      const objective = this.findObjective(area, id, title);
      const refCell = cells.ref(row, (t.columns.id ?? t.columns.title) as number);
      if (!objective) {
        this.findings.push(
          finding({
            code: 'READ_OBJECTIVE_NOT_FOUND',
            severity: 'error',
            params: { cell: `${refCell.sheet}!${refCell.cell}`, objective: id || title, area: area ?? '' },
            cells: [refCell],
            area,
            objective: id || title,
          }),
        );
        continue;
      }
      if (t.columns.assignees !== undefined)
        this.readAssigneesText(objective, cells, row, t.columns.assignees);
      const col = t.columns.employee;
      const raw = col === undefined ? null : cells.raw(row, col);
      if (isBlank(raw) || col === undefined || this.isError(cells, row, col)) continue;
      const name = rawToText(raw).replace(/\s+/g, ' ').trim();
      if (isWholeStaffRow(objective, name, cells.ref(row, col), this.assigneeRules)) continue;
      this.assignments.push({
        objectiveKey: objective.key,
        employeeName: name,
        employeeKey: normalizeName(name),
        share: this.percent(cells, row, t.columns.share) ?? {},
        cell: cells.rowRef(row, t.range.left, t.range.right),
      });
    }
    const col = t.columns.share;
    if (col !== undefined && !t.dataRows.some((row) => cells.isPercentFormat(row, col)))
      sharesAsFractions(this.assignments.slice(firstOfTable));
  }
}

/**
 * Shares typed as fractions (0,6 and 0,4 in cells without a percent format) mean 60 % and 40 %,
 * as weights do. When every objective's shares are between 0 and 1 and add up to 1, the whole
 * table is in fractions (a lone 1 is 100 %). In a table that mixes both, an objective's shares
 * are converted only when they add up to 1 and one of them is strictly between 0 and 1, so that
 * a lone 1 stays as typed and validation reports it. Anything else is left for validation.
 */
function sharesAsFractions(assignments: Assignment[]): void {
  const byObjective = new Map<string, Assignment[]>();
  for (const a of assignments) {
    if (a.share.value === undefined) continue;
    const list = byObjective.get(a.objectiveKey);
    if (list) list.push(a);
    else byObjective.set(a.objectiveKey, [a]);
  }
  const values = (group: Assignment[]) => group.map((a) => a.share.value as number);
  const groups = [...byObjective.values()];
  const wholeTable = groups.length > 0 && groups.every((g) => looksLikeFractions(values(g)));
  for (const group of groups) {
    const v = values(group);
    if (!wholeTable && !(looksLikeFractions(v) && v.some((x) => x > 0 && x < 1))) continue;
    for (const a of group) a.share.value = Math.round((a.share.value as number) * 1e8) / 1e6;
  }
}

/** Builds the plan from the recognised tables of a workbook. */
export function buildPlan(
  sheets: SheetSnapshot[],
  tables: RecognizedTable[],
  params: Parameters,
  meta: PlanMeta = {},
): BuildResult {
  const builder = new PlanBuilder(sheets, params, meta);
  const plan = builder.build(tables);
  return { plan, findings: builder.findings };
}
