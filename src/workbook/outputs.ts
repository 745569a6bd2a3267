/**
 * Which sheets each operation writes, the same for the CLI, the task pane and the ribbon:
 * validate writes the validation report; score adds the scores; distribute adds the
 * distribution, the employees, the transparency summary and the parameters sheet when the
 * workbook had none. Every operation appends a row to the run log (with the parameters used).
 * `writeOutputs` (re-exported from ./ownership) is how every caller writes them.
 */
import type { Finding } from '../domain/findings';
import { paramsSheetSpec } from './params';
import type { SheetSpec } from './port';
import type { DistributionRun, LoadedWorkbook, ScoringRun } from './pipeline';
import { fingerprint } from './fingerprint';
import {
  distributionSheet,
  employeesSheet,
  logSheet,
  OUTPUT_SHEETS,
  previousLogRows,
  scoresSheet,
  transparencySheet,
  validationSheet,
  isOutputSheet,
  type LogEntry,
} from './writers';
import type { Locale } from '../i18n';
import { isSettingsSnapshot } from './settings-sheet';
import { isArchivedOutput, isKeptCopy } from './ownership';

export {
  writeOutputs,
  keepEditedSheets,
  checkOwnership,
  OutputConflictError,
  type OwnershipConflict,
  type WriteOutputsOptions,
  type WriteOutputsResult,
} from './ownership';

export interface OutputOptions {
  locale?: Locale;
  /** The clock, injectable so that tests are deterministic. */
  now?: Date;
}

/**
 * The sheets the input fingerprint covers: everything the user keeps, the parameters sheet
 * included; not Premia's outputs, the copies of them kept aside, nor the settings sheet (whose
 * recorded fingerprints change at every run).
 */
export function inputSheets(loaded: Pick<LoadedWorkbook, 'sheets'>) {
  return loaded.sheets.filter(
    (s) => !isOutputSheet(s.name) && !isKeptCopy(s.name) && !isArchivedOutput(s) && !isSettingsSnapshot(s),
  );
}

function logSpec(
  loaded: LoadedWorkbook,
  entry: Omit<LogEntry, 'inputHash' | 'at'>,
  opts: OutputOptions,
): SheetSpec {
  const previous = loaded.sheets.find((s) => s.name === OUTPUT_SHEETS.log);
  const at = opts.now ?? new Date();
  return logSheet(
    previous ? previousLogRows(previous) : [],
    { ...entry, at, inputHash: fingerprint(inputSheets(loaded)) },
    { locale: opts.locale, generatedAt: at },
  );
}

const count = (findings: Finding[], severity: Finding['severity']) =>
  findings.filter((f) => f.severity === severity).length;

export function validationOutputs(
  loaded: LoadedWorkbook,
  findings: Finding[],
  opts: OutputOptions = {},
): SheetSpec[] {
  const at = opts.now ?? new Date();
  return [
    validationSheet(findings, { locale: opts.locale, generatedAt: at, plan: loaded.plan }),
    logSpec(
      loaded,
      {
        operation: 'validate',
        params: loaded.plan.params,
        errors: count(findings, 'error'),
        warnings: count(findings, 'warning'),
      },
      opts,
    ),
  ];
}

export function scoringOutputs(
  loaded: LoadedWorkbook,
  run: ScoringRun,
  opts: OutputOptions = {},
): SheetSpec[] {
  const at = opts.now ?? new Date();
  return [
    validationSheet(run.findings, { locale: opts.locale, generatedAt: at, plan: loaded.plan }),
    scoresSheet(run.scores, { locale: opts.locale, generatedAt: at, plan: loaded.plan }),
    logSpec(
      loaded,
      {
        operation: 'score',
        params: loaded.plan.params,
        errors: count(run.findings, 'error'),
        warnings: count(run.findings, 'warning'),
      },
      opts,
    ),
  ];
}

export function distributionOutputs(
  loaded: LoadedWorkbook,
  run: DistributionRun,
  opts: OutputOptions = {},
): SheetSpec[] {
  const at = opts.now ?? new Date();
  const sheetOpts = { locale: opts.locale, generatedAt: at, plan: loaded.plan };
  const d = run.distribution;
  const specs: SheetSpec[] = [
    validationSheet(run.findings, sheetOpts),
    scoresSheet(run.scores, sheetOpts),
    distributionSheet(d, loaded.plan, sheetOpts),
  ];
  if (d.ok) specs.push(employeesSheet(d, sheetOpts), transparencySheet(d, loaded.plan, sheetOpts));
  if (!loaded.hasParamsSheet) {
    specs.push(paramsSheetSpec(loaded.plan.params, { comune: loaded.plan.comune, year: loaded.plan.year }));
  }
  specs.push(
    logSpec(
      loaded,
      {
        operation: 'distribute',
        params: loaded.plan.params,
        // Before the payment nothing is paid: the log records the fund alone.
        totals: !d.ok
          ? undefined
          : d.phase === 'payment'
            ? { fund: d.totals.fund, paid: d.totals.paid, economie: d.totals.economie }
            : { fund: d.totals.fund },
        errors: count(run.findings, 'error'),
        warnings: count(run.findings, 'warning'),
      },
      opts,
    ),
  );
  return specs;
}
