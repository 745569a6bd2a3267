/**
 * Zero targets in the plan builder (domain/values/zeroTargets.ts): "0" or "0%" on an indicator
 * that counts problems is "at most 0"; elsewhere it stays "at least 0" with a warning naming
 * the cell and asking for the kind (READ_TARGET_ZERO_AMBIGUOUS). A bare number above 0 on an
 * indicator counting problems stays "at least" with a warning (READ_TARGET_PROBLEMS_AT_LEAST).
 */
import type { Field, Objective, Target } from '../../domain/model';
import { finding, type Finding } from '../../domain/findings';
import { readZeroTarget } from '../../domain/values';

export function withZeroTargetRead(
  target: Field<Target>,
  indicatorText: string,
  objective: Objective,
  findings: Finding[],
): Field<Target> {
  if (target.value === undefined || target.cell === undefined) return target;
  const reading = readZeroTarget(target.raw ?? null, target.value, indicatorText);
  if (reading.kind === 'atMostZero') return { ...target, value: reading.target };
  if (reading.kind === 'ambiguous' || reading.kind === 'problemsAtLeast') {
    const cell = target.cell;
    findings.push(
      finding({
        code: reading.kind === 'ambiguous' ? 'READ_TARGET_ZERO_AMBIGUOUS' : 'READ_TARGET_PROBLEMS_AT_LEAST',
        severity: 'warning',
        params: { cell: `${cell.sheet}!${cell.cell}`, indicator: indicatorText.slice(0, 80) },
        cells: [cell],
        area: objective.area,
        objective: objective.id,
      }),
    );
  }
  return target;
}
