/**
 * Findings about the recognised tables themselves, said before any row is read: formula cells
 * without a computed value, tables with no rows, rows left after a blank row, repeated columns.
 */
import type { CellRef } from '../../domain/model';
import { finding } from '../../domain/findings';
import { rawToText } from '../../domain/values';
import { cellText } from '../../domain/cells';
import type { RecognizedTable } from '../recognize/types';
import { cellAddress, columnIndex, rangeAddress } from '../a1';
import type { ReadContext } from './context';

/** Cells named in the message of READ_FORMULA_NOT_CALCULATED (the finding keeps them all). */
const UNCALCULATED_SHOWN = 10;

/** The table's header row, across the table's columns: how reader findings name a table. */
function headerRange(t: RecognizedTable): CellRef {
  return { sheet: t.sheet, cell: rangeAddress({ ...t.range, top: t.headerRow, bottom: t.headerRow }) };
}

/**
 * One finding per sheet for the formula cells inside its tables that have no computed value
 * (a file saved without calculating): their values are unknown, not missing. The fields read
 * from them are unreadable (NOT_CALCULATED), and the pipeline drops the findings about those
 * cells alone (a missing weight...) that this one explains.
 */
export function uncalculatedFindings(ctx: ReadContext, tables: RecognizedTable[]): void {
  for (const [name, cells] of ctx.sheets) {
    const listed = cells.sheet.uncalculated ?? [];
    if (listed.length === 0) continue;
    const own = tables.filter((t) => t.sheet === name);
    const inside = listed
      .filter((c) =>
        own.some(
          (t) =>
            c.row >= t.range.top &&
            c.row <= t.range.bottom &&
            c.col >= t.range.left &&
            c.col <= t.range.right,
        ),
      )
      .sort((a, b) => a.row - b.row || a.col - b.col);
    if (inside.length === 0) continue;
    const refs = inside.map((c) => ({ sheet: name, cell: cellAddress(c.row, c.col) }));
    const shown = refs.slice(0, UNCALCULATED_SHOWN).map((r, i) => (i === 0 ? cellText(r) : r.cell));
    ctx.findings.push(
      finding({
        code: 'READ_FORMULA_NOT_CALCULATED',
        severity: 'error',
        params: {
          cells: shown.join(', ') + (refs.length > UNCALCULATED_SHOWN ? ', …' : ''),
          count: refs.length,
        },
        cells: refs,
      }),
    );
  }
}

/**
 * Findings about a recognised table as a whole: a header with no rows under it (the user
 * would otherwise wonder why nothing was read) and a column whose header repeats the role of
 * an earlier one (only the first is read).
 */
export function tableFindings(ctx: ReadContext, t: RecognizedTable): void {
  const cells = ctx.sheets.get(t.sheet);
  if (t.dataRows.length === 0) {
    const header = headerRange(t);
    ctx.findings.push(
      finding({
        code: 'READ_TABLE_EMPTY',
        severity: 'warning',
        params: { cell: cellText(header) },
        cells: [header],
      }),
    );
  }
  for (const r of t.remarks ?? []) {
    if (r.code === 'ROWS_AFTER_BLANK') rowsAfterBlank(ctx, t, String(r.params.range));
    if (r.code !== 'DUPLICATE_COLUMN') continue;
    const col = columnIndex(String(r.params.column));
    const role = String(r.params.role) as keyof RecognizedTable['columns'];
    // Offices keep the legal category ("Categoria giuridica", D1) and the CCNL 2022 area
    // ("Area contrattuale", Funzionari) side by side: two grades are not a mistake to report.
    if (role === 'grade') continue;
    const first = t.columns[role];
    const ref = { sheet: t.sheet, cell: cellAddress(t.headerRow, col) };
    const label = cells ? rawToText(cells.raw(t.headerRow, col)) : '';
    ctx.findings.push(
      finding({
        code: 'READ_DUPLICATE_COLUMN',
        severity: 'warning',
        params: {
          cell: cellText(ref),
          label,
          first:
            first === undefined ? '?' : cellText({ sheet: t.sheet, cell: cellAddress(t.headerRow, first) }),
        },
        cells: first === undefined ? [ref] : [ref, { sheet: t.sheet, cell: cellAddress(t.headerRow, first) }],
      }),
    );
  }
}

/**
 * Rows shaped like a table's data after the blank row that ended it, not read: said, since
 * dropping them silently left only a wrong weight sum to hint at them.
 */
function rowsAfterBlank(ctx: ReadContext, t: RecognizedTable, range: string): void {
  const rows = { sheet: t.sheet, cell: range };
  const header = headerRange(t);
  ctx.findings.push(
    finding({
      code: 'READ_ROWS_AFTER_BLANK',
      severity: 'warning',
      params: { cell: cellText(rows), table: cellText(header) },
      cells: [rows],
    }),
  );
}
