/**
 * Declared "Totale" rows against the sum of the rows they close (DOMAIN.md section 7, second
 * bullet). An error, not a warning: a total that disagrees often means a row the reader did not
 * see (hidden, filtered, outside the table) or a typo in a row, and paying on a guess is worse.
 *
 * What `covers` holds, per kind:
 * - weights, subWeights, shares, coefficients: objective keys; the computed sum adds the
 *   objectives' weights, their indicators' sub-weights, their assignments' shares, or their
 *   total coefficients (the declared "Totale coeff." cell when present, else points x
 *   headcount coefficient, as the distribution would use).
 * - relevance: area names.
 * Keys that match nothing add nothing; a covered cell that is unreadable skips the check. A percent total written as a fraction (1 for 100 %, a
 * cell formatted as percent) matches a computed 100.
 */
import type { DeclaredTotal, Field, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { formatMessage } from '../../i18n';
import { cellText, rawText, round2, sameNumber, signed, sum } from './common';
import { groupByKey, type Groups } from '../grouping';
import { assignedCounts, computedTotalCoefficient, type AssignedCounts } from './projects';

/**
 * The items whose key a total covers, in plan order, as `items.filter((x) => keys.has(key(x)))`
 * would give them, without scanning every item for every total: positions are indexed by key
 * once, on first use.
 */
class KeyIndex<T> {
  private groups?: Groups;

  constructor(
    private readonly items: readonly T[],
    private readonly key: (item: T) => string,
  ) {}

  covered(keys: ReadonlySet<string>): T[] {
    const { groupOf, start, members } = (this.groups ??= groupByKey(this.items, this.key));
    const at: number[] = [];
    for (const k of keys) {
      const g = groupOf.get(k);
      if (g === undefined) continue;
      for (let p = start[g]; p < start[g + 1]; p++) at.push(members[p]);
    }
    return at.sort((a, b) => a - b).map((i) => this.items[i]);
  }
}

interface Indexes {
  objectives: KeyIndex<Plan['objectives'][number]>;
  areas: KeyIndex<Plan['areas'][number]>;
  indicators: KeyIndex<Plan['indicators'][number]>;
  assignments: KeyIndex<Plan['assignments'][number]>;
  assigned: () => AssignedCounts;
}

function indexes(plan: Plan): Indexes {
  let assigned: AssignedCounts | undefined;
  return {
    objectives: new KeyIndex(plan.objectives, (o) => o.key),
    areas: new KeyIndex(plan.areas, (a) => a.name),
    indicators: new KeyIndex(plan.indicators, (i) => i.objectiveKey),
    assignments: new KeyIndex(plan.assignments, (a) => a.objectiveKey),
    assigned: () => (assigned ??= assignedCounts(plan)),
  };
}

export function checkTotals(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const index = indexes(plan);
  for (const total of plan.totals) {
    const cell = total.declared.cell;
    const kind = formatMessage('it', `validation.kind.${total.kind}`);
    const where = total.area !== undefined ? ` (${total.area})` : '';
    if (total.declared.problem !== undefined) {
      out.push(
        finding({
          code: 'TOTAL_NOT_NUMBER',
          severity: 'warning',
          params: { kind, where, text: rawText(total.declared.raw), cell: cellText(cell) },
          cells: [cell],
          area: total.area,
        }),
      );
      continue;
    }
    const declared = total.declared.value;
    if (declared === undefined) continue;
    const sumOfRows = computedTotal(plan, total, index);
    if (sumOfRows === undefined) continue;
    const computed = round2(sumOfRows);
    if (sameNumber(declared, computed)) continue;
    const isPercent = total.kind !== 'coefficients';
    if (isPercent && declared <= 1 && sameNumber(declared * 100, computed)) continue;
    out.push(
      finding({
        code: 'TOTAL_MISMATCH',
        severity: 'error',
        params: {
          kind,
          where,
          cell: cellText(cell),
          declared,
          computed,
          diff: signed(computed - declared),
        },
        cells: [cell],
        area: total.area,
      }),
    );
  }
  return out;
}

/**
 * The sum of what the total covers; undefined when one of those cells is unreadable (its own
 * finding says so, and a sum without it would only repeat that error in other words).
 */
function computedTotal(plan: Plan, total: DeclaredTotal, index: Indexes): number | undefined {
  const keys = new Set(total.covers);
  const add = (fields: (Field<number> | undefined)[], fallback: (i: number) => number = () => 0) =>
    fields.some((f) => f?.problem !== undefined)
      ? undefined
      : sum(fields.map((f, i) => f?.value ?? fallback(i)));
  switch (total.kind) {
    case 'weights':
      return add(index.objectives.covered(keys).map((o) => o.weight));
    case 'relevance':
      return add(index.areas.covered(keys).map((a) => a.relevance));
    case 'subWeights':
      return add(index.indicators.covered(keys).map((i) => i.subWeight));
    case 'shares':
      return add(index.assignments.covered(keys).map((a) => a.share));
    case 'coefficients': {
      const covered = index.objectives.covered(keys);
      return add(
        covered.map((o) => o.declaredTotalCoefficient),
        (i) => computedTotalCoefficient(plan, covered[i], index.assigned()) ?? 0,
      );
    }
  }
}
