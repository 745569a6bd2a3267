/**
 * The reconciliation a finance officer does by hand, done on every result: any mismatch of a
 * cent is a defect (docs/domain.md section 6). Used by the tests and cheap enough to run always.
 */
import { sumCents } from '../money';
import type { Distribution } from '../results';

/** Throws an Error listing every identity that does not hold; does nothing on a refusal. */
export function assertReconciles(d: Distribution): void {
  if (!d.ok) return;
  const problems: string[] = [];
  const check = (holds: boolean, what: string) => {
    if (!holds) problems.push(what);
  };
  const { totals, pools, units, employees, transparency } = d;
  const payment = d.phase === 'payment';
  if (!payment) {
    // The allocation phase pays nothing: no unit, pool or total shows a payment or economie.
    check(
      units.every((u) => u.paid === 0 && u.economie === 0 && u.redistributed === 0),
      'a unit paid before the payment',
    );
    check(totals.paid === 0 && totals.economie === 0, 'totals paid before the payment');
  }
  const unitByKey = new Map(units.map((u) => [u.key, u]));

  const fixed = pools.filter((p) => p.method === 'fixed');
  const treePools = pools.filter((p) => p.method !== 'fixed');
  const empty = treePools.filter((p) => p.unitKeys.length === 0);
  const poolSum = sumCents(treePools.filter((p) => p.unitKeys.length > 0).map((p) => p.amount));
  check(
    totals.distributed === totals.fund - totals.reserve,
    `distributed ${totals.distributed} != fund - reserve`,
  );
  check(sumCents(fixed.map((p) => p.amount)) === totals.fixedBudgets, 'fixed pool != fixed budgets');
  check(
    totals.reserve + totals.fixedBudgets + poolSum + totals.unassigned === totals.fund,
    `reserve ${totals.reserve} + fixed ${totals.fixedBudgets} + pools ${poolSum} + unassigned ${totals.unassigned} != fund ${totals.fund}`,
  );
  check(
    empty.every((p) => p.paid === 0 && p.economie === 0),
    'an empty pool paid or saved something',
  );

  for (const p of pools) {
    const own = p.unitKeys.map((k) => unitByKey.get(k));
    if (own.some((u) => u === undefined)) {
      problems.push(`pool ${p.name} lists a missing unit`);
      continue;
    }
    const list = own.filter((u) => u !== undefined);
    if (list.length > 0) {
      check(
        sumCents(list.map((u) => u.allocated)) === p.amount,
        `pool ${p.name}: units != amount ${p.amount}`,
      );
    }
    check(sumCents(list.map((u) => u.paid)) === p.paid, `pool ${p.name}: units paid != paid`);
    const net = sumCents(list.map((u) => u.economie - u.redistributed));
    check(net === p.economie, `pool ${p.name}: units economie != economie`);
    if (list.length > 0 && payment)
      check(p.paid + p.economie === p.amount, `pool ${p.name}: paid + economie != amount`);
  }
  check(
    sumCents(pools.map((p) => p.unitKeys.length)) === units.length && unitByKey.size === units.length,
    'units are not each in exactly one pool',
  );

  for (const u of payment ? units : []) {
    const own = u.paid - u.redistributed;
    check(own + u.economie === u.allocated, `unit ${u.key}: paid + economie != allocated`);
    check(
      u.allocated >= 0 && own >= 0 && u.economie >= 0 && u.redistributed >= 0,
      `unit ${u.key}: negative amount`,
    );
    check(own <= u.allocated, `unit ${u.key}: paid above allocated`);
  }
  check(totals.paid === sumCents(pools.map((p) => p.paid)), 'totals.paid != pools');
  check(totals.economie === sumCents(pools.map((p) => p.economie)), 'totals.economie != pools');

  const byUnit = new Map<string, number>();
  for (const e of employees) {
    check(e.total === sumCents(e.byObjective.map((b) => b.amount)), `employee ${e.name}: total != parts`);
    check(
      e.byObjective.every((b) => b.amount >= 0),
      `employee ${e.name}: negative amount`,
    );
    for (const b of e.byObjective) byUnit.set(b.objectiveKey, (byUnit.get(b.objectiveKey) ?? 0) + b.amount);
  }
  // Employees share the payment, or before it the allocation (potential shares).
  const shared = (u: (typeof units)[number]) => (payment ? u.paid : u.allocated);
  for (const [key, amount] of byUnit) {
    const u = unitByKey.get(key);
    check(
      u !== undefined && shared(u) === amount,
      `unit ${key}: employees ${amount} != ${d.phase === 'payment' ? 'paid' : 'allocated'}`,
    );
  }
  // Units with a payment and no employee receiving it are counted apart, to the cent.
  const unstaffed = units.filter((u) => !byUnit.has(u.key));
  check(
    totals.withoutStaff === sumCents(unstaffed.map(shared)),
    `withoutStaff ${totals.withoutStaff} != ${d.phase} of units nobody receives`,
  );
  const spread = payment ? totals.paid : sumCents(units.map((u) => u.allocated));
  check(
    sumCents(employees.map((e) => e.total)) === spread - totals.withoutStaff,
    'employees != paid (or allocated) - withoutStaff',
  );

  check(transparency.allocated === sumCents(units.map((u) => u.allocated)), 'transparency.allocated');
  if (payment) {
    check(transparency.paid === totals.paid - totals.withoutStaff, 'transparency.paid != paid to employees');
    check(transparency.withoutStaff === totals.withoutStaff, 'transparency.withoutStaff');
  }
  check(transparency.economie === totals.economie, 'transparency.economie');

  if (problems.length > 0) throw new Error(`Distribution does not reconcile:\n${problems.join('\n')}`);
}
