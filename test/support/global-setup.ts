/**
 * Jest global setup: on a run of the whole suite (no path pattern, as `npm test` and
 * scripts/test.sh run it), the production build once, before the workers start (see build.ts).
 * A run of some test files skips it: the browser and bundle tests build for themselves.
 */
import type { Config } from '@jest/types';
import { ensureBuild } from './build';

export default function globalSetup(globalConfig: Config.GlobalConfig): void {
  if (globalConfig.testPathPattern === '') ensureBuild();
}
