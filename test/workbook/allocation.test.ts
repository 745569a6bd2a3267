/**
 * The allocation phase on a generated project plan (projectPlan.ts): before any achievement the
 * allocation is computed and written, exact to the cent; with some achievements the payment is
 * refused naming the missing ones, the allocation still written; with all of them, paid.
 */
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { assertReconciles } from '../../src/domain/distribution';
import type { Distribution } from '../../src/domain/results';
import { loadWorkbook, runDistribution, type DistributionRun } from '../../src/workbook/pipeline';
import { distributionOutputs } from '../../src/workbook/outputs';
import type { SheetSpec } from '../../src/workbook/port';
import {
  exactShare,
  GENERAL_POOL,
  plannedProjects,
  PRESENCE_BUDGET,
  projectPlanWorkbook,
  SECTOR_POOL,
} from './projectPlan';

type Ok = Extract<Distribution, { ok: true }>;

async function run(achievements?: Record<string, number>): Promise<DistributionRun> {
  const buffer = await projectPlanWorkbook(achievements).xlsx.writeBuffer();
  const loaded = await loadWorkbook(await XlsxWorkbook.load(new Uint8Array(buffer)));
  return runDistribution(loaded);
}

function ok(d: Distribution): Ok {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  assertReconciles(d);
  return d;
}

const texts = (spec: SheetSpec) =>
  spec.rows.flat().flatMap((c) => (typeof c.value === 'string' ? [c.value] : []));

const projects = plannedProjects();
const allDone = Object.fromEntries([...projects.map((p) => p.id), 'P25'].map((id) => [id, 100]));

describe('a project plan with no achievement at all', () => {
  it('allocates each of the 24 projects within one cent of its exact quotient, every pool exact', async () => {
    const { distribution, findings } = await run();
    const d = ok(distribution);
    expect(d).toMatchObject({ phase: 'allocation', paymentWaits: true, paymentReasons: [] });
    // No "no achievement" error for each project: the payment waits, once.
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(d.warnings.filter((w) => w.code === 'DIST_PAYMENT_WAITS')).toHaveLength(1);

    const byId = new Map(d.units.map((u) => [u.id, u]));
    expect(d.units).toHaveLength(25);
    for (const p of projects) {
      const { num, den } = exactShare(p, projects);
      const allocated = byId.get(p.id)?.allocated ?? NaN;
      // |allocated - num / den| < 1 cent, in integers: floor or ceiling of the exact quotient.
      expect({ id: p.id, off: Math.abs(allocated * den - num) < den }).toEqual({ id: p.id, off: true });
    }
    const poolTotal = (pool: string) =>
      projects.filter((p) => p.pool === pool).reduce((s, p) => s + (byId.get(p.id)?.allocated ?? 0), 0);
    expect(poolTotal('general')).toBe(GENERAL_POOL);
    expect(poolTotal('sector')).toBe(SECTOR_POOL);
    expect(d.pools.map((p) => [p.name, p.amount])).toEqual([
      ['Budget dedicati', PRESENCE_BUDGET],
      ['Progetti generali', GENERAL_POOL],
      ['Progetti di settore', SECTOR_POOL],
    ]);
    expect(byId.get('P25')?.allocated).toBe(PRESENCE_BUDGET);
    expect(d.totals).toMatchObject({ paid: 0, economie: 0, unassigned: 0, withoutStaff: 0 });

    // Each employee's potential share: all of the allocation reaches the staff, to the cent.
    const shares = d.employees.reduce((s, e) => s + e.total, 0);
    expect(shares).toBe(d.units.reduce((s, u) => s + u.allocated, 0));
  });

  it('reports each declared amount one cent off as a warning at its cell, Premia’s amount standing', async () => {
    const d = ok((await run()).distribution);
    const byId = new Map(d.units.map((u) => [u.id, u]));
    const off = projects.filter((p) => byId.get(p.id)?.allocated !== p.declared);
    // Half up on each quotient does not add up to the pool: some project is a cent off.
    expect(off.length).toBeGreaterThan(0);
    for (const p of off) expect(Math.abs((byId.get(p.id)?.allocated ?? 0) - p.declared)).toBe(1);
    const warnings = d.warnings.filter((w) => w.code === 'DIST_DECLARED_AMOUNT_ROUNDING');
    expect(warnings.map((w) => w.cells)).toEqual(off.map((p) => [{ sheet: 'Progetti', cell: `H${p.row}` }]));
    expect(d.warnings.some((w) => w.code === 'DIST_DECLARED_AMOUNT_MISMATCH')).toBe(false);
  });

  it('writes the allocation sheet saying the payment waits, with potential shares', async () => {
    const r = await run();
    const loaded = await loadWorkbook(
      await XlsxWorkbook.load(new Uint8Array(await projectPlanWorkbook().xlsx.writeBuffer())),
    );
    const specs = distributionOutputs(loaded, r, { now: new Date(Date.UTC(2026, 0, 31, 9)) });
    const sheet = (name: string) => specs.find((s) => s.name === name) as SheetSpec;
    const distribution = texts(sheet('Premia - Distribuzione'));
    expect(distribution).toContain(
      'Fase: ripartizione preventiva. Importi assegnati a progetti, aree e obiettivi; le quote dei dipendenti sono potenziali. La liquidazione attende i gradi di raggiungimento: nessun obiettivo ne ha ancora uno.',
    );
    // No paid or economie column before the payment.
    expect(distribution).toContain('Assegnato');
    expect(distribution).not.toContain('Pagato');
    expect(distribution).not.toContain('Raggiungimento');
    expect(texts(sheet('Premia - Dipendenti')).some((t) => t.startsWith('Quote potenziali'))).toBe(true);
    // The log records the fund, and no payment.
    const log = texts(sheet('Premia - Registro')).join(' | ');
    expect(log).toContain('fondo 100.000,00');
    expect(log).not.toMatch(/pagato/i);
    expect(
      texts(sheet('Premia - Trasparenza')).some((t) => t.startsWith('Nessun premio è ancora liquidato')),
    ).toBe(true);
  });
});

describe('the same plan at the end of the year', () => {
  it('refuses the payment naming the projects without achievement, and still allocates', async () => {
    const some = { ...allDone };
    for (const id of ['P7', 'P21', 'P25']) delete some[id];
    const r = await run(some);
    const d = ok(r.distribution);
    expect(d.phase).toBe('allocation');
    expect(d.paymentWaits).toBe(false);
    expect(
      d.paymentReasons.filter((f) => f.code === 'DIST_MISSING_ACHIEVEMENT').map((f) => f.objective),
    ).toEqual(['P25', 'P7', 'P21']);
    // The allocation is the one computed before any achievement.
    const before = ok((await run()).distribution);
    expect(d.units.map((u) => u.allocated)).toEqual(before.units.map((u) => u.allocated));
    const loaded = await loadWorkbook(
      await XlsxWorkbook.load(new Uint8Array(await projectPlanWorkbook(some).xlsx.writeBuffer())),
    );
    const text = texts(
      distributionOutputs(loaded, r).find((s) => s.name === 'Premia - Distribuzione') as SheetSpec,
    );
    expect(
      text.some((t) => /^Fase: ripartizione preventiva\. La liquidazione è rifiutata per \d+ motivi/.test(t)),
    ).toBe(true);
    expect(text).toContain('Motivi per cui la liquidazione è rifiutata');
  });

  it('pays when every achievement is there', async () => {
    const d = ok((await run(allDone)).distribution);
    expect(d.phase).toBe('payment');
    expect(d.totals.paid).toBe(d.totals.fund - d.totals.reserve);
  });
});
