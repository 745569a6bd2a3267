import { differentiationCheck } from '../../../src/domain/distribution/transparency';
import {
  INTEGER_FORMAT,
  OUTPUT_SHEETS,
  OUTPUT_TABLES,
  PERCENT_FORMAT,
  transparencySheet,
} from '../../../src/workbook/writers';
import { differentiation } from '../../../src/workbook/writers/transparency';
import type { EmployeeAmount } from '../../../src/domain/results';
import { makePlan } from '../../domain/builders';
import { cents, table, texts } from './helpers';
import { employees, okDistribution, plan, refused } from './fixtures';

function item(spec: ReturnType<typeof transparencySheet>, label: string) {
  const t = table(spec, OUTPUT_TABLES.transparency);
  const i = t.column('Voce').findIndex((c) => c.value === label);
  if (i < 0) throw new Error(`No item ${label}`);
  return t.cell(i, 'Valore');
}

describe('transparencySheet', () => {
  const d = okDistribution();
  const spec = transparencySheet(d, plan);

  it('writes the art. 20 summary from the distribution', () => {
    expect(spec.name).toBe(OUTPUT_SHEETS.transparency);
    expect(
      table(spec, OUTPUT_TABLES.transparency)
        .column('Voce')
        .map((c) => c.value),
    ).toEqual([
      'Comune',
      'Anno',
      'Premi stanziati',
      'Premi effettivamente distribuiti',
      'Pagato a obiettivi senza personale (non erogato)',
      'Economie',
      'Numero dipendenti premiati',
      'Importo minimo',
      'Importo mediano',
      'Importo massimo',
      'Importo medio',
      'Quota del personale sopra la media',
      'Differenziazione dei premi (art. 69 CCNL 21/5/2018)',
    ]);
    expect(item(spec, 'Comune').value).toBe('Castelnuovo');
    expect(item(spec, 'Anno')).toEqual({ value: 2024, format: INTEGER_FORMAT });
    expect(cents(item(spec, 'Premi stanziati'))).toBe(d.transparency.allocated);
    expect(cents(item(spec, 'Premi effettivamente distribuiti'))).toBe(d.totals.paid - d.totals.withoutStaff);
    expect(cents(item(spec, 'Pagato a obiettivi senza personale (non erogato)'))).toBe(d.totals.withoutStaff);
    expect(cents(item(spec, 'Economie'))).toBe(d.totals.economie);
    expect(item(spec, 'Numero dipendenti premiati').value).toBe(employees.length);
    const totals = employees.map((e) => e.total).sort((a, b) => a - b);
    expect(cents(item(spec, 'Importo minimo'))).toBe(totals[0]);
    expect(cents(item(spec, 'Importo mediano'))).toBe(totals[2]);
    expect(cents(item(spec, 'Importo massimo'))).toBe(totals[4]);
    expect(item(spec, 'Quota del personale sopra la media')).toEqual({
      value: d.transparency.aboveAveragePercent / 100,
      format: PERCENT_FORMAT,
    });
  });

  it('states the differentiation rule as met, with the numbers', () => {
    // Average 7.730,01 €; 130 % of it is 10.049,02 €: two employees of five reach it.
    const text = item(spec, 'Differenziazione dei premi (art. 69 CCNL 21/5/2018)').value;
    expect(text).toBe(
      'Rispettata: 2 dipendenti su 5 (40 %) ricevono almeno 10.049,02 €, il 30 % in più della media di 7.730,01 €; il minimo previsto è il 10 % del personale.',
    );
  });

  it('repeats the distribution’s warning when the rule is not met', () => {
    const strict = makePlan({ params: { differentiationMinStaffPercent: 50 } });
    const w = differentiationCheck(employees, strict.params)!;
    expect(w).toBeDefined();
    const s = transparencySheet(okDistribution([w]), strict);
    expect(item(s, 'Differenziazione dei premi (art. 69 CCNL 21/5/2018)').value).toBe(
      `Non rispettata. ${w.message}`,
    );
  });

  it('counts like the distribution’s own check', () => {
    for (const min of [10, 40, 41]) {
      const p = makePlan({ params: { differentiationMinStaffPercent: min } }).params;
      const diff = differentiation(employees, p);
      const failing = differentiationCheck(employees, p) !== undefined;
      expect(failing).toBe(diff.count * 100 < min * diff.employees);
    }
  });

  it('cannot judge differentiation with fewer than two paid employees', () => {
    const one: EmployeeAmount[] = [employees[0], { ...employees[1], total: 0, byObjective: [] }];
    const s = transparencySheet({ ...okDistribution([]), employees: one }, plan);
    expect(item(s, 'Differenziazione dei premi (art. 69 CCNL 21/5/2018)').value).toBe(
      'Non verificabile: servono almeno due dipendenti premiati.',
    );
  });

  it('writes no figures when the distribution was refused', () => {
    const s = transparencySheet(refused, plan);
    expect(s.tables).toBeUndefined();
    expect(s.rows.flat().some((c) => typeof c.value === 'number')).toBe(false);
  });

  it('speaks English on request, money in English notation', () => {
    const s = transparencySheet(d, plan, { locale: 'en' });
    expect(table(s, OUTPUT_TABLES.transparency).headers).toEqual(['Item', 'Value']);
    expect(
      texts(s).some((x) => x.startsWith('Met: 2 employees out of 5 (40 %) receive at least €10,049.02')),
    ).toBe(true);
    expect(texts(s).some((x) => x.startsWith('sheet.'))).toBe(false);
  });
});
