import { recognizeTables } from '../../../src/workbook/recognize';
import { excelTable, shape, sheet } from './sheet';

describe('Excel tables', () => {
  it('reads a weight table with its totals row, skipping repeated headers and blank rows', () => {
    const s = sheet('Pesi', [
      ['Settore 2 - Lavori pubblici'],
      ['N.', 'Obiettivo', 'Peso %'],
      [1, 'Strade', 50],
      ['  ', null, ' '],
      ['N.', 'Obiettivo', 'Peso %'],
      [2, 'Illuminazione', 50],
      ['Totale', null, 100],
    ]);
    const tables = recognizeTables([s], [excelTable('tblPesi', 'Pesi', 'A2:C7', true)]);
    expect(tables.map(shape)).toEqual([
      {
        kind: 'weights',
        range: 'A2:C7',
        data: [3, 6],
        total: 7,
        columns: { id: 'A', title: 'B', weight: 'C' },
      },
    ]);
    expect(tables[0]).toMatchObject({
      source: 'table',
      tableName: 'tblPesi',
      area: 'Settore 2 - Lavori pubblici',
      areaCell: 'A1',
    });
  });

  it.each([
    [
      'objectives',
      ['Obiettivo', 'Indicatore', 'Risultato atteso', 'Consuntivo', 'Grado di raggiungimento'],
      ['a', 'b', '>= 90%', 0.95, null],
      { title: 'B', indicator: 'C', target: 'D', actual: 'E', achievement: 'F' },
    ],
    [
      'projects',
      ['N.', 'Tipologia', 'Macro categoria', 'Personale da coinvolgere'],
      [1, 'INTERSETTORIALE', 'Innovativo', 4],
      { id: 'B', tipologia: 'C', category: 'D', headcount: 'E' },
    ],
    ['relevance', ['Settore', 'Quota %'], ['Tecnico', 40], { area: 'B', relevance: 'C' }],
    [
      'staff',
      ['Nominativo', 'Profilo', 'Ore sett.', 'Valutazione individuale'],
      ['Verdi Anna', 'Istruttore', 36, 92],
      { employee: 'B', profile: 'C', hours: 'D', evaluation: 'E' },
    ],
    ['assignments', ['N.', 'Nome', '%'], ['1T', 'Verdi Anna', 50], { id: 'B', employee: 'C', share: 'D' }],
  ] as [string, string[], (string | number | null)[], Record<string, string>][])(
    'reads a %s table',
    (kind, header, row, columns) => {
      const right = String.fromCharCode('B'.charCodeAt(0) + header.length - 1);
      const s = sheet('S', [header, row, row], { at: 'B3' });
      const [t, ...rest] = recognizeTables([s], [excelTable('T1', 'S', `B3:${right}5`)]);
      expect(rest).toEqual([]);
      expect(shape(t)).toEqual({ kind, range: `B3:${right}5`, data: [4, 5], columns });
      expect(t.source).toBe('table');
    },
  );

  it('ignores an Excel table without a recognised header, and plain detection stays out of it', () => {
    const s = sheet('S', [
      ['Voce', 'Importo'],
      ['N.', 'Obiettivo', 'Peso'],
      [1, 'a', 100],
    ]);
    expect(recognizeTables([s], [excelTable('T', 'S', 'A1:C3')])).toEqual([]);
  });

  it('stops a plain range where an Excel table starts', () => {
    const s = sheet('S', [
      ['N.', 'Obiettivo', 'Peso'],
      [1, 'a', 100],
      ['Dipendente', 'Area'],
      ['Rossi', 'Tecnica'],
    ]);
    const tables = recognizeTables([s], [excelTable('Staff', 'S', 'A3:B4')]);
    expect(tables.map((t) => [t.kind, shape(t).range, t.source])).toEqual([
      ['weights', 'A1:C2', 'range'],
      ['staff', 'A3:B4', 'table'],
    ]);
  });

  it('takes a "Totale" row typed in the body as the total and ignores rows after it', () => {
    const s = sheet('S', [
      ['Obiettivo', 'Peso'],
      ['a', 60],
      ['b', 40],
      ['Totale', 100],
      ['nota', 1],
    ]);
    const [t] = recognizeTables([s], [excelTable('T', 'S', 'A1:B5')]);
    expect(shape(t)).toEqual({
      kind: 'weights',
      range: 'A1:B5',
      data: [2, 3],
      total: 4,
      columns: { title: 'A', weight: 'B' },
    });
    expect(t.remarks).toContainEqual({ code: 'ROWS_AFTER_TOTAL', params: { rows: '5' } });
  });
});
