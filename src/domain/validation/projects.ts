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
import { cellText, fieldCell, objectiveWhere, rawText, round2, sameNumber } from './common';

/** Distinct people assigned to each objective key. */
export type AssignedCounts = ReadonlyMap<string, number>;

/**
 * Distinct people assigned to every objective, in one pass over the assignments: the checks
 * below need it per objective, and filtering the assignments per objective is quadratic.
 */
export function assignedCounts(plan: Plan): AssignedCounts {
  return shared(plan, 'assignedCounts', () => countAssigned(plan));
}

function countAssigned(plan: Plan): AssignedCounts {
  // Most objectives have a handful of people: a short array (includes compares like a Set's
  // SameValueZero) is far lighter than a Set per objective; long lists switch to a Set.
  const people = new Map<string, string[] | Set<string>>();
  for (const a of plan.assignments) {
    const seen = people.get(a.objectiveKey);
    if (seen === undefined) {
      people.set(a.objectiveKey, [a.employeeKey]);
    } else if (Array.isArray(seen)) {
      if (seen.includes(a.employeeKey)) continue;
      seen.push(a.employeeKey);
      if (seen.length > 16) people.set(a.objectiveKey, new Set(seen));
    } else {
      seen.add(a.employeeKey);
    }
  }
  const counts = new Map<string, number>();
  for (const [key, seen] of people) counts.set(key, Array.isArray(seen) ? seen.length : seen.size);
  return counts;
}

function knownPoints(plan: Plan, o: Objective): number | undefined {
  const category = o.category?.value;
  if (category === undefined || o.category?.problem !== undefined) return undefined;
  return categoryPoints(category, plan.params.categoryPoints);
}

function engineHeadcount(o: Objective, assigned: AssignedCounts): number | undefined {
  const declared = o.headcount?.value;
  if (declared !== undefined) return declared;
  const count = assigned.get(o.key) ?? 0;
  return count > 0 ? count : undefined;
}

/**
 * Points x headcount coefficient as the distribution computes it; undefined when unknown.
 * `assigned` is `assignedCounts(plan)`, computed once by the caller.
 */
export function computedTotalCoefficient(
  plan: Plan,
  o: Objective,
  assigned: AssignedCounts,
): number | undefined {
  const points = knownPoints(plan, o);
  const headcount = engineHeadcount(o, assigned);
  if (points === undefined || headcount === undefined) return undefined;
  return points * headcountCoefficient(headcount, plan.params.headcountBands);
}

export function checkProjects(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const assigned = assignedCounts(plan);
  for (const o of plan.objectives) {
    for (const f of checkProject(plan, o, assigned)) out.push(f);
  }
  for (const f of zeroPools(plan, assigned)) out.push(f);
  return out;
}

/** How a finding names the objective; built only for a finding (most objectives have none). */
function labelOf(o: Objective): { objective: string; where: string } {
  return { objective: o.id, where: objectiveWhere(o) };
}

function baseOf(o: Objective): { area?: string; objective: string } {
  return { area: o.area, objective: o.id };
}

function checkProject(plan: Plan, o: Objective, assignedByKey: AssignedCounts): Finding[] {
  const out: Finding[] = [];
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
      const assigned = assignedByKey.get(o.key) ?? 0;
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
  if (headcount === undefined && headcountField?.value === undefined) {
    const assigned = assignedByKey.get(o.key) ?? 0;
    if (assigned > 0) headcount = assigned;
  }

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
  return out;
}

/** "generale" | "intersettoriale" | "settore": the pool class of a tipologia text. */
/**
 * Which pool holds each objective: the first pool listing its tipologia, else the first pool
 * with no tipologie ("everything left"). Objectives with a fixed budget are paid outside pools.
 * With no pools and `defaultMethod` set, one pool holds everything.
 */
export function poolMembers(plan: Plan): { pool: Pool; members: Objective[] }[] {
  const pools: Pool[] =
    plan.params.pools.length > 0
      ? plan.params.pools
      : plan.params.defaultMethod !== undefined
        ? [
            {
              name: formatMessage('it', 'validation.defaultPool'),
              tipologie: [],
              method: plan.params.defaultMethod,
            },
          ]
        : [];
  const result = pools.map((pool) => ({ pool, members: [] as Objective[] }));
  const classes = pools.map((p) => p.tipologie.map(normaliseTipologia));
  for (const o of plan.objectives) {
    if ((o.fixedBudget?.value ?? 0) > 0) continue;
    const c = objectiveTipologia(o);
    let index = classes.findIndex((list) => list.includes(c));
    if (index < 0) index = classes.findIndex((list) => list.length === 0);
    if (index >= 0) result[index].members.push(o);
  }
  return result;
}

function zeroPools(plan: Plan, assigned: AssignedCounts): Finding[] {
  const out: Finding[] = [];
  for (const { pool, members } of poolMembers(plan)) {
    if (pool.method !== 'coefficient' || pool.amount === 0 || pool.percent === 0) continue;
    const total = members.reduce((s, o) => s + (computedTotalCoefficient(plan, o, assigned) ?? 0), 0);
    if (total > 0) continue;
    out.push(
      finding({
        code: 'POOL_COEFFICIENTS_ZERO',
        severity: 'error',
        params: { pool: pool.name, count: members.length },
        cells: [pool.cell, ...members.map((o) => o.cell)],
      }),
    );
  }
  return out;
}
