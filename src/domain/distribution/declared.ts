/**
 * Declared amounts are results, not inputs (docs/engine-choices.md). A project with a
 * coefficient that also shows an "importo stanziato" shows the officer's own computation of its
 * share: compared here with the allocation Premia computed, each difference named with its cell.
 *
 * - One cent either way: the officer rounded each quotient half up on its own, and the amounts
 *   no longer add up to the pool. A warning; Premia's amount is the one that reconciles.
 * - More: the officer and Premia did not split the same pool by the same figures (pool amount,
 *   category points, headcount bands). An error that refuses the payment, not the allocation:
 *   the allocation sheet is written, so that the two amounts can be compared and the cause found,
 *   but nothing is paid on an allocation that contradicts the approved one.
 */
import { declaredAmountOf } from '../budget';
import { finding } from '../findings';
import type { Plan } from '../model';
import { euro, titleOf } from './text';
import type { Issues } from './types';
import type { Unit } from './unit';

export function checkDeclaredAmounts(units: readonly Unit[], plan: Plan, issues: Issues): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const o = plan.objectives[unit.position];
    const declared = declaredAmountOf(o);
    const value = declared?.value;
    if (value === undefined || value === unit.allocated) continue;
    const difference = value - unit.allocated;
    const rounding = Math.abs(difference) === 1;
    const f = finding({
      code: rounding ? 'DIST_DECLARED_AMOUNT_ROUNDING' : 'DIST_DECLARED_AMOUNT_MISMATCH',
      severity: rounding ? 'warning' : 'error',
      params: {
        objective: o.id,
        title: titleOf(o),
        pool: unit.pool,
        declared: euro(value),
        computed: euro(unit.allocated),
        difference: euro(Math.abs(difference)),
      },
      cells: [declared?.cell ?? o.cell],
      area: o.area,
      objective: o.id,
    });
    (rounding ? issues.warnings : issues.reasons).push(f);
  }
}
