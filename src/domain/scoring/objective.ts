/**
 * Objective achievement (DOMAIN.md section 5): sum(sub-weight x a) / sum(sub-weights) over the
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
  if (indicators.length === 0) return { source: 'none' };
  let weighted = 0;
  let weights = 0;
  for (const ind of indicators) {
    if (ind.achievement === undefined) return { source: 'none' };
    weighted += ind.subWeight * ind.achievement;
    weights += ind.subWeight;
  }
  if (weights <= 0) return { source: 'none' };
  return { achievement: clamp01(weighted / weights), source: 'indicators' };
}
