/**
 * Findings about whole tables: a repeated column is reported, two grade columns are not; rows
 * like data left after the blank row that ends a table are reported.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';

async function staffWith(headers: string[], row: (string | number)[]) {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Personale');
  ws.addRow(headers);
  ws.addRow(row);
  const loaded = await loadWorkbook(book);
  return loaded.readFindings.filter((f) => f.code === 'READ_DUPLICATE_COLUMN');
}

describe('READ_DUPLICATE_COLUMN', () => {
  it('names the repeated column and the one read', async () => {
    const found = await staffWith(
      ['Cognome e nome', 'Ore settimanali', 'Ore settimanali'],
      ['Rossi Maria', 36, 18],
    );
    expect(found).toHaveLength(1);
    expect(found[0].cells.map((c) => c.cell)).toEqual(['C1', 'B1']);
    expect(found[0].message).toContain('Personale!C1');
  });

  it('is not said for the legal category next to the CCNL area', async () => {
    const found = await staffWith(
      ['Cognome e nome', 'Categoria giuridica', 'Area contrattuale', 'Ore settimanali'],
      ['Rossi Maria', 'D1', 'Funzionari', 36],
    );
    expect(found).toEqual([]);
  });
});

describe('READ_ROWS_AFTER_BLANK', () => {
  it('reports rows shaped like data that the table does not reach', async () => {
    const book = XlsxWorkbook.create();
    const ws = book.workbook.addWorksheet('Pesi');
    for (const r of [['N.', 'Obiettivo', 'Peso'], [1, 'a', 60], [], [], [], ['1T', 'b', 40]]) ws.addRow(r);
    const loaded = await loadWorkbook(book);
    const found = loaded.readFindings.filter((f) => f.code === 'READ_ROWS_AFTER_BLANK');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].cells).toEqual([{ sheet: 'Pesi', cell: 'A6:C6' }]);
    expect(found[0].message).toContain('Pesi!A1:C1');
  });
});

describe('READ_VALUES_BESIDE_HEADER', () => {
  async function relevance(rows: (string | number | null)[][]) {
    const book = XlsxWorkbook.create();
    const ws = book.workbook.addWorksheet('Rilevanza');
    for (const r of rows) ws.addRow(r);
    return loadWorkbook(book);
  }

  it('reads the values one column right of a header whose own column is blank, and says so', async () => {
    // As pasted from a PDF where "Rilevanza obiettivi" was merged over two columns.
    const loaded = await relevance([
      ['Responsabili di servizio e uffici', 'Rilevanza obiettivi'],
      ['Istruzione', null, '40%'],
      ['Cultura', null, '60%'],
      ['totale', '•', '100%'],
    ]);
    expect(loaded.plan.areas.map((a) => [a.name, a.relevance?.value])).toEqual([
      ['Istruzione', 40],
      ['Cultura', 60],
    ]);
    expect(loaded.plan.totals.map((t) => t.declared.value)).toEqual([100]);
    const found = loaded.readFindings.filter((f) => f.code === 'READ_VALUES_BESIDE_HEADER');
    expect(found.map((f) => f.cells.map((c) => c.cell))).toEqual([['B1', 'C2']]);
    expect(found[0].message).toContain('colonna C');
  });

  it('reads the values under a header merged over their column without a warning', async () => {
    const book = XlsxWorkbook.create();
    const ws = book.workbook.addWorksheet('Rilevanza');
    for (const r of [
      ['Responsabili di servizio e uffici', 'Rilevanza obiettivi', null],
      ['Istruzione', null, '40%'],
      ['Cultura', null, '60%'],
      ['totale', '•', '100%'],
    ])
      ws.addRow(r);
    ws.mergeCells('B1:C1');
    const loaded = await loadWorkbook(book);
    expect(loaded.plan.areas.map((a) => [a.name, a.relevance?.value])).toEqual([
      ['Istruzione', 40],
      ['Cultura', 60],
    ]);
    expect(loaded.plan.areas[0].relevance?.cell).toEqual({ sheet: 'Rilevanza', cell: 'C2' });
    expect(loaded.plan.totals.map((t) => t.declared.value)).toEqual([100]);
    expect(loaded.readFindings.filter((f) => f.code === 'READ_VALUES_BESIDE_HEADER')).toEqual([]);
  });

  it('keeps the header’s own column when it holds values', async () => {
    const loaded = await relevance([
      ['Area', 'Rilevanza', 'Note'],
      ['Istruzione', '40%', 'x'],
      ['Cultura', null, 'y'],
    ]);
    expect(loaded.plan.areas.map((a) => a.relevance?.value)).toEqual([40, undefined]);
    expect(loaded.readFindings.filter((f) => f.code === 'READ_VALUES_BESIDE_HEADER')).toEqual([]);
  });
});
