/**
 * The pane's state and its actions, over any WorkbookPort. Every action reads the workbook
 * again first (the user may have typed since the last run), runs the synchronous pipeline in
 * stages, yielding to the browser between them so the progress bar can paint, and writes the
 * sheets Premia owns in one batch, never over a sheet the user edited (workbook/ownership.ts).
 */
import * as React from 'react';
import type { CellRef } from '../domain/model';
import type { Parameters } from '../domain/model';
import { localizeFinding, type Finding } from '../domain/findings';
import type { Distribution } from '../domain/results';
import type { Locale } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import {
  loadWorkbook,
  runDistribution,
  runScoring,
  runValidation,
  type DistributionRun,
  type LoadedWorkbook,
  type ScoringRun,
} from '../workbook/pipeline';
import { distributionOutputs, scoringOutputs, validationOutputs } from '../workbook/outputs';
import { paramsSheetSpec } from '../workbook/params';
import { OutputConflictError, writeOutputs } from '../workbook/ownership';
import { MAPPING_SETTING } from '../workbook/recognize';
import { clearHighlights, highlightFindings } from '../workbook/highlight';
import { errorMessage } from './errors';
import { selectionFor } from './selection';

export type Stage = 'reading' | 'validating' | 'scoring' | 'distributing' | 'writing' | 'saving';

export interface Busy {
  stage: Stage;
  /** Stages done so far and how many the action has, for the progress bar. */
  step: number;
  of: number;
}

export interface PremiaState {
  loaded?: LoadedWorkbook;
  /** Findings of the last validation, in the pane's language. */
  findings?: Finding[];
  scoring?: ScoringRun;
  distribution?: DistributionRun;
  busy?: Busy;
  error?: string;
  /** Catalogue key of the last success worth saying ("ui.notice.paramsSaved"...). */
  notice?: string;
  /**
   * Output sheets the user edited (or a sheet of theirs with an output's name): nothing was
   * written; the user may keep them under another name and run `operation` again.
   */
  conflict?: { messages: string[]; operation: 'validate' | 'score' | 'distribute' };
  /** Ranges Premia highlighted in the user's sheets (0 or undefined: none). */
  highlighted?: number;
}

type Action =
  | { type: 'busy'; busy: Busy }
  | { type: 'done'; patch: Partial<PremiaState>; notice?: string }
  | { type: 'failed'; error: string }
  | { type: 'conflict'; conflict: NonNullable<PremiaState['conflict']> }
  | { type: 'dismiss' };

export function reducer(state: PremiaState, action: Action): PremiaState {
  switch (action.type) {
    case 'busy':
      return { ...state, busy: action.busy, error: undefined, notice: undefined, conflict: undefined };
    case 'conflict':
      return { ...state, busy: undefined, conflict: action.conflict };
    case 'done':
      return { ...state, ...action.patch, busy: undefined, notice: action.notice };
    case 'failed':
      return { ...state, busy: undefined, error: action.error };
    case 'dismiss':
      return { ...state, error: undefined, notice: undefined, conflict: undefined };
  }
}

/** Lets the browser paint (the pipeline itself is synchronous). */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve));

function localize(findings: Finding[], locale: Locale): Finding[] {
  return locale === 'it' ? findings : findings.map((f) => localizeFinding(f, locale));
}

function localizeDistribution(d: Distribution, locale: Locale): Distribution {
  return d.ok
    ? { ...d, warnings: localize(d.warnings, locale), paymentReasons: localize(d.paymentReasons, locale) }
    : { ok: false, reasons: localize(d.reasons, locale) };
}

export interface PremiaActions {
  load(): Promise<void>;
  /** With `keepEdited`, edited output sheets are renamed "(modificato)" before writing. */
  validate(keepEdited?: boolean): Promise<void>;
  score(keepEdited?: boolean): Promise<void>;
  distribute(keepEdited?: boolean): Promise<void>;
  /** Saves the mapping JSON (see detection.ts) in the workbook settings, then reads again. */
  saveMapping(json: string): Promise<void>;
  /** Writes the parameters sheet, then reads again. */
  saveParams(params: Parameters): Promise<void>;
  /** Selects the cells of a finding or a refusal reason. */
  select(cells: readonly CellRef[]): Promise<void>;
  /** Highlights the cells of the last validation's findings (Premia's own conditional formats). */
  highlight(): Promise<void>;
  /** Removes Premia's highlights; the user's own formats were never touched. */
  clearHighlight(): Promise<void>;
  dismiss(): void;
}

export function usePremia(port: WorkbookPort, locale: Locale): [PremiaState, PremiaActions] {
  const [state, dispatch] = React.useReducer(reducer, {});
  // One action at a time: a second click while busy is ignored, not queued.
  const running = React.useRef(false);
  // The comune and year written with the parameters come from the last reading.
  const loadedRef = React.useRef(state.loaded);
  loadedRef.current = state.loaded;
  const findingsRef = React.useRef(state.findings);
  findingsRef.current = state.findings;

  const actions = React.useMemo((): PremiaActions => {
    async function task(
      stages: Stage[],
      work: (next: (stage: Stage) => Promise<void>) => Promise<Partial<PremiaState>>,
      notice?: string,
      operation?: 'validate' | 'score' | 'distribute',
    ): Promise<void> {
      if (running.current) return;
      running.current = true;
      let step = 0;
      const next = async (stage: Stage) => {
        dispatch({ type: 'busy', busy: { stage, step: step++, of: stages.length } });
        await yieldToBrowser();
      };
      try {
        const patch = await work(next);
        dispatch({ type: 'done', patch, notice });
      } catch (e) {
        if (e instanceof OutputConflictError && operation) {
          dispatch({
            type: 'conflict',
            conflict: {
              operation,
              messages: e.conflicts.map((c) => localizeFinding(c.finding, locale).message),
            },
          });
        } else dispatch({ type: 'failed', error: errorMessage(e, locale) });
      } finally {
        running.current = false;
      }
    }

    const read = async (next: (stage: Stage) => Promise<void>) => {
      await next('reading');
      return loadWorkbook(port);
    };

    return {
      load: () => task(['reading'], async (next) => ({ loaded: await read(next) })),

      validate: (keepEdited = false) =>
        task(
          ['reading', 'validating', 'writing'],
          async (next) => {
            const loaded = await read(next);
            await next('validating');
            const findings = localize(runValidation(loaded), locale);
            await next('writing');
            await writeOutputs(port, loaded, validationOutputs(loaded, findings, { locale }), { keepEdited });
            return { loaded, findings };
          },
          undefined,
          'validate',
        ),

      score: (keepEdited = false) =>
        task(
          ['reading', 'scoring', 'writing'],
          async (next) => {
            const loaded = await read(next);
            await next('scoring');
            const run = runScoring(loaded);
            const scoring = { ...run, findings: localize(run.findings, locale) };
            await next('writing');
            await writeOutputs(port, loaded, scoringOutputs(loaded, scoring, { locale }), { keepEdited });
            return { loaded, scoring, findings: scoring.findings, distribution: undefined };
          },
          undefined,
          'score',
        ),

      distribute: (keepEdited = false) =>
        task(
          ['reading', 'distributing', 'writing'],
          async (next) => {
            const loaded = await read(next);
            await next('distributing');
            const run = runDistribution(loaded);
            const distribution: DistributionRun = {
              ...run,
              findings: localize(run.findings, locale),
              distribution: localizeDistribution(run.distribution, locale),
            };
            await next('writing');
            await writeOutputs(port, loaded, distributionOutputs(loaded, distribution, { locale }), {
              keepEdited,
            });
            const scoring: ScoringRun = { findings: distribution.findings, scores: distribution.scores };
            return { loaded, scoring, distribution, findings: distribution.findings };
          },
          undefined,
          'distribute',
        ),

      saveMapping: (json) =>
        task(
          ['saving', 'reading'],
          async (next) => {
            await next('saving');
            await port.writeSettings({ [MAPPING_SETTING]: json });
            return { loaded: await read(next), findings: undefined };
          },
          'ui.notice.mappingSaved',
        ),

      saveParams: (params) =>
        task(
          ['saving', 'reading'],
          async (next) => {
            await next('saving');
            const plan = loadedRef.current?.plan;
            await port.writeSheets([paramsSheetSpec(params, { comune: plan?.comune, year: plan?.year })]);
            return { loaded: await read(next) };
          },
          'ui.notice.paramsSaved',
        ),

      highlight: () =>
        task(['writing'], async (next) => {
          await next('writing');
          const ranges = await highlightFindings(port, findingsRef.current ?? []);
          return { highlighted: ranges.length };
        }),

      clearHighlight: () =>
        task(['writing'], async (next) => {
          await next('writing');
          await clearHighlights(port);
          return { highlighted: 0 };
        }),

      select: async (cells) => {
        const target = selectionFor(cells);
        if (!target) return;
        try {
          await port.select(target.sheet, target.address);
        } catch (e) {
          dispatch({ type: 'failed', error: errorMessage(e, locale) });
        }
      },

      dismiss: () => dispatch({ type: 'dismiss' }),
    };
  }, [port, locale]);

  return [state, actions];
}
