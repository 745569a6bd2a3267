/**
 * A distribution built by hand (the distribution module produces the same shapes), with
 * amounts whose euro values do not add up exactly as floats (0.10 + 0.20), one formula-looking
 * title and a unit without area.
 */
import type { Finding } from '../../../src/domain/findings';
import { finding } from '../../../src/domain/findings';
import type { Cents, CellRef } from '../../../src/domain/model';
import type {
  Distribution,
  EmployeeAmount,
  PoolAllocation,
  TrailStep,
  UnitAllocation,
} from '../../../src/domain/results';
import { sumCents } from '../../../src/domain/money';
import { transparencySummary } from '../../../src/domain/distribution/transparency';
import { makePlan, objective } from '../../domain/builders';

export const FORMULA_TITLE = '=HYPERLINK("http://example.com";"clic")';

export const plan = makePlan({
  comune: 'Castelnuovo',
  year: 2024,
  objectives: [
    objective({
      id: 'P',
      title: 'Presenza agli eventi serali',
      area: 'Polizia locale',
      row: 4,
      fixedBudget: 800_000,
    }),
    objective({ id: '1', title: 'Riscossione tributi', area: 'Area finanziaria', row: 5 }),
    objective({ id: '2', title: 'Manutenzione strade', area: 'Area tecnica', row: 6 }),
    objective({ id: 'E', key: 'E', title: FORMULA_TITLE, row: 7 }),
    objective({ id: 'Z', title: 'Piccolo', area: 'Area tecnica', row: 8 }),
    objective({ id: 'Y', title: 'Piccolissimo', area: 'Area tecnica', row: 9 }),
  ],
});

const key = (id: string) => plan.objectives.find((o) => o.id === id)!.key;

function step(detail: string, cells: CellRef[] = []): TrailStep {
  return { step: 'x', detail, cells };
}

function unit(
  id: string,
  pool: string,
  allocated: Cents,
  achievement: number,
  paid: Cents,
  extra: Partial<UnitAllocation> = {},
): UnitAllocation {
  const o = plan.objectives.find((x) => x.id === id)!;
  const u: UnitAllocation = {
    key: o.key,
    id,
    title: o.title.value!,
    pool,
    allocated,
    achievement,
    paid,
    economie: allocated - paid,
    redistributed: 0,
    trail: [step(`Pool «${pool}»`), step(`Raggiungimento ${achievement * 100} %`)],
    ...extra,
  };
  if (o.area !== undefined && !('area' in extra)) u.area = o.area;
  return u;
}

export const units: UnitAllocation[] = [
  unit('P', 'Budget dedicati', 800_000, 1, 800_000),
  unit('1', 'Generale e settore', 1_799_980, 1, 1_799_980, { coefficient: 75 }),
  unit('2', 'Generale e settore', 900_000, 0.85, 765_000, { coefficient: 30 }),
  unit('Z', 'Generale e settore', 10, 1, 10, { coefficient: 0.5 }),
  unit('Y', 'Generale e settore', 20, 1, 20, { coefficient: 1 }),
  unit('E', 'Intersettoriale', 999_990, 0.5, 499_995, { coefficient: 50 }),
];

function pool(name: string, method: PoolAllocation['method'], amount: Cents): PoolAllocation {
  const own = units.filter((u) => u.pool === name);
  return {
    name,
    method,
    amount,
    paid: sumCents(own.map((u) => u.paid)),
    economie: sumCents(own.map((u) => u.economie)),
    unitKeys: own.map((u) => u.key),
    cells: [{ sheet: 'Parametri', cell: `B${10 + name.length}` }],
  };
}

export const pools: PoolAllocation[] = [
  pool('Budget dedicati', 'fixed', 800_000),
  pool('Generale e settore', 'coefficient', 2_700_010),
  pool('Intersettoriale', 'coefficient', 999_990),
];

function emp(name: string, area: string | undefined, parts: [string, number, Cents][]): EmployeeAmount {
  const e: EmployeeAmount = {
    name,
    total: sumCents(parts.map((p) => p[2])),
    byObjective: parts.map(([id, share, amount]) => ({
      objectiveKey: key(id),
      share,
      amount,
      trail: [step(`${name}: quota ${share * 100} %`), step(`importo ${amount}`)],
    })),
  };
  if (area !== undefined) e.area = area;
  return e;
}

export const employees: EmployeeAmount[] = [
  emp('Rossi Mario', 'Area finanziaria', [['1', 2 / 3, 1_199_987]]),
  emp('Bianchi Anna', 'Area finanziaria', [['1', 1 / 3, 599_993]]),
  emp('Verdi Luca', 'Area tecnica', [
    ['2', 1, 765_000],
    ['E', 0.5, 249_998],
    ['Z', 1, 10],
    ['Y', 1, 20],
  ]),
  emp('=SOMMA(A1:A9)', undefined, [['E', 0.5, 249_997]]),
  emp('Esposito Gino', 'Polizia locale', [['P', 1, 800_000]]),
];

export const warning: Finding = finding({
  code: 'DIST_UNASSIGNED',
  severity: 'warning',
  params: { amount: '0,00' },
  cells: [{ sheet: 'Parametri', cell: 'B3' }],
});

export function okDistribution(warnings: Finding[] = [warning]): Extract<Distribution, { ok: true }> {
  const paid = sumCents(pools.map((p) => p.paid));
  const economie = sumCents(pools.map((p) => p.economie));
  return {
    ok: true,
    phase: 'payment',
    paymentWaits: false,
    paymentReasons: [],
    totals: {
      fund: 5_000_000,
      reserve: 500_000,
      fixedBudgets: 800_000,
      distributed: 4_500_000,
      paid,
      economie,
      unassigned: 0,
      withoutStaff: 0,
    },
    pools,
    units,
    employees,
    transparency: transparencySummary(
      { allocated: sumCents(units.map((u) => u.allocated)), paid, withoutStaff: 0, economie },
      employees,
    ),
    warnings,
  };
}

export const refused: Distribution = {
  ok: false,
  reasons: [
    finding({ code: 'DIST_NO_FUND', severity: 'error', cells: [{ sheet: 'Parametri', cell: 'B2' }] }),
    finding({
      code: 'DIST_MISSING_HEADCOUNT',
      severity: 'error',
      params: { objective: '2', title: 'Manutenzione strade', pool: 'Generale e settore' },
      cells: [{ sheet: 'Progetti', cell: 'F6' }],
      objective: '2',
      area: 'Area tecnica',
    }),
  ],
};
