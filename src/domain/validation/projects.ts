/**
 * Projects split by coefficient (docs/domain.md section 6, step 3, and section 7, items 9 and 11):
 * category known, declared points / coefficient / total coefficient consistent with the
 * parameters, declared headcount (N. dip.) consistent with the staff assigned, and no
 * coefficient pool whose coefficients add up to 0.
 *
 * The engine's coefficient is category points (parameters) x headcount coefficient (bands) of
 * the declared headcount, or of the number of distinct people assigned when none is declared.
 * The user's declared columns are checks: when they disagree the row is flagged, because either
 * the row or the parameters are wrong and the money depends on which.
 */
import { normaliseTipologia, objectiveTipologia } from '../distribution/tipologia';
import type { Objective, Plan, Pool } from '../model';
import { fixedBudgetOf } from '../budget';
import { categoryPoints, headcountCoefficient } from '../params';
import { finding, type Finding } from '../findings';
import { formatMessage } from '../../i18n';
import { shared } from '../engineRun';
import { HAS_PROJECT, objectivePositions } from '../rows/objectivePositions';
import { assignmentRows } from '../rows/assignmentRows';
import { cellText, fieldCell, objectiveWhere, rawText, round2, sameNumber } from './common';

/** Distinct people assigned to each objective's key, by objective position. */
export type AssignedCounts = Int32Array;

/**
 * Distinct people assigned to every objective, from the assignments grouped by objective (shared
 * with the assignment check): the checks below need it per objective, and filtering the
 * assignments per objective is quadratic.
 */
export function assignedCounts(plan: Plan): AssignedCounts {
  return shared(plan, 'assignedCounts', () => countAssigned(plan));
}

/**
 * People are compared by their numbers (assignmentRows.ts), not their keys: a person is counted
 * in a group when its mark is not yet the group's, so no set is built per objective.
 */
function countAssigned(plan: Plan): AssignedCounts {
  const { groups, person, people } = assignmentRows(plan);
  const { count, objectiveOf, start, members } = groups;
  const { firstOf } = objectivePositions(plan);
  const byFirst = new Int32Array(plan.objectives.length);
  const seenIn = new Int32Array(people).fill(-1); // the last group each person was counted in
  for (let g = 0; g < count; g++) {
    if (objectiveOf[g] < 0) continue;
    let distinct = 0;
    for (let k = start[g]; k < start[g + 1]; k++) {
      const p = person[members[k]];
      if (seenIn[p] !== g) {
        seenIn[p] = g;
        distinct++;
      }
    }
    byFirst[objectiveOf[g]] = distinct;
  }
  const counts = new Int32Array(plan.objectives.length);
  for (let i = 0; i < counts.length; i++) counts[i] = byFirst[firstOf[i]];
  return counts;
}

function knownPoints(plan: Plan, o: Objective): number | undefined {
  const category = o.category?.value;
  if (category === undefined || o.category?.problem !== undefined) return undefined;
  return categoryPoints(category, plan.params.categoryPoints);
}

function engineHeadcount(o: Objective, assigned: number): number | undefined {
  const declared = o.headcount?.value;
  if (declared !== undefined) return declared;
  return assigned > 0 ? assigned : undefined;
}

/**
 * Points x headcount coefficient as the distribution computes it; undefined when unknown.
 * `assigned` is the number of distinct people assigned to the objective's key (assignedCounts).
 */
export function computedTotalCoefficient(plan: Plan, o: Objective, assigned: number): number | undefined {
  const points = knownPoints(plan, o);
  const headcount = engineHeadcount(o, assigned);
  if (points === undefined || headcount === undefined) return undefined;
  return points * headcountCoefficient(headcount, plan.params.headcountBands);
}

export function checkProjects(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const assigned = assignedCounts(plan);
  // An objective with none of the project fields has nothing to check (see checkProject).
  // The same visit adds the pools' coefficients (an objective without them has no category).
  const { fields } = objectivePositions(plan);
  const pools = PoolSums.of(plan);
  for (let i = 0; i < fields.length; i++) {
    if ((fields[i] & HAS_PROJECT) === 0) continue;
    const o = plan.objectives[i];
    checkProject(plan, o, assigned[i], out);
    pools?.add(o, assigned[i]);
  }
  if (pools !== undefined) for (const f of pools.zeroPools()) out.push(f);
  checkTipologieAndCategories(plan, out);
  return out;
}

/** Tipologie the pools understand whatever they list (tipologia.ts). */
const KNOWN_TIPOLOGIE: ReadonlySet<string> = new Set(['generale', 'intersettoriale', 'settore', 'obiettivi']);

/**
 * The labels that place a project: a tipologia no pool lists and that is none of the known ones
 * (a typo sends a project to the catch-all pool, or to none), and an empty category on a project
 * its pool splits by coefficient (DIST_MISSING_CATEGORY would refuse the distribution; here the
 * cell is named before). Projects with a fixed budget are paid outside the pools: neither matters.
 */
function checkTipologieAndCategories(plan: Plan, out: Finding[]): void {
  const pools = planPools(plan);
  if (pools.length === 0) return;
  const listed = new Set(pools.flatMap((p) => p.tipologie.map(normaliseTipologia)));
  const poolOf = poolFinder(pools);
  for (const o of plan.objectives) {
    if ((fixedBudgetOf(o)?.value ?? 0) > 0) continue;
    const p = poolOf(o);
    const written = o.tipologia?.value?.trim();
    if (written && plan.params.pools.length > 0) {
      const tipologia = normaliseTipologia(written);
      if (!listed.has(tipologia) && !KNOWN_TIPOLOGIE.has(tipologia)) {
        const cell = fieldCell(o.tipologia, o.cell);
        out.push(
          finding({
            ...baseOf(o),
            // Where the project goes, in the code: a message in each language, no phrase inside.
            code: p >= 0 ? 'TIPOLOGIA_UNKNOWN' : 'TIPOLOGIA_UNKNOWN_NO_POOL',
            severity: 'warning',
            params: {
              ...labelOf(o),
              text: written,
              cell: cellText(cell),
              known: [...new Set(pools.flatMap((x) => x.tipologie))].join(', '),
              pool: p >= 0 ? pools[p].name : '',
            },
            cells: [cell],
          }),
        );
      }
    }
    const category = o.category;
    const blank =
      category !== undefined &&
      category.problem === undefined &&
      (category.value === undefined || category.value.trim() === '');
    if (blank && p >= 0 && pools[p].method === 'coefficient') {
      const cell = fieldCell(category, o.cell);
      out.push(
        finding({
          ...baseOf(o),
          code: 'CATEGORY_EMPTY',
          severity: 'error',
          params: { ...labelOf(o), cell: cellText(cell), pool: pools[p].name },
          cells: [cell],
        }),
      );
    }
  }
}

/** How a finding names the objective; built only for a finding (most objectives have none). */
function labelOf(o: Objective): { objective: string; where: string } {
  return { objective: o.id, where: objectiveWhere(o) };
}

function baseOf(o: Objective): { area?: string; objective: string } {
  return { area: o.area, objective: o.id };
}

/**
 * The project checks of one objective; `assigned` is its distinct people (assignedCounts). Every
 * finding needs the category, N. dip. or a declared column, so objectives with none are skipped.
 */
function checkProject(plan: Plan, o: Objective, assigned: number, out: Finding[]): void {
  const bands = plan.params.headcountBands;

  const category = o.category;
  let points: number | undefined;
  if (category !== undefined && (category.problem !== undefined || category.value !== undefined)) {
    points = knownPoints(plan, o);
    if (points === undefined) {
      const cell = fieldCell(category, o.cell);
      out.push(
        finding({
          ...baseOf(o),
          code: 'CATEGORY_UNKNOWN',
          severity: 'error',
          params: {
            ...labelOf(o),
            text: rawText(category.raw) || (category.value ?? ''),
            cell: cellText(cell),
            known: Object.keys(plan.params.categoryPoints).join(', '),
          },
          cells: [cell],
        }),
      );
    }
  }

  const headcountField = o.headcount;
  let headcount: number | undefined;
  if (headcountField !== undefined) {
    const cell = fieldCell(headcountField, o.cell);
    const v = headcountField.value;
    if (headcountField.problem !== undefined || (v !== undefined && (v < 1 || !Number.isInteger(v)))) {
      out.push(
        finding({
          ...baseOf(o),
          code: 'HEADCOUNT_INVALID',
          severity: 'error',
          params: {
            ...labelOf(o),
            text: rawText(headcountField.raw) || String(v ?? ''),
            cell: cellText(cell),
          },
          cells: [cell],
        }),
      );
    } else if (v !== undefined) {
      headcount = v;
      if (assigned > 0 && assigned !== v) {
        out.push(
          finding({
            ...baseOf(o),
            code: 'HEADCOUNT_MISMATCH',
            severity: 'error',
            params: { ...labelOf(o), declared: v, assigned, cell: cellText(cell) },
            cells: [cell],
          }),
        );
      }
    }
  }
  if (headcount === undefined && headcountField?.value === undefined && assigned > 0) headcount = assigned;

  const declaredPoints = o.declaredPoints?.value;
  if (declaredPoints !== undefined && points !== undefined && !sameNumber(declaredPoints, points)) {
    const cell = fieldCell(o.declaredPoints, o.cell);
    out.push(
      finding({
        ...baseOf(o),
        code: 'POINTS_MISMATCH',
        severity: 'error',
        params: {
          ...labelOf(o),
          declared: declaredPoints,
          expected: points,
          category: category?.value ?? '',
          cell: cellText(cell),
        },
        cells: [cell],
      }),
    );
  }

  const coefficient = headcount !== undefined ? headcountCoefficient(headcount, bands) : undefined;
  const declaredCoefficient = o.declaredCoefficient?.value;
  if (
    declaredCoefficient !== undefined &&
    coefficient !== undefined &&
    headcount !== undefined &&
    !sameNumber(declaredCoefficient, coefficient)
  ) {
    const cell = fieldCell(o.declaredCoefficient, o.cell);
    out.push(
      finding({
        ...baseOf(o),
        code: 'COEFFICIENT_MISMATCH',
        severity: 'error',
        params: {
          ...labelOf(o),
          declared: declaredCoefficient,
          expected: coefficient,
          headcount,
          cell: cellText(cell),
        },
        cells: [cell],
      }),
    );
  }

  const declaredTotal = o.declaredTotalCoefficient?.value;
  const usedPoints = points ?? declaredPoints;
  const usedCoefficient = coefficient ?? declaredCoefficient;
  if (declaredTotal !== undefined && usedPoints !== undefined && usedCoefficient !== undefined) {
    const expected = round2(usedPoints * usedCoefficient);
    if (!sameNumber(declaredTotal, expected)) {
      const cell = fieldCell(o.declaredTotalCoefficient, o.cell);
      out.push(
        finding({
          ...baseOf(o),
          code: 'TOTAL_COEFFICIENT_MISMATCH',
          severity: 'error',
          params: {
            ...labelOf(o),
            declared: declaredTotal,
            points: usedPoints,
            coefficient: usedCoefficient,
            expected,
            cell: cellText(cell),
          },
          cells: [cell],
        }),
      );
    }
  }
}

/** The pools objectives go to: the parameters' pools, or one pool holding everything. */
function planPools(plan: Plan): Pool[] {
  if (plan.params.pools.length > 0) return plan.params.pools;
  if (plan.params.defaultMethod === undefined) return [];
  return [
    { name: formatMessage('it', 'validation.defaultPool'), tipologie: [], method: plan.params.defaultMethod },
  ];
}

/**
 * Which pool holds an objective (its index in `pools`, -1 for none): the first pool listing its
 * tipologia, else the first pool with no tipologie ("everything left"). Objectives with a fixed
 * budget are paid outside pools. One small map of tipologie instead of a search of every pool's
 * list per objective.
 */
function poolFinder(pools: readonly Pool[]): (o: Objective) => number {
  const firstListing = new Map<string, number>();
  pools.forEach((p, index) => {
    for (const t of p.tipologie) {
      const c = normaliseTipologia(t);
      if (!firstListing.has(c)) firstListing.set(c, index);
    }
  });
  const everythingLeft = pools.findIndex((p) => p.tipologie.length === 0);
  return (o) => {
    if ((fixedBudgetOf(o)?.value ?? 0) > 0) return -1;
    return firstListing.get(objectiveTipologia(o)) ?? everythingLeft;
  };
}

/**
 * Coefficient pools (not set to 0) whose objectives' coefficients add up to 0. An objective
 * without a known category has no coefficient (it adds 0, which cannot make a sum above 0), so
 * only those with one are placed in a pool for the sums; the members are listed for a finding.
 * Objectives are added in plan order, as a reduce over each pool's members would.
 */
class PoolSums {
  private readonly poolOf: (o: Objective) => number;
  private readonly totals: Float64Array;

  private constructor(
    private readonly plan: Plan,
    private readonly pools: readonly Pool[],
    private readonly checked: readonly boolean[],
  ) {
    this.poolOf = poolFinder(pools);
    this.totals = new Float64Array(pools.length);
  }

  /** Undefined when no pool needs the check. */
  static of(plan: Plan): PoolSums | undefined {
    const pools = planPools(plan);
    const checked = pools.map((p) => p.method === 'coefficient' && p.amount !== 0 && p.percent !== 0);
    return checked.includes(true) ? new PoolSums(plan, pools, checked) : undefined;
  }

  /** Adds an objective's coefficient to its pool; `assigned` is its distinct people. */
  add(o: Objective, assigned: number): void {
    if (knownPoints(this.plan, o) === undefined) return;
    const p = this.poolOf(o);
    if (p >= 0 && this.checked[p]) this.totals[p] += computedTotalCoefficient(this.plan, o, assigned) ?? 0;
  }

  zeroPools(): Finding[] {
    const out: Finding[] = [];
    this.pools.forEach((pool, p) => {
      if (!this.checked[p] || this.totals[p] > 0) return;
      const members = this.plan.objectives.filter((o) => this.poolOf(o) === p);
      out.push(
        finding({
          code: 'POOL_COEFFICIENTS_ZERO',
          severity: 'error',
          params: { pool: pool.name, count: members.length },
          cells: [pool.cell, ...members.map((o) => o.cell)],
        }),
      );
    });
    return out;
  }
}
