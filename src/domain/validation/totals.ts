/**
 * Declared "Totale" rows against the sum of the rows they close (docs/domain.md section 7, item 2).
 * An error, not a warning: a total that disagrees often means a row the reader did not
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
import { cellText, rawText, round2, sameNumber, signed } from './common';
import { groupByKey, type Groups } from '../grouping';
import { assignedCounts, computedTotalCoefficient } from './projects';
import { findObjective, objectivePositions, type RowGroups } from '../rows/objectivePositions';
import { assignmentRows } from '../rows/assignmentRows';
import { indicatorRows } from '../rows/indicatorRows';

export function checkTotals(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const covered = new Covered(plan);
  for (const total of plan.totals) {
    const cell = total.declared.cell;
    if (total.declared.problem !== undefined) {
      out.push(
        finding({
          code: 'TOTAL_NOT_NUMBER',
          severity: 'warning',
          params: { ...kindAndWhere(total), text: rawText(total.declared.raw), cell: cellText(cell) },
          cells: [cell],
          area: total.area,
        }),
      );
      continue;
    }
    const declared = total.declared.value;
    if (declared === undefined) continue;
    const sumOfRows = computedTotal(plan, total, covered);
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
          ...kindAndWhere(total),
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

/** What the message says the total is, only for a finding: a plan has a total per area. */
function kindAndWhere(total: DeclaredTotal): { kind: string; where: string } {
  return {
    kind: formatMessage('it', `validation.kind.${total.kind}`),
    where: total.area !== undefined ? ` (${total.area})` : '',
  };
}

/**
 * The sum of what the total covers; undefined when one of those cells is unreadable (its own
 * finding says so, and a sum without it would only repeat that error in other words). Fields
 * are added in plan order, as a sum over `items.filter((x) => keys.has(key(x)))` would.
 */
function computedTotal(plan: Plan, total: DeclaredTotal, covered: Covered): number | undefined {
  switch (total.kind) {
    case 'weights':
      return addFields(covered.objectives(total.covers), (at) => plan.objectives[at].weight);
    case 'relevance':
      return addFields(covered.areas(total.covers), (at) => plan.areas[at].relevance);
    case 'subWeights':
      return addFields(
        covered.rows(indicatorRows(plan).groups, total.covers),
        (at) => plan.indicators[at].subWeight,
      );
    case 'shares':
      return addFields(
        covered.rows(assignmentRows(plan).groups, total.covers),
        (at) => plan.assignments[at].share,
      );
    case 'coefficients': {
      const assigned = assignedCounts(plan);
      return addFields(
        covered.objectives(total.covers),
        (at) => plan.objectives[at].declaredTotalCoefficient,
        (at) => computedTotalCoefficient(plan, plan.objectives[at], assigned[at]) ?? 0,
      );
    }
  }
}

/** The values of the fields at `positions`, added in order (`fallback` for a field without one). */
function addFields(
  positions: Int32Array,
  fieldAt: (at: number) => Field<number> | undefined,
  fallback: (at: number) => number = () => 0,
): number | undefined {
  for (const at of positions) if (fieldAt(at)?.problem !== undefined) return undefined;
  let sum = 0;
  for (const at of positions) sum += fieldAt(at)?.value ?? fallback(at);
  return sum;
}

/**
 * Positions of the rows a total covers, ascending, each once. Objectives, indicators and
 * assignments are found through the run's shared positions by objective key (no index of
 * their own), areas through a small index built on first use.
 */
class Covered {
  private areaGroups?: Groups;
  /** Marks the objectives already taken for the current total: a key listed twice adds once. */
  private readonly taken: Int32Array;
  private stamp = 0;

  constructor(private readonly plan: Plan) {
    this.taken = new Int32Array(plan.objectives.length);
  }

  /** Every objective whose key is covered. */
  objectives(keys: readonly string[]): Int32Array {
    const positions = objectivePositions(this.plan);
    const stamp = ++this.stamp;
    const at: number[] = [];
    let guess = 0; // keys usually list objectives in plan order: try the one after the last
    for (const key of keys) {
      const first = findObjective(this.plan, positions, key, guess);
      if (first === undefined || this.taken[first] === stamp) continue;
      this.taken[first] = stamp;
      for (let p = first; p >= 0; p = positions.nextSameKey[p]) at.push(p);
      guess = first + 1;
    }
    return ascending(at);
  }

  /** Every row (indicator, assignment) of a group whose key is covered. */
  rows(groups: RowGroups, keys: readonly string[]): Int32Array {
    return ascending(membersOfKeys(groups, (key) => groups.groupOfKey(key), keys));
  }

  areas(keys: readonly string[]): Int32Array {
    const groups = (this.areaGroups ??= groupByKey(this.plan.areas, (a) => a.name));
    return ascending(membersOfKeys(groups, (key) => groups.groupOf.get(key) ?? -1, keys));
  }
}

/** The members of the groups of some keys (a key listed twice counts once). */
function membersOfKeys(
  groups: { start: Int32Array; members: Int32Array },
  groupOfKey: (key: string) => number,
  keys: readonly string[],
): number[] {
  const at: number[] = [];
  for (const key of new Set(keys)) {
    const g = groupOfKey(key);
    if (g < 0) continue;
    for (let p = groups.start[g]; p < groups.start[g + 1]; p++) at.push(groups.members[p]);
  }
  return at;
}

/** Positions sorted ascending; left as they are when already so (keys usually come in plan order). */
function ascending(positions: number[]): Int32Array {
  const out = Int32Array.from(positions);
  for (let k = 1; k < out.length; k++) {
    if (out[k] < out[k - 1]) return out.sort();
  }
  return out;
}
