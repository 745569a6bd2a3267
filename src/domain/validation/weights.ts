/**
 * Objective weights inside each area (docs/domain.md section 7, items 1 and 3).
 *
 * Which objectives are weighed: those with an area and scope 'area' or 'transversal' (a
 * transversal objective appears once per area, with that area's weight). Objectives with no
 * single area (general, intersectoral) are split by coefficient, not by weight: not checked here.
 *
 * An area "has weights" when any of its objectives has a weight cell (read or unreadable), or
 * when the plan splits money by weight or relevance (then every area needs them). An area whose
 * weight column is absent in a coefficient-only plan is not an error.
 */
import type { Objective, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { formatNumber } from '../../i18n';
import { cellText, fieldCell, rawText, round2, sameNumber, signed, sum } from './common';
import { objectiveAreas } from './objectiveAreas';

/** True when some pool (or the default method) splits by weight or by area relevance. */
export function planUsesWeights(plan: Plan): boolean {
  const methods = plan.params.pools.map((p) => p.method);
  if (plan.params.defaultMethod !== undefined) methods.push(plan.params.defaultMethod);
  return methods.some((m) => m === 'weight' || m === 'relevance');
}

export function checkWeights(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const weightsNeeded = planUsesWeights(plan);
  // The walk's summary per area spares reading again the objectives of an area with no finding.
  const { weighed, weights } = objectiveAreas(plan);
  let w = 0;
  for (const [area, objectives] of weighed) {
    const at = w++;
    if (weights.present[at] === 0 && !weightsNeeded) continue;
    if (weights.clean[at] === 1 && sameNumber(round2(weights.sum[at]), 100)) continue;
    // A loop, not push(...list): an area of 100,000+ rows would overflow the call stack.
    for (const f of checkAreaWeights(area, objectives)) out.push(f);
  }
  return out;
}

function checkAreaWeights(area: string, objectives: readonly Objective[]): Finding[] {
  const out: Finding[] = [];
  let complete = true;
  // The cell and the finding's base are built only for a finding: a clean row needs neither.
  const cellOf = (o: Objective) => fieldCell(o.weight, o.cell);
  const baseOf = (o: Objective) => ({ area, objective: o.id, cells: [cellOf(o)] });
  for (const o of objectives) {
    if (
      o.weight.problem === undefined &&
      o.weight.value !== undefined &&
      o.weight.value >= 0 &&
      o.weight.value <= 100 + 1e-9
    ) {
      continue;
    }
    const cell = cellOf(o);
    const base = baseOf(o);
    if (o.weight.problem !== undefined) {
      complete = false;
      out.push(
        finding({
          ...base,
          code: 'WEIGHT_NOT_NUMBER',
          severity: 'error',
          params: { area, objective: o.id, text: rawText(o.weight.raw), cell: cellText(cell) },
        }),
      );
    } else if (o.weight.value === undefined) {
      complete = false;
      out.push(
        finding({
          ...base,
          code: 'WEIGHT_MISSING',
          severity: 'error',
          params: { area, objective: o.id, cell: cellText(cell) },
        }),
      );
    } else if (o.weight.value < 0) {
      out.push(
        finding({
          ...base,
          code: 'WEIGHT_NEGATIVE',
          severity: 'error',
          params: { area, objective: o.id, weight: o.weight.value, cell: cellText(cell) },
        }),
      );
    } else if (o.weight.value > 100 + 1e-9) {
      out.push(
        finding({
          ...base,
          code: 'WEIGHT_OVER_100',
          severity: 'error',
          params: { area, objective: o.id, weight: o.weight.value, cell: cellText(cell) },
        }),
      );
    }
  }
  // With a weight missing or unreadable the sum would only repeat that error in other words.
  if (!complete) return out;

  let added = 0;
  for (const o of objectives) added += o.weight.value as number; // as sum(values), same order
  const total = round2(added);
  if (sameNumber(total, 100)) return out;
  const values = objectives.map((o) => o.weight.value as number);
  const cells = objectives.map((o) => fieldCell(o.weight, o.cell));

  out.push(
    finding({
      code: 'WEIGHTS_SUM',
      severity: 'error',
      params: { area, sum: total, diff: signed(total - 100) },
      cells,
      area,
    }),
  );

  // Mixed fractions: some weights in (0, 1] next to some above 1, and the area does not add up
  // to 100. A lone 1 % weight in an area that adds up is legitimate, so the sum decides.
  const small = objectives.filter((o) => (o.weight.value as number) > 0 && (o.weight.value as number) <= 1);
  const large = values.filter((v) => v > 1);
  if (small.length > 0 && large.length > 0) {
    const smallSum = sum(small.map((o) => o.weight.value as number));
    out.push(
      finding({
        code: 'WEIGHTS_MIXED_FRACTIONS',
        severity: 'warning',
        params: {
          area,
          small: small
            .map(
              (o) =>
                `${formatNumber('it', o.weight.value as number)} (${cellText(fieldCell(o.weight, o.cell))})`,
            )
            .join(', '),
          sum: total,
          sumAsPercent: round2(total - smallSum + smallSum * 100),
        },
        cells: small.map((o) => fieldCell(o.weight, o.cell)),
        area,
      }),
    );
  }
  return out;
}
