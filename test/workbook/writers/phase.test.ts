/**
 * The distribution sheet says its phase: the payment, the allocation waiting for the
 * achievements, or the allocation with the payment refused; before the payment it has no paid or
 * economie columns, and lists what refuses (or, waiting, what to fix before) the payment.
 */
import { distribute } from '../../../src/domain/distribution';
import type { Scores } from '../../../src/domain/results';
import { distributionSheet, employeesSheet, OUTPUT_TABLES } from '../../../src/workbook/writers';
import { assignment, employee, field, makePlan, objective, scoresFor } from '../../domain/builders';
import type { SheetSpec } from '../../../src/workbook/port';
import { table, texts } from './helpers';

const none: Scores = { objectives: [], areas: [], findings: [] };

/** The phase line: the first bold note under the title, above the summary. */
function phaseLine(spec: SheetSpec) {
  const cell = spec.rows.slice(2, 5).find((r) => r[0]?.bold === true)?.[0];
  return { bold: cell?.bold, text: String(cell?.value) };
}

function projectPlan() {
  const objs = [
    objective({ id: 'P1', title: 'Archivio', category: 'strategico', headcount: 2 }),
    objective({ id: 'P2', title: 'Sportello', category: 'innovativo', headcount: 1 }),
  ];
  return makePlan({
    objectives: objs,
    employees: [employee('Anna'), employee('Bruno')],
    assignments: [assignment('P1', 'Anna'), assignment('P1', 'Bruno'), assignment('P2', 'Anna')],
    params: { fund: 100_000, defaultMethod: 'coefficient' },
  });
}

describe('the phase on the distribution sheet', () => {
  it('waiting for the achievements: the allocation, potential shares, no paid column', () => {
    const plan = projectPlan();
    const spec = distributionSheet(distribute(plan, none, []), plan);
    expect(phaseLine(spec).text).toMatch(
      /^Fase: ripartizione preventiva\..*La liquidazione attende i gradi di raggiungimento/,
    );
    expect(table(spec, OUTPUT_TABLES.units).headers).not.toContain('Pagato');
    expect(table(spec, OUTPUT_TABLES.units).headers).toContain('Assegnato');
    expect(table(spec, OUTPUT_TABLES.pools).headers).toEqual([
      'Pool',
      'Metodo',
      'Importo',
      'Non assegnato',
      'Celle',
    ]);
    expect(texts(spec)).not.toContain('Pagato');
    expect(spec.tables?.some((t) => t.name === OUTPUT_TABLES.reasons)).toBe(false);
    const staff = employeesSheet(distribute(plan, none, []));
    expect(texts(staff).some((t) => t.startsWith('Quote potenziali sulla ripartizione preventiva'))).toBe(
      true,
    );
    // The potential shares reconcile to the allocation of the staffed objectives, on the sheet.
    const shares = table(staff, OUTPUT_TABLES.employees);
    const label = 'Assegnato agli obiettivi con personale (foglio «Premia - Distribuzione»)';
    const allocated = staff.rows.find((r) => r[0]?.value === label);
    expect(allocated?.[4].value).toBe(1000);
    expect(shares.below[4].value).toBe(1000);
    expect(texts(staff)).not.toContain(
      'Pagato agli obiettivi con personale (foglio «Premia - Distribuzione»)',
    );
  });

  it('waiting, with a declared amount to fix: listed as what to fix before the payment', () => {
    const plan = projectPlan();
    plan.objectives[0].fixedBudget = field(90_000, 'H2', 'Progetti');
    const spec = distributionSheet(distribute(plan, none, []), plan);
    expect(phaseLine(spec).text).toMatch(/La liquidazione attende/);
    expect(texts(spec)).toContain('Da correggere prima della liquidazione');
    expect(table(spec, OUTPUT_TABLES.reasons).body).toHaveLength(1);
  });

  it('payment refused: the count and the reasons', () => {
    const plan = projectPlan();
    const spec = distributionSheet(distribute(plan, scoresFor(plan, { P2: undefined }), []), plan);
    expect(phaseLine(spec).text).toBe(
      'Fase: ripartizione preventiva. La liquidazione è rifiutata per 1 motivo, indicato sotto; le quote dei dipendenti sono potenziali.',
    );
    expect(texts(spec)).toContain('Motivi per cui la liquidazione è rifiutata');
    const reasons = table(spec, OUTPUT_TABLES.reasons);
    expect(reasons.body).toHaveLength(1);
    expect(String(reasons.body[0].map((c) => c.value).join(' '))).toContain('P2');
  });

  it('payment: the phase line and the paid columns', () => {
    const plan = projectPlan();
    const spec = distributionSheet(distribute(plan, scoresFor(plan), []), plan);
    expect(phaseLine(spec).text).toMatch(/^Fase: liquidazione\./);
    expect(table(spec, OUTPUT_TABLES.units).headers).toEqual(
      expect.arrayContaining(['Assegnato', 'Raggiungimento', 'Pagato', 'Economie']),
    );
  });
});
