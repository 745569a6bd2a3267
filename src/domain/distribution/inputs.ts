/**
 * Findings handed to the distribution (validation and scoring): errors block it and become the
 * first refusal reasons; warnings do not block it and are repeated with the result.
 */
import type { Finding } from '../findings';
import type { Issues } from './types';

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
      (f.severity === 'error' ? issues.reasons : issues.warnings).push(f);
    }
  }
  return issues;
}
