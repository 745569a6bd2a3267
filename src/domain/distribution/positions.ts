/**
 * Scores found by their objective's position in the plan rather than by key. A key is a string
 * of thirty characters or more and the largest plan has 100,000: a map from key costs about as
 * much as the whole split. The positions come from the map of key positions the phases share
 * (../positions.ts); scores are matched by position when `score` lists them in the plan's order,
 * as it does. (Each unit's assignments come from the engine run's walk over the assignments,
 * ../rows/assignmentRows.ts.)
 */
import type { Objective } from '../model';
import type { ObjectiveScore } from '../results';
import type { KeyPositions } from '../positions';

/**
 * Each objective's score by the objective's position: what a map from key gives (the last
 * score with a key winning, as `new Map(entries)`), without the map when the scores are the
 * objectives' own, in order, and no key repeats.
 */
export function scoresByPosition(
  objectives: readonly Objective[],
  scores: readonly ObjectiveScore[],
  keys: KeyPositions,
): readonly (ObjectiveScore | undefined)[] {
  let aligned = !keys.repeated && scores.length === objectives.length;
  for (let i = 0; aligned && i < objectives.length; i++) aligned = scores[i].key === objectives[i].key;
  if (aligned) return scores;
  const byKey = new Map<string, ObjectiveScore>();
  for (let i = 0; i < scores.length; i++) byKey.set(scores[i].key, scores[i]);
  return objectives.map((o) => byKey.get(o.key));
}
