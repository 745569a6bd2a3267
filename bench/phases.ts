/**
 * The three phases, timed, as the workbook pipeline runs them: validate, score and distribute
 * in one engine run (`withEngineRun`), or each on its own. For bench/one.ts (the engine from its
 * bundle), bench/engine-profile.ts and bench/engine-hash.ts (the sources, or both).
 */
import { performance } from 'node:perf_hooks';
import type { Plan } from '../src/domain/model';
import type * as EngineEntry from './engine-entry';

export type Engine = typeof EngineEntry;

export function runPhases(engine: Engine, plan: Plan, oneRun = true) {
  const body = () => {
    let start = performance.now();
    const findings = engine.validate(plan);
    const validateMs = performance.now() - start;

    start = performance.now();
    const scores = engine.score(plan);
    const scoreMs = performance.now() - start;

    start = performance.now();
    const result = engine.distribute(plan, scores, findings);
    const distributeMs = performance.now() - start;
    return { findings, scores, result, validateMs, scoreMs, distributeMs };
  };
  return oneRun ? engine.withEngineRun(plan, body) : body();
}
