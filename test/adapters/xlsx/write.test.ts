import { ValueType } from 'exceljs';
import { XlsxWorkbook, MAX_CELL_CHARS } from '../../../src/adapters/xlsx';
import type { SheetSpec } from '../../../src/workbook/port';
import { buildInput, loadPlain } from './fixture';
import { saveWorkbook } from '../../../src/adapters/xlsx/io';

const INJECTIONS = ['=SUM(A1:A2)', '+1+1', '-2+3', '@SUM(1)', '\t=1', '=HYPERLINK("http://x","y")'];

function results(): SheetSpec {
  return {
    name: 'Premia Risultati',
    rows: [
      [
        { value: 'Dipendente', bold: true },
        { value: 'Importo', bold: true },
        { value: 'Quota', bold: true },
        { value: 'Vai' },
      ],
      [
        { value: 'Rossi Mario' },
        { value: 1234.5, format: '#,##0.00 "€"' },
        { value: 0.6, format: '0.00%' },
        { value: 'origine', link: { sheet: 'Premia Punteggi', cell: 'B3' } },
      ],
      [
        { value: 'Bianchi Anna' },
        { value: 823, format: '#,##0.00 "€"' },
        { value: 0.4, format: '0.00%' },
        { value: null },
      ],
      [{ value: true }, { value: null }, { value: false }],
    ],
    columnWidths: [30, 14, 10],
    freezeRows: 1,
    tables: [{ name: 'PremiaRisultati', range: 'A1:D3' }],
    tabColor: '2E7D32',
  };
}

async function roundTrip(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await book.save());
}

describe('XlsxWorkbook writing', () => {
  it('writes strings that look like formulas as text, in the saved file too', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([{ name: 'Testo', rows: INJECTIONS.map((value) => [{ value }]) }]);
    const bytes = await book.save();
    const plain = (await loadPlain(bytes)).getWorksheet('Testo')!;
    INJECTIONS.forEach((text, i) => {
      const cell = plain.getCell(i + 1, 1);
      expect(cell.type).toBe(ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    });
    const [snap] = await (await XlsxWorkbook.load(bytes)).readSheets(['Testo']);
    expect(snap.values.map((r) => r[0])).toEqual(INJECTIONS);
    expect(snap.formulas.every((r) => r[0] === null)).toBe(true);
  });

  it('writes values, formats, bold, links, widths, frozen rows, a table and the tab colour', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([{ name: 'Premia Punteggi', rows: [[{ value: 'x' }]] }, results()]);
    const bytes = await book.save();
    const ws = (await loadPlain(bytes)).getWorksheet('Premia Risultati')!;
    expect(ws.getCell('A1').font).toEqual({ bold: true });
    expect(ws.getCell('B2').value).toBe(1234.5);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00 "€"');
    expect(ws.getCell('C2').numFmt).toBe('0.00%');
    expect(ws.getCell('A4').value).toBe(true);
    expect(ws.getCell('C4').value).toBe(false);
    expect(ws.getCell('D2').value).toEqual({ text: 'origine', hyperlink: "#'Premia Punteggi'!B3" });
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(10);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF2E7D32' });

    const reread = await XlsxWorkbook.load(bytes);
    expect(await reread.listTables()).toEqual([
      {
        name: 'PremiaRisultati',
        sheet: 'Premia Risultati',
        range: { top: 0, left: 0, bottom: 2, right: 3 },
        showHeaders: true,
        showTotals: false,
      },
    ]);
    const [snap] = await reread.readSheets(['Premia Risultati']);
    expect(snap.values[1]).toEqual(['Rossi Mario', 1234.5, 0.6, 'origine']);
    expect(snap.values[2]).toEqual(['Bianchi Anna', 823, 0.4, null]);
    expect(snap.numberFormats[1][1]).toBe('#,##0.00 "€"');
  });

  it('wraps the cells marked wrap, inside a table too, and no others', async () => {
    const book = XlsxWorkbook.create();
    const trail = 'Fondo 60.000,00 € → pool 20.000,00 € → peso 25 % → raggiungimento 95 % = 4.750,00 €';
    await book.writeSheets([
      {
        name: 'S',
        rows: [
          [{ value: 'N.' }, { value: 'Calcolo' }],
          [{ value: '1' }, { value: trail, wrap: true }],
        ],
        tables: [{ name: 'Calcoli', range: 'A1:B2' }],
      },
    ]);
    const ws = (await loadPlain(await book.save())).getWorksheet('S')!;
    expect(ws.getCell('B2').value).toBe(trail);
    expect(ws.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('A2').alignment?.wrapText).toBeFalsy();
    expect(ws.getCell('B1').alignment?.wrapText).toBeFalsy();
  });

  it('gives a table with only a header row one empty data row', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([
      { name: 'S', rows: [[{ value: 'A' }, { value: 2024 }]], tables: [{ name: 'Vuota', range: 'A1:B1' }] },
    ]);
    const reread = await roundTrip(book);
    const [table] = await reread.listTables();
    expect(table.range).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    const [snap] = await reread.readSheets(['S']);
    expect(snap.values[0]).toEqual(['A', '2024']); // a table header is text
  });

  it('records charts as not written, without failing', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([
      {
        name: 'Grafici',
        rows: [
          [{ value: 'Area' }, { value: 'Importo' }],
          [{ value: 'Finanziaria' }, { value: 10 }],
        ],
        charts: [{ kind: 'pie', title: 'Importi per area', dataRange: 'A1:B2', anchor: 'D2' }],
      },
    ]);
    expect(book.notes).toHaveLength(1);
    expect(book.notes[0]).toContain('Importi per area');
    expect(book.notes[0]).toContain('Grafici');
    const [snap] = await (await roundTrip(book)).readSheets(['Grafici']);
    expect(snap.values[1]).toEqual(['Finanziaria', 10]);
  });

  it('replaces a sheet in its position and visibility, and appends new ones in order', async () => {
    // Hidden in the file itself: save() edits the loaded package, not the ExcelJS model.
    const input = await XlsxWorkbook.load(await buildInput());
    input.workbook.getWorksheet('Premia Punteggi')!.state = 'hidden';
    const book = await XlsxWorkbook.load(await saveWorkbook(input.workbook));
    await book.writeSheets([
      { name: 'Nuovo 1', rows: [[{ value: 1 }]] },
      { name: 'premia punteggi', rows: [[{ value: 'nuova' }]] },
      { name: 'Nuovo 2', rows: [] },
    ]);
    const sheets = await (await roundTrip(book)).listSheets();
    expect(sheets.map((s) => s.name)).toEqual([
      'Obiettivi',
      'premia punteggi',
      'Personale',
      'Nascosto',
      'Segreto',
      'Nuovo 1',
      'Nuovo 2',
    ]);
    expect(sheets[1].visible).toBe(false);
    const [snap] = await book.readSheets(['Premia Punteggi']);
    expect(snap.values).toEqual([['nuova']]);
  });

  describe('a failure while building', () => {
    async function expectUnchanged(book: XlsxWorkbook): Promise<void> {
      const names = (await book.listSheets()).map((s) => s.name);
      expect(names).toEqual(['Obiettivi', 'Premia Punteggi', 'Personale', 'Nascosto', 'Segreto']);
      const [old] = await book.readSheets(['Premia Punteggi']);
      expect(old.values).toEqual([['versione vecchia'], ['da sostituire']]);
      // and the file still saves and re-loads the same way
      const again = await roundTrip(book);
      expect((await again.listSheets()).map((s) => s.name)).toEqual(names);
      expect(await again.listTables()).toHaveLength(1);
    }

    it('leaves the previous version and no temporary sheet (text too long for a cell)', async () => {
      const book = await XlsxWorkbook.load(await buildInput());
      const bad: SheetSpec = {
        name: 'Premia Punteggi',
        rows: [[{ value: 'ok' }], [{ value: 'x'.repeat(MAX_CELL_CHARS + 1) }]],
      };
      await expect(book.writeSheets([bad])).rejects.toThrow('A2');
      await expectUnchanged(book);
    });

    it('leaves every sheet of the batch as it was when a later spec fails (ExcelJS throws)', async () => {
      const book = await XlsxWorkbook.load(await buildInput());
      const first = results();
      first.name = 'Premia Punteggi';
      const failing: SheetSpec = {
        name: 'Premia Altro',
        rows: [[{ value: 'T' }]],
        tables: [{ name: 'Altra', range: 'A1:A2' }],
      };
      type AddTable = (this: unknown, model: { name: string }) => unknown;
      const proto = Object.getPrototypeOf(book.workbook.getWorksheet('Obiettivi')!) as { addTable: AddTable };
      const original = proto.addTable;
      const spy = jest.spyOn(proto, 'addTable').mockImplementation(function (this: unknown, model) {
        if (model.name === 'Altra') throw new Error('injected');
        return original.call(this, model);
      });
      try {
        await expect(book.writeSheets([first, failing])).rejects.toThrow('injected');
        expect(spy).toHaveBeenCalledTimes(2); // the first sheet was completely built
      } finally {
        spy.mockRestore();
      }
      await expectUnchanged(book);
      expect(book.workbook.worksheets).toHaveLength(5);
    });

    it('refuses bad specs before touching anything', async () => {
      const book = await XlsxWorkbook.load(await buildInput());
      await expect(
        book.writeSheets([{ name: 'Premia Punteggi', rows: [[{ value: Number.NaN }]] }]),
      ).rejects.toThrow('finite');
      await expect(
        book.writeSheets([
          {
            name: 'Premia Punteggi',
            rows: [[{ value: 'Nome' }], [{ value: 'x' }]],
            tables: [{ name: 'Staff', range: 'A1:A2' }],
          },
        ]),
      ).rejects.toThrow('already used');
      await expect(
        book.writeSheets([
          {
            name: 'Premia Punteggi',
            rows: [[{ value: 'Nome' }]],
            tables: [{ name: 'Totale_pesi', range: 'A1:A2' }],
          },
        ]),
      ).rejects.toThrow('already used');
      await expect(
        book.writeSheets([
          {
            name: 'Premia Punteggi',
            rows: [[{ value: null }]],
            tables: [{ name: 'Tabella', range: 'A1:A2' }],
          },
        ]),
      ).rejects.toThrow('empty header');
      await expect(
        book.writeSheets([
          { name: 'Premia Punteggi', rows: [[{ value: 'a' }]], tables: [{ name: 'AB12', range: 'A1:A2' }] },
        ]),
      ).rejects.toThrow('cell reference');
      await expect(
        book.writeSheets([
          {
            name: 'Premia Punteggi',
            rows: [[{ value: 'a' }, { value: 'A' }]],
            tables: [{ name: 'Tab', range: 'A1:B2' }],
          },
        ]),
      ).rejects.toThrow('twice');
      await expect(
        book.writeSheets([{ name: 'Premia Punteggi', rows: [], tabColor: 'verde' }]),
      ).rejects.toThrow('RRGGBB');
      await expect(book.writeSheets([{ name: 'Premia/Punteggi', rows: [] }])).rejects.toThrow('forbids');
      await expect(book.writeSheets([{ name: 'P'.repeat(32), rows: [] }])).rejects.toThrow('31');
      await expect(
        book.writeSheets([
          { name: 'X', rows: [] },
          { name: 'x', rows: [] },
        ]),
      ).rejects.toThrow('twice');
      await expectUnchanged(book);
    });
  });

  it('accepts a table name that the replaced sheet held', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([results()]);
    await book.writeSheets([results()]);
    const reread = await roundTrip(book);
    expect((await reread.listTables()).map((t) => t.name)).toEqual(['PremiaRisultati']);
  });

  it('removes sheets and records the selection', async () => {
    const book = await XlsxWorkbook.load(await buildInput());
    await book.removeSheets(['premia punteggi', 'Non esiste']);
    expect((await book.listSheets()).map((s) => s.name)).toEqual([
      'Obiettivi',
      'Personale',
      'Nascosto',
      'Segreto',
    ]);
    await book.select('obiettivi', 'B2:B4');
    expect(book.selection).toEqual({ sheet: 'Obiettivi', address: 'B2:B4' });
    await expect(book.select('Manca', 'A1')).rejects.toThrow('Manca');
  });
});
