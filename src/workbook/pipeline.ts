/**
 * One run of Premia over a workbook, whatever the adapter: read everything in one batch,
 * recognise the tables, build the plan, then validate, score and distribute. The CLI, the task
 * pane and the ribbon command all call these functions, so they cannot disagree.
 */
import type { Plan } from '../domain/model';
import { finding, type Finding } from '../domain/findings';
import type { Distribution, Scores } from '../domain/results';
import { validate, sortFindings } from '../domain/validation';
import { score } from '../domain/scoring';
import { distribute, NOT_MEASURED_YET } from '../domain/distribution';
import { withEngineRun } from '../domain/engineRun';
import { normalizeLabel } from '../domain/values';
import { defaultParameters } from '../domain/params';
import type { SheetSnapshot, TableInfo, WorkbookPort } from './port';
import { recognize, parseSavedMappings, MAPPING_SETTING } from './recognize';
import type { RecognizedTable, TableKind } from './recognize/types';
import { buildPlan } from './reader/build-plan';
import { applyParamsOverrides, findParamsSheet, readParamsSheet, type ParamsOverrides } from './params';
import { isSettingsSnapshot } from './settings-sheet';
import { isOutputSheet } from './writers';
import { isArchivedOutput, isKeptCopy } from './ownership';

/** Parameters given outside the workbook (the CLI's --params file): override the sheet's. */
export interface ParamsOverride {
  overrides: ParamsOverrides;
  comune?: string;
  year?: number;
}

export interface LoadedWorkbook {
  sheets: SheetSnapshot[];
  excelTables: TableInfo[];
  settings: Record<string, string>;
  /** The workbook's defined names, when the adapter read them with the rest (for table names). */
  definedNames?: string[];
  tables: RecognizedTable[];
  plan: Plan;
  /** Whether the workbook has a parameters sheet (else defaults were used). */
  hasParamsSheet: boolean;
  /** Findings of reading: parameters sheet, references that match nothing, dropped mappings. */
  readFindings: Finding[];
  /**
   * The user's hidden (or very hidden) sheets, with the number of tables recognition finds on
   * each and whether they are read (only when they hold a kind of table no visible sheet has).
   */
  hiddenSheets: HiddenSheet[];
}

export interface HiddenSheet {
  sheet: string;
  tables: number;
  /** Read as plan data: it holds a kind of table that no visible sheet has. */
  read: boolean;
}

/**
 * Sheets that hold no input: Premia's own outputs, the edited copies of them kept aside, the ones
 * the user renamed to keep (archives, by their title), its settings, its parameters.
 */
function isInputSheet(sheet: SheetSnapshot, paramsSheet: string | undefined): boolean {
  const { name } = sheet;
  // The settings sheet by its marker: a user's sheet called "_premia" is input like any other.
  if (isSettingsSnapshot(sheet) || isOutputSheet(name) || isKeptCopy(name) || isArchivedOutput(sheet))
    return false;
  return paramsSheet === undefined || normalizeLabel(name) !== normalizeLabel(paramsSheet);
}

/** Reads the workbook (sheets, tables and settings in one batch) and builds the plan. */
export async function loadWorkbook(port: WorkbookPort, override?: ParamsOverride): Promise<LoadedWorkbook> {
  const { sheets, tables, settings, definedNames } = await port.readAll();
  const loaded = buildFromSnapshots(sheets, tables, settings, override);
  return definedNames ? { ...loaded, definedNames } : loaded;
}

/** The pure part of `loadWorkbook`, for callers that already hold the snapshots. */
export function buildFromSnapshots(
  sheets: SheetSnapshot[],
  excelTables: TableInfo[],
  settings: Record<string, string>,
  override?: ParamsOverride,
): LoadedWorkbook {
  const paramsSheet = findParamsSheet(sheets);
  const fromSheet = paramsSheet ? readParamsSheet(paramsSheet) : undefined;
  const base = fromSheet?.params ?? defaultParameters();
  const params = override ? applyParamsOverrides(base, override.overrides) : base;
  const candidates = sheets.filter((s) => isInputSheet(s, paramsSheet?.name));
  const saved = settings[MAPPING_SETTING] ? parseSavedMappings(settings[MAPPING_SETTING]) : [];
  const recognizeOn = (on: SheetSnapshot[]) =>
    recognize(
      on,
      excelTables.filter((t) => on.some((s) => s.name === t.sheet)),
      saved,
    );
  // A hidden sheet is read only when it holds a kind of table no visible sheet has (the staff
  // list hidden for privacy); else it is an old copy and left out (docs/recognition.md).
  const visible = candidates.filter((s) => s.hidden !== true);
  let recognition = recognizeOn(visible);
  const hiddenSheets = hiddenInputSheets(
    candidates.filter((s) => s.hidden === true),
    excelTables,
    new Set(recognition.tables.map((t) => t.kind)),
  );
  const inputs = candidates.filter(
    (s) => s.hidden !== true || hiddenSheets.some((h) => h.read && h.sheet === s.name),
  );
  if (inputs.length > visible.length) recognition = recognizeOn(inputs);
  const built = buildPlan(inputs, recognition.tables, params, {
    comune: override?.comune ?? fromSheet?.comune,
    year: override?.year ?? fromSheet?.year,
    categoryPointsSet:
      override?.overrides.categoryPoints !== undefined ||
      Object.keys(fromSheet?.params.cells ?? {}).some((k) => k.startsWith('categoryPoints')),
  });
  return {
    sheets,
    excelTables,
    settings,
    tables: recognition.tables,
    plan: built.plan,
    hasParamsSheet: paramsSheet !== undefined,
    readFindings: [
      ...(fromSheet?.findings ?? []),
      ...built.findings,
      ...hiddenSheets
        .filter((h) => h.tables > 0 && !h.read)
        .map((h) =>
          finding({
            code: 'READ_HIDDEN_SHEET_SKIPPED',
            severity: 'warning',
            params: { sheet: h.sheet, tables: h.tables },
          }),
        ),
    ],
    hiddenSheets,
  };
}

/**
 * The hidden sheets, how many tables each holds, and whether it is read: only when one of its
 * tables is of a kind the visible sheets lack.
 */
function hiddenInputSheets(
  hidden: SheetSnapshot[],
  excelTables: TableInfo[],
  visibleKinds: ReadonlySet<TableKind>,
): HiddenSheet[] {
  if (hidden.length === 0) return [];
  const found = recognize(
    hidden,
    excelTables.filter((t) => hidden.some((s) => s.name === t.sheet)),
  ).tables;
  return hidden.map((s) => {
    const own = found.filter((t) => t.sheet === s.name);
    return { sheet: s.name, tables: own.length, read: own.some((t) => !visibleKinds.has(t.kind)) };
  });
}

/**
 * The engine's findings without those about formula cells the file holds no computed value
 * for, and nothing else: READ_FORMULA_NOT_CALCULATED says why those cells are unknown, and "the
 * weight is missing" or "is not a number" there would send the user looking for a wrong value.
 */
function withoutUncalculated(loaded: LoadedWorkbook, findings: Finding[]): Finding[] {
  const unknown = new Set<string>();
  for (const f of loaded.readFindings) {
    if (f.code !== 'READ_FORMULA_NOT_CALCULATED') continue;
    for (const c of f.cells) unknown.add(`${c.sheet}!${c.cell}`);
  }
  if (unknown.size === 0) return findings;
  return findings.filter(
    (f) => f.cells.length === 0 || f.cells.some((c) => !unknown.has(`${c.sheet}!${c.cell}`)),
  );
}

/** Validation: reading findings and the domain checks, errors first. */
export function runValidation(loaded: LoadedWorkbook): Finding[] {
  return sortFindings([...loaded.readFindings, ...withoutUncalculated(loaded, validate(loaded.plan))]);
}

export interface ScoringRun {
  findings: Finding[];
  scores: Scores;
}

/** Validation and scoring in one engine run: they read the plan's rows once (engineRun.ts). */
export function runScoring(loaded: LoadedWorkbook): ScoringRun {
  return withEngineRun(loaded.plan, () => {
    const scores = score(loaded.plan);
    return {
      findings: sortFindings([...runValidation(loaded), ...withoutUncalculated(loaded, scores.findings)]),
      scores,
    };
  });
}

export interface DistributionRun extends ScoringRun {
  distribution: Distribution;
}

/**
 * The distribution is refused (with reasons) while there are errors about the allocation or
 * needed data is missing; without the achievements it is the allocation alone. When none exists
 * yet (the start of the year), "no achievement" on each objective is no error of this run: the
 * payment waits for them, and DIST_PAYMENT_WAITS says so once.
 */
export function runDistribution(loaded: LoadedWorkbook): DistributionRun {
  return withEngineRun(loaded.plan, () => {
    const scoring = runScoring(loaded);
    const distribution = distribute(loaded.plan, scoring.scores, scoring.findings);
    const findings =
      distribution.ok && distribution.paymentWaits
        ? scoring.findings.filter((f) => !NOT_MEASURED_YET.has(f.code))
        : scoring.findings;
    return { ...scoring, findings, distribution };
  });
}
