/** The list of transversal objectives with nominal weights: read as a list, never summed as an area. */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';

async function load(withFourth: boolean) {
  const book = XlsxWorkbook.create();
  const w = book.workbook.addWorksheet('Pesatura');
  w.addRow(['OBIETTIVI TRASVERSALI A TUTTE LE AREE']);
  w.addRow(['N.', 'DENOMINAZIONE', 'PESO']);
  w.addRow(['1T', 'Trasparenza', 10]);
  w.addRow(['2T', 'Anticorruzione', 10]);
  w.addRow(['3T', 'Formazione', 10]);
  w.addRow([]);
  w.addRow(['AREA TECNICA']);
  w.addRow(['NR.', 'Obiettivo', 'Peso %']);
  w.addRow([1, 'Strade', 40]);
  w.addRow(['1T', 'Trasparenza', 20]);
  w.addRow(['2T', 'Anticorruzione', 20]);
  w.addRow(['3T', 'Formazione', withFourth ? 10 : 20]);
  if (withFourth) w.addRow(['4T', 'Digitale', 10]);
  w.addRow(['TOTALE', null, 100]);
  return loadWorkbook(book);
}

describe('the list of transversal objectives', () => {
  it('is its own kind, and its 30 is no weights error', async () => {
    const loaded = await load(false);
    expect(loaded.tables.map((t) => t.kind)).toEqual(['transversal', 'weights']);
    expect(loaded.tables[0].remarks).toContainEqual({
      code: 'TRANSVERSAL_LIST',
      params: { ids: '1T, 2T, 3T' },
    });
    const said = loaded.readFindings.filter((f) => f.code === 'READ_TRANSVERSAL_LIST');
    expect(said.map((f) => f.params)).toEqual([expect.objectContaining({ sum: 30 })]);
    // No objective of an area "Ente" comes from the list: only the area's four.
    expect(loaded.plan.objectives.map((o) => `${o.area}:${o.id}`)).toEqual([
      'Area Tecnica:1',
      'Area Tecnica:1T',
      'Area Tecnica:2T',
      'Area Tecnica:3T',
    ]);
  });

  it('says which of its objectives no area weighs', async () => {
    const loaded = await load(false);
    expect(loaded.readFindings.some((f) => f.code === 'READ_TRANSVERSAL_NOT_WEIGHTED')).toBe(false);
    const book = XlsxWorkbook.create();
    const w = book.workbook.addWorksheet('Pesatura');
    w.addRow(['N.', 'DENOMINAZIONE', 'PESO']);
    w.addRow(['1T', 'Trasparenza', 10]);
    w.addRow(['2T', 'Anticorruzione', 10]);
    w.addRow([]);
    w.addRow(['AREA TECNICA']);
    w.addRow(['NR.', 'Obiettivo', 'Peso %']);
    w.addRow([1, 'Strade', 80]);
    w.addRow(['1T', 'Trasparenza', 20]);
    const other = await loadWorkbook(book);
    const said = other.readFindings.filter((f) => f.code === 'READ_TRANSVERSAL_NOT_WEIGHTED');
    expect(said.map((f) => f.params.id)).toEqual(['2T']);
  });

  it('needs every row transversal: a weights table with one area objective stays weights', async () => {
    const book = XlsxWorkbook.create();
    const w = book.workbook.addWorksheet('Pesi');
    w.addRow(['N.', 'Obiettivo', 'Peso']);
    w.addRow([1, 'Bilancio', 70]);
    w.addRow(['1T', 'Trasparenza', 30]);
    const loaded = await loadWorkbook(book);
    expect(loaded.tables.map((t) => t.kind)).toEqual(['weights']);
  });
});
