/**
 * Objective achievement (docs/domain.md section 5): sum(sub-weight x a) / sum(sub-weights) over the
 * objective's indicators; a manual "grado di raggiungimento" on the objective wins.
 *
 * Choices: indicators attach to the exact `Objective.key` (a transversal objective repeated in
 * several areas has one key per area: the reader attaches the indicators to each copy it
 * means). If any indicator's achievement is undefined the objective's is undefined too (paying
 * on a partial measure is a guess); no indicators and no manual % also leave it undefined.
 */
import type { Objective } from '../model';
import { clamp01 } from './fraction';

export interface WeightedAchievement {
  achievement?: number;
  subWeight: number;
}

export interface ObjectiveAchievement {
  achievement?: number;
  source: 'manual' | 'indicators' | 'none';
}

export function objectiveAchievement(
  objective: Pick<Objective, 'manualAchievement'>,
  indicators: readonly WeightedAchievement[],
): ObjectiveAchievement {
  const manual = objective.manualAchievement?.value;
  if (manual !== undefined && Number.isFinite(manual)) {
    return { achievement: clamp01(manual / 100), source: 'manual' };
  }
  const n = indicators.length;
  const achievements = new Float64Array(n);
  const subWeights = new Float64Array(n);
  indicators.forEach((ind, i) => {
    achievements[i] = ind.achievement ?? Number.NaN;
    subWeights[i] = ind.subWeight;
  });
  const achievement = weightedAchievement(achievements, subWeights, n);
  return achievement === undefined ? { source: 'none' } : { achievement, source: 'indicators' };
}

/**
 * The indicators' part of `objectiveAchievement` over the first `n` entries (NaN: an
 * achievement that could not be computed), for scoring a whole plan from reused buffers.
 * Undefined when there are none, one is NaN, or the sub-weights add up to nothing.
 */
export function weightedAchievement(
  achievements: Float64Array,
  subWeights: Float64Array,
  n: number,
): number | undefined {
  if (n === 0) return undefined;
  let weighted = 0;
  let weights = 0;
  for (let i = 0; i < n; i++) {
    const a = achievements[i];
    if (Number.isNaN(a)) return undefined;
    weighted += subWeights[i] * a;
    weights += subWeights[i];
  }
  if (weights <= 0) return undefined;
  return clamp01(weighted / weights);
}
