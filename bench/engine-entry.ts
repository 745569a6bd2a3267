/**
 * The engine as the benchmark loads it: bench/one.ts requires the esbuild bundle of this file
 * (bin/bundle.js), the form in which the command line ships the engine (the add-in ships it in
 * webpack's bundle). Loaded file by file through tsx instead, every imported function is read
 * through a getter of its module's exports, which costs about 13 % on the largest plan.
 * Imported as it is (`import * as sources`), it is the engine from the sources: engine-hash.ts
 * and engine-profile.ts use it so.
 */
export { validate } from '../src/domain/validation';
export { score } from '../src/domain/scoring';
export { distribute } from '../src/domain/distribution';
export { withEngineRun } from '../src/domain/engineRun';
