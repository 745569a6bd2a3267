/**
 * Two phases, one tree: the allocation (ripartizione preventiva) before any achievement, the
 * payment (liquidazione) once they are all there; declared amounts checked, not used.
 */
import { assertReconciles, distribute } from '../../../src/domain/distribution';
import { finding } from '../../../src/domain/findings';
import type { Distribution, Scores } from '../../../src/domain/results';
import { assignment, employee, field, makePlan, objective, scoresFor } from '../builders';

type Ok = Extract<Distribution, { ok: true }>;

function ok(d: Distribution): Ok {
  if (!d.ok) throw new Error(`refused: ${d.reasons.map((r) => r.code).join(', ')}`);
  assertReconciles(d);
  return d;
}

const none: Scores = { objectives: [], areas: [], findings: [] };

/** Three projects by coefficient (40 x 1, 25 x 0.5, 20 x 1.5 = 82.5) sharing 1.000,00 €. */
function projects() {
  const objs = [
    objective({ id: 'P1', category: 'strategico', headcount: 2 }),
    objective({ id: 'P2', category: 'innovativo', headcount: 1 }),
    objective({ id: 'P3', category: 'miglioramento', headcount: 4 }),
  ];
  const plan = makePlan({
    objectives: objs,
    employees: [employee('Anna'), employee('Bruno'), employee('Carla')],
    assignments: [
      assignment(objs[0].key, 'Anna'),
      assignment(objs[0].key, 'Bruno'),
      assignment(objs[1].key, 'Carla'),
      assignment(objs[2].key, 'Anna'),
    ],
    params: { fund: 100_000, defaultMethod: 'coefficient' },
  });
  return { objs, plan };
}

describe('the allocation phase', () => {
  it('allocates, with potential shares and the same trail, when no achievement exists yet', () => {
    const { plan } = projects();
    // The scoring errors a plan with no achievement gets do not refuse the allocation.
    const scoring = finding({ code: 'SCORE_NO_ACHIEVEMENT', severity: 'error', params: { objective: 'P1' } });
    const d = ok(distribute(plan, none, [scoring]));
    expect(d).toMatchObject({ phase: 'allocation', paymentWaits: true, paymentReasons: [] });
    // 100.000 cents x 40/82,5 = 48.484,8..., x 12,5/82,5 = 15.151,5..., x 30/82,5 = 36.363,6...
    expect(d.units.map((u) => u.allocated)).toEqual([48_485, 15_151, 36_364]);
    expect(d.units.every((u) => u.paid === 0 && u.economie === 0 && Number.isNaN(u.achievement))).toBe(true);
    expect(d.totals).toMatchObject({ fund: 100_000, paid: 0, economie: 0, withoutStaff: 0 });
    // The trail stops at the allocation: no achievement step.
    const steps = d.units[0].trail.map((s) => s.step);
    expect(steps[steps.length - 1]).toBe('coefficient');
    // Potential shares: Anna half of P1 and all of P3, Bruno half of P1, Carla all of P2.
    const byName = Object.fromEntries(d.employees.map((e) => [e.name, e.total]));
    expect(byName).toEqual({ Anna: 24_243 + 36_364, Bruno: 24_242, Carla: 15_151 });
    const part = d.employees[0].byObjective[0];
    expect(part.trail[part.trail.length - 1]).toMatchObject({ step: 'employeePotential' });
    expect(part.trail[part.trail.length - 1].detail).toContain('Quota potenziale');
    expect(d.warnings.map((w) => w.code)).toContain('DIST_PAYMENT_WAITS');
    // Nothing paid, nothing to publish yet.
    expect(d.transparency).toMatchObject({ paid: 0, employees: 0, allocated: 100_000 });
  });

  it('counts an evaluation not given yet as full in a potential share, one given as it is', () => {
    const { plan } = projects();
    plan.params.individualEvaluation = true;
    plan.params.partTime = false;
    plan.employees[1].evaluation = field(50, 'D3', 'Personale'); // Bruno
    const d = ok(distribute(plan, none, []));
    expect(d.paymentWaits).toBe(true);
    // P1's 48.485 cents: Anna 100 against Bruno 50, two thirds and one third.
    const p1 = (name: string) =>
      d.employees.find((e) => e.name === name)?.byObjective.find((b) => b.objectiveKey === 'P1')?.amount;
    expect([p1('Anna'), p1('Bruno')]).toEqual([32_323, 16_162]);
    const anna = d.employees.find((e) => e.name === 'Anna')?.byObjective[0].trail.map((s) => s.step);
    expect(anna).toContain('evaluationPending');
    // Paid, a missing evaluation is refused, never read as full.
    const paid = distribute(plan, scoresFor(plan), []);
    expect(paid.ok && paid.paymentReasons.map((r) => [r.code, r.params.employee, r.objective])).toEqual([
      ['DIST_MISSING_EVALUATION', 'Anna', 'P1'],
      ['DIST_MISSING_EVALUATION', 'Carla', 'P2'],
      ['DIST_MISSING_EVALUATION', 'Anna', 'P3'],
    ]);
  });

  it('refuses the payment naming the missing achievements, and still allocates', () => {
    const { objs, plan } = projects();
    const d = ok(distribute(plan, scoresFor(plan, { [objs[1].key]: undefined }), []));
    expect(d.phase).toBe('allocation');
    expect(d.paymentWaits).toBe(false);
    expect(d.paymentReasons.map((r) => [r.code, r.objective])).toEqual([['DIST_MISSING_ACHIEVEMENT', 'P2']]);
    expect(d.units.map((u) => u.allocated)).toEqual([48_485, 15_151, 36_364]);
    expect(d.warnings.map((w) => w.code)).not.toContain('DIST_PAYMENT_WAITS');
  });

  it('pays once every achievement is there', () => {
    const { plan } = projects();
    const d = ok(
      distribute(
        plan,
        scoresFor(plan, () => 0.5),
        [],
      ),
    );
    expect(d).toMatchObject({ phase: 'payment', paymentWaits: false, paymentReasons: [] });
    expect(d.units.map((u) => u.paid)).toEqual([24_243, 7_576, 18_182]);
    const steps = d.units[0].trail.map((s) => s.step);
    expect(steps[steps.length - 1]).toBe('achievement');
  });

  it('still refuses everything on an error of the allocation, listing the payment reasons too', () => {
    const { objs, plan } = projects();
    plan.params.fund = undefined;
    const d = distribute(plan, scoresFor(plan, { [objs[0].key]: undefined }), []);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reasons.map((r) => r.code)).toEqual(['DIST_NO_FUND', 'DIST_MISSING_ACHIEVEMENT']);
  });
});

describe('declared amounts', () => {
  function declared(amounts: number[]) {
    const { objs, plan } = projects();
    objs.forEach((o, i) => (o.fixedBudget = field(amounts[i], `H${10 + i}`, 'Progetti')));
    return { objs, plan };
  }

  it('are results on projects with a coefficient: equal amounts say nothing', () => {
    const { plan } = declared([48_485, 15_151, 36_364]);
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.phase).toBe('payment');
    expect(d.totals.fixedBudgets).toBe(0);
    expect(d.warnings.filter((w) => w.code.startsWith('DIST_DECLARED'))).toEqual([]);
  });

  it('warn of a one-cent rounding difference, naming the cell; Premia’s amount stands', () => {
    // Each quotient rounded half up on its own: 48.485 + 15.152 + 36.364 = 100.001, one too many.
    const { plan } = declared([48_485, 15_152, 36_364]);
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.phase).toBe('payment');
    const [w] = d.warnings.filter((x) => x.code === 'DIST_DECLARED_AMOUNT_ROUNDING');
    expect(w).toMatchObject({
      severity: 'warning',
      objective: 'P2',
      cells: [{ sheet: 'Progetti', cell: 'H11' }],
    });
    expect(w.message).toContain('151,52 €');
    expect(w.message).toContain('151,51 €');
    expect(d.units[1].allocated).toBe(15_151);
  });

  it('refuse the payment (not the allocation) when they differ by more than a cent', () => {
    const { plan } = declared([50_000, 15_151, 36_364]);
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.phase).toBe('allocation');
    expect(d.paymentReasons).toHaveLength(1);
    expect(d.paymentReasons[0]).toMatchObject({
      code: 'DIST_DECLARED_AMOUNT_MISMATCH',
      severity: 'error',
      objective: 'P1',
      cells: [{ sheet: 'Progetti', cell: 'H10' }],
    });
    expect(d.paymentReasons[0].message).toContain('15,15 €'); // the difference, 500,00 - 484,85
    expect(d.units[0].allocated).toBe(48_485);
  });

  it('are fixed budgets on a project with no coefficient (per presence)', () => {
    const { objs, plan } = projects();
    const presence = objective({ id: 'PP', fixedBudget: 20_000 });
    plan.objectives.push(presence);
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.totals.fixedBudgets).toBe(20_000);
    expect(d.units.find((u) => u.id === 'PP')?.allocated).toBe(20_000);
    // The coefficient pool shares what is left: 80.000 cents.
    const pool = objs.slice(0, 3).map((o) => d.units.find((u) => u.key === o.key)?.allocated ?? 0);
    expect(pool.reduce((a, b) => a + b, 0)).toBe(80_000);
  });
});
