/** Where each unit of the distribution sheet links to, with and without the objective index. */
import type { Objective, Plan } from '../../../src/domain/model';
import type { UnitAllocation } from '../../../src/domain/results';
import { objectivesByKey, unitCells } from '../../../src/workbook/writers/distribution';

function objective(key: string, cell: string): Objective {
  return { key, id: key, title: { value: key }, scope: 'area', weight: {}, cell: { sheet: 'Pesi', cell } };
}

const plan = {
  objectives: [objective('A#1', 'A3:C3'), objective('A#2', 'A4:C4'), objective('A#1', 'A9:C9')],
} as unknown as Plan;

function unit(key: string, trailCell?: string): UnitAllocation {
  const cells = trailCell ? [{ sheet: 'Parametri', cell: trailCell }] : [];
  return {
    key,
    id: key,
    title: key,
    pool: 'Obiettivi',
    allocated: 100,
    achievement: 1,
    paid: 100,
    economie: 0,
    redistributed: 0,
    trail: [{ step: 'pool', detail: '', cells }],
  } as unknown as UnitAllocation;
}

describe('unitCells', () => {
  it("links a unit to its objective's row, the first objective of a repeated key, else the trail's cells", () => {
    const byKey = objectivesByKey(plan);
    const units = [unit('A#1'), unit('A#2'), unit('P9', 'B7'), unit('P10')];
    const expected = [
      [{ sheet: 'Pesi', cell: 'A3:C3' }],
      [{ sheet: 'Pesi', cell: 'A4:C4' }],
      [{ sheet: 'Parametri', cell: 'B7' }],
      [],
    ];
    expect(units.map((u) => unitCells(u, plan, byKey))).toEqual(expected);
    expect(units.map((u) => unitCells(u, plan))).toEqual(expected);
  });
});
