import { assertReconciles } from '../../../src/domain/distribution';
import { sumCents } from '../../../src/domain/money';
import {
  areaTotals,
  distributionSheet,
  MONEY_FORMAT,
  OUTPUT_SHEETS,
  OUTPUT_TABLES,
  PERCENT_FORMAT,
} from '../../../src/workbook/writers';
import type { UnitAllocation } from '../../../src/domain/results';
import { at, cents, rowOf, table, texts } from './helpers';
import { FORMULA_TITLE, okDistribution, plan, refused, units, warning } from './fixtures';

describe('distributionSheet', () => {
  const d = okDistribution();
  const spec = distributionSheet(d, plan, { generatedAt: new Date(2025, 0, 31, 9, 0) });

  it('starts from a fixture that reconciles', () => {
    expect(() => assertReconciles(d)).not.toThrow();
  });

  it('has a title with the comune and the year', () => {
    expect(spec.name).toBe(OUTPUT_SHEETS.distribution);
    expect(spec.rows[0][0].value).toBe('Premia – Distribuzione del fondo');
    expect(spec.rows[1][0].value).toBe('Comune di Castelnuovo, anno 2024 – Generato il 31/01/2025 09:00');
    expect(spec.freezeRows).toBe(2);
  });

  it('writes a summary that reconciles to the fund, checked in cents', () => {
    const amount = (label: string) => cents(at(spec, rowOf(spec, label), 1));
    expect(amount('Fondo')).toBe(d.totals.fund);
    expect(amount('Riserva')).toBe(d.totals.reserve);
    expect(amount('Budget dedicati')).toBe(d.totals.fixedBudgets);
    const poolsLine = amount('Pool (obiettivi e progetti)');
    expect(poolsLine).toBe(sumCents(d.pools.filter((p) => p.method !== 'fixed').map((p) => p.amount)));
    expect(amount('Non assegnato')).toBe(d.totals.unassigned);
    expect(amount('Riserva') + amount('Budget dedicati') + poolsLine + amount('Non assegnato')).toBe(
      amount('Fondo'),
    );
    expect(amount('Pagato')).toBe(d.totals.paid);
    expect(amount('Economie')).toBe(d.totals.economie);
    expect(amount('Distribuito')).toBe(d.totals.fund - d.totals.reserve);
    expect(at(spec, rowOf(spec, 'Distribuito'), 2).value).toBe('fondo meno riserva');
    const row = rowOf(spec, 'Quadratura del fondo');
    expect(at(spec, row, 1).value).toBe('quadra al centesimo');
    // How the line is obtained, in its own Calcolo column.
    expect(at(spec, row - 6, 2).value).toBe('Calcolo');
    expect(at(spec, row, 2).value).toBe('fondo = riserva + budget dedicati + pool + non assegnato');
    expect(at(spec, rowOf(spec, 'Quadratura del pagato'), 2).value).toBe(
      'pagato + economie = budget dedicati + pool',
    );
    expect(at(spec, rowOf(spec, 'Fondo'), 1)).toEqual({ value: 50000, format: MONEY_FORMAT, bold: true });
  });

  it('says when the totals do not reconcile, with the difference', () => {
    const broken = okDistribution();
    broken.totals = { ...broken.totals, fund: broken.totals.fund + 7 };
    const s = distributionSheet(broken, plan);
    const check = at(s, rowOf(s, 'Quadratura del fondo'), 1);
    expect(check.value).toBe('non quadra: differenza di 0,07 €');
  });

  it('lists the pools with amounts and a totals row from cents', () => {
    const p = table(spec, OUTPUT_TABLES.pools);
    expect(p.headers).toEqual(['Pool', 'Metodo', 'Importo', 'Pagato', 'Economie', 'Non assegnato', 'Celle']);
    expect(p.column('Pool').map((c) => c.value)).toEqual(d.pools.map((x) => x.name));
    expect(p.cell(0, 'Metodo').value).toBe('budget dedicato');
    expect(p.column('Importo').map(cents)).toEqual(d.pools.map((x) => x.amount));
    expect(p.cell(1, 'Celle').link).toEqual(d.pools[1].cells[0]);
    expect(p.below[0].value).toBe('Totale');
    expect(cents(p.below[2])).toBe(sumCents(d.pools.map((x) => x.amount)));
    expect(cents(p.below[3])).toBe(d.totals.paid);
    expect(cents(p.below[4])).toBe(d.totals.economie);
  });

  it('writes one row per unit, with the trail and a link to its row', () => {
    const u = table(spec, OUTPUT_TABLES.units);
    expect(u.headers).toEqual([
      'N.',
      'Obiettivo/Progetto',
      'Assegnato',
      'Raggiungimento',
      'Pagato',
      'Economie',
      'Area',
      'Pool',
      'Coefficiente',
      'Calcolo',
      'Celle',
    ]);
    expect(u.body).toHaveLength(units.length);
    expect(u.column('N.').map((c) => c.value)).toEqual(units.map((x) => x.id));
    expect(u.column('Assegnato').map(cents)).toEqual(units.map((x) => x.allocated));
    expect(u.column('Pagato').map(cents)).toEqual(units.map((x) => x.paid));
    expect(u.cell(2, 'Raggiungimento')).toEqual({ value: 0.85, format: PERCENT_FORMAT });
    expect(u.cell(2, 'Calcolo')).toEqual({
      value: units[2].trail.map((s) => s.detail).join(' → '),
      wrap: true,
    });
    const o = plan.objectives.find((x) => x.key === units[2].key)!;
    expect(u.cell(2, 'Celle').link).toEqual(o.cell);
    expect(u.cell(0, 'Coefficiente').value).toBeNull();
    expect(u.cell(1, 'Coefficiente').value).toBe(75);
  });

  it('writes unit totals summed in cents, not as floats', () => {
    const u = table(spec, OUTPUT_TABLES.units);
    expect(u.below[0].value).toBe('Totale');
    const col = (h: string) => u.headers.indexOf(h);
    expect(u.below[col('Assegnato')].value).toBe(sumCents(units.map((x) => x.allocated)) / 100);
    expect(u.below[col('Pagato')].value).toBe(sumCents(units.map((x) => x.paid)) / 100);
    expect(u.below[col('Economie')].value).toBe(sumCents(units.map((x) => x.economie)) / 100);
    // The 0,10 and 0,20 units: as floats 0.1 + 0.2 is not 0.3; the writer's totals are exact.
    const small = [units[3], units[4]];
    const s = distributionSheet({ ...okDistribution(), units: small, employees: [] }, plan);
    const st = table(s, OUTPUT_TABLES.units);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(st.below[st.headers.indexOf('Pagato')].value).toBe(0.3);
  });

  it('keeps the formula-looking title as a plain string', () => {
    const u = table(spec, OUTPUT_TABLES.units);
    const row = units.findIndex((x) => x.title === FORMULA_TITLE);
    expect(u.cell(row, 'Obiettivo/Progetto')).toEqual({ value: FORMULA_TITLE, wrap: true });
    expect(u.cell(row, 'Area').value).toBe('(senza area)');
  });

  it('adds the redistribution column only when economie were redistributed', () => {
    expect(table(spec, OUTPUT_TABLES.units).headers).not.toContain('Economie ridistribuite');
    const moved: UnitAllocation[] = units.map((x) => ({ ...x }));
    moved[1] = { ...moved[1], redistributed: 300, paid: moved[1].paid + 300 };
    const s = distributionSheet({ ...okDistribution(), units: moved }, plan);
    const u = table(s, OUTPUT_TABLES.units);
    expect(u.cell(1, 'Economie ridistribuite').value).toBe(3);
    expect(cents(u.below[u.headers.indexOf('Economie ridistribuite')])).toBe(300);
    const line = rowOf(s, 'Economie ridistribuite');
    expect(cents(at(s, line, 1))).toBe(300);
    expect(at(s, line, 2).value).toBe('già comprese nel pagato');
  });

  it('sums by area for the chart, and the chart reads exactly that block', () => {
    const a = table(spec, OUTPUT_TABLES.byArea);
    const expected = areaTotals(units);
    expect(a.headers).toEqual(['Area', 'Assegnato', 'Pagato', 'Economie']);
    expect(a.column('Area').map((c) => c.value)).toEqual([
      'Polizia locale',
      'Area finanziaria',
      'Area tecnica',
      '(senza area)',
    ]);
    const tecnica = units.filter((x) => x.area === 'Area tecnica');
    expect(cents(a.cell(2, 'Assegnato'))).toBe(sumCents(tecnica.map((x) => x.allocated)));
    expect(a.column('Pagato').map(cents)).toEqual(expected.map((x) => x.paid));
    expect(cents(a.below[1])).toBe(sumCents(units.map((x) => x.allocated)));
    const range = spec.tables!.find((x) => x.name === OUTPUT_TABLES.byArea)!.range;
    expect(spec.charts).toEqual([
      { kind: 'column', title: 'Distribuzione per area', dataRange: range, anchor: `H${a.top + 1}` },
    ]);
  });

  it('repeats the warnings at the bottom', () => {
    const w = table(spec, OUTPUT_TABLES.warnings);
    expect(w.body).toHaveLength(1);
    expect(w.cell(0, 'Messaggio').value).toBe(warning.message);
    expect(w.cell(0, 'Celle').link).toEqual({ sheet: 'Parametri', cell: 'B3' });
    expect(w.top).toBeGreaterThan(table(spec, OUTPUT_TABLES.byArea).top);
    const none = distributionSheet(okDistribution([]), plan);
    expect(none.tables!.map((x) => x.name)).not.toContain(OUTPUT_TABLES.warnings);
    expect(texts(none)).toContain('Nessun avviso.');
  });

  it('writes the reasons and no amount when the distribution was refused', () => {
    const s = distributionSheet(refused, plan);
    expect(texts(s)).toContain(
      'La distribuzione non è stata calcolata: prima vanno risolti i problemi elencati qui sotto. Nessun importo è stato scritto.',
    );
    const r = table(s, OUTPUT_TABLES.reasons);
    expect(r.body).toHaveLength(2);
    expect(r.column('Codice').map((c) => c.value)).toEqual(['DIST_NO_FUND', 'DIST_MISSING_HEADCOUNT']);
    expect(r.cell(1, 'Celle').link).toEqual({ sheet: 'Progetti', cell: 'F6' });
    expect(s.rows.flat().some((c) => c.format === MONEY_FORMAT)).toBe(false);
    expect(s.charts).toBeUndefined();
  });

  it('never writes "Comune di Comune di": a name written whole keeps its own words', () => {
    const named = { ...plan, comune: 'Comune di Valdoria' };
    expect(distributionSheet(d, named).rows[1][0].value).toBe('Comune di Valdoria, anno 2024');
    const city = { ...plan, comune: "Città di Castel d'Ario", year: undefined };
    expect(distributionSheet(d, city).rows[1][0].value).toBe("Città di Castel d'Ario");
    expect(distributionSheet(d, { ...plan, comune: 'Comunello' }).rows[1][0].value).toBe(
      'Comune di Comunello, anno 2024',
    );
    expect(distributionSheet(d, named, { locale: 'en' }).rows[1][0].value).toBe(
      'Comune di Valdoria, year 2024',
    );
  });

  it('sizes the columns by content: amounts first, long titles and trails wrapped, no 70-character column A', () => {
    const long = 'Fondo 60.000,00 € → '.repeat(20);
    const title = 'Manutenzione straordinaria delle strade comunali secondo il cronoprogramma approvato';
    const wide = units.map((x, i) =>
      i === 2 ? { ...x, title, trail: [{ step: 's', detail: long, cells: [] }] } : x,
    );
    const s = distributionSheet({ ...okDistribution(), units: wide }, plan);
    const u = table(s, OUTPUT_TABLES.units);
    const widths = s.columnWidths!;
    // The summary's long explanations spill from their Calcolo cell: column A stays narrow.
    expect(widths[0]).toBeLessThan(30);
    expect(widths[u.headers.indexOf('Obiettivo/Progetto')]).toBe(50);
    expect(widths[u.headers.indexOf('Calcolo')]).toBe(50);
    expect(u.cell(2, 'Obiettivo/Progetto').wrap).toBe(true);
    // Assegnato and Pagato within the first 130 characters of width (about 950 px): on a laptop screen.
    const upTo = (h: string) => widths.slice(0, u.headers.indexOf(h) + 1).reduce((a, w) => a + w, 0);
    expect(upTo('Pagato')).toBeLessThan(130);
  });

  it('puts the warnings’ message second, wrapped, so that it widens no amount column', () => {
    const w = table(spec, OUTPUT_TABLES.warnings);
    expect(w.headers).toEqual(['Gravità', 'Messaggio', 'Codice', 'Area', 'Obiettivo', 'Celle']);
    expect(w.cell(0, 'Messaggio').wrap).toBe(true);
    expect(w.cell(0, 'Codice').value).toBe(warning.code);
  });

  it('speaks English on request', () => {
    const en = distributionSheet(d, plan, { locale: 'en' });
    expect(table(en, OUTPUT_TABLES.units).headers).toContain('Calculation');
    expect(texts(en)).toContain('Check of the fund');
    expect(texts(en)).toContain('fund = reserve + fixed budgets + pools + unassigned');
    expect(texts(en)).toContain('reconciles to the cent');
    expect(en.charts?.[0].title).toBe('Distribution by area');
    expect(texts(en).some((s) => s.startsWith('sheet.'))).toBe(false);
  });
});
