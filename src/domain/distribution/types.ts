/** Internal shapes passed between the distribution steps. */
import type { Cents, CellRef, Objective } from '../model';
import type { Finding } from '../findings';
import type { PoolAllocation, TrailStep } from '../results';

/** What blocks the distribution (reasons) and what is only reported (warnings). */
export interface Issues {
  reasons: Finding[];
  warnings: Finding[];
}

/** A pool with its amount decided, before its units are allocated. */
export interface PoolPlan {
  name: string;
  method: PoolAllocation['method'];
  amount: Cents;
  objectives: Objective[];
  /** Position of each of `objectives` in the plan's objectives. */
  positions: number[];
  cells: CellRef[];
  /** Steps every unit of the pool inherits: how the pool's amount was obtained. */
  trail: TrailStep[];
}
