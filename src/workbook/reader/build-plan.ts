/**
 * Recognised tables -> the domain Plan. Every value becomes a Field that keeps its cell, so a
 * finding or an amount can always point back to where it came from.
 *
 * Order matters: weight tables and project tables define objectives first; indicator tables
 * attach to them (or define objectives of their own); relevance, staff and assignments follow.
 * Each kind of table has its reader module; they share one ReadContext (context.ts).
 */
import type { Parameters, Plan } from '../../domain/model';
import { finding, type Finding } from '../../domain/findings';
import type { SheetSnapshot } from '../port';
import type { RecognizedTable, TableKind } from '../recognize/types';
import { assignAreaStaff, readAssignments } from './assignments';
import { spreadAllAreasObjectives } from './all-areas';
import { reconcileAreaNames } from './area-names';
import { resolveAssigneeNames } from './assignee-names';
import { pointsFromHeaders } from './class-points';
import { createContext, type PlanMeta, type ReadContext } from './context';
import { readBlock } from './blocks';
import { readCards } from './cards';
import { readObjectives } from './objectives';
import { readProjects } from './projects';
import { readRelevance } from './relevance';
import { spreadLatePenalties } from './row-text';
import { assumeEqualWeights } from './equal-weights';
import type { SheetCells } from './sheet-cells';
import { readStaff } from './staff';
import { tableFindings, uncalculatedFindings } from './table-findings';
import { finishUnweighted } from './unweighted';
import { readTransversalList, unweightedTransversal } from './transversal-list';
import { readWeights } from './weights';

export { areaKey, WHOLE_ENTE_AREA } from './areas';
export type { PlanMeta } from './context';

export interface BuildResult {
  plan: Plan;
  /** Problems found while building (objective references that match nothing...). */
  findings: Finding[];
}

const KIND_ORDER: TableKind[] = [
  'weights',
  'projects',
  'objective-cards',
  'objectives',
  'transversal',
  'relevance',
  'staff',
  'assignments',
];

const READERS: Record<TableKind, (ctx: ReadContext, t: RecognizedTable, cells: SheetCells) => void> = {
  weights: readWeights,
  transversal: readTransversalList,
  projects: readProjects,
  objectives: (ctx, t, cells) => (t.block ? readBlock(ctx, t, cells) : readObjectives(ctx, t, cells)),
  'objective-cards': readCards,
  relevance: readRelevance,
  staff: readStaff,
  assignments: readAssignments,
};

/** Builds the plan from the recognised tables of a workbook. */
export function buildPlan(
  sheets: SheetSnapshot[],
  tables: RecognizedTable[],
  params: Parameters,
  meta: PlanMeta = {},
): BuildResult {
  const ctx = createContext(sheets, params, meta);
  if (tables.length === 0) ctx.findings.push(finding({ code: 'READ_NO_TABLES', severity: 'error' }));
  for (const t of tables) tableFindings(ctx, t);
  uncalculatedFindings(ctx, tables);
  ctx.params = pointsFromHeaders(ctx, tables);
  for (const kind of KIND_ORDER) {
    for (const t of tables) {
      if (t.kind !== kind) continue;
      const cells = ctx.sheets.get(t.sheet);
      if (!cells) continue;
      // Fraction columns are a property of one table: each starts with none.
      ctx.fractionColumns = new Set();
      READERS[kind](ctx, t, cells);
    }
    // Every objective is read: the layouts without weights get theirs (and their copies).
    if (kind === 'objectives') finishUnweighted(ctx);
  }
  spreadAllAreasObjectives(ctx);
  unweightedTransversal(ctx);
  reconcileAreaNames(ctx);
  resolveAssigneeNames(ctx);
  spreadLatePenalties(ctx);
  assumeEqualWeights(ctx);
  assignAreaStaff(ctx);
  const plan: Plan = {
    comune: meta.comune,
    year: meta.year,
    areas: [...ctx.areas.values()],
    objectives: ctx.objectives,
    indicators: ctx.indicators,
    employees: ctx.employees,
    assignments: ctx.assignments,
    totals: ctx.totals,
    params: ctx.params,
  };
  return { plan, findings: ctx.findings };
}
