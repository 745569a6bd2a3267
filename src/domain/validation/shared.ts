/**
 * Indexes several checks build over the same plan (objectives by key, people per objective,
 * objectives by area), built once per `validate` run instead of once per check. On a plan of
 * 100,000 objectives and 200,000 assignments each costs as much as a check.
 *
 * `validate` opens a run with `withSharedIndexes`; inside it `shared(plan, name, build)` builds
 * an index on first use and hands the same one to later checks. Outside a run (a check called
 * on its own, as the tests do) it simply builds. Validation is synchronous and does not change
 * the plan, so an index cannot go stale during a run; the run is closed when validate returns.
 * Indexes handed out are read only.
 */
import type { Plan } from '../model';

let run: { plan: Plan; indexes: Map<string, unknown> } | undefined;

export function withSharedIndexes<T>(plan: Plan, body: () => T): T {
  const outer = run;
  run = { plan, indexes: new Map() };
  try {
    return body();
  } finally {
    run = outer;
  }
}

export function shared<T>(plan: Plan, name: string, build: () => T): T {
  if (run === undefined || run.plan !== plan) return build();
  if (!run.indexes.has(name)) run.indexes.set(name, build());
  return run.indexes.get(name) as T;
}
