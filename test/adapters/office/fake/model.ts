/**
 * The in-memory workbook behind the fake Excel: what Excel itself would hold (cells, formats,
 * formulas, merges, hidden rows and columns, tables, protection). Tests seed it, run the
 * adapter through the fake's proxies, and inspect it afterwards.
 */
import type { CellRange } from '../../../../src/workbook/port';
import { parseCell, parseRange } from '../../../../src/workbook/a1';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type Stored = string | number | boolean | { error: string };

export interface FakeConditionalFormat {
  id: string;
  address: string;
  formula: string;
  fill: string;
  font: string;
}

export interface SeedCell {
  value?: string | number | boolean | null;
  error?: string;
  format?: string;
  formula?: string;
  bold?: boolean;
}

export interface SeedSheet {
  name: string;
  /** A1 address -> value or cell. */
  cells?: Record<string, SeedCell | string | number | boolean>;
  /** Dense rows from A1, for big sheets. */
  rows?: (string | number | boolean | null)[][];
  merges?: string[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  visibility?: Visibility;
  protected?: boolean;
}

export interface SeedTable {
  name: string;
  sheet: string;
  range: string;
  showTotals?: boolean;
}

export interface SeedBook {
  sheets: SeedSheet[];
  tables?: SeedTable[];
  names?: string[];
  readOnly?: boolean;
  structureProtected?: boolean;
}

const key = (r: number, c: number): string => `${r},${c}`;

export class FakeSheet {
  values: (Stored | undefined)[][] = [];
  formats: (string | undefined)[][] = [];
  formulas = new Map<string, string>();
  bold = new Set<string>();
  wrapped = new Set<string>();
  links = new Map<string, { documentReference?: string; textToDisplay?: string }>();
  fonts = new Map<string, { color?: string; underline?: string }>();
  merges: CellRange[] = [];
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  tabColor = '';
  charts: { type: string; source: string; title: string; anchor: string }[] = [];
  /** Conditional formats (custom rules only), in the order they were added. */
  conditionalFormats: FakeConditionalFormat[] = [];
  visibility: Visibility = 'Visible';
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get(r: number, c: number): Stored | undefined {
    return this.values[r]?.[c];
  }

  set(r: number, c: number, v: Stored | undefined): void {
    (this.values[r] ??= [])[c] = v;
  }

  format(r: number, c: number): string {
    return this.formats[r]?.[c] ?? 'General';
  }

  setFormat(r: number, c: number, f: string): void {
    (this.formats[r] ??= [])[c] = f;
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas.get(key(r, c));
  }

  setFormula(r: number, c: number, f: string | undefined): void {
    if (f === undefined) this.formulas.delete(key(r, c));
    else this.formulas.set(key(r, c), f);
  }

  isBold(r: number, c: number): boolean {
    return this.bold.has(key(r, c));
  }

  setBold(r: number, c: number): void {
    this.bold.add(key(r, c));
  }

  isWrapped(r: number, c: number): boolean {
    return this.wrapped.has(key(r, c));
  }

  setWrapped(r: number, c: number): void {
    this.wrapped.add(key(r, c));
  }

  link(r: number, c: number) {
    return this.links.get(key(r, c));
  }

  setLink(r: number, c: number, l: { documentReference?: string; textToDisplay?: string }): void {
    this.links.set(key(r, c), l);
  }

  font(r: number, c: number) {
    let f = this.fonts.get(key(r, c));
    if (!f) this.fonts.set(key(r, c), (f = {}));
    return f;
  }

  /** Bounding box of the cells holding a value or a formula (Excel's valuesOnly used range). */
  usedRange(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const grids = valuesOnly ? [this.values] : [this.values, this.formats];
    for (const grid of grids)
      for (let r = 0; r < grid.length; r++) {
        const row = grid[r];
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          if (row[c] === undefined) continue;
          if (r < top) top = r;
          if (r > bottom) bottom = r;
          if (c < left) left = c;
          if (c > right) right = c;
        }
      }
    for (const k of this.formulas.keys()) {
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  range: CellRange;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: string[] = [];
  readOnly = false;
  structureProtected = false;
  active: FakeSheet | undefined;
  selection: { sheet: string; address: string } | undefined;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheet(nameOrId: string): FakeSheet | undefined {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === k);
  }

  table(nameOrId: string): FakeTable | undefined {
    const k = nameOrId.toLowerCase();
    return this.tables.find((t) => t.id === nameOrId || t.name.toLowerCase() === k);
  }

  static seed(seed: SeedBook): FakeBook {
    const book = new FakeBook();
    book.readOnly = seed.readOnly === true;
    book.structureProtected = seed.structureProtected === true;
    book.names = [...(seed.names ?? [])];
    for (const s of seed.sheets) {
      const sheet = new FakeSheet(book.newId('sheet'), s.name);
      sheet.visibility = s.visibility ?? 'Visible';
      sheet.protected = s.protected === true;
      s.rows?.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) sheet.set(r, c, v);
        }),
      );
      for (const [address, raw] of Object.entries(s.cells ?? {})) {
        const { row, col } = parseCell(address);
        const cell: SeedCell = typeof raw === 'object' ? raw : { value: raw };
        if (cell.error !== undefined) sheet.set(row, col, { error: cell.error });
        else if (cell.value !== undefined && cell.value !== null) sheet.set(row, col, cell.value);
        if (cell.format) sheet.setFormat(row, col, cell.format);
        if (cell.formula) sheet.setFormula(row, col, cell.formula);
        if (cell.bold) sheet.setBold(row, col);
      }
      sheet.merges = (s.merges ?? []).map(parseRange);
      s.hiddenRows?.forEach((r) => sheet.hiddenRows.add(r));
      s.hiddenColumns?.forEach((c) => sheet.hiddenColumns.add(c));
      book.sheets.push(sheet);
    }
    for (const t of seed.tables ?? []) {
      const sheet = book.sheet(t.sheet);
      if (!sheet) throw new Error(`seed: no sheet ${t.sheet}`);
      book.tables.push({
        id: book.newId('table'),
        name: t.name,
        sheet,
        range: parseRange(t.range),
        showHeaders: true,
        showTotals: t.showTotals === true,
        style: 'TableStyleMedium2',
      });
    }
    book.active = book.sheets.find((s) => s.visibility === 'Visible');
    return book;
  }
}
