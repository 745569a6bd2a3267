/**
 * The committed sample workbooks must be exactly what examples/sample-workbooks.ts builds, and
 * the clean one must really be clean (sums computed from the cells, not hard-coded).
 */
import path from 'path';
import ExcelJS from 'exceljs';
import {
  buildSampleWorkbook,
  PLANTED_MISTAKES,
  SAMPLE_FILES,
  SHEETS,
  type SampleVariant,
} from '../../examples/sample-workbooks';
import {
  categoryPoints,
  DEFAULT_CATEGORY_POINTS,
  DEFAULT_HEADCOUNT_BANDS,
  headcountCoefficient,
} from '../../src/domain/params';

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples');
const VARIANTS: SampleVariant[] = ['clean', 'errors'];

/** A comparable description of one cell: value (formulas with cached result) and number format. */
function describeValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'object') {
    if ('formula' in value)
      return { formula: value.formula, result: describeValue(value.result as ExcelJS.CellValue) };
    if ('sharedFormula' in value)
      return { sharedFormula: value.sharedFormula, result: describeValue(value.result as ExcelJS.CellValue) };
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
    if ('error' in value) return { error: value.error };
    if ('hyperlink' in value) return { text: value.text, hyperlink: value.hyperlink };
  }
  return value;
}

interface SheetSnapshot {
  cells: Map<string, string>;
  merges: string[];
  hiddenRows: number[];
  tables: string[];
}

function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells = new Map<string, string>();
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell) => {
      const content =
        cell.type === ExcelJS.ValueType.Merge
          ? { mergedInto: cell.master.address }
          : { value: describeValue(cell.value), numFmt: cell.numFmt ?? null };
      cells.set(cell.address, JSON.stringify(content));
    });
  });
  const model = ws.model as ExcelJS.WorksheetModel & { merges?: string[]; tables?: { name: string }[] };
  return {
    cells,
    merges: [...(model.merges ?? [])].sort(),
    hiddenRows,
    tables: (model.tables ?? []).map((t) => t.name).sort(),
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(buffer as ArrayBuffer);
  return copy;
}

async function readCommitted(variant: SampleVariant): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXAMPLES_DIR, SAMPLE_FILES[variant]));
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet "${name}" missing`);
  return ws;
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  return typeof v === 'string' ? v.trim() : '';
}

/** Numeric value of a cell (formula: its cached result); undefined for text or empty. */
function num(cell: ExcelJS.Cell): number | undefined {
  const v = cell.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'formula' in v && typeof v.result === 'number') return v.result;
  return undefined;
}

function isPercentFormat(cell: ExcelJS.Cell): boolean {
  return (cell.numFmt ?? '').includes('%');
}

const built = new Map<SampleVariant, ExcelJS.Workbook>();
const committed = new Map<SampleVariant, ExcelJS.Workbook>();

beforeAll(async () => {
  for (const variant of VARIANTS) {
    built.set(variant, await roundTrip(buildSampleWorkbook(variant)));
    committed.set(variant, await readCommitted(variant));
  }
});

describe.each(VARIANTS)('committed workbook "%s" matches the generator', (variant) => {
  it('has the same sheets, cells, formats, merges, hidden rows and tables', () => {
    const expected = built.get(variant)!;
    const actual = committed.get(variant)!;
    const names = (wb: ExcelJS.Workbook): string[] => wb.worksheets.map((ws) => ws.name);
    expect(names(actual)).toEqual(names(expected));
    const drift: string[] = [];
    for (const name of names(expected)) {
      const e = snapshotSheet(sheet(expected, name));
      const a = snapshotSheet(sheet(actual, name));
      const addresses = new Set([...e.cells.keys(), ...a.cells.keys()]);
      for (const address of addresses) {
        const want = e.cells.get(address) ?? '(empty)';
        const got = a.cells.get(address) ?? '(empty)';
        if (want !== got) drift.push(`${name}!${address}: committed ${got}, generator ${want}`);
      }
      if (JSON.stringify(a.merges) !== JSON.stringify(e.merges))
        drift.push(`${name}: merges ${a.merges} vs ${e.merges}`);
      if (JSON.stringify(a.hiddenRows) !== JSON.stringify(e.hiddenRows))
        drift.push(`${name}: hidden rows ${a.hiddenRows} vs ${e.hiddenRows}`);
      if (JSON.stringify(a.tables) !== JSON.stringify(e.tables))
        drift.push(`${name}: tables ${a.tables} vs ${e.tables}`);
    }
    if (drift.length > 0) {
      throw new Error(
        `Committed ${SAMPLE_FILES[variant]} drifted from the script (run npx tsx examples/generate.ts):\n${drift.slice(0, 20).join('\n')}`,
      );
    }
  });

  it('has fixed workbook properties', () => {
    const wb = committed.get(variant)!;
    expect(wb.created.toISOString()).toBe(built.get(variant)!.created.toISOString());
    expect(wb.modified.toISOString()).toBe(built.get(variant)!.modified.toISOString());
  });

  it('keeps the realistic layout features', () => {
    const ws = sheet(committed.get(variant)!, SHEETS.indicators);
    const snap = snapshotSheet(ws);
    expect(snap.tables).toHaveLength(1);
    expect(snap.merges.length).toBeGreaterThan(0);
    expect(snap.hiddenRows.length).toBeGreaterThan(0);
    // the plain range repeats its header row after a page break
    const headerRows: number[] = [];
    ws.eachRow((row, n) => {
      if (text(row.getCell(4)).toUpperCase() === 'INDICATORE') headerRows.push(n);
    });
    expect(headerRows.length).toBeGreaterThanOrEqual(2);
  });
});

/** Weight blocks of the "Pesatura obiettivi" sheet, read the way a user reads them. */
interface WeightBlockRead {
  area: string;
  sum: number;
  textWeights: string[];
  declared: number | undefined;
  ids: Map<string, string>;
}

function readWeightBlocks(wb: ExcelJS.Workbook): WeightBlockRead[] {
  const ws = sheet(wb, SHEETS.weights);
  const blocks: WeightBlockRead[] = [];
  let area = '';
  let current: WeightBlockRead | undefined;
  let weightCol = 0;
  for (let r = 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const texts: string[] = [];
    row.eachCell((cell) => texts.push(text(cell)));
    const areaTitle = texts.find((t) => /^AREA /.test(t));
    if (areaTitle) area = areaTitle;
    let pesoCol = 0;
    row.eachCell((cell, c) => {
      if (/^PESO/i.test(text(cell))) pesoCol = c;
    });
    if (pesoCol > 0) {
      weightCol = pesoCol;
      current = { area, sum: 0, textWeights: [], declared: undefined, ids: new Map() };
      blocks.push(current);
      continue;
    }
    if (!current) continue;
    if (texts.some((t) => /^totale$/i.test(t))) {
      const cell = row.getCell(weightCol);
      const declared = num(cell);
      current.declared = declared !== undefined && isPercentFormat(cell) ? declared * 100 : declared;
      current = undefined;
      continue;
    }
    const weightCell = row.getCell(weightCol);
    const id = String(row.getCell(weightCol - 2).value ?? '');
    if (id === '') continue;
    current.ids.set(id, text(row.getCell(weightCol - 1)));
    const w = num(weightCell);
    if (w === undefined) current.textWeights.push(String(weightCell.value));
    else current.sum += isPercentFormat(weightCell) ? w * 100 : w;
  }
  return blocks;
}

describe('clean workbook', () => {
  const wb = (): ExcelJS.Workbook => committed.get('clean')!;

  it('has four weight blocks, each adding up to 100 under a TOTALE of 100', () => {
    const blocks = readWeightBlocks(wb());
    expect(blocks.map((b) => b.area)).toEqual([
      'AREA AMMINISTRATIVA',
      'AREA FINANZIARIA',
      'AREA TECNICA',
      'AREA VIGILANZA',
    ]);
    for (const block of blocks) {
      expect({ area: block.area, textWeights: block.textWeights }).toEqual({
        area: block.area,
        textWeights: [],
      });
      expect(block.sum).toBeCloseTo(100, 9);
      expect(block.declared).toBeCloseTo(100, 9);
    }
  });

  it('repeats 1T and 2T in every area with the same title and unique ids', () => {
    const blocks = readWeightBlocks(wb());
    for (const id of ['1T', '2T']) {
      const titles = new Set(blocks.map((b) => b.ids.get(id)));
      expect(titles.size).toBe(1);
      expect([...titles][0]).toBeTruthy();
    }
    // the Vigilanza block stores fractions: at least one block was read from percent cells
    const ws = sheet(wb(), SHEETS.weights);
    let fractions = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = num(cell);
        if (v !== undefined && v < 1 && isPercentFormat(cell)) fractions += 1;
      }),
    );
    expect(fractions).toBeGreaterThan(0);
  });

  it('has sub-weights written in text adding up to 100', () => {
    const ws = sheet(wb(), SHEETS.indicators);
    const sums: number[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const matches = [...text(cell).matchAll(/\(Peso (\d+)%\)/g)];
        if (matches.length > 0) sums.push(matches.reduce((s, m) => s + Number(m[1]), 0));
      }),
    );
    expect(sums).toEqual([100]);
  });

  it('has relevance adding up to 100', () => {
    const ws = sheet(wb(), SHEETS.relevance);
    let sum = 0;
    for (let r = 4; r <= ws.rowCount; r += 1) {
      if (/^totale$/i.test(text(ws.getCell(`A${r}`)))) break;
      sum += num(ws.getCell(`B${r}`)) ?? 0;
    }
    expect(sum).toBe(100);
  });

  it('has staff hours that are numbers within full time, some part-time', () => {
    const ws = sheet(wb(), SHEETS.staff);
    const hours: number[] = [];
    for (let r = 4; r <= ws.rowCount; r += 1) {
      const h = num(ws.getCell(`E${r}`));
      expect(h).toBeDefined();
      hours.push(h!);
    }
    expect(hours.length).toBeGreaterThanOrEqual(20);
    expect(Math.max(...hours)).toBeLessThanOrEqual(36);
    expect(hours.filter((h) => h < 36).length).toBeGreaterThanOrEqual(3);
  });

  it('has assignments whose shares add up to 100, staff that exists, headcounts that match', () => {
    const staff = new Set<string>();
    const ps = sheet(wb(), SHEETS.staff);
    for (let r = 4; r <= ps.rowCount; r += 1) staff.add(text(ps.getCell(`A${r}`)));

    const as = sheet(wb(), SHEETS.assignments);
    const shares = new Map<string, number>();
    const people = new Map<string, number>();
    for (let r = 4; r <= as.rowCount; r += 1) {
      const key = `${String(as.getCell(`A${r}`).value)}#${text(as.getCell(`B${r}`))}`;
      expect(staff.has(text(as.getCell(`C${r}`)))).toBe(true);
      shares.set(key, (shares.get(key) ?? 0) + (num(as.getCell(`D${r}`)) ?? NaN));
      people.set(key, (people.get(key) ?? 0) + 1);
    }
    for (const [key, total] of shares) expect({ key, total }).toEqual({ key, total: 100 });

    // free-text assignments on the objective sheet: shares add up to 100 per cell
    const is = sheet(wb(), SHEETS.indicators);
    let freeText = 0;
    is.eachRow((row, n) => {
      if (n <= 4) return;
      const t = text(row.getCell(12));
      if (!t || /RISORSE/i.test(t)) return;
      freeText += 1;
      const total = [...t.matchAll(/(\d+)%/g)].reduce((s, m) => s + Number(m[1]), 0);
      expect({ t, total }).toEqual({ t, total: 100 });
    });
    expect(freeText).toBeGreaterThanOrEqual(10);

    // projects: N. dip. equals the people assigned; declared coefficients follow the defaults
    const pr = sheet(wb(), SHEETS.projects);
    for (let r = 5; text(pr.getCell(`A${r}`)) !== ''; r += 1) {
      const id = text(pr.getCell(`A${r}`));
      const headcount = num(pr.getCell(`E${r}`))!;
      expect({ id, headcount }).toEqual({ id, headcount: people.get(`${id}#`) });
      const category = text(pr.getCell(`D${r}`)).toLowerCase();
      if (category === '') {
        // A per-presence project: no coefficient, its amount is a fixed budget.
        expect({ id, coefficient: pr.getCell(`G${r}`).value, budget: num(pr.getCell(`I${r}`)) }).toEqual({
          id,
          coefficient: null,
          budget: expect.any(Number),
        });
        continue;
      }
      const points = categoryPoints(category, DEFAULT_CATEGORY_POINTS);
      expect(points).toBeDefined();
      const coefficient = headcountCoefficient(headcount, DEFAULT_HEADCOUNT_BANDS);
      expect(num(pr.getCell(`G${r}`))).toBe(coefficient);
      expect(num(pr.getCell(`H${r}`))).toBe(points! * coefficient);
    }
  });

  it('has a fund that covers reserve, fixed budget and the intersectoral pool', () => {
    const ws = sheet(wb(), SHEETS.params);
    const value = (label: string): number | undefined => {
      for (let r = 1; r <= ws.rowCount; r += 1)
        if (text(ws.getCell(`A${r}`)) === label) return num(ws.getCell(`B${r}`));
      return undefined;
    };
    const fund = value('Fondo')!;
    const reserve = value('Riserva')!;
    const pr = sheet(wb(), SHEETS.projects);
    let fixed = 0;
    for (let r = 5; text(pr.getCell(`A${r}`)) !== ''; r += 1) fixed += num(pr.getCell(`I${r}`)) ?? 0;
    let pool = 0;
    for (let r = 1; r <= ws.rowCount; r += 1)
      if (text(ws.getCell(`B${r}`)) === 'INTERSETTORIALE') pool += num(ws.getCell(`C${r}`)) ?? 0;
    expect(fixed).toBeGreaterThan(0);
    expect(pool).toBeGreaterThan(0);
    expect(fund - reserve - fixed - pool).toBeGreaterThan(0);
  });
});

describe('errors workbook', () => {
  const REQUIRED = [
    'WEIGHTS_SUM',
    'TOTAL_MISMATCH',
    'SUBWEIGHTS_SUM',
    'SHARES_SUM',
    'ASSIGNEE_UNKNOWN',
    'HOURS_OVER_FULL_TIME',
    'HOURS_NOT_NUMBER',
    'RELEVANCE_SUM',
    'DATE_INVALID',
    'CATEGORY_UNKNOWN',
    'HEADCOUNT_MISMATCH',
    'OBJECTIVE_DUPLICATE_ID',
    'TRANSVERSAL_TITLE_MISMATCH',
    'WEIGHT_NOT_NUMBER',
    'COEFFICIENT_MISMATCH',
  ];
  /** Codes whose cell holds a value changed from the clean workbook. */
  const CHANGED_CELL = REQUIRED.filter((c) => c !== 'TOTAL_MISMATCH' && c !== 'SHARES_SUM');

  it('lists every kind of planted mistake', () => {
    expect([...new Set(PLANTED_MISTAKES.map((m) => m.code))].sort()).toEqual([...REQUIRED].sort());
  });

  it.each(PLANTED_MISTAKES.map((m) => [m.code, m] as const))('%s points at a filled cell', (code, m) => {
    const cell = sheet(committed.get('errors')!, m.sheet).getCell(m.cell);
    expect(cell.value).not.toBeNull();
    expect(m.description.length).toBeGreaterThan(10);
    if (CHANGED_CELL.includes(code)) {
      const clean = sheet(committed.get('clean')!, m.sheet).getCell(m.cell);
      expect(JSON.stringify(describeValue(cell.value))).not.toBe(JSON.stringify(describeValue(clean.value)));
    }
  });

  it('has Area Finanziaria adding up to 103 under TOTALE 100, and a weight in words', () => {
    const blocks = readWeightBlocks(committed.get('errors')!);
    const fin = blocks.find((b) => b.area === 'AREA FINANZIARIA')!;
    expect(fin.sum).toBe(103);
    expect(fin.declared).toBe(100);
    expect(blocks.find((b) => b.area === 'AREA TECNICA')!.textWeights).toEqual(['dieci']);
    const titles = new Set(blocks.map((b) => b.ids.get('2T')));
    expect(titles.size).toBe(2);
  });
});
