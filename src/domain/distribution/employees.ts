/**
 * From units to employees (DOMAIN.md section 6, step 7). Each unit's payment is split among the
 * assignments of its objective key, in proportion to
 *   share % (equal shares when none is given; when only some are given, the others share
 *            what is left of 100 in equal parts)
 *   x weekly hours, capped at full time (params.partTime; missing hours = full time)
 *   x individual evaluation % (params.individualEvaluation; a missing one is a refusal reason,
 *            checked before this step)
 *   x (100 - days absent x absencePercentPerDay) %, not below 0 (params.absenceReduction)
 * renormalised inside the objective and split by largest remainder, so the employees' amounts
 * add up exactly to the unit's payment. Ties go by name key (order.ts), not by row.
 *
 * A unit with a payment and nobody assigned, or whose assigned people all weigh 0, keeps its
 * amount (a warning says so); it is not spread over other units.
 */
import type { Assignment, Employee, Parameters, Plan } from '../model';
import { finding } from '../findings';
import { naturalCompare, splitInOrder } from './order';
import type { EmployeeAmount, TrailStep, UnitAllocation } from '../results';
import { cleanNumber, cleanProduct, cleanSum, nonNegative } from './numbers';
import { euro, trailStep } from './text';
import type { Issues } from './types';

interface Weighted {
  assignment: Assignment;
  employee?: Employee;
  weight: number;
  steps: TrailStep[];
}

/** Share % of each assignment of one objective. */
function shares(list: readonly Assignment[]): { values: number[]; equal: boolean } {
  const given = list.map((a) => a.share.value).filter(nonNegative);
  if (given.length === 0) return { values: list.map(() => 1), equal: true };
  const missing = list.length - given.length;
  const leftEach = missing > 0 ? Math.max(0, cleanNumber((100 - cleanSum(given)) / missing)) : 0;
  return { values: list.map((a) => (nonNegative(a.share.value) ? a.share.value : leftEach)), equal: false };
}

function weigh(
  list: readonly Assignment[],
  employees: ReadonlyMap<string, Employee>,
  params: Parameters,
): Weighted[] {
  const { values, equal } = shares(list);
  return list.map((a, i) => {
    const employee = employees.get(a.employeeKey);
    const name = employee?.name ?? a.employeeName;
    const factors = [values[i]];
    const steps = [
      equal
        ? trailStep('shareEqual', { employee: name, count: list.length }, [a.cell])
        : trailStep('share', { employee: name, share: values[i] }, [a.share.cell ?? a.cell]),
    ];
    if (params.partTime) {
      const h = employee?.weeklyHours?.value;
      const hours = nonNegative(h) ? Math.min(h, params.fullTimeHours) : params.fullTimeHours;
      factors.push(hours);
      steps.push(
        trailStep('hours', { hours, fullTime: params.fullTimeHours }, [employee?.weeklyHours?.cell]),
      );
    }
    if (params.individualEvaluation) {
      const evaluation = Math.max(0, employee?.evaluation?.value ?? 0);
      factors.push(evaluation);
      steps.push(trailStep('evaluation', { evaluation }, [employee?.evaluation?.cell]));
    }
    if (params.absenceReduction) {
      const d = employee?.daysAbsent?.value;
      const days = nonNegative(d) ? d : 0;
      const factor = Math.max(0, cleanNumber(100 - days * params.absencePercentPerDay));
      factors.push(factor);
      steps.push(trailStep('absence', { days, factor }, [employee?.daysAbsent?.cell]));
    }
    return { assignment: a, employee, weight: cleanProduct(...factors), steps };
  });
}

export function splitToEmployees(
  units: readonly UnitAllocation[],
  plan: Plan,
  issues: Issues,
): EmployeeAmount[] {
  const byObjective = new Map<string, Assignment[]>();
  for (const a of plan.assignments) {
    const list = byObjective.get(a.objectiveKey);
    if (list === undefined) byObjective.set(a.objectiveKey, [a]);
    else list.push(a);
  }
  const employees = new Map<string, Employee>();
  for (const e of plan.employees) if (!employees.has(e.nameKey)) employees.set(e.nameKey, e);
  const result = new Map<string, EmployeeAmount>();

  for (const unit of units) {
    const list = byObjective.get(unit.key) ?? [];
    const base = {
      severity: 'warning' as const,
      area: unit.area,
      objective: unit.id,
      params: { objective: unit.id, title: unit.title, amount: euro(unit.paid) },
    };
    if (list.length === 0) {
      if (unit.paid > 0) issues.warnings.push(finding({ ...base, code: 'DIST_UNIT_WITHOUT_STAFF' }));
      continue;
    }
    const weighted = weigh(list, employees, plan.params);
    const weights = weighted.map((w) => w.weight);
    const sum = cleanSum(weights);
    if (sum === 0) {
      if (unit.paid > 0) {
        issues.warnings.push(
          finding({ ...base, code: 'DIST_STAFF_WEIGHT_ZERO', cells: list.map((a) => a.cell) }),
        );
      }
      continue;
    }
    const amounts = splitInOrder(unit.paid, list, weights, (a, b) =>
      naturalCompare(a.employeeKey, b.employeeKey),
    );
    weighted.forEach((w, i) => {
      const key = w.assignment.employeeKey;
      let entry = result.get(key);
      if (entry === undefined) {
        entry = { name: w.employee?.name ?? w.assignment.employeeName, total: 0, byObjective: [] };
        if (w.employee?.area !== undefined) entry.area = w.employee.area;
        result.set(key, entry);
      }
      const share = w.weight / sum;
      entry.total += amounts[i];
      entry.byObjective.push({
        objectiveKey: unit.key,
        share,
        amount: amounts[i],
        trail: [
          ...unit.trail,
          ...w.steps,
          trailStep('employeeAmount', {
            share: cleanNumber(share * 100),
            paid: euro(unit.paid),
            amount: euro(amounts[i]),
          }),
        ],
      });
    });
  }
  return [...result.values()];
}
