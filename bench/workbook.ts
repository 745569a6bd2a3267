/**
 * Benchmark workbooks: the plan of bench/generate-plan.ts laid out as sheets the way users keep
 * them, so that the recognizer finds every table (benchmarks, and the sync-budget tests of
 * test/adapters/office/budget.test.ts at real sizes):
 * - "Pesatura obiettivi": one weight block per area, a title row "Settore n - ... - Responsabile:
 *   ...", the header, the objectives and a TOTALE row, a blank row between blocks;
 * - "Obiettivi e indicatori": one row per indicator, area, number and title repeated on every
 *   row, the objective's soglia minima on its first row;
 * - "Progetti": the projects and a TOTALE row of the total coefficients;
 * - "Rilevanza", "Personale", "Assegnazioni" (number, area, employee, share);
 * - "Parametri Premia": the parameters sheet as Premia itself writes it (paramsSheetSpec).
 * Cells hold the generated raw text ("almeno 80%", "12,5", "31/10/2024"), as typed by users.
 *
 * The same grid feeds the fake Office.js workbook (`toSeed`) and ExcelJS (`toExcelJs`).
 */
import ExcelJS from 'exceljs';
import type { Field, Objective, Plan } from '../src/domain/model';
import { paramsSheetSpec } from '../src/workbook/params';
import type { SeedBook } from '../test/adapters/office/fake/model';
import { generatePlan, type PlanSize } from './generate-plan';

export type GridValue = string | number | boolean | null;

export interface GridSheet {
  name: string;
  /** Dense rows from A1. */
  rows: GridValue[][];
  /** Number formats of a few cells (0-based row and column). */
  formats: { row: number; col: number; format: string }[];
}

export interface GridBook {
  sheets: GridSheet[];
  /** Data rows (without headers, titles and totals) of each input table kind. */
  counts: {
    objectives: number;
    indicators: number;
    projects: number;
    employees: number;
    assignments: number;
  };
}

export const SHEET_NAMES = {
  weights: 'Pesatura obiettivi',
  indicators: 'Obiettivi e indicatori',
  projects: 'Progetti',
  relevance: 'Rilevanza',
  staff: 'Personale',
  assignments: 'Assegnazioni',
} as const;

/** The raw cell content of a field, as the user typed it. */
function raw(f: Field<unknown> | undefined): GridValue {
  const r = f?.raw;
  if (typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean') return r;
  if (r === null || r === undefined) return null;
  throw new Error(`bench workbook: unexpected raw value ${JSON.stringify(r)}`);
}

function sheet(name: string, rows: GridValue[][]): GridSheet {
  return { name, rows, formats: [] };
}

function weightsSheet(plan: Plan): GridSheet {
  const rows: GridValue[][] = [];
  const byArea = new Map<string, Objective[]>();
  for (const o of plan.objectives) {
    if (o.project === true || o.area === undefined) continue;
    const list = byArea.get(o.area);
    if (list) list.push(o);
    else byArea.set(o.area, [o]);
  }
  const declared = new Map<string, GridValue>();
  for (const t of plan.totals) if (t.kind === 'weights' && t.area) declared.set(t.area, raw(t.declared));
  for (const area of plan.areas) {
    const objectives = byArea.get(area.name) ?? [];
    rows.push([`${area.name} - Responsabile: ${area.responsabile ?? ''}`]);
    rows.push(['N.', 'Obiettivo', 'Peso %']);
    for (const o of objectives) rows.push([o.id, raw(o.title), raw(o.weight)]);
    rows.push(['TOTALE', null, declared.get(area.name) ?? 100]);
    rows.push([]);
  }
  return sheet(SHEET_NAMES.weights, rows);
}

function indicatorsSheet(plan: Plan): GridSheet {
  const byKey = new Map(plan.objectives.map((o) => [o.key, o]));
  const rows: GridValue[][] = [
    [
      'Area',
      'N.',
      'Obiettivo',
      'Indicatore',
      'Peso indicatore',
      'Valore atteso',
      'Valore raggiunto',
      'Soglia minima',
      'Scadenza',
      'Data completamento',
      'Grado di raggiungimento',
    ],
  ];
  let previous: Objective | undefined;
  for (const ind of plan.indicators) {
    const o = byKey.get(ind.objectiveKey);
    if (!o) throw new Error(`bench workbook: no objective ${ind.objectiveKey}`);
    const first = o !== previous;
    previous = o;
    rows.push([
      o.area ?? null,
      o.id,
      raw(o.title),
      raw(ind.description),
      raw(ind.subWeight),
      raw(ind.target),
      raw(ind.actual),
      first && o.project !== true ? raw(o.soglia) : null,
      raw(ind.deadline),
      raw(ind.completion),
      raw(ind.manualAchievement),
    ]);
  }
  return sheet(SHEET_NAMES.indicators, rows);
}

function projectsSheet(plan: Plan): GridSheet {
  const rows: GridValue[][] = [
    [
      'Progressivo',
      'Tipologia progetto',
      'Titolo del progetto',
      'Categoria',
      'Punti',
      'N. dip.',
      'Coeff.',
      'Totale coeff.',
      'Importo stanziato',
      'Soglia minima',
      'Grado di raggiungimento',
    ],
  ];
  for (const o of plan.objectives) {
    if (o.project !== true) continue;
    rows.push([
      o.id,
      raw(o.tipologia),
      raw(o.title),
      raw(o.category),
      raw(o.declaredPoints),
      raw(o.headcount),
      raw(o.declaredCoefficient),
      raw(o.declaredTotalCoefficient),
      raw(o.fixedBudget),
      raw(o.soglia),
      raw(o.manualAchievement),
    ]);
  }
  const total = plan.totals.find((t) => t.kind === 'coefficients');
  if (total) rows.push(['TOTALE', null, null, null, null, null, null, raw(total.declared)]);
  return sheet(SHEET_NAMES.projects, rows);
}

function relevanceSheet(plan: Plan): GridSheet {
  const rows: GridValue[][] = [['Area', 'Rilevanza %']];
  for (const a of plan.areas) rows.push([a.name, raw(a.relevance)]);
  const total = plan.totals.find((t) => t.kind === 'relevance');
  rows.push(['TOTALE', total ? raw(total.declared) : 100]);
  return sheet(SHEET_NAMES.relevance, rows);
}

function staffSheet(plan: Plan): GridSheet {
  const rows: GridValue[][] = [
    [
      'Cognome e nome',
      'Categoria',
      'Ore settimanali',
      'Area',
      'Valutazione individuale',
      'Giorni di assenza',
    ],
  ];
  for (const e of plan.employees)
    rows.push([
      e.name,
      raw(e.grade),
      raw(e.weeklyHours),
      e.area ?? null,
      raw(e.evaluation),
      raw(e.daysAbsent),
    ]);
  return sheet(SHEET_NAMES.staff, rows);
}

function assignmentsSheet(plan: Plan): GridSheet {
  const byKey = new Map(plan.objectives.map((o) => [o.key, o]));
  const rows: GridValue[][] = [['N. obiettivo', 'Area', 'Dipendente', 'Quota %']];
  for (const a of plan.assignments) {
    const o = byKey.get(a.objectiveKey);
    if (!o) throw new Error(`bench workbook: no objective ${a.objectiveKey}`);
    rows.push([o.id, o.project === true ? null : (o.area ?? null), a.employeeName, raw(a.share)]);
  }
  return sheet(SHEET_NAMES.assignments, rows);
}

/** The parameters sheet exactly as Premia writes it, with its number formats. */
function paramsSheet(plan: Plan): GridSheet {
  const spec = paramsSheetSpec(plan.params, { comune: plan.comune, year: plan.year });
  const out = sheet(spec.name, []);
  spec.rows.forEach((cells, r) => {
    out.rows.push(cells.map((c) => c.value));
    cells.forEach((c, col) => {
      if (c.format && typeof c.value === 'number') out.formats.push({ row: r, col, format: c.format });
    });
  });
  return out;
}

/** The benchmark plan of `size` as a workbook's sheets. */
export function planWorkbook(size: PlanSize, seed: number): GridBook {
  return layout(generatePlan(size, seed));
}

export function layout(plan: Plan): GridBook {
  const projects = plan.objectives.filter((o) => o.project === true).length;
  return {
    sheets: [
      weightsSheet(plan),
      indicatorsSheet(plan),
      projectsSheet(plan),
      relevanceSheet(plan),
      staffSheet(plan),
      assignmentsSheet(plan),
      paramsSheet(plan),
    ],
    counts: {
      objectives: plan.objectives.length - projects,
      indicators: plan.indicators.length,
      projects,
      employees: plan.employees.length,
      assignments: plan.assignments.length,
    },
  };
}

/** Cells of the whole book. */
export function cellCount(book: GridBook): number {
  let n = 0;
  for (const s of book.sheets) for (const r of s.rows) for (const v of r) if (v !== null) n++;
  return n;
}

/** Cells of the sheets' used ranges (rows x widest row): what reading a sheet whole loads. */
export function gridCells(book: GridBook): number {
  return book.sheets.reduce(
    (n, s) => n + s.rows.length * s.rows.reduce((w, r) => Math.max(w, r.length), 0),
    0,
  );
}

/** The book as a seed of the fake Office.js workbook (test/adapters/office/fake). */
export function toSeed(book: GridBook): SeedBook {
  return {
    sheets: book.sheets.map((s) => {
      const cells: Record<string, { value: GridValue; format: string }> = {};
      for (const f of s.formats)
        cells[address(f.row, f.col)] = { value: s.rows[f.row][f.col], format: f.format };
      return { name: s.name, rows: s.rows, cells };
    }),
  };
}

function address(row: number, col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** The book as an ExcelJS workbook (values as typed, the few number formats). */
export function toExcelJs(book: GridBook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Fixed dates: the file does not depend on the clock.
  wb.created = new Date(Date.UTC(2025, 0, 15));
  wb.modified = wb.created;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      // A sparse array: index = column number (1-based), empty cells left out.
      const values: ExcelJS.CellValue[] = [];
      row.forEach((v, c) => {
        if (v !== null) values[c + 1] = v;
      });
      if (values.length > 0) ws.getRow(r + 1).values = values;
    });
    for (const f of s.formats) ws.getCell(address(f.row, f.col)).numFmt = f.format;
  }
  return wb;
}
