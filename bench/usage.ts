/**
 * `npm run bench -- --help`: the options of bench/run.ts, and the check that refuses an unknown
 * one (a typo would otherwise start the full benchmark, tens of minutes). Apart from run.ts so
 * that a test can read it without starting anything.
 */

export const USAGE = `Usage: npm run bench -- [options]

Engine, Office.js round trips, .xlsx path and task pane, on generated plans of growing size
(12,500 to 100,000 objectives), each measurement in a fresh process pinned to one CPU.

Options:
  --json          one JSON document on stdout, nothing else (progress goes to stderr)
  --quick         only the two smallest sizes
  --runs N        runs per size (fresh process each), the median run is reported (default 1)
  --timeout S     seconds before a run is stopped (default 600)
  --profile       also write a V8 CPU profile per run to bench/profiles/
  --seed N        PRNG seed of the generated plans (default 20240101)
  --only N        only the size with N objectives (e.g. --only 100000)
  --parts LIST    which parts, comma-separated: engine,office,xlsx,pane (default: all); the
                  office and xlsx parts at full size take tens of minutes and several GB
  --what-if-number-format
                  measure with Intl.NumberFormat cached (the fix proposed for src/i18n
                  formatNumber, see docs/performance.md); not the engine as it is
  -h, --help      print this and exit
`;

const FLAGS = new Set(['--json', '--quick', '--profile', '--what-if-number-format']);
const WITH_VALUE = new Set(['--runs', '--timeout', '--seed', '--only', '--parts']);

/** What the command line asks: the help, a mistake (with what is wrong), or a run. */
export function usageOf(argv: readonly string[]): { help: true } | { error: string } | { run: true } {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (FLAGS.has(arg)) continue;
    if (!WITH_VALUE.has(arg)) return { error: `unknown option ${arg}` };
    if (argv[i + 1] === undefined || argv[i + 1].startsWith('--')) return { error: `${arg} needs a value` };
    i++;
  }
  return { run: true };
}
