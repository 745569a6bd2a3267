// The command line runs as one bundle made by esbuild from src/, as the add-in runs webpack's.
// Why: run file by file through a TypeScript loader, every imported function is read through a
// getter of its module's exports; in one bundle the modules share one scope, calls are direct
// and V8 inlines them. On the benchmark's largest plan the engine is about 13 % faster so, and
// the command starts without compiling TypeScript. The bundle is made again whenever a source
// is newer than it (docs/architecture.md, "The command line as shipped").
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'build', 'node');

/** Newest modification time (ms) of the files under `dir`, recursively. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestUnder(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The path of the bundle of `entry` (a path from the project root), made first when missing or
 * older than a source: src/, the entry, package.json or this file. Packages stay outside
 * (required from node_modules). Written to a temporary file and renamed, so that processes
 * started together never read a half-written bundle.
 * @param {string} entry
 * @param {string} name
 * @returns {string}
 */
function bundle(entry, name) {
  const out = path.join(OUT_DIR, `${name}.cjs`);
  const entryPath = path.join(ROOT, entry);
  const sources = Math.max(
    newestUnder(path.join(ROOT, 'src')),
    mtimeOf(entryPath),
    mtimeOf(path.join(ROOT, 'package.json')),
    mtimeOf(path.join(__dirname, 'bundle.js')),
  );
  if (mtimeOf(out) >= sources) return out;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  require('esbuild').buildSync({
    entryPoints: [entryPath],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    // Stack traces point to the TypeScript sources (with process.setSourceMapsEnabled).
    sourcemap: 'inline',
    sourcesContent: false,
    outfile: temporary,
    logLevel: 'error',
  });
  fs.renameSync(temporary, out);
  return out;
}

module.exports = { bundle };
