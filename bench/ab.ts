/**
 * Back-to-back comparison of two checkouts on the largest plan, for speed changes on a machine
 * whose speed moves by 1.5x within minutes: each round runs bench/one.ts once in a fresh pinned
 * process from each checkout, alternating, and the medians are printed at the end.
 *   git worktree add ../base <commit> && ln -s "$PWD/node_modules" ../base/node_modules
 *   npx tsx bench/ab.ts ../base . [rounds, default 6]
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DEFAULT_SEED, LARGEST, pinnableCpu } from './child';
import type { Measurement } from './one';

function runIn(root: string): Measurement | undefined {
  const cpu = pinnableCpu();
  const args = [
    '--expose-gc',
    '--import',
    'tsx',
    'bench/one.ts',
    JSON.stringify({ size: LARGEST, seed: DEFAULT_SEED }),
  ];
  const [cmd, all] =
    cpu === undefined
      ? [process.execPath, args]
      : ['taskset', ['-c', String(cpu), process.execPath, ...args]];
  const run = spawnSync(cmd, all, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
  });
  const last = run.stdout.trim().split('\n').pop();
  if (run.status !== 0 || !last) {
    process.stderr.write(`${root}: exit ${run.status}: ${run.stderr.slice(-500)}\n`);
    return undefined;
  }
  return JSON.parse(last) as Measurement;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const [base, change, roundsArg] = process.argv.slice(2);
if (!base || !change) throw new Error('usage: npx tsx bench/ab.ts <base checkout> <new checkout> [rounds]');
const roots = [path.resolve(base), path.resolve(change)];
const totals: number[][] = [[], []];
for (let r = 0; r < Number(roundsArg ?? 6); r++) {
  roots.forEach((root, k) => {
    const m = runIn(root);
    if (m === undefined) return;
    totals[k].push(m.totalMs);
    const f = (x: number) => x.toFixed(0);
    console.log(
      `${k === 0 ? 'base' : 'new '} generate ${f(m.generateMs)} validate ${f(m.validateMs)} score ${f(m.scoreMs)} distribute ${f(m.distributeMs)} total ${f(m.totalMs)} paid ${m.paidCents}`,
    );
  });
}
roots.forEach((root, k) =>
  console.log(`${root}: median total ${median(totals[k]).toFixed(0)} ms of ${totals[k].length}`),
);
