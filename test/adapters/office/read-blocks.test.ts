import fc from 'fast-check';
import { cellsOf, planReads, type UsedBox } from '../../../src/adapters/office/read-blocks';

const boxes = fc.array(
  fc.record({
    top: fc.integer({ min: 0, max: 50 }),
    left: fc.integer({ min: 0, max: 20 }),
    rows: fc.integer({ min: 0, max: 300 }),
    columns: fc.integer({ min: 0, max: 40 }),
  }),
  { maxLength: 6 },
);

function withSheets(list: Omit<UsedBox, 'sheet'>[]): UsedBox[] {
  return list.map((b, sheet) => ({ ...b, sheet }));
}

describe('planReads', () => {
  it('reads every row of every used range exactly once, in sheet and row order', () => {
    fc.assert(
      fc.property(boxes, fc.integer({ min: 1, max: 2_000 }), (list, maxCells) => {
        const used = withSheets(list);
        const blocks = planReads(used, maxCells).flat();
        const rows = blocks.flatMap((b) =>
          Array.from({ length: b.rows }, (_, i) => `${b.sheet}:${b.top + i}`),
        );
        const expected = used
          .filter((b) => b.columns > 0)
          .flatMap((b) => Array.from({ length: b.rows }, (_, i) => `${b.sheet}:${b.top + i}`));
        expect(rows).toEqual(expected);
        for (const b of blocks) {
          expect(b.rows).toBeGreaterThan(0);
          expect(b.columns).toBe(used[b.sheet].columns);
          expect(b.left).toBe(used[b.sheet].left);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every request within the budget (a single row wider than it goes alone) and packs them', () => {
    fc.assert(
      fc.property(boxes, fc.integer({ min: 1, max: 2_000 }), (list, maxCells) => {
        const requests = planReads(withSheets(list), maxCells);
        for (const r of requests) {
          if (cellsOf(r) > maxCells) expect(r).toEqual([expect.objectContaining({ rows: 1 })]);
        }
        // Packed: two neighbouring requests could not have been one.
        for (let i = 1; i < requests.length; i++) {
          const first = requests[i][0];
          expect(cellsOf(requests[i - 1]) + first.columns).toBeGreaterThan(maxCells);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads a workbook under the budget in one request', () => {
    const used = withSheets([
      { top: 0, left: 0, rows: 100, columns: 10 },
      { top: 3, left: 1, rows: 50, columns: 4 },
    ]);
    expect(planReads(used, 1_200)).toHaveLength(1);
    expect(planReads(used, 1_199)).toHaveLength(2);
  });
});
