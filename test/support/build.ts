/**
 * The production build the browser and bundle tests need (dist/), made once: Jest's global
 * setup calls ensureBuild before any worker starts, so two test files never build at the same
 * time (two webpack builds at once on a 2-core machine took past any sensible timeout). The
 * tests call it again, which costs nothing when dist/ is fresh.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
/** A production build takes 1 to 4 minutes on 2 busy cores; hooks that may build wait this long. */
export const BUILD_TIMEOUT_MS = 900_000;

function newest(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

/** The oldest page of dist/, or -Infinity when one is missing. */
function builtAt(): number {
  const pages = ['taskpane.html', 'commands.html', 'workbench.html'].map((p) => path.join(DIST, p));
  if (!pages.every((p) => fs.existsSync(p))) return -Infinity;
  return Math.min(...pages.map((p) => fs.statSync(p).mtimeMs));
}

/**
 * Builds dist/ unless it is newer than the sources, the samples and the build configuration;
 * true when it built.
 */
export function ensureBuild(): boolean {
  const sources = Math.max(
    ...['src', 'examples', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json'].map((p) =>
      newest(path.join(ROOT, p)),
    ),
  );
  if (builtAt() > sources) return false;
  process.stderr.write('Building dist/ (webpack --mode production) for the browser and bundle tests...\n');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: BUILD_TIMEOUT_MS,
  });
  return true;
}
