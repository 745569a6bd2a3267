import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '../../bin/bundle';
import { validate } from '../../src/domain/validation';
import { score } from '../../src/domain/scoring';
import { distribute } from '../../src/domain/distribution';
import { generatePlan } from '../../bench/generate-plan';
import { DEFAULT_SEED, sizeAt } from '../../bench/child';

// A name of its own: the command line's bundle (premia.cjs) may be in use by other tests.
const NAME = `engine-test-${process.pid}`;

type Engine = typeof import('../../bench/engine-entry');

describe('bundle (bin/bundle.js)', () => {
  let out: string;

  beforeAll(() => {
    out = bundle('bench/engine-entry.ts', NAME);
  });

  afterAll(() => {
    fs.rmSync(out, { force: true });
  });

  it('makes one file in build/node that gives the same results as the sources', () => {
    expect(out).toMatch(new RegExp(`build/node/${NAME}\\.cjs$`));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle's path is known only at run time
    const bundled = require(out) as Engine;
    const plan = generatePlan(sizeAt(0.004), DEFAULT_SEED);
    const run = (e: Pick<Engine, 'validate' | 'score' | 'distribute'>) => {
      const findings = e.validate(plan);
      const scores = e.score(plan);
      return JSON.stringify({ findings, scores, result: e.distribute(plan, scores, findings) });
    };
    const fromBundle = bundled.withEngineRun(plan, () => run(bundled));
    expect(fromBundle).toBe(run({ validate, score, distribute }));
    expect(JSON.parse(fromBundle).result.ok).toBe(true);
  });

  it('keeps a bundle newer than every source, and makes it again when a source is newer', () => {
    const before = fs.statSync(out).mtimeMs;
    expect(bundle('bench/engine-entry.ts', NAME)).toBe(out);
    expect(fs.statSync(out).mtimeMs).toBe(before);

    const longAgo = new Date('2000-01-01T00:00:00Z');
    fs.utimesSync(out, longAgo, longAgo);
    bundle('bench/engine-entry.ts', NAME);
    expect(fs.statSync(out).mtimeMs).toBeGreaterThan(longAgo.getTime());
    // The temporary file was renamed, not left behind.
    expect(fs.readdirSync(path.dirname(out)).filter((f) => f.startsWith(`${NAME}.cjs.`))).toEqual([]);
  });
});
