/**
 * What a real-plan workbook should read as: its tables and its findings, under the semantics of
 * issue 15 ("Real plans as the comuni keep them"). The expectation files are data, written by
 * hand from the layout each generator reproduces; report.ts and real-plans.test.ts compare
 * them with what Premia reads today.
 */
import type ExcelJS from 'exceljs';
import type { ColumnRole, TableKind } from '../../src/workbook/recognize/types';
import type { Severity } from '../../src/domain/findings';

/**
 * Layouts Premia has no table kind for today: a list of transversal objectives with nominal
 * weights, and cards of label | value rows with assignees ('objective-cards' exists).
 */
export type ProposedKind = 'transversal-list' | 'assignment-cards';

export interface ExpectedTable {
  sheet: string;
  /** From the header row (or the first label row of a card block) to the last row read. */
  range: string;
  kind: TableKind | ProposedKind;
  /** Role -> column letters; only the roles listed are compared. */
  columns: Partial<Record<ColumnRole, string>>;
  /** Data rows read (objectives, indicators, people, projects...). */
  rows: number;
  /** The area the table belongs to, when it has one (from title rows or a heading). */
  area?: string;
  /**
   * The kind does not exist yet (a ProposedKind): the range, kind and rows say what the reading
   * should give, whatever structure the lead chooses.
   */
  proposed?: true;
  why: string;
}

export interface ExpectedFinding {
  code: string;
  severity: Severity;
  /** "Sheet!A1" (or a range): the finding's cells must cover it; null: a finding with no cell. */
  cell: string | null;
  /** The code does not exist yet: a name proposed for the behaviour issue 15 asks for. */
  proposed?: true;
  why: string;
}

export interface RealPlan {
  /** Short id used by the test's asserted lists and by the report. */
  id: string;
  /** The layout class, in the words of issue 15. */
  layout: string;
  build: () => ExcelJS.Workbook;
  tables: ExpectedTable[];
  findings: ExpectedFinding[];
}
