/**
 * What scoring and distribution produce. Plain data: writers turn it into sheets, the CLI into
 * JSON, the task pane into views.
 */
import type { Cents, CellRef } from './model';
import type { Finding } from './findings';

export interface IndicatorScore {
  /** Index of the indicator in `Plan.indicators`. */
  index: number;
  objectiveKey: string;
  /** 0..1; undefined when it cannot be computed (missing actual, target needs a manual %). */
  achievement?: number;
  /** Sub-weight used, percent (equal shares when none were given). */
  subWeight: number;
  needsManual: boolean;
  missingActual: boolean;
  /** Short Italian explanation, e.g. "80 / 100 (almeno)". */
  explanation: string;
  cells: CellRef[];
}

export interface ObjectiveScore {
  key: string;
  id: string;
  title: string;
  area?: string;
  /** Achievement before soglia and payout curve, 0..1. */
  achievement?: number;
  /** Payout fraction after soglia minima and payout curve, 0..1: what the distribution pays. */
  effective?: number;
  source: 'manual' | 'indicators' | 'none';
  belowSoglia: boolean;
  indicators: IndicatorScore[];
  cells: CellRef[];
}

export interface AreaScore {
  area: string;
  /** Weighted achievement of the area's objectives, 0..1. */
  score?: number;
  weightSum: number;
  /** Keys of the objectives that entered the score. */
  objectives: string[];
  /** Keys of the area's objectives left out (no achievement or no numeric weight). */
  excluded?: string[];
}

export interface Scores {
  objectives: ObjectiveScore[];
  areas: AreaScore[];
  /** Scoring-time findings (missing actuals, targets needing a manual %). */
  findings: Finding[];
}

/** One step of how an amount was obtained, with the cells its inputs came from. */
export interface TrailStep {
  step: string;
  detail: string;
  cells: CellRef[];
}

export interface UnitAllocation {
  key: string;
  id: string;
  title: string;
  area?: string;
  pool: string;
  coefficient?: number;
  allocated: Cents;
  /** Effective achievement applied, 0..1; NaN in the allocation phase (not paid yet). */
  achievement: number;
  paid: Cents;
  economie: Cents;
  /** Economie of the pool redistributed to this unit (included in paid). */
  redistributed: Cents;
  trail: TrailStep[];
}

export interface PoolAllocation {
  name: string;
  method: 'coefficient' | 'relevance' | 'weight' | 'fixed';
  amount: Cents;
  paid: Cents;
  economie: Cents;
  unitKeys: string[];
  cells: CellRef[];
}

export interface EmployeeObjectiveAmount {
  objectiveKey: string;
  /** Share applied after part-time and evaluation factors, 0..1 of the unit's payment. */
  share: number;
  amount: Cents;
  trail: TrailStep[];
  /**
   * Paid by the area rule: nobody was named for the objective (its assignment cell empty or
   * "Tutto il personale"), so its area's whole staff shares it (Assignment.implicit).
   */
  areaRule?: true;
}

export interface EmployeeAmount {
  name: string;
  area?: string;
  total: Cents;
  byObjective: EmployeeObjectiveAmount[];
}

export interface TransparencySummary {
  allocated: Cents;
  /** Paid to employees: the premiums actually handed out. */
  paid: Cents;
  /** Paid to objectives with nobody to receive it (DistributionTotals.withoutStaff). */
  withoutStaff: Cents;
  economie: Cents;
  employees: number;
  minimum: Cents;
  median: Cents;
  maximum: Cents;
  average: Cents;
  /** Share of paid employees above the average, percent. */
  aboveAveragePercent: number;
}

export interface DistributionTotals {
  fund: Cents;
  reserve: Cents;
  fixedBudgets: Cents;
  /** Fund minus reserve: what the tree allocates (fixed budgets and pools). */
  distributed: Cents;
  paid: Cents;
  economie: Cents;
  /** Part of the distributed amount not reached by any pool (no units to hold it). */
  unassigned: Cents;
  /**
   * Part of `paid` that reaches no employee: objectives with nobody assigned, or whose people
   * all weigh 0 (a warning names each). Paid to the objective, handed out to nobody.
   */
  withoutStaff: Cents;
}

/**
 * The two jobs of a year (docs/engine-choices.md): the allocation (ripartizione preventiva:
 * fund -> pools -> units -> each employee's potential share) and the payment (liquidazione:
 * allocation x effective achievement, economie). A result is in the payment phase only when
 * every unit to be paid has its achievement and nothing else blocks the payment.
 */
export type DistributionPhase = 'allocation' | 'payment';

export type Distribution =
  | {
      ok: true;
      /**
       * 'allocation': units carry `allocated` only (paid and economie 0, achievement NaN) and
       * employees their potential share of the allocation; 'payment': everything is paid.
       */
      phase: DistributionPhase;
      /** Allocation phase with no achievement at all yet: the payment waits, it is not refused. */
      paymentWaits: boolean;
      /**
       * Allocation phase: what refuses the payment (achievements missing on some objectives,
       * declared amounts that disagree...). Without achievements at all, only what is not about
       * them. Empty in the payment phase.
       */
      paymentReasons: Finding[];
      totals: DistributionTotals;
      pools: PoolAllocation[];
      units: UnitAllocation[];
      employees: EmployeeAmount[];
      /** Totals and spread of individual amounts for publication (art. 20 d.lgs. 33/2013). */
      transparency: TransparencySummary;
      warnings: Finding[];
    }
  | { ok: false; reasons: Finding[] };
