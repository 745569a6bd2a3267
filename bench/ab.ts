/**
 * Back-to-back comparison of two checkouts on the largest plan, for speed changes on a machine
 * whose speed moves by 1.5x within minutes: each round runs bench/one.ts once in a fresh pinned
 * process from each checkout, alternating, and the medians are printed at the end.
 *   git worktree add ../base <commit> && ln -s "$PWD/node_modules" ../base/node_modules
 *   npx tsx bench/ab.ts ../base . [rounds, default 6]
 */
import path from 'node:path';
import { DEFAULT_SEED, LARGEST, pinnableCpu, runChild } from './child';
import type { Measurement } from './one';

/** One measurement of the largest plan by `root`'s bench/one.ts, taken as bench/run.ts takes it. */
async function runIn(root: string): Promise<Measurement | undefined> {
  const res = await runChild<Measurement>(
    'one.ts',
    { size: LARGEST, seed: DEFAULT_SEED },
    { timeoutS: 600, cpu: pinnableCpu(), heapMb: null, root },
  );
  if (res.ok) return res.value;
  process.stderr.write(`${root}: ${res.error}\n`);
  return undefined;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main(): Promise<void> {
  const [base, change, roundsArg] = process.argv.slice(2);
  if (!base || !change) throw new Error('usage: npx tsx bench/ab.ts <base checkout> <new checkout> [rounds]');
  const roots = [path.resolve(base), path.resolve(change)];
  const totals: number[][] = [[], []];
  for (let r = 0; r < Number(roundsArg ?? 6); r++) {
    for (const [k, root] of roots.entries()) {
      const m = await runIn(root);
      if (m === undefined) continue;
      totals[k].push(m.totalMs);
      const f = (x: number) => x.toFixed(0);
      console.log(
        `${k === 0 ? 'base' : 'new '} generate ${f(m.generateMs)} validate ${f(m.validateMs)} score ${f(m.scoreMs)} distribute ${f(m.distributeMs)} total ${f(m.totalMs)} paid ${m.paidCents}`,
      );
    }
  }
  roots.forEach((root, k) =>
    console.log(`${root}: median total ${median(totals[k]).toFixed(0)} ms of ${totals[k].length}`),
  );
}

void main();
