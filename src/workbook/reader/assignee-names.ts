/**
 * People named in assignments as plans name them: by surname alone ("Ferrari - Colombo"), or by
 * part of the name the staff list gives in full. When the words written all belong to exactly
 * one person of the staff (one of the objective's area first, then anyone), that is the person:
 * a reading, said once per cell and name (READ_ASSIGNEE_NAME_MATCHED). Two people who fit, or
 * none, stay unknown, and validation says so (ASSIGNEE_UNKNOWN, with "forse intendevi" for a
 * near miss): guessing between two people would pay the wrong one.
 */
import { cellText } from '../../domain/cells';
import { finding } from '../../domain/findings';
import type { Employee } from '../../domain/model';
import { areaKey } from './areas';
import type { ReadContext } from './context';

function fits(written: string[], e: Employee): boolean {
  const words = new Set(e.nameKey.split(' '));
  return written.length < words.size && written.every((w) => words.has(w));
}

export function resolveAssigneeNames(ctx: ReadContext): void {
  if (ctx.employees.length === 0) return;
  const known = new Set(ctx.employees.map((e) => e.nameKey));
  const areaOf = new Map(ctx.objectives.map((o) => [o.key, o.area]));
  const said = new Set<string>();
  for (const a of ctx.assignments) {
    if (a.implicit || known.has(a.employeeKey) || a.employeeKey === '') continue;
    const written = a.employeeKey.split(' ');
    let fit = ctx.employees.filter((e) => fits(written, e));
    if (fit.length > 1) {
      const area = areaOf.get(a.objectiveKey);
      const mine =
        area === undefined
          ? []
          : fit.filter((e) => e.area !== undefined && areaKey(e.area) === areaKey(area));
      fit = mine;
    }
    if (fit.length !== 1) continue;
    const person = fit[0];
    const where = a.cell ?? a.share.cell;
    const key = `${where ? cellText(where) : ''}\u0000${a.employeeKey}`;
    if (!said.has(key)) {
      said.add(key);
      ctx.findings.push(
        finding({
          code: 'READ_ASSIGNEE_NAME_MATCHED',
          severity: 'warning',
          params: { cell: where ? cellText(where) : '-', written: a.employeeName, name: person.name },
          cells: where ? [where] : [],
        }),
      );
    }
    a.employeeKey = person.nameKey;
    a.employeeName = person.name;
  }
}
