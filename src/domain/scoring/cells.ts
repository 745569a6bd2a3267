import type { CellRef } from '../model';

/** Drops missing cells and repeats, keeping the first occurrence's order. */
export function uniqueCells(cells: readonly (CellRef | undefined)[]): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const c of cells) {
    if (c === undefined) continue;
    const key = `${c.sheet}!${c.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
