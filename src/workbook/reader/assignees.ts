/**
 * Who an objective pays (issue "never pay people nobody assigned"):
 * - an assignment cell that names people pays those people;
 * - an assignment cell that says the whole staff ("Tutto il personale", "Tutto il personale
 *   Area Tecnica") pays the staff of that area (the objective's own when none is named, or when
 *   the one named is no staff row's area: "Area P.L." for the Polizia Locale, with a warning);
 * - an objective with no assignment anywhere (the cell empty, no row in an assignments table)
 *   pays the staff of its area, in equal shares: the area rule, as plans read transversal
 *   objectives ("1T") with no "risorse umane assegnate". Projects never get staff that way:
 *   their headcount is declared;
 * - an assignment cell that is not blank and cannot be read in full pays nobody: an error names
 *   the cell and what was understood, and the objective's payment is held (nobody receives it)
 *   until the cell is fixed. Before, such a cell fell back to the area's whole staff with a
 *   warning, and people nobody assigned were paid.
 * The assignments made by the area rule are `implicit`; the Dipendenti sheet says so on each
 * row they pay.
 */
import type { Assignment, CellRef, Employee, Objective, RawValue } from '../../domain/model';
import { finding, type Finding } from '../../domain/findings';
import {
  normalizeName,
  rawToText,
  readAssignmentsCell,
  type AssignedPerson,
  type AssignmentsReading,
} from '../../domain/values';
import { formatNumber } from '../../i18n';

/** What the assignment cells said beyond the people they name. */
export class AssigneeRules {
  /** Objectives whose assignment cell could not be read in full: nobody is paid for them. */
  readonly held = new Set<string>();
  /** Objectives whose cell names the whole staff, with the area it names (if any) and the cell. */
  readonly wholeStaff = new Map<string, { area?: string; cell: CellRef }>();
}

/** "Sara Neri 80 %, Luca Poli 20 %": the people read, for the message. */
function peopleText(people: readonly AssignedPerson[]): string {
  return people
    .map((p) => (p.share === undefined ? p.name : `${p.name} ${formatNumber('it', p.share)} %`))
    .join(', ');
}

/**
 * Shares written as each person's part of a whole day ("Luca FERRARI 100% Paolo BRAMBILLA 100%
 * Andrea COLOMBO 50%"): several people, every one with a share, one of them 100 % and the sum
 * over 100. Nobody can have all of an objective that others share, so the shares are relative:
 * read as their proportion of the sum (40, 40, 20 here), which is said with the result. Any other
 * sum that is not 100 is left to validation (SHARES_SUM): 33 + 33 + 33 is a mistake, not a ratio.
 */
function relativeShares(people: AssignedPerson[]): AssignedPerson[] {
  if (people.length < 2 || people.some((p) => p.share === undefined)) return people;
  const shares = people.map((p) => p.share as number);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum <= 100 || !shares.includes(100)) return people;
  return people.map((p) => ({
    name: p.name,
    share: Math.round(((p.share as number) / sum) * 100 * 1e6) / 1e6,
  }));
}

/**
 * Reads one assignment cell of `objective`: the assignments it makes (none when it names the
 * whole staff or cannot be read; `rules` and `findings` record those cases).
 */
export function readAssigneesCell(
  objective: Objective,
  raw: RawValue,
  cell: CellRef,
  rules: AssigneeRules,
  findings: Finding[],
): Assignment[] {
  // A number, a date, TRUE or an error value where names are meant names nobody: not read.
  const text = typeof raw === 'string' ? raw : rawToText(raw);
  const reading: AssignmentsReading =
    typeof raw === 'string' ? readAssignmentsCell(raw) : { kind: 'unreadable', understood: [], rest: [text] };
  if (reading.kind === 'allStaff') {
    if (reading.roles !== undefined)
      findings.push(
        finding({
          code: 'READ_ASSIGNEES_ROLES_OUTSIDE',
          severity: 'warning',
          params: { cell: `${cell.sheet}!${cell.cell}`, roles: reading.roles.join(', ') },
          cells: [cell],
          area: objective.area,
          objective: objective.id,
        }),
      );
    rules.wholeStaff.set(objective.key, reading.area === undefined ? { cell } : { area: reading.area, cell });
    return [];
  }
  if (reading.kind === 'unreadable') {
    rules.held.add(objective.key);
    findings.push(
      finding({
        code: 'READ_ASSIGNEES_UNREADABLE',
        severity: 'error',
        params: {
          cell: `${cell.sheet}!${cell.cell}`,
          text: text.length > 120 ? `${text.slice(0, 119)}…` : text,
          understood: reading.understood.length === 0 ? '—' : peopleText(reading.understood),
          rest: reading.rest.join(' | ') || '—',
        },
        cells: [cell],
        area: objective.area,
        objective: objective.id,
      }),
    );
    return [];
  }
  const at = `${cell.sheet}!${cell.cell}`;
  if (reading.role !== undefined)
    findings.push(
      finding({
        code: 'READ_ASSIGNEES_ROLE_SET_ASIDE',
        severity: 'warning',
        params: { cell: at, role: reading.role, people: peopleText(reading.people) },
        cells: [cell],
        area: objective.area,
        objective: objective.id,
      }),
    );
  const people = relativeShares(reading.people);
  if (people !== reading.people)
    findings.push(
      finding({
        code: 'READ_SHARES_NORMALISED',
        severity: 'warning',
        params: { cell: at, written: peopleText(reading.people), read: peopleText(people) },
        cells: [cell],
        area: objective.area,
        objective: objective.id,
      }),
    );
  return people.map((p) => ({
    objectiveKey: objective.key,
    employeeName: p.name,
    employeeKey: normalizeName(p.name),
    share: p.share === undefined ? { raw: text, cell } : { value: p.share, raw: text, cell },
    cell,
  }));
}

/**
 * A row of an assignments table whose employee cell says the whole staff ("Tutto il personale"):
 * the area rule for that objective, recorded in `rules`; true when it is such a row.
 */
export function isWholeStaffRow(
  objective: Objective,
  text: string,
  cell: CellRef,
  rules: AssigneeRules,
): boolean {
  const reading = readAssignmentsCell(text);
  if (reading.kind !== 'allStaff') return false;
  rules.wholeStaff.set(objective.key, reading.area === undefined ? { cell } : { area: reading.area, cell });
  return true;
}

/**
 * The plan's assignments once the cells are all read: none for a held objective (not even
 * those other rows name: its payment waits for the cell), and the area's staff, in equal shares
 * and `implicit`, for an objective nobody is assigned to, or whose cell names the whole staff.
 * `areaKey` is the reader's comparison of area names.
 */
export function withAreaStaff(
  objectives: readonly Objective[],
  employees: readonly Employee[],
  assignments: Assignment[],
  rules: AssigneeRules,
  areaKey: (name: string) => string,
  findings: Finding[],
): Assignment[] {
  const kept =
    rules.held.size === 0 ? assignments : assignments.filter((a) => !rules.held.has(a.objectiveKey));
  const assigned = new Set(kept.map((a) => a.objectiveKey));
  // The staff of each area (table order), grouped once rather than scanned for every objective.
  const staffByArea = new Map<string, Employee[]>();
  for (const e of employees) {
    if (e.area === undefined) continue;
    const key = areaKey(e.area);
    const list = staffByArea.get(key);
    if (list) list.push(e);
    else staffByArea.set(key, [e]);
  }
  for (const o of objectives) {
    if (assigned.has(o.key) || rules.held.has(o.key)) continue;
    const said = rules.wholeStaff.get(o.key);
    if (said === undefined && o.project) continue;
    let area = said?.area ?? o.area;
    if (said?.area !== undefined && !staffByArea.has(areaKey(said.area))) {
      // "Tutto il personale Area P.L." on an objective of the Polizia Locale: an area written
      // in short that no staff row names. The objective's own area, said with a warning.
      area = o.area;
      findings.push(
        finding({
          code: 'READ_ASSIGNEES_AREA_UNKNOWN',
          severity: 'warning',
          params: { cell: `${said.cell.sheet}!${said.cell.cell}`, named: said.area, area: o.area ?? '—' },
          cells: [said.cell],
          area: o.area,
          objective: o.id,
        }),
      );
    }
    if (area === undefined) continue;
    for (const e of staffByArea.get(areaKey(area)) ?? []) {
      kept.push({
        objectiveKey: o.key,
        employeeName: e.name,
        employeeKey: e.nameKey,
        share: {},
        cell: said?.cell ?? o.cell,
        implicit: true,
      });
    }
  }
  return kept;
}
