/**
 * Category points listed in a project table's header: the plan's points when the parameters do
 * not set them (said with a warning), and reported when the parameters set other ones.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';

const CLASSES = '1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (15)';

async function load(withParams: boolean) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Progetti');
  ws.addRow(['Progressivo', 'Tipologia progetto', 'Titolo del progetto', CLASSES, 'N. dip.']);
  ws.addRow([1, 'GENERALE', 'Uno', 'Mantenimento', 3]);
  ws.addRow([2, 'GENERALE', 'Due', 'Strategico', 12]);
  return loadWorkbook(
    book,
    withParams ? { overrides: { categoryPoints: { mantenimento: 12, strategico: 40 } } } : undefined,
  );
}

describe('category points from the class list of a header', () => {
  it('are the plan points when the parameters do not set them, with a warning at the header', async () => {
    const loaded = await load(false);
    expect(loaded.plan.params.categoryPoints.mantenimento).toBe(15);
    expect(loaded.plan.params.categoryPoints.strategico).toBe(40);
    const said = loaded.readFindings.filter((f) => f.code === 'READ_CATEGORY_POINTS_FROM_HEADER');
    expect(said).toHaveLength(1);
    expect(said[0].cells).toEqual([{ sheet: 'Progetti', cell: 'D1' }]);
    expect(said[0].message).toContain('15');
  });

  it('give way to the parameters that set them, and the difference is reported', async () => {
    const loaded = await load(true);
    expect(loaded.plan.params.categoryPoints.mantenimento).toBe(12);
    const said = loaded.readFindings.filter((f) => f.code === 'READ_CATEGORY_POINTS_DIFFER');
    expect(said.map((f) => f.params)).toEqual([
      expect.objectContaining({ category: 'mantenimento', header: 15 }),
    ]);
    // Classes the parameters do not name take the header's points, said as such.
    const taken = loaded.readFindings.filter((f) => f.code === 'READ_CATEGORY_POINTS_FROM_HEADER');
    expect(taken.map((f) => f.params.category).sort()).toEqual(['innovativo', 'miglioramento']);
    expect(loaded.plan.params.categoryPoints.innovativo).toBe(25);
  });
});
