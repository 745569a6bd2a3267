#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx premia` works right after `npm ci`.
'use strict';

const { spawnSync } = require('node:child_process');
const os = require('node:os');
const v8 = require('node:v8');
const { heapArgs } = require('./heap');

const again = heapArgs(
  os.totalmem(),
  v8.getHeapStatistics().heap_size_limit,
  process.execArgv,
  process.env.NODE_OPTIONS,
);
if (again !== null) {
  // Large workbooks need more than Node's default heap: the same command with room (heap.js).
  const run = spawnSync(process.execPath, [...again, process.argv[1], ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (run.error) throw run.error;
  process.exit(run.status ?? (run.signal ? 128 + (os.constants.signals[run.signal] ?? 0) : 1));
}

// One bundle of src/ (bundle.js says why), made again when a source changed.
process.setSourceMapsEnabled(true);
require(require('./bundle').bundle('src/cli/main.ts', 'premia')).main(process.argv);
