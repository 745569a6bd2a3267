/**
 * Where the engine's time goes on one generated plan, without the plan's generation in the way:
 *   taskset -c 0 node --expose-gc --max-old-space-size=16384 --import tsx bench/engine-profile.ts [objectives] [depth]
 * Generates the plan (sizes in the proportions of the largest bench plan), collects garbage,
 * waits 3 s as bench/one.ts does, then profiles validate, score and distribute only (V8 sampling
 * profiler through node:inspector). Prints the time of each phase, the collector's share, and a
 * call tree per phase down to `depth` (default 5), branches under 20 ms left out. The profile is also written to /tmp/engine.cpuprofile for
 * bench/profile-summary.ts.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as sources from './engine-entry';
import { runPhases } from './phases';
import { generatePlan } from './generate-plan';
import { DEFAULT_SEED, LARGEST, sizeAt } from './child';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const PHASES = new Set(['validate', 'score', 'distribute']);
const MIN_US = 20_000;

function printTree(profile: Profile, depth: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = new Map<number, number>();
  const total = (n: ProfileNode): number => {
    let t = selfUs.get(n.id) ?? 0;
    for (const c of n.children ?? []) t += total(byId.get(c) as ProfileNode);
    totalUs.set(n.id, t);
    return t;
  };
  total(profile.nodes[0]);
  const where = (n: ProfileNode): string =>
    `${n.callFrame.url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '')}:${n.callFrame.lineNumber + 1}`;
  const walk = (n: ProfileNode, level: number | undefined): void => {
    const name = n.callFrame.functionName || '(anonymous)';
    if (level === undefined && PHASES.has(name) && n.callFrame.url.includes('src/domain')) level = 0;
    const us = totalUs.get(n.id) ?? 0;
    if (level !== undefined && (us < MIN_US || level > depth)) return;
    if (level !== undefined)
      process.stdout.write(
        `${'  '.repeat(level)}${(us / 1000).toFixed(0).padStart(6)} ms ${name} ${where(n)}\n`,
      );
    if (name === '(garbage collector)')
      process.stdout.write(`${(us / 1000).toFixed(0).padStart(6)} ms garbage collector\n`);
    const children = (n.children ?? []).map((c) => byId.get(c) as ProfileNode);
    children.sort((a, b) => (totalUs.get(b.id) ?? 0) - (totalUs.get(a.id) ?? 0));
    for (const c of children) walk(c, level === undefined ? undefined : level + 1);
  };
  walk(profile.nodes[0], undefined);
}

async function main(): Promise<void> {
  const objectives = Number(process.argv[2] ?? 100_000);
  const depth = Number(process.argv[3] ?? 5);
  const plan = generatePlan(sizeAt(objectives / LARGEST.objectives), DEFAULT_SEED);
  (globalThis as { gc?: () => void }).gc?.();
  // As bench/one.ts: let the forced collection's background work finish before profiling.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  // One engine run, as bench/one.ts and the workbook pipeline.
  const { validateMs, scoreMs, distributeMs, result } = runPhases(sources, plan);
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  writeFileSync('/tmp/engine.cpuprofile', JSON.stringify(profile));
  const ms = (x: number) => Math.round(x);
  process.stdout.write(
    `validate ${ms(validateMs)} ms, score ${ms(scoreMs)} ms, distribute ${ms(distributeMs)} ms, ` +
      `total ${ms(validateMs + scoreMs + distributeMs)} ms, distributed: ${result.ok}, ` +
      `RSS ${ms(process.memoryUsage.rss() / 2 ** 20)} MB\n`,
  );
  printTree(profile, depth);
}

void main();
