/**
 * The four small tables of the parameters sheet ("Fondi / pool", "Punti per categoria", "Fasce
 * di personale", "Curva di pagamento"). Each runs from its title to the next title (blank rows
 * skipped); its first non-blank row is the header, columns found by their labels. A present
 * section replaces the default entirely.
 *
 * The reader reports what a single cell or row shows (unreadable values, a missing name,
 * duplicates, a tipologia held by two pools); relations validation checks on the model (pools
 * over the fund, two pools taking the rest, bands out of order, curve gaps) are left to it.
 */
import type { CellRef, HeadcountBand, Parameters, PayoutBand, Pool, SplitMethod } from '../../domain/model';
import { isBlank, normalizeLabel, rawToText } from '../../domain/values';
import type { Grid } from './grid';
import type { Reporter } from './report';
import {
  categoryKey,
  METHOD_WORDS,
  METHOD_WRITTEN,
  PROPORTIONAL_WORDS,
  tipologiaOf,
  type SectionDef,
  type Tipologia,
} from './layout';
import { readKeyword, readMoney, readNumber, readPercent, readText, type Reading } from './cell-values';

/** A section's rows once its header is found: data rows and the column of each role. */
export interface SectionRows {
  def: SectionDef;
  titleRow: number;
  headerRow: number;
  rows: number[];
  columns: Map<string, number>;
}

/** Finds the header of a section whose body is rows (titleRow, end); reports a missing header. */
export function sectionRows(
  grid: Grid,
  def: SectionDef,
  titleRow: number,
  end: number,
  lastCol: number,
  report: Reporter,
): SectionRows | undefined {
  let headerRow = -1;
  for (let r = titleRow + 1; r < end; r++) {
    if (!grid.isBlankRow(r)) {
      headerRow = r;
      break;
    }
  }
  const columns = new Map<string, number>();
  if (headerRow >= 0) {
    for (let c = 0; c <= lastCol; c++) {
      const label = normalizeLabel(rawToText(grid.value(headerRow, c)));
      const column = def.columns.find((k) => k.accepted.includes(label));
      if (column && !columns.has(column.role)) columns.set(column.role, c);
    }
  }
  const missing = def.columns.filter((k) => k.required && !columns.has(k.role));
  if (headerRow < 0 || missing.length > 0) {
    report.error('PARAMS_SECTION_HEADER_MISSING', grid.ref(headerRow < 0 ? titleRow : headerRow, 0), {
      section: def.title,
      columns: (missing.length > 0 ? missing : def.columns.filter((k) => k.required))
        .map((k) => k.header)
        .join(', '),
    });
    return undefined;
  }
  const headerKey = rowKey(grid, headerRow, lastCol);
  const rows: number[] = [];
  for (let r = headerRow + 1; r < end; r++) {
    // Blank rows are skipped; a header repeated (rows copied with it) is not data.
    if (grid.isBlankRow(r) || rowKey(grid, r, lastCol) === headerKey) continue;
    rows.push(r);
  }
  return { def, titleRow, headerRow, rows, columns };
}

function rowKey(grid: Grid, row: number, lastCol: number): string {
  const parts: string[] = [];
  for (let c = 0; c <= lastCol; c++) parts.push(normalizeLabel(rawToText(grid.value(row, c))));
  return parts.join('|');
}

/** Reads a cell of a section row; blank required cells and unreadable values are errors. */
class RowReader {
  ok = true;
  constructor(
    private readonly grid: Grid,
    private readonly s: SectionRows,
    private readonly row: number,
    private readonly report: Reporter,
  ) {}

  col(role: string): number | undefined {
    return this.s.columns.get(role);
  }

  blank(role: string): boolean {
    const c = this.col(role);
    return c === undefined || isBlank(this.grid.value(this.row, c));
  }

  private header(c: number): string {
    return rawToText(this.grid.value(this.s.headerRow, c));
  }

  /** The value of a role's cell; undefined (and, when `required`, an error) if blank. */
  read<T>(
    role: string,
    reader: (raw: ReturnType<Grid['value']>, percentFormat: boolean) => Reading<T>,
    required: boolean,
  ): T | undefined {
    const c = this.col(role);
    if (c === undefined) return undefined;
    const raw = this.grid.value(this.row, c);
    if (isBlank(raw)) {
      if (required) {
        this.ok = false;
        this.report.error('PARAMS_VALUE_MISSING', this.grid.ref(this.row, c), { label: this.header(c) });
      }
      return undefined;
    }
    const r = reader(raw, this.grid.isPercentFormat(this.row, c));
    if (r.ok) return r.value;
    this.ok = false;
    this.report.error(r.code, this.grid.ref(this.row, c), {
      label: this.header(c),
      text: r.text,
      accepted: role === 'method' ? Object.values(METHOD_WRITTEN).join(', ') : '',
    });
    return undefined;
  }
}

function rowRange(grid: Grid, s: SectionRows, row: number): CellRef {
  return grid.rowRef(row, 0, Math.max(...s.columns.values()));
}

export function readPools(grid: Grid, s: SectionRows, params: Parameters, report: Reporter): Pool[] {
  const pools: Pool[] = [];
  const names = new Map<string, number>();
  const holders = new Map<Tipologia, { pool: string; row: number }>();
  for (const row of s.rows) {
    const r = new RowReader(grid, s, row, report);
    const name = r.read('name', readText, true);
    const tipologie = readTipologie(grid, s, row, name ?? '', report);
    const amount = r.read('amount', readMoney, false);
    const percent = r.read('percent', readPercent, false);
    const method = r.read('method', (raw) => readKeyword<SplitMethod>(raw, METHOD_WORDS), false);
    if (name === undefined || !r.ok) continue;
    const key = normalizeLabel(name);
    const nameCol = s.columns.get('name') as number;
    const firstRow = names.get(key);
    if (firstRow !== undefined) {
      report.error(
        'PARAMS_POOL_NAME_DUPLICATE',
        grid.ref(row, nameCol),
        { pool: name },
        grid.ref(firstRow, nameCol),
      );
      continue;
    }
    names.set(key, row);
    for (const t of tipologie) {
      const holder = holders.get(t);
      const tipCol = s.columns.get('tipologie') as number;
      if (holder) {
        report.error(
          'PARAMS_POOL_TIPOLOGIA_DUPLICATE',
          grid.ref(row, tipCol),
          { tipologia: t.toUpperCase(), pool: name, otherPool: holder.pool },
          grid.ref(holder.row, tipCol),
        );
      } else holders.set(t, { pool: name, row });
    }
    const i = pools.length;
    const cell = rowRange(grid, s, row);
    const pool: Pool = { name, tipologie, method: method ?? 'coefficient', cell };
    if (amount !== undefined) pool.amount = amount;
    if (percent !== undefined) pool.percent = percent;
    pools.push(pool);
    params.cells[`pools.${i}`] = cell;
    params.cells[`pools.${i}.name`] = grid.ref(row, nameCol);
    const cellOf = (role: string): void => {
      const c = s.columns.get(role);
      if (c !== undefined && !isBlank(grid.value(row, c)))
        params.cells[`pools.${i}.${role}`] = grid.ref(row, c);
    };
    ['tipologie', 'amount', 'percent', 'method'].forEach(cellOf);
  }
  return pools;
}

/** "GENERALE, SETTORE" -> ['generale', 'settore']; unknown words are errors. */
function readTipologie(grid: Grid, s: SectionRows, row: number, pool: string, report: Reporter): Tipologia[] {
  const c = s.columns.get('tipologie');
  if (c === undefined) return [];
  const raw = grid.value(row, c);
  if (isBlank(raw)) return [];
  const out: Tipologia[] = [];
  for (const part of rawToText(raw).split(/[,;/+\n]|\s+e\s+/i)) {
    if (part.trim() === '') continue;
    const t = tipologiaOf(part);
    if (t === undefined)
      report.error('PARAMS_POOL_TIPOLOGIA_UNKNOWN', grid.ref(row, c), { pool, text: part.trim() });
    else if (!out.includes(t)) out.push(t);
  }
  return out;
}

export function readCategories(
  grid: Grid,
  s: SectionRows,
  params: Parameters,
  report: Reporter,
): Record<string, number> {
  const points: Record<string, number> = {};
  const rows = new Map<string, number>();
  const nameCol = s.columns.get('category') as number;
  for (const row of s.rows) {
    const r = new RowReader(grid, s, row, report);
    const name = r.read('category', readText, true);
    const value = r.read('points', readNumber, true);
    if (name === undefined || value === undefined || !r.ok) continue;
    const key = categoryKey(name);
    const first = rows.get(key);
    if (first !== undefined) {
      report.error(
        'PARAMS_CATEGORY_DUPLICATE',
        grid.ref(row, nameCol),
        { category: name },
        grid.ref(first, nameCol),
      );
      continue;
    }
    rows.set(key, row);
    points[key] = value;
    params.cells[`categoryPoints.${key}`] = grid.ref(row, s.columns.get('points') as number);
  }
  return points;
}

export function readBands(grid: Grid, s: SectionRows, params: Parameters, report: Reporter): HeadcountBand[] {
  const bands: HeadcountBand[] = [];
  for (const row of s.rows) {
    const r = new RowReader(grid, s, row, report);
    const min = r.read('min', readNumber, true);
    const coefficient = r.read('coefficient', readNumber, true);
    if (min !== undefined && !Number.isInteger(min)) {
      const c = s.columns.get('min') as number;
      report.error('PARAMS_NOT_INTEGER', grid.ref(row, c), {
        label: rawToText(grid.value(s.headerRow, c)),
        text: rawToText(grid.value(row, c)),
      });
      continue;
    }
    if (min === undefined || coefficient === undefined || !r.ok) continue;
    params.cells[`headcountBands.${bands.length}`] = rowRange(grid, s, row);
    bands.push({ min, coefficient });
  }
  return bands;
}

function readPayout(raw: ReturnType<Grid['value']>, percentFormat: boolean): Reading<PayoutBand['payout']> {
  if (typeof raw === 'string' && PROPORTIONAL_WORDS.includes(normalizeLabel(raw)))
    return { ok: true, value: 'proportional' };
  const r = readPercent(raw, percentFormat);
  return r.ok
    ? r
    : { ok: false, code: r.code === 'PARAMS_ERROR_VALUE' ? r.code : 'PARAMS_NOT_PAYOUT', text: r.text };
}

export function readCurve(grid: Grid, s: SectionRows, params: Parameters, report: Reporter): PayoutBand[] {
  const curve: PayoutBand[] = [];
  for (const row of s.rows) {
    const r = new RowReader(grid, s, row, report);
    const from = r.read('from', readPercent, true);
    const payout = r.read('payout', readPayout, true);
    if (from === undefined || payout === undefined || !r.ok) continue;
    params.cells[`payoutCurve.${curve.length}`] = rowRange(grid, s, row);
    curve.push({ from, payout });
  }
  return curve;
}
