/**
 * A fingerprint of everything the engine produces for a generated plan: every finding, score
 * (explanations and cells included, as JSON renders the lazy ones) and amount with its trail.
 * For changes meant to make the engine faster without changing a result: run before and after,
 * the lines must be identical. The lines of the default run are kept in engine-hash.expected.txt:
 *   npx tsx bench/engine-hash.ts | diff - bench/engine-hash.expected.txt
 *   npx tsx bench/engine-hash.ts [objectives ...]     (default 2000 and 12500)
 */
import { createHash } from 'node:crypto';
import * as sources from './engine-entry';
import { runPhases, type Engine } from './phases';
import type { Plan } from '../src/domain/model';
import { generatePlan, type PlanSize } from './generate-plan';
import { DEFAULT_SEED } from './child';
import { bundle } from '../bin/bundle';

function sizeFor(objectives: number): PlanSize {
  const f = objectives / 100_000;
  return {
    objectives,
    indicatorsPerObjective: 5,
    employees: Math.round(20_000 * f),
    assignments: Math.round(200_000 * f),
    areas: Math.max(2, Math.round(4_000 * f)),
  };
}

function digest(value: unknown): string {
  const hash = createHash('sha256');
  // Large arrays element by element: one JSON string of the whole result would be huge.
  const feed = (v: unknown): void => {
    if (Array.isArray(v) && v.length > 1000) for (const x of v) hash.update(JSON.stringify(x) ?? 'undefined');
    else hash.update(JSON.stringify(v) ?? 'undefined');
  };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      hash.update(k);
      feed(v);
    }
  } else feed(value);
  return hash.digest('hex').slice(0, 16);
}

/** Breaks the plan here and there, so that validation and the refusal have something to say. */
function spoil(plan: Plan): void {
  plan.indicators.forEach((ind, i) => {
    if (i % 97 === 0) ind.actual = { cell: ind.actual.cell };
    if (i % 89 === 0) ind.subWeight = { ...ind.subWeight, value: 7 };
  });
  plan.objectives.forEach((o, i) => {
    if (i % 113 === 0 && o.weight.value !== undefined) o.weight = { ...o.weight, value: o.weight.value + 1 };
    if (i % 211 === 0) o.id = plan.objectives[Math.max(0, i - 1)].id;
  });
  plan.assignments.forEach((a, i) => {
    if (i % 131 === 0) a.share = { ...a.share, value: 150 };
    if (i % 337 === 0) a.employeeKey = `${a.employeeKey} x`;
  });
  plan.employees.forEach((e, i) => {
    if (i % 53 === 0) delete e.evaluation;
  });
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time
const bundledEngine = require(bundle('bench/engine-entry.ts', 'engine')) as Engine;

const counts = process.argv.slice(2).map(Number);
for (const objectives of counts.length > 0 ? counts : [2000, 12500]) {
  for (const [seed, spoilt] of [
    [DEFAULT_SEED, false],
    [7, false],
    [7, true],
  ] as const) {
    const plan = generatePlan(sizeFor(objectives), seed);
    if (spoilt) spoil(plan);
    const results = (engine: Engine, oneRun: boolean) => {
      const { findings, scores, result } = runPhases(engine, plan, oneRun);
      return { findings, scores, result };
    };
    // Each phase on its own, then the three in one engine run, then the engine as the bench
    // loads it (one bundle, in one run): the same results every way.
    const { findings, scores, result } = results(sources, false);
    const expected = digest({ findings, scores, result });
    if (digest(results(sources, true)) !== expected)
      throw new Error(`${objectives} seed ${seed}: one engine run gives other results`);
    if (digest(results(bundledEngine, true)) !== expected)
      throw new Error(`${objectives} seed ${seed}: the bundle gives other results`);
    console.log(
      `${objectives} seed ${seed}${spoilt ? ' spoilt' : ''}: ${findings.length} findings ${digest(findings)} scores ${digest(scores)} distribution ${digest(result)}`,
    );
  }
}
