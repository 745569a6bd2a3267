/**
 * Projects split by coefficient (DOMAIN.md sections 6.3 and 7, ninth and eleventh bullets):
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
import { categoryPoints, headcountCoefficient } from '../params';
import { finding, type Finding } from '../findings';
import { formatMessage } from '../../i18n';
import { shared } from './shared';
import { HAS_PROJECT, assignmentGroups, objectivePositions } from './positions';
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

function countAssigned(plan: Plan): AssignedCounts {
  const { count, objectiveOf, start, members } = assignmentGroups(plan);
  const { firstOf } = objectivePositions(plan);
  const byFirst = new Int32Array(plan.objectives.length);
  for (let g = 0; g < count; g++) {
    if (objectiveOf[g] >= 0)
      byFirst[objectiveOf[g]] = distinctPeople(plan, members.subarray(start[g], start[g + 1]));
  }
  const counts = new Int32Array(plan.objectives.length);
  for (let i = 0; i < counts.length; i++) counts[i] = byFirst[firstOf[i]];
  return counts;
}

/**
 * Distinct employee keys among some assignments. Most objectives have a handful of people:
 * comparing each with the ones before is far lighter than a Set per objective; long lists use a
 * Set (both compare strings by value).
 */
function distinctPeople(plan: Plan, rows: Int32Array): number {
  const rowsOf = plan.assignments;
  if (rows.length > 16) {
    const seen = new Set<string>();
    for (const at of rows) seen.add(rowsOf[at].employeeKey);
    return seen.size;
  }
  let distinct = 0;
  for (let k = 0; k < rows.length; k++) {
    const key = rowsOf[rows[k]].employeeKey;
    let repeated = false;
    for (let j = 0; j < k && !repeated; j++) repeated = rowsOf[rows[j]].employeeKey === key;
    if (!repeated) distinct++;
  }
  return distinct;
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
  const { fields } = objectivePositions(plan);
  for (let i = 0; i < fields.length; i++) {
    if ((fields[i] & HAS_PROJECT) !== 0) checkProject(plan, plan.objectives[i], assigned[i], out);
  }
  for (const f of zeroPools(plan, assigned, fields)) out.push(f);
  return out;
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
    if ((o.fixedBudget?.value ?? 0) > 0) return -1;
    return firstListing.get(objectiveTipologia(o)) ?? everythingLeft;
  };
}

/**
 * Coefficient pools (not set to 0) whose objectives' coefficients add up to 0. An objective
 * without a known category has no coefficient (it adds 0, which cannot make a sum above 0), so
 * only those with one are placed in a pool for the sums; the members are listed for a finding.
 */
function zeroPools(plan: Plan, assigned: AssignedCounts, fields: Uint8Array): Finding[] {
  const pools = planPools(plan);
  const checked = pools.map((p) => p.method === 'coefficient' && p.amount !== 0 && p.percent !== 0);
  if (!checked.includes(true)) return [];
  const poolOf = poolFinder(pools);
  const totals = new Float64Array(pools.length); // added in plan order, as a reduce over members
  for (let i = 0; i < plan.objectives.length; i++) {
    if ((fields[i] & HAS_PROJECT) === 0) continue; // no category, no points
    const o = plan.objectives[i];
    if (knownPoints(plan, o) === undefined) continue;
    const p = poolOf(o);
    if (p >= 0 && checked[p]) totals[p] += computedTotalCoefficient(plan, o, assigned[i]) ?? 0;
  }
  const out: Finding[] = [];
  pools.forEach((pool, p) => {
    if (!checked[p] || totals[p] > 0) return;
    const members = plan.objectives.filter((o) => poolOf(o) === p);
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
