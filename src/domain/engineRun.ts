/**
 * Indexes the engine builds over a plan (objectives by key, each table's rows grouped by
 * objective, people numbered, indicators measured), built once per run instead of once per
 * check or phase. On a plan of 100,000 objectives, 500,000 indicators and 200,000 assignments
 * each costs as much as a check: most of it is reading objects spread over the heap.
 *
 * A run is opened with `withEngineRun(plan, body)`: `validate`, `score` and `distribute` each
 * open one, and a caller that runs them one after the other on the same plan (the workbook
 * pipeline, the benchmark) opens one around the three, so that the phases share what they
 * read. Inside a run `shared(plan, name, build)` builds an index on first use and hands the same
 * one out afterwards; outside one (a check called on its own, as the tests do) it simply builds.
 * The engine is synchronous and never changes the plan, so an index cannot go stale during a
 * run; the run is closed when its body returns. **The plan must not be changed inside a run.**
 * Indexes handed out are read only.
 */
import type { Plan } from './model';

let run: { plan: Plan; indexes: Map<string, unknown> } | undefined;

/**
 * Runs `body` with the plan's indexes shared. Inside a run on the same plan, the outer run's
 * indexes are kept (a phase called by a pipeline shares the pipeline's run).
 */
export function withEngineRun<T>(plan: Plan, body: () => T): T {
  if (run !== undefined && run.plan === plan) return body();
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
