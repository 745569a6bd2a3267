#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx premia` works right after `npm ci`.
require('tsx/cjs/api').register();
require('../src/cli/main.ts').main(process.argv);
