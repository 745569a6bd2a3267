/**
 * Findings handed to the distribution (validation and scoring): errors block it and become the
 * first refusal reasons; warnings do not block it and are repeated with the result.
 *
 * Some errors concern one objective's payment only and hold that objective rather than the
 * whole plan: an assignment cell that cannot be read (READ_ASSIGNEES_UNREADABLE) leaves the
 * objective with nobody assigned (the reader assigns nobody, not even the area's staff), so its
 * payment reaches no one (DIST_UNIT_WITHOUT_STAFF) while the rest of the plan is distributed.
 * They come back with the result, still errors, among its warnings.
 */
import type { Finding } from '../findings';
import type { Issues } from './types';

/** Error codes that hold one objective's payment, not the whole distribution. */
export const HOLDS_ONE_OBJECTIVE: ReadonlySet<string> = new Set(['READ_ASSIGNEES_UNREADABLE']);

function identity(f: Finding): string {
  return JSON.stringify([f.code, f.severity, f.message, f.cells, f.area ?? '', f.objective ?? '']);
}

/** Errors as reasons, warnings as warnings; the same finding passed twice counts once. */
export function issuesFromInputs(...lists: readonly Finding[][]): Issues {
  const seen = new Set<string>();
  const issues: Issues = { reasons: [], warnings: [] };
  for (const list of lists) {
    for (const f of list) {
      const id = identity(f);
      if (seen.has(id)) continue;
      seen.add(id);
      const blocks = f.severity === 'error' && !HOLDS_ONE_OBJECTIVE.has(f.code);
      (blocks ? issues.reasons : issues.warnings).push(f);
    }
  }
  return issues;
}
