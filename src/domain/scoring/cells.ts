import type { CellRef } from '../model';

/** Short lists (an indicator's or objective's few cells) are deduplicated without string keys. */
const SHORT = 8;

/** Drops missing cells and repeats, keeping the first occurrence's order. */
export function uniqueCells(cells: readonly (CellRef | undefined)[]): CellRef[] {
  const out: CellRef[] = [];
  if (cells.length <= SHORT) {
    // Called for every indicator and objective: comparing fields avoids a Set and a string per cell.
    for (const c of cells) {
      if (c === undefined) continue;
      if (out.some((o) => o.sheet === c.sheet && o.cell === c.cell)) continue;
      out.push(c);
    }
    return out;
  }
  const seen = new Set<string>();
  for (const c of cells) {
    if (c === undefined) continue;
    const key = `${c.sheet}!${c.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
