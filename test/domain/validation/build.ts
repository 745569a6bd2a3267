/**
 * Builders for validation tests: a small, clean plan (two areas, a transversal objective, a
 * project, indicators, staff, assignments, a declared total and parameters) that passes every
 * check, and helpers to bend one thing at a time.
 */
import type { CellRef, Field, Objective, Plan, RawValue } from '../../../src/domain/model';
import { defaultParameters } from '../../../src/domain/params';

export function at(sheet: string, cell: string): CellRef {
  return { sheet, cell };
}

/** A cell read successfully. */
export function ok<T>(value: T, sheet: string, cell: string, raw?: RawValue): Field<T> {
  return { value, raw: raw ?? (value as unknown as RawValue), cell: at(sheet, cell) };
}

/** A cell the reader could not read. */
export function bad<T>(raw: RawValue, code: string, sheet: string, cell: string): Field<T> {
  return { raw, cell: at(sheet, cell), problem: { code } };
}

/** An empty cell. */
export function empty<T>(sheet: string, cell: string): Field<T> {
  return { cell: at(sheet, cell) };
}

export const FIN = 'Area Finanziaria';
export const TEC = 'Area Tecnica';

function areaObjective(
  area: string,
  id: string,
  title: string,
  weight: number,
  row: number,
  scope: 'area' | 'transversal' = 'area',
): Objective {
  return {
    key: `${area}#${id}`,
    id,
    title: ok(title, 'Pesi', `B${row}`),
    area,
    scope,
    weight: ok(weight, 'Pesi', `C${row}`),
    cell: at('Pesi', `A${row}`),
  };
}

export function cleanPlan(): Plan {
  const params = defaultParameters();
  params.fund = 5_000_000;
  params.reserve = 500_000;
  params.pools = [
    {
      name: 'Progetti',
      tipologie: ['generale'],
      amount: 1_000_000,
      method: 'coefficient',
      cell: at('Parametri', 'A5'),
    },
    { name: 'Aree', tipologie: [], method: 'relevance', cell: at('Parametri', 'A6') },
  ];
  params.cells = {
    fund: at('Parametri', 'B2'),
    reserve: at('Parametri', 'B3'),
    latePenaltyPerMonth: at('Parametri', 'B10'),
    fullTimeHours: at('Parametri', 'B11'),
    'categoryPoints.una tantum': at('Parametri', 'B24'),
  };
  params.headcountBands.forEach((_, i) => {
    params.cells[`headcountBands.${i}`] = at('Parametri', `A${30 + i}`);
  });

  const tec1 = areaObjective(TEC, '1', 'Manutenzione strade', 70, 6);
  tec1.soglia = ok(50, 'Pesi', 'D6');
  tec1.deadline = ok('2024-12-31', 'Pesi', 'E6', '31/12/2024');

  const project: Objective = {
    key: 'P1',
    id: 'P1',
    title: ok('Digitalizzazione archivio', 'Progetti', 'C2'),
    scope: 'general',
    weight: {},
    tipologia: ok('GENERALE', 'Progetti', 'B2'),
    category: ok('innovativo', 'Progetti', 'D2', 'Innovativo'),
    headcount: ok(2, 'Progetti', 'E2'),
    declaredPoints: ok(25, 'Progetti', 'F2'),
    declaredCoefficient: ok(1, 'Progetti', 'G2'),
    declaredTotalCoefficient: ok(25, 'Progetti', 'H2'),
    cell: at('Progetti', 'A2'),
  };

  return {
    comune: 'Comune di Prova',
    year: 2024,
    areas: [
      { name: FIN, relevance: ok(60, 'Rilevanza', 'B2'), cell: at('Rilevanza', 'A2') },
      { name: TEC, relevance: ok(40, 'Rilevanza', 'B3'), cell: at('Rilevanza', 'A3') },
    ],
    objectives: [
      areaObjective(FIN, '1', 'Riscossione tributi', 40, 2),
      areaObjective(FIN, '2', 'Tempi di pagamento delle fatture', 30, 3),
      areaObjective(FIN, '1T', 'Aggiornamento PTPCT', 30, 4, 'transversal'),
      tec1,
      areaObjective(TEC, '1T', 'Aggiornamento  ptpct', 30, 7, 'transversal'),
      project,
    ],
    indicators: [
      {
        objectiveKey: `${FIN}#1`,
        description: ok('Riscosso su accertato', 'Indicatori', 'B2'),
        target: ok({ kind: 'atLeast', value: 80, percent: true }, 'Indicatori', 'C2', 'almeno 80%'),
        actual: ok({ kind: 'number', value: 85 }, 'Indicatori', 'E2', 85),
        subWeight: ok(60, 'Indicatori', 'D2'),
        cell: at('Indicatori', 'A2'),
      },
      {
        objectiveKey: `${FIN}#1`,
        description: ok('Solleciti inviati', 'Indicatori', 'B3'),
        target: ok({ kind: 'atLeast', value: 100, percent: false }, 'Indicatori', 'C3', 100),
        actual: ok({ kind: 'number', value: 120 }, 'Indicatori', 'E3', 120),
        subWeight: ok(40, 'Indicatori', 'D3'),
        cell: at('Indicatori', 'A3'),
      },
      {
        objectiveKey: `${TEC}#1`,
        description: ok('Interventi completati', 'Indicatori', 'B4'),
        target: ok({ kind: 'deadline', date: '2024-10-31' }, 'Indicatori', 'C4', 'entro il 31/10/2024'),
        actual: ok({ kind: 'date', date: '2024-10-15' }, 'Indicatori', 'E4', '15/10/2024'),
        subWeight: empty('Indicatori', 'D4'),
        completion: ok('2024-10-15', 'Indicatori', 'F4', '15/10/2024'),
        cell: at('Indicatori', 'A4'),
      },
    ],
    employees: [
      {
        name: 'Rossi Mario',
        nameKey: 'rossi mario',
        area: FIN,
        weeklyHours: ok(36, 'Personale', 'C2'),
        cell: at('Personale', 'A2'),
      },
      {
        name: 'Bianchi Anna',
        nameKey: 'bianchi anna',
        area: FIN,
        weeklyHours: ok(18, 'Personale', 'C3'),
        evaluation: ok(90, 'Personale', 'D3'),
        cell: at('Personale', 'A3'),
      },
    ],
    assignments: [
      {
        objectiveKey: `${FIN}#1`,
        employeeName: 'Rossi Mario',
        employeeKey: 'rossi mario',
        share: ok(60, 'Assegnazioni', 'C2'),
        cell: at('Assegnazioni', 'B2'),
      },
      {
        objectiveKey: `${FIN}#1`,
        employeeName: 'Bianchi Anna',
        employeeKey: 'bianchi anna',
        share: ok(40, 'Assegnazioni', 'C3'),
        cell: at('Assegnazioni', 'B3'),
      },
      {
        objectiveKey: 'P1',
        employeeName: 'Rossi Mario',
        employeeKey: 'rossi mario',
        share: empty('Assegnazioni', 'C4'),
        cell: at('Assegnazioni', 'B4'),
      },
      {
        objectiveKey: 'P1',
        employeeName: 'Bianchi Anna',
        employeeKey: 'bianchi anna',
        share: empty('Assegnazioni', 'C5'),
        cell: at('Assegnazioni', 'B5'),
      },
    ],
    totals: [
      {
        kind: 'weights',
        area: FIN,
        declared: ok(100, 'Pesi', 'C5'),
        covers: [`${FIN}#1`, `${FIN}#2`, `${FIN}#1T`],
      },
    ],
    params,
  };
}

/** The objective with that key (throws when absent, so a typo fails the test). */
export function objective(plan: Plan, key: string): Objective {
  const o = plan.objectives.find((x) => x.key === key);
  if (o === undefined) throw new Error(`No objective ${key}`);
  return o;
}

export function area(plan: Plan, name: string) {
  const a = plan.areas.find((x) => x.name === name);
  if (a === undefined) throw new Error(`No area ${name}`);
  return a;
}

export function employee(plan: Plan, nameKey: string) {
  const e = plan.employees.find((x) => x.nameKey === nameKey);
  if (e === undefined) throw new Error(`No employee ${nameKey}`);
  return e;
}

export function pool(plan: Plan, name: string) {
  const p = plan.params.pools.find((x) => x.name === name);
  if (p === undefined) throw new Error(`No pool ${name}`);
  return p;
}

/** "Sheet!A1" for assertions. */
export function refs(cells: readonly CellRef[]): string[] {
  return cells.map((c) => `${c.sheet}!${c.cell}`);
}
