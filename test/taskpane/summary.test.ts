import type { UnitAllocation } from '../../src/domain/results';
import { totalsByArea } from '../../src/taskpane/summary';

function unit(area: string | undefined, allocated: number, paid: number): UnitAllocation {
  return {
    key: `${area}-${allocated}`,
    id: '1',
    title: 't',
    area,
    pool: 'p',
    allocated,
    achievement: paid / allocated,
    paid,
    economie: allocated - paid,
    redistributed: 0,
    trail: [],
  };
}

describe('totalsByArea', () => {
  it('sums the units of each area, units without an area last', () => {
    const rows = totalsByArea([
      unit(undefined, 1000, 1000),
      unit('Tecnica', 33_334, 30_000),
      unit('Finanziaria', 500, 250),
      unit('Tecnica', 33_333, 33_333),
    ]);
    expect(rows).toEqual([
      { area: 'Tecnica', allocated: 66_667, paid: 63_333, economie: 3_334 },
      { area: 'Finanziaria', allocated: 500, paid: 250, economie: 250 },
      { area: undefined, allocated: 1000, paid: 1000, economie: 0 },
    ]);
  });
});
