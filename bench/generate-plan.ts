/**
 * A realistic plan of a given size, built in code for the benchmark (never for tests).
 *
 * Shape (what a reader would produce from a comune's workbooks, many times over):
 * - areas with a relevance ("Rilevanza") adding up to exactly 100 and a TOTALE row;
 * - about 80 % area objectives ("Obiettivi" sheet, blocks per area with a title row and a TOTALE
 *   row), weights adding up to exactly 100 in each area, some with soglia minima, deadline or a
 *   typed achievement;
 * - about 20 % projects ("Progetti" sheet): tipologia GENERALE or INTERSETTORIALE, category,
 *   declared points / coefficient / total coefficient consistent with the parameters, N. dip.
 *   equal to the distinct staff assigned, a few per presence (no category, a fixed budget); a
 *   TOTALE coeff. row;
 * - `indicatorsPerObjective` indicators per objective, every target kind, with actuals;
 * - employees with grade, weekly hours (some part-time), individual evaluation, days absent;
 * - assignments with shares adding up to 100 per objective (or all blank: equal shares), every
 *   objective staffed when there are at least as many assignments as objectives;
 * - parameters: fund, reserve, individual evaluation on, two pools: projects by coefficient
 *   (tipologie generale and intersettoriale, a percent of the fund) and the areas' objectives by
 *   relevance (tipologia "obiettivi": weight-table rows that are not projects; the rest).
 * The plan validates without errors and distributes: the benchmark measures the full path.
 *
 * Deterministic: everything comes from the seeded PRNG, never Math.random.
 */
import type {
  Area,
  Assignment,
  DeclaredTotal,
  Employee,
  Indicator,
  Objective,
  Plan,
} from '../src/domain/model';
import { defaultParameters, headcountCoefficient } from '../src/domain/params';
import { indicatorsOf } from './indicators';
import { GRADES, areaName, nameKey, objectiveTitle, personName } from './names';
import { random, splitUnits, type Random } from './random';
import { Sheet, endOfMonth, italianDate, italianEuro, italianNumber } from './sheet';

export interface PlanSize {
  objectives: number;
  indicatorsPerObjective: number;
  employees: number;
  assignments: number;
  areas: number;
}

const YEAR = 2024;
const PROJECT_SHARE = 0.2;
/** At most this many people on one objective. */
const MAX_STAFF = 12;
const CATEGORIES: readonly (readonly [string, number])[] = [
  ['strategico', 1],
  ['innovativo', 2],
  ['miglioramento', 3],
  ['mantenimento', 3],
  ['una tantum', 1],
];

/** Decimal places needed so that `parts` parts of 100 can each get at least 1 unit, twice over. */
function percentScale(parts: number): number {
  let d = 0;
  while (100 * 10 ** d < 2 * parts) d++;
  return d;
}

/** Percent values with `d` decimals adding up to exactly 100 (as decimals), random sizes. */
function percents(rng: Random, n: number, spread = 4): number[] {
  const d = percentScale(n);
  const units = splitUnits(
    100 * 10 ** d,
    Array.from({ length: n }, () => rng.int(1, spread)),
  );
  return units.map((u) => Number((u / 10 ** d).toFixed(d)));
}

function employees(size: PlanSize, rng: Random, areas: readonly string[]): Employee[] {
  const sheet = new Sheet('Personale');
  const out: Employee[] = [];
  for (let j = 0; j < size.employees; j++) {
    const row = sheet.nextRow();
    const name = personName(j);
    const area = areas[Math.floor((j * areas.length) / size.employees)];
    const hours = rng.chance(0.8) ? 36 : rng.pick([18, 20, 24, 30, 32]);
    const grade = rng.pick(GRADES);
    const evaluation = rng.int(55, 100);
    const days = rng.int(0, 25);
    out.push({
      name,
      nameKey: nameKey(name),
      area,
      grade: sheet.field(grade, grade, 'B', row),
      weeklyHours: sheet.field(hours, hours, 'C', row),
      evaluation: sheet.field(evaluation, evaluation, 'E', row),
      daysAbsent: sheet.field(days, days, 'F', row),
      cell: sheet.ref(`A${row}`),
    });
  }
  return out;
}

/**
 * How many people each objective gets: one each (projects first when assignments are scarce),
 * the rest spread at random, projects twice as likely (they involve more staff).
 */
function staffCounts(
  total: number,
  objectives: number,
  projectsFrom: number,
  rng: Random,
  cap: number,
): number[] {
  const counts = new Array<number>(objectives).fill(0);
  let left = total;
  for (let i = objectives - 1; i >= 0 && left > 0; i--, left--) counts[i] = 1;
  const projects = objectives - projectsFrom;
  for (let guard = 0; left > 0 && guard < total * 20; guard++) {
    const i =
      projects > 0 && rng.chance(0.5) ? projectsFrom + rng.int(0, projects - 1) : rng.int(0, objectives - 1);
    if (counts[i] >= cap) continue;
    counts[i]++;
    left--;
  }
  return counts;
}

/** `count` distinct people, from `preferred` when it has enough of them. */
function pickStaff(
  count: number,
  preferred: readonly Employee[],
  all: readonly Employee[],
  rng: Random,
): Employee[] {
  const from = preferred.length >= count ? preferred : all;
  if (from.length < count) throw new RangeError(`Cannot pick ${count} distinct people from ${from.length}`);
  const chosen = new Set<Employee>();
  while (chosen.size < count) chosen.add(rng.pick(from));
  return [...chosen];
}

function assignmentsOf(o: Objective, people: readonly Employee[], rng: Random, sheet: Sheet): Assignment[] {
  const shares = rng.chance(0.7)
    ? splitUnits(
        100,
        people.map(() => rng.int(1, 5)),
      )
    : undefined;
  return people.map((e, i) => {
    const row = sheet.nextRow();
    return {
      objectiveKey: o.key,
      employeeName: e.name,
      employeeKey: e.nameKey,
      share: shares !== undefined ? sheet.field(shares[i], shares[i], 'C', row) : sheet.empty('C', row),
      cell: sheet.rowRef(row, 'A', 'C'),
    };
  });
}

/** Soglia minima, deadline and typed achievement, on some objectives; columns from `first`. */
function objectiveExtras(o: Objective, rng: Random, sheet: Sheet, row: number, cols: string): void {
  const [sogliaCol, deadlineCol, manualCol] = cols.split('');
  if (rng.chance(0.3)) {
    const s = rng.pick([50, 60, 70, 80]);
    o.soglia = sheet.field(s, `${s}%`, sogliaCol, row);
  }
  if (rng.chance(0.2)) {
    const due = endOfMonth(YEAR, rng.int(6, 12));
    o.deadline = sheet.field(due, `entro il ${italianDate(due)}`, deadlineCol, row);
  }
  if (rng.chance(0.02)) {
    const m = rng.int(40, 100);
    o.manualAchievement = sheet.field(m, m, manualCol, row);
  }
}

export function generatePlan(size: PlanSize, seed: number): Plan {
  const rng = random(seed);
  const areaCount = Math.max(1, size.areas);
  let projectCount = Math.round(size.objectives * PROJECT_SHARE);
  if (size.objectives - projectCount < areaCount) projectCount = Math.max(0, size.objectives - areaCount);
  const areaObjectiveCount = size.objectives - projectCount;
  if (areaObjectiveCount < areaCount) throw new RangeError('Every area needs at least one objective');

  const names = Array.from({ length: areaCount }, (_, i) => areaName(i));
  const staff = employees(size, rng, names);
  const staffByArea = new Map<string, Employee[]>(names.map((n) => [n, []]));
  for (const e of staff) staffByArea.get(e.area ?? '')?.push(e);

  // Areas and their relevance.
  const relSheet = new Sheet('Rilevanza');
  const relevances = percents(rng, areaCount);
  const areas: Area[] = names.map((name, i) => {
    const row = relSheet.nextRow();
    const head = staffByArea.get(name)?.[0]?.name ?? personName(size.employees + i);
    return {
      name,
      responsabile: head,
      relevance: relSheet.field(relevances[i], italianNumber(relevances[i]), 'B', row),
      cell: relSheet.ref(`A${row}`),
    };
  });
  const totals: DeclaredTotal[] = [
    {
      kind: 'relevance',
      declared: relSheet.field(100, 100, 'B', relSheet.nextRow()),
      covers: [...names],
    },
  ];

  // Area objectives: one block per area, weights adding up to 100, then the TOTALE row.
  const objectives: Objective[] = [];
  const objSheet = new Sheet('Obiettivi', 3);
  const perArea = Math.floor(areaObjectiveCount / areaCount);
  const extra = areaObjectiveCount % areaCount;
  names.forEach((area, a) => {
    const n = perArea + (a < extra ? 1 : 0);
    objSheet.skip(); // title row "Settore n - ..."
    const weights = percents(rng, n, 5);
    const keys: string[] = [];
    for (let i = 0; i < n; i++) {
      const row = objSheet.nextRow();
      const id = String(i + 1);
      const title = objectiveTitle(objectives.length);
      const w = weights[i];
      const o: Objective = {
        key: `${area}#${id}`,
        id,
        title: objSheet.field(title, title, 'B', row),
        area,
        scope: 'area',
        weight: objSheet.field(w, rng.chance(0.8) ? w : italianNumber(w), 'C', row),
        cell: objSheet.rowRef(row, 'A', 'G'),
      };
      objectiveExtras(o, rng, objSheet, row, 'EFG');
      objectives.push(o);
      keys.push(o.key);
    }
    totals.push({
      kind: 'weights',
      area,
      declared: objSheet.field(100, 100, 'C', objSheet.nextRow()),
      covers: keys,
    });
    objSheet.skip(); // blank row between blocks
  });

  // Projects: tipologia, category, N. dip. (filled in below from the assignments).
  const projSheet = new Sheet('Progetti');
  const projectsFrom = objectives.length;
  for (let p = 0; p < projectCount; p++) {
    const row = projSheet.nextRow();
    const id = `P${p + 1}`;
    const title = `Progetto: ${objectiveTitle(p * 3 + 1).toLowerCase()}`;
    const intersectoral = areaCount > 1 && rng.chance(0.4);
    const tip = intersectoral ? 'INTERSETTORIALE' : 'GENERALE';
    const category = rng.weighted(CATEGORIES);
    const o: Objective = {
      key: id,
      id,
      title: projSheet.field(title, title, 'C', row),
      scope: intersectoral ? 'intersectoral' : 'general',
      project: true,
      weight: projSheet.empty('K', row),
      tipologia: projSheet.field(tip, tip, 'B', row),
      cell: projSheet.rowRef(row, 'A', 'N'),
    };
    // One project in 400 is paid per presence within a budget of its own: no category, no
    // coefficient (an amount on a project with one is the officer's result, not a budget).
    // The category is drawn all the same, so that the random sequence stays the same.
    if (p % 400 === 399) o.fixedBudget = projSheet.field(300_000, italianEuro(300_000), 'I', row);
    else
      o.category = projSheet.field(category, category.charAt(0).toUpperCase() + category.slice(1), 'D', row);
    if (intersectoral) {
      const first = rng.int(0, areaCount - 1);
      o.areas = [names[first], names[(first + 1 + rng.int(0, areaCount - 2)) % areaCount]];
    }
    objectiveExtras(o, rng, projSheet, row, 'JLM');
    objectives.push(o);
  }

  // Staff on every objective, then N. dip. and the declared coefficients of the projects.
  const params = defaultParameters();
  const assignSheet = new Sheet('Assegnazioni');
  const counts = staffCounts(
    size.assignments,
    objectives.length,
    projectsFrom,
    rng,
    Math.min(MAX_STAFF, staff.length),
  );
  const assignments: Assignment[] = [];
  objectives.forEach((o, i) => {
    if (counts[i] === 0) return;
    const people = pickStaff(
      counts[i],
      o.area !== undefined ? (staffByArea.get(o.area) ?? []) : staff,
      staff,
      rng,
    );
    assignments.push(...assignmentsOf(o, people, rng, assignSheet));
  });
  let coefficientSum = 0;
  const projectKeys: string[] = [];
  objectives.forEach((o, i) => {
    if (o.project !== true || counts[i] === 0) return;
    const row = Number(/\d+/.exec(o.cell?.cell ?? '')?.[0]);
    o.headcount = projSheet.field(counts[i], counts[i], 'F', row);
    if (o.category === undefined) return; // per presence: no coefficient
    const points = params.categoryPoints[o.category.value ?? ''];
    const coefficient = headcountCoefficient(counts[i], params.headcountBands);
    o.declaredPoints = projSheet.field(points, points, 'E', row);
    o.declaredCoefficient = projSheet.field(coefficient, italianNumber(coefficient), 'G', row);
    o.declaredTotalCoefficient = projSheet.field(
      points * coefficient,
      italianNumber(points * coefficient),
      'H',
      row,
    );
    coefficientSum += points * coefficient;
    projectKeys.push(o.key);
  });
  if (projectKeys.length > 0) {
    totals.push({
      kind: 'coefficients',
      declared: projSheet.field(coefficientSum, italianNumber(coefficientSum), 'H', projSheet.nextRow()),
      covers: projectKeys,
    });
  }

  const indSheet = new Sheet('Indicatori');
  const indicators: Indicator[] = [];
  for (const o of objectives) {
    for (const ind of indicatorsOf(o.key, size.indicatorsPerObjective, rng, indSheet, YEAR))
      indicators.push(ind);
  }

  // Parameters: about 1.200 EUR per employee, 2 % reserve, projects 35 % by coefficient.
  const par = new Sheet('Parametri');
  params.fund = Math.max(1, size.employees) * 120_000 + rng.int(0, 99) * 100;
  params.reserve = Math.round((params.fund * 0.02) / 100) * 100;
  params.individualEvaluation = true;
  params.cells = { fund: par.ref('B2'), reserve: par.ref('B3') };
  params.pools = [
    {
      name: 'Progetti generali e intersettoriali',
      tipologie: ['generale', 'intersettoriale'],
      percent: 35,
      method: 'coefficient',
      cell: par.ref('B6'),
    },
    { name: 'Obiettivi di settore', tipologie: ['obiettivi'], method: 'relevance', cell: par.ref('B7') },
  ];

  return {
    comune: 'Comune di Valcolle',
    year: YEAR,
    areas,
    objectives,
    indicators,
    employees: staff,
    assignments,
    totals,
    params,
  };
}
