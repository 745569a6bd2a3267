import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { USAGE, usageOf } from '../../bench/usage';

describe('npm run bench -- --help', () => {
  it('prints the options and exits 0, starting nothing', () => {
    const root = path.join(__dirname, '..', '..');
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const started = Date.now();
    const out = spawnSync(tsx, ['bench/run.ts', '--help'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(USAGE);
    expect(out.stderr).not.toContain('bench engine');
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('knows every option, and refuses a misspelt one instead of running', () => {
    expect(usageOf(['-h'])).toEqual({ help: true });
    expect(usageOf(['--quick', '--parts', 'office', '--json'])).toEqual({ run: true });
    expect(usageOf(['--quick', '--only', '25000', '--what-if-number-format'])).toEqual({ run: true });
    expect(usageOf(['--quik'])).toEqual({ error: 'unknown option --quik' });
    expect(usageOf(['--runs'])).toEqual({ error: '--runs needs a value' });
    for (const option of [
      '--json',
      '--quick',
      '--runs',
      '--timeout',
      '--profile',
      '--seed',
      '--only',
      '--parts',
    ])
      expect(USAGE).toContain(option);
  });
});
