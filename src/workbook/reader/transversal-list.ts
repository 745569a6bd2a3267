/**
 * The list of transversal objectives (recognition's `transversal` kind): ids, titles and
 * nominal weights. It defines no objective and no area weight: each area's own table does
 * (docs/domain.md section 2). What it gives is a check, once every table is read: a
 * transversal objective of the list that no area weighs gets nothing, and that is said.
 */
import { cellText } from '../../domain/cells';
import { finding } from '../../domain/findings';
import { normalizeLabel, parseNumber } from '../../domain/values';
import { rangeAddress } from '../a1';
import type { RecognizedTable } from '../recognize/types';
import { idText, type ReadContext } from './context';
import type { SheetCells } from './sheet-cells';

export function readTransversalList(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  const ids: string[] = [];
  let sum = 0;
  for (const row of t.dataRows) {
    const id = idText(cells.raw(row, t.columns.id));
    if (id === '') continue;
    ids.push(id);
    const w = t.columns.weight === undefined ? undefined : parseNumber(cells.raw(row, t.columns.weight));
    if (w?.ok) sum += w.value;
    ctx.transversalList.push({ id, cell: cells.ref(row, t.columns.id as number) });
  }
  const range = { sheet: t.sheet, cell: rangeAddress(t.range) };
  ctx.findings.push(
    finding({
      code: 'READ_TRANSVERSAL_LIST',
      severity: 'warning',
      params: { cell: cellText(range), ids: ids.join(', '), sum: Math.round(sum * 100) / 100 },
      cells: [range],
    }),
  );
}

/** Transversal objectives of the list that no area weighs. */
export function unweightedTransversal(ctx: ReadContext): void {
  if (ctx.transversalList.length === 0) return;
  const weighed = new Set(
    ctx.objectives.filter((o) => o.scope === 'transversal').map((o) => normalizeLabel(o.id)),
  );
  for (const { id, cell } of ctx.transversalList) {
    if (weighed.has(normalizeLabel(id))) continue;
    ctx.findings.push(
      finding({
        code: 'READ_TRANSVERSAL_NOT_WEIGHTED',
        severity: 'warning',
        params: { cell: cellText(cell), id },
        cells: [cell],
      }),
    );
  }
}
