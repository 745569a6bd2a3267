/**
 * Project tables (progetti): objectives with a tipologia, a category or declared points, a
 * headcount and sometimes a budget of their own, and no area weight.
 */
import type { ObjectiveScope } from '../../domain/model';
import { isBlank, normalizeLabel, parseCategory, parseMoney } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { readAssigneesText } from './assignees-text';
import { idText, isError, number, percent, readCell, text, type ReadContext } from './context';
import { noteFractionColumns } from './fraction-columns';
import { addObjective } from './objective-index';
import type { SheetCells } from './sheet-cells';

function scopeOfTipologia(tipologia: string): ObjectiveScope {
  const t = normalizeLabel(tipologia);
  if (t.startsWith('intersett')) return 'intersectoral';
  if (t.startsWith('general') || t.startsWith('trasversal')) return 'general';
  return 'area';
}

export function readProjects(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  noteFractionColumns(ctx, t, cells);
  const order = t.categoryClasses?.map((c) => c.key);
  t.dataRows.forEach((row) => {
    isError(ctx, cells, row, t.columns.id);
    isError(ctx, cells, row, t.columns.title);
    const id = idText(cells.raw(row, t.columns.id));
    const title = text(cells, row, t.columns.title) ?? { raw: null };
    if (!id && isBlank(title.raw ?? null)) return;
    const tipologia = text(cells, row, t.columns.tipologia);
    const scope = tipologia?.value ? scopeOfTipologia(tipologia.value) : 'general';
    const categoryCol = t.columns.category;
    const o = addObjective(ctx, {
      id,
      title,
      // A project's "SETTORE n" is its tipologia, not one of the plan's areas: it has no area weight.
      scope,
      project: true,
      weight: {},
      tipologia,
      category:
        categoryCol === undefined
          ? undefined
          : readCell(cells, row, categoryCol, (raw) =>
              parseCategory(raw, ctx.params.categoryPoints, { order }),
            ),
      headcount: number(cells, row, t.columns.headcount),
      declaredPoints: number(cells, row, t.columns.points),
      declaredCoefficient: number(cells, row, t.columns.coefficient),
      declaredTotalCoefficient: number(cells, row, t.columns.totalCoefficient),
      fixedBudget:
        t.columns.budget === undefined
          ? undefined
          : readCell(cells, row, t.columns.budget, (raw) => parseMoney(raw)),
      soglia: percent(ctx, cells, row, t.columns.soglia),
      manualAchievement: percent(ctx, cells, row, t.columns.achievement),
      cell: cells.rowRef(row, t.range.left, t.range.right),
    });
    if (o.fixedBudget && o.fixedBudget.value === undefined && !o.fixedBudget.problem)
      o.fixedBudget = undefined;
    if (t.columns.assignees !== undefined) readAssigneesText(ctx, o, cells, row, t.columns.assignees);
  });
}
