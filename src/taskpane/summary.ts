/** Per-area totals of a distribution, from its units (the domain keeps them per unit and pool). */
import type { Cents } from '../domain/model';
import { sumCents } from '../domain/money';
import type { UnitAllocation } from '../domain/results';

export interface AreaTotals {
  /** undefined: units of no single area (general and intersectoral projects). */
  area?: string;
  allocated: Cents;
  paid: Cents;
  economie: Cents;
}

/** Areas in the order their first unit appears; units without an area last, together. */
export function totalsByArea(units: readonly UnitAllocation[]): AreaTotals[] {
  const groups = new Map<string | undefined, UnitAllocation[]>();
  for (const u of units) groups.set(u.area, [...(groups.get(u.area) ?? []), u]);
  const rows = [...groups].map(([area, list]) => ({
    area,
    allocated: sumCents(list.map((u) => u.allocated)),
    paid: sumCents(list.map((u) => u.paid)),
    economie: sumCents(list.map((u) => u.economie)),
  }));
  return [...rows.filter((r) => r.area !== undefined), ...rows.filter((r) => r.area === undefined)];
}
