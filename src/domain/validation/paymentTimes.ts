/**
 * Art. 4-bis DL 13/2023 (docs/domain.md section 8): objectives on invoice payment times must weigh at
 * least `paymentTimesMinWeight` % of the result pay of those responsible for payments.
 *
 * Simplification: the plan does not say who is responsible for payments, so an area that has
 * such an objective is taken to be one; the weights of its payment-times objectives are added
 * and compared with the minimum. Areas without such an objective are not flagged (the engine
 * cannot know they should have one). A warning: the rule concerns the head's result pay, which
 * the plan may weigh elsewhere.
 */
import type { Objective, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { fieldCell, normaliseText, areaObjectives, rawText, round2, sum } from './common';

/** A weight the weight checks accept: a number from 0 to 100. */
const isValidWeight = (w: number | undefined): w is number => w !== undefined && w >= 0 && w <= 100;

const PAYMENT_TIMES = /tempi (medi )?di pagamento|tempestivita (dei |nei )?pagamenti/;

/**
 * Both phrases contain "pagament". Normalising (NFD, accents dropped, lower case, runs of
 * other characters than letters and digits made one space) turns a character into one of those letters only if it is that letter in either
 * case or a character outside ASCII (an accented letter, the Kelvin sign...), with accents
 * ("\u0300"-"\u036f") possibly in between; so a title where this does not match cannot
 * match the phrases, and normalising every title of a large plan costs more than the rest of
 * the check. Without the `i` flag: case is spelt out, so no Unicode case folding is involved.
 */
const MAYBE_PAGAMENT = new RegExp(
  [...'pagament'].map((c) => `[${c}${c.toUpperCase()}\\u0080-\\uffff]`).join('[\\u0300-\\u036f]*'),
);

export function isPaymentTimesObjective(o: Objective): boolean {
  const title = o.title.value ?? rawText(o.title.raw);
  if (!MAYBE_PAGAMENT.test(title)) return false;
  return PAYMENT_TIMES.test(normaliseText(title));
}

export function checkPaymentTimes(plan: Plan): Finding[] {
  const min = plan.params.paymentTimesMinWeight;
  const out: Finding[] = [];
  for (const [area, objectives] of areaObjectives(plan)) {
    const matching = objectives.filter(isPaymentTimesObjective);
    // Without valid weights there is nothing to compare: the weight checks report them (a
    // negative weight made this say the objectives weigh -31 %).
    if (matching.length === 0 || matching.some((o) => !isValidWeight(o.weight.value))) continue;
    const weight = round2(sum(matching.map((o) => o.weight.value as number)));
    if (weight >= min - 1e-9) continue;
    out.push(
      finding({
        code: 'PAYMENT_TIMES_WEIGHT',
        severity: 'warning',
        params: { area, objectives: matching.map((o) => o.id).join(', '), weight, min },
        cells: matching.map((o) => fieldCell(o.weight, o.cell)),
        area,
        objective: matching[0].id,
      }),
    );
  }
  return out;
}
