/**
 * The whole pipeline on the sample workbooks: the clean one validates without errors and
 * distributes to the cent; every mistake planted in the other one is found at its cell.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook, runDistribution, runValidation } from '../../src/workbook/pipeline';
import { assertReconciles } from '../../src/domain/distribution';
import { parseCell, parseRange } from '../../src/workbook/a1';
import { PLANTED_MISTAKES, SAMPLE_FILES } from '../../examples/sample-workbooks';

const examples = path.join(__dirname, '..', '..', 'examples');
const open = async (variant: 'clean' | 'errors') =>
  loadWorkbook(
    await XlsxWorkbook.load(fs.readFileSync(path.join(examples, path.basename(SAMPLE_FILES[variant])))),
  );

describe('pipeline on the clean sample', () => {
  it('recognises every table kind', async () => {
    const loaded = await open('clean');
    const kinds = new Set(loaded.tables.map((t) => t.kind));
    expect([...kinds].sort()).toEqual([
      'assignments',
      'objectives',
      'projects',
      'relevance',
      'staff',
      'weights',
    ]);
    expect(loaded.hasParamsSheet).toBe(true);
  });

  it('validates without errors', async () => {
    const loaded = await open('clean');
    const errors = runValidation(loaded).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code} ${f.message}`)).toEqual([]);
  });

  it('distributes the whole fund, reconciled to the cent', async () => {
    const loaded = await open('clean');
    const run = runDistribution(loaded);
    if (!run.distribution.ok) throw new Error(run.distribution.reasons.map((r) => r.message).join('\n'));
    const d = run.distribution;
    expect(d.totals.fund).toBe(loaded.plan.params.fund);
    expect(() => assertReconciles(d)).not.toThrow();
    const employeeTotal = d.employees.reduce((s, e) => s + e.total, 0);
    const paidToStaff = d.units
      .filter((u) => loaded.plan.assignments.some((a) => a.objectiveKey === u.key))
      .reduce((s, u) => s + u.paid, 0);
    expect(employeeTotal).toBe(paidToStaff);
    expect(d.totals.paid + d.totals.economie + d.totals.reserve + d.totals.unassigned).toBe(d.totals.fund);
  });
});

describe('pipeline on the sample with mistakes', () => {
  it.each(PLANTED_MISTAKES.map((m) => [m.code, m.sheet, m.cell, m.description] as const))(
    'finds %s at %s!%s',
    async (code, sheet, cell) => {
      const loaded = await open('errors');
      const findings = runValidation(loaded);
      const found = findings.filter((f) => f.code === code);
      expect(found.length).toBeGreaterThan(0);
      const target = parseCell(cell);
      const covers = found.some((f) =>
        f.cells.some((c) => {
          if (c.sheet !== sheet) return false;
          const r = parseRange(c.cell);
          return (
            target.row >= r.top && target.row <= r.bottom && target.col >= r.left && target.col <= r.right
          );
        }),
      );
      expect({ code, covers, cells: found.flatMap((f) => f.cells) }).toMatchObject({ covers: true });
    },
  );

  it('refuses the distribution with the reasons', async () => {
    const run = runDistribution(await open('errors'));
    expect(run.distribution.ok).toBe(false);
    if (!run.distribution.ok) expect(run.distribution.reasons.length).toBeGreaterThan(0);
  });
});
