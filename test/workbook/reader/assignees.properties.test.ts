/**
 * End to end, from the cells: whatever the assignment cells hold, an employee is paid for an
 * objective only when its cell names them (read in full), or when the cell is empty or says
 * "Tutto il personale" and they are on the staff of the objective's area. A cell that cannot be
 * read in full is an error naming it, pays nobody, and the rest of the plan is still distributed.
 */
import fc from 'fast-check';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runDistribution } from '../../../src/workbook/pipeline';
import { assertReconciles } from '../../../src/domain/distribution';

const AREAS = ['Area Tecnica', 'Area Finanziaria'];
const STAFF: [string, number][] = [
  ['Rossi Maria', 0],
  ['Bianchi Luca', 0],
  ['Verdi Anna', 0],
  ['Neri Paolo', 1],
  ['Gallo Sara', 1],
];

type CellKind =
  | { kind: 'empty' }
  | { kind: 'all' }
  | { kind: 'named'; people: number[] }
  | { kind: 'trailingRole'; people: number[] }
  | { kind: 'prose' };

const cellArb: fc.Arbitrary<CellKind> = fc.oneof(
  fc.constant({ kind: 'empty' as const }),
  fc.constant({ kind: 'all' as const }),
  fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }).map((people) => ({ kind: 'named' as const, people })),
  fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }).map((people) => ({ kind: 'trailingRole' as const, people })),
  fc.constant({ kind: 'prose' as const }),
);

/** Shares adding up to 100, the last taking the rest. */
function listed(people: number[]): string {
  const each = Math.floor(100 / people.length);
  return people
    .map((p, i) => `${STAFF[p][0]} (${i === people.length - 1 ? 100 - each * (people.length - 1) : each}%)`)
    .join(' ');
}

function text(c: CellKind): string | null {
  switch (c.kind) {
    case 'empty':
      return null;
    case 'all':
      return 'Tutto il personale';
    case 'named':
      return listed(c.people);
    case 'trailingRole':
      return `${listed(c.people)} Responsabile Area Tecnica Dott.ssa Marta Sala`;
    case 'prose':
      return 'come da delibera n. 45 del 2024';
  }
}

async function run(objectives: { area: number; cell: CellKind }[]) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Obiettivi');
  ws.addRow(['Area', 'N.', 'Obiettivo', 'Peso %', 'Risorse umane assegnate', 'Grado di raggiungimento']);
  const ids = new Map<number, number>();
  const count = (a: number) => objectives.filter((o) => o.area === a).length;
  const rows = objectives.map((o, i) => {
    const n = (ids.get(o.area) ?? 0) + 1;
    ids.set(o.area, n);
    // Weights adding up to 100 in each area, the last taking the rest.
    const each = Math.floor(100 / count(o.area));
    const weight = n === count(o.area) ? 100 - each * (n - 1) : each;
    ws.addRow([AREAS[o.area], n, `Obiettivo ${i + 1}`, weight, text(o.cell), 100]);
    return { ...o, id: String(n), row: i + 2 };
  });
  const st = book.workbook.addWorksheet('Personale');
  st.addRow(['Cognome e nome', 'Ore settimanali', 'Area']);
  for (const [name, a] of STAFF) st.addRow([name, 36, AREAS[a]]);
  const rel = book.workbook.addWorksheet('Rilevanza');
  rel.addRow(['Area', 'Rilevanza %']);
  rel.addRow([AREAS[0], 60]);
  rel.addRow([AREAS[1], 40]);
  const p = book.workbook.addWorksheet('Parametri Premia');
  for (const r of [
    ['Parametro', 'Valore'],
    ['Anno', 2024],
    ['Fondo', 10000],
  ])
    p.addRow(r);
  const loaded = await loadWorkbook(book);
  return { rows, loaded, ...runDistribution(loaded) };
}

describe('who is paid, from any assignment cells', () => {
  it('pays only the people a cell names, or the area staff for an empty cell or "Tutto il personale"', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellArb, { minLength: 1, maxLength: 3 }),
        fc.array(cellArb, { minLength: 1, maxLength: 3 }),
        async (first, second) => {
          // Both areas have objectives: an area with relevance and none is an error of its own.
          const objectives = [
            ...first.map((cell) => ({ area: 0, cell })),
            ...second.map((cell) => ({ area: 1, cell })),
          ];
          const { rows, loaded, distribution: d } = await run(objectives);
          if (!d.ok) throw new Error(d.reasons.map((r) => `${r.code} ${r.message}`).join('\n'));
          assertReconciles(d);
          const unreadable = loaded.readFindings.filter((f) => f.code === 'READ_ASSIGNEES_UNREADABLE');
          const broken = rows.filter((r) => r.cell.kind === 'trailingRole' || r.cell.kind === 'prose');
          expect(unreadable.map((f) => f.cells[0].cell).sort()).toEqual(
            broken.map((r) => `E${r.row}`).sort(),
          );
          for (const f of unreadable) expect(f.severity).toBe('error');
          for (const r of rows) {
            const unit = d.units.find((u) => u.id === r.id && u.area === AREAS[r.area]);
            const paid = new Set(
              d.employees
                .filter((e) => e.byObjective.some((b) => b.objectiveKey === unit?.key && b.amount > 0))
                .map((e) => e.name),
            );
            let may: string[];
            if (r.cell.kind === 'named') may = r.cell.people.map((p) => STAFF[p][0]);
            else if (r.cell.kind === 'empty' || r.cell.kind === 'all')
              may = STAFF.filter(([, a]) => a === r.area).map(([n]) => n);
            else may = [];
            for (const name of paid) expect(may).toContain(name);
            // Every objective is reached in full: its payment reaches exactly those people.
            expect([...paid].sort()).toEqual([...may].sort());
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
