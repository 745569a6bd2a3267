/** Findings as the pane lists them: grouped by area, errors first, counted by severity. */
import type { Finding } from '../domain/findings';

/** Groups in the order their first finding appears; inside a group errors come first. */
export function groupByArea(findings: readonly Finding[], general: string): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.area ?? general;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  const sorted = [...groups].map(([area, list]): [string, Finding[]] => [
    area,
    [...list].sort((a, b) => rank(a) - rank(b)),
  ]);
  // Areas with errors before areas with warnings only.
  return sorted.sort((a, b) => rank(a[1][0]) - rank(b[1][0]));
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
