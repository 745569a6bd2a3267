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

/**
 * A unit (one objective row) with its allocation, before payment. Its trail so far is the
 * steps it shares with its neighbours (`shared`: the pool's, and its area's) and a step of its
 * own (`step`: its fixed budget, coefficient or weight): one array per pool or area rather
 * than per unit.
 */
export interface UnitDraft {
  objective: Objective;
  /** The objective's position in the plan's objectives. */
  position: number;
  pool: string;
  allocated: Cents;
  coefficient?: number;
  shared: readonly TrailStep[];
  step: TrailStep;
}
