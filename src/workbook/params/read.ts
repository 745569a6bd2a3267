/**
 * Reads the parameters sheet (docs/parameters-sheet.md) into `Parameters`, starting from the
 * defaults: every value found overrides its default, and `params.cells` records where each one
 * came from.
 *
 * Layout as read: the single parameters run from the header row `Parametro | Valore` (or, when
 * the header is missing, from the first row with a known label) down to the first section
 * title; each section runs from its title to the next title. Blank rows are skipped everywhere,
 * so users may space the sheet out; rows are found by labels, never by number.
 */
import type { Parameters } from '../../domain/model';
import type { Finding } from '../../domain/findings';
import { defaultParameters } from '../../domain/params';
import { normalizeLabel, rawToText } from '../../domain/values';
import type { SheetSnapshot } from '../port';
import { Grid } from './grid';
import { Reporter } from './report';
import { PARAMS_SHEET, scalarByLabel, sectionByTitle, type SectionDef, type SectionKey } from './layout';
import { readScalars, type PlanMeta } from './read-scalars';
import { readBands, readCategories, readCurve, readPools, sectionRows } from './read-sections';

export interface ParamsReading {
  params: Parameters;
  comune?: string;
  year?: number;
  findings: Finding[];
}

/** The parameters sheet, its name matched ignoring case, accents, punctuation and spaces. */
export function findParamsSheet(sheets: readonly SheetSnapshot[]): SheetSnapshot | undefined {
  const wanted = normalizeLabel(PARAMS_SHEET);
  return sheets.find((s) => normalizeLabel(s.name) === wanted);
}

export function readParamsSheet(sheet: SheetSnapshot): ParamsReading {
  const grid = new Grid(sheet);
  const params = defaultParameters();
  const meta: PlanMeta = {};
  const report = new Reporter();
  // The longest row: rows may stop at their own last cell (SheetSnapshot.values).
  const lastCol = sheet.left + sheet.values.reduce((w, r) => Math.max(w, r.length), 0) - 1;

  const titles: { row: number; def: SectionDef }[] = [];
  for (let row = grid.firstRow; row < grid.endRow; row++) {
    const def = sectionByTitle(rawToText(grid.value(row, 0)));
    if (def) titles.push({ row, def });
  }
  const blockEnd = titles.length > 0 ? titles[0].row : grid.endRow;
  readScalars(grid, scalarBlockStart(grid, blockEnd), blockEnd, params, meta, report);

  const seen = new Map<SectionKey, number>();
  titles.forEach(({ row, def }, i) => {
    const first = seen.get(def.key);
    if (first !== undefined) {
      report.error('PARAMS_SECTION_DUPLICATE', grid.ref(row, 0), { section: def.title }, grid.ref(first, 0));
      return;
    }
    seen.set(def.key, row);
    const end = i + 1 < titles.length ? titles[i + 1].row : grid.endRow;
    const s = sectionRows(grid, def, row, end, Math.max(lastCol, 0), report);
    if (!s) return;
    if (s.rows.length === 0) {
      if (def.mayBeEmpty) params.pools = [];
      else report.error('PARAMS_SECTION_EMPTY', grid.ref(row, 0), { section: def.title });
      params.cells[def.key] = grid.ref(row, 0);
      return;
    }
    const lastRow = s.rows[s.rows.length - 1];
    params.cells[def.key] = {
      sheet: sheet.name,
      cell: `${grid.ref(row, 0).cell}:${grid.ref(lastRow, Math.max(...s.columns.values())).cell}`,
    };
    switch (def.key) {
      case 'pools':
        params.pools = readPools(grid, s, params, report);
        return;
      case 'categoryPoints': {
        // A section whose rows are all unreadable keeps the default (the errors block anyway).
        const points = readCategories(grid, s, params, report);
        if (Object.keys(points).length > 0) params.categoryPoints = points;
        return;
      }
      case 'headcountBands': {
        const bands = readBands(grid, s, params, report);
        if (bands.length > 0) params.headcountBands = bands;
        return;
      }
      case 'payoutCurve': {
        const curve = readCurve(grid, s, params, report);
        if (curve.length > 0) params.payoutCurve = curve;
        return;
      }
    }
  });

  const out: ParamsReading = { params, findings: report.findings };
  if (meta.comune !== undefined) out.comune = meta.comune;
  if (meta.year !== undefined) out.year = meta.year;
  return out;
}

/** The row after the `Parametro | Valore` header, else the first row with a known label. */
function scalarBlockStart(grid: Grid, end: number): number {
  for (let row = grid.firstRow; row < end; row++) {
    if (
      normalizeLabel(rawToText(grid.value(row, 0))) === 'parametro' &&
      normalizeLabel(rawToText(grid.value(row, 1))) === 'valore'
    ) {
      return row + 1;
    }
  }
  for (let row = grid.firstRow; row < end; row++) {
    if (scalarByLabel(rawToText(grid.value(row, 0)))) return row;
  }
  return end;
}
