/**
 * Every sheet together: the specs are well formed (unique table names across the workbook,
 * unique headers, ranges inside the rows, links to A1 cells), Excel accepts them through the
 * .xlsx adapter, and the sheets written from a real distribution reconcile.
 */
import { parseRange } from '../../../src/workbook/a1';
import type { SheetSpec } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { distribute } from '../../../src/domain/distribution';
import { sumCents } from '../../../src/domain/money';
import {
  distributionSheet,
  employeesSheet,
  isOutputSheet,
  logSheet,
  OUTPUT_SHEETS,
  OUTPUT_TABLES,
  previousLogRows,
  scoresSheet,
  transparencySheet,
  validationSheet,
} from '../../../src/workbook/writers';
import { assignment, employee, eur, makePlan, objective, scoresFor } from '../../domain/builders';
import { cents, rowOf, at, table } from './helpers';
import { okDistribution, plan } from './fixtures';

const when = new Date(2025, 2, 12, 14, 5);

function allSpecs(locale: 'it' | 'en'): SheetSpec[] {
  const d = okDistribution();
  return [
    validationSheet(d.warnings, { generatedAt: when, locale }),
    scoresSheet(scoresFor(plan), { locale }),
    distributionSheet(d, plan, { locale }),
    employeesSheet(d, { locale }),
    transparencySheet(d, plan, { locale }),
    logSheet([], { at: when, operation: 'distribute', inputHash: 'h', errors: 0, warnings: 1 }, { locale }),
  ];
}

describe.each(['it', 'en'] as const)('all sheets (%s)', (locale) => {
  const specs = allSpecs(locale);

  it('have the Italian sheet names and are recognised as outputs', () => {
    expect(specs.map((s) => s.name)).toEqual(Object.values(OUTPUT_SHEETS));
    for (const s of specs) expect(isOutputSheet(s.name.toUpperCase())).toBe(true);
    expect(isOutputSheet('Pesi 2025')).toBe(false);
  });

  it('use table names that are valid and unique in the workbook', () => {
    const names = specs.flatMap((s) => (s.tables ?? []).map((t) => t.name));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(Object.values(OUTPUT_TABLES).length).toBe(new Set(Object.values(OUTPUT_TABLES)).size);
  });

  it('have unique bold headers, tables inside the rows, widths for every column, a frozen header', () => {
    for (const s of specs) {
      const widest = Math.max(...s.rows.map((r) => r.length));
      expect(s.columnWidths?.length).toBeGreaterThanOrEqual(widest);
      expect(s.freezeRows).toBeGreaterThan(0);
      expect(s.tabColor).toMatch(/^[0-9A-F]{6}$/);
      for (const t of s.tables ?? []) {
        const r = parseRange(t.range);
        expect(r.bottom).toBeLessThan(s.rows.length);
        const header = s.rows[r.top].slice(r.left, r.right + 1);
        expect(header.every((c) => typeof c.value === 'string' && c.value !== '' && c.bold)).toBe(true);
        expect(new Set(header.map((c) => String(c.value).toLowerCase())).size).toBe(header.length);
      }
      for (const c of s.rows.flat()) {
        if (c.link) expect(c.link.cell).toMatch(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);
        if (typeof c.value === 'string') expect(c.value.startsWith('sheet.')).toBe(false);
      }
    }
  });

  it('are accepted by the .xlsx adapter and read back as written', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets(specs);
    const copy = await XlsxWorkbook.load(await book.save());
    const tables = await copy.listTables();
    expect(tables.map((t) => t.name).sort()).toEqual(
      specs.flatMap((s) => (s.tables ?? []).map((t) => t.name)).sort(),
    );
    const [dist] = await copy.readSheets([OUTPUT_SHEETS.distribution]);
    const title = specs[2].rows[0][0].value;
    expect(dist.values[0][0]).toBe(title);
    // The log written to a file and read back grows by one row per run.
    const [log] = await copy.readSheets([OUTPUT_SHEETS.log]);
    const rows = previousLogRows(log);
    expect(rows).toHaveLength(1);
    const next = logSheet(
      rows,
      { at: when, operation: 'validate', inputHash: 'h2', errors: 1, warnings: 0 },
      { locale },
    );
    expect(table(next, OUTPUT_TABLES.log).body).toHaveLength(2);
    expect(table(next, OUTPUT_TABLES.log).body[0][0].value).toBeCloseTo(
      specs[5].rows[2][0].value as number,
      6,
    );
  });
});

describe('sheets from a real distribution', () => {
  const objectives = [
    objective({ id: 'A', area: 'Area 1', tipologia: 'GENERALE', category: 'innovativo', headcount: 2 }),
    objective({ id: 'B', area: 'Area 1', tipologia: 'SETTORE 1', category: 'miglioramento', headcount: 1 }),
    objective({ id: 'C', area: 'Area 2', tipologia: 'SETTORE 2', category: 'strategico', headcount: 1 }),
  ];
  const p = makePlan({
    objectives,
    employees: [employee('Anna Bruni', { area: 'Area 1' }), employee('Carlo Dini', { area: 'Area 2' })],
    assignments: [
      assignment(objectives[0].key, 'Anna Bruni', 50),
      assignment(objectives[0].key, 'Carlo Dini', 50),
      assignment(objectives[1].key, 'Anna Bruni'),
      assignment(objectives[2].key, 'Carlo Dini'),
    ],
    params: {
      fund: eur(10000.01),
      reserve: eur(1000),
      pools: [{ name: 'Progetti', tipologie: [], method: 'coefficient' }],
    },
  });
  const d = distribute(p, scoresFor(p, { [objectives[1].key]: 0.85, [objectives[2].key]: 0.333 }), []);

  it('reconcile on the sheet to the cent', () => {
    if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
    const s = distributionSheet(d, p);
    const amount = (label: string) => cents(at(s, rowOf(s, label), 1));
    expect(amount('Fondo')).toBe(1_000_001);
    expect(
      amount('Riserva') +
        amount('Budget dedicati') +
        amount('Pool (obiettivi e progetti)') +
        amount('Non assegnato'),
    ).toBe(amount('Fondo'));
    const u = table(s, OUTPUT_TABLES.units);
    const col = (h: string) => u.headers.indexOf(h);
    expect(cents(u.below[col('Pagato')])).toBe(amount('Pagato'));
    expect(cents(u.below[col('Assegnato')])).toBe(sumCents(d.units.map((x) => x.allocated)));
    expect(cents(u.below[col('Pagato')]) + cents(u.below[col('Economie')])).toBe(
      cents(u.below[col('Assegnato')]),
    );
    const e = table(employeesSheet(d), OUTPUT_TABLES.employees);
    expect(cents(e.below[4])).toBe(sumCents(d.employees.map((x) => x.total)));
    expect(cents(e.below[4])).toBe(amount('Pagato'));
  });
});
