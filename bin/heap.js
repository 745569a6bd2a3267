// The V8 heap the CLI runs with. Under Node's default limit (about 4 GB on 64-bit machines) a
// workbook of 50,000 objectives already spends its time collecting garbage near the limit (see
// the README). So the CLI runs itself again, once, with room for three quarters of the machine's
// memory (at most 16 GB), unless a limit was already chosen (a Node flag or NODE_OPTIONS).
'use strict';

const MB = 1024 * 1024;
const MAX_MB = 16384;

/**
 * The Node arguments to run the CLI again with, or null when the current limit is enough or was
 * chosen by whoever started Node.
 * @param {number} totalBytes memory of the machine (os.totalmem())
 * @param {number} limitBytes the current heap limit (v8.getHeapStatistics().heap_size_limit)
 * @param {string[]} execArgv Node's own arguments (process.execArgv)
 * @param {string | undefined} nodeOptions process.env.NODE_OPTIONS
 * @returns {string[] | null}
 */
function heapArgs(totalBytes, limitBytes, execArgv, nodeOptions) {
  const chosen = (s) => /--max-old-space-size/.test(s);
  if (execArgv.some(chosen) || chosen(nodeOptions || '')) return null;
  const wanted = Math.min(MAX_MB, Math.floor((totalBytes / MB) * 0.75));
  if (wanted <= (limitBytes / MB) * 1.1) return null;
  return [`--max-old-space-size=${wanted}`, ...execArgv];
}

module.exports = { heapArgs };
