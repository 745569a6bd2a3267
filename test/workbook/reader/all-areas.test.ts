/** Objectives written once for every area: one copy per area, numbered as transversal, said. */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';

async function load() {
  const book = XlsxWorkbook.create();
  const w = book.workbook.addWorksheet('Obiettivi');
  w.addRow(['N.', 'Settore', 'Obiettivo', 'Indicatore', 'Risultato atteso']);
  w.addRow([1, 'TECNICO', 'Strade', 'Km asfaltati', 10]);
  w.addRow([1, 'CULTURA', 'Biblioteca', 'Aperture', 200]);
  w.addRow([1, 'TUTTE LE AREE ORGANIZZATIVE', 'Trasparenza', 'Pubblicazioni', '100%']);
  return loadWorkbook(book);
}

describe('objectives for every area', () => {
  it('become one transversal copy per area, with the indicator, numbered 1T', async () => {
    const loaded = await load();
    const copies = loaded.plan.objectives.filter((o) => o.title.value === 'Trasparenza');
    expect(copies.map((o) => [o.area, o.id, o.scope])).toEqual([
      ['TECNICO', '1T', 'transversal'],
      ['CULTURA', '1T', 'transversal'],
    ]);
    const keys = new Set(copies.map((o) => o.key));
    expect(loaded.plan.indicators.filter((i) => keys.has(i.objectiveKey))).toHaveLength(2);
    expect(loaded.plan.objectives.some((o) => o.area === 'TUTTE LE AREE ORGANIZZATIVE')).toBe(false);
  });

  it('are said once each, and no id collides with an area objective 1', async () => {
    const loaded = await load();
    const said = loaded.readFindings.filter((f) => f.code === 'READ_ALL_AREAS_SPREAD');
    expect(said.map((f) => f.params)).toEqual([expect.objectContaining({ id: '1T', count: 2 })]);
    expect(loaded.readFindings.some((f) => f.code === 'OBJECTIVE_DUPLICATE_ID')).toBe(false);
  });
});
