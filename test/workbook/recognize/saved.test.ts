import {
  MAPPING_SETTING,
  parseSavedMappings,
  recognize,
  recognizeTables,
  serializeSavedMappings,
  toSavedMapping,
} from '../../../src/workbook/recognize';
import type { SavedMapping } from '../../../src/workbook/recognize';
import { excelTable, shape, sheet } from './sheet';

const pesi = () =>
  sheet('Pesi', [
    ['AREA FINANZIARIA'],
    ['N.', 'Obiettivo', 'Peso'],
    [1, 'a', 60],
    [2, 'b', 40],
    [],
    ['Cod.', 'Attività', 'Importanza'],
    ['X1', 'c', 100],
  ]);

describe('saved mappings: settings JSON', () => {
  it('round-trips through versioned JSON under the premia.mapping key', () => {
    expect(MAPPING_SETTING).toBe('premia.mapping');
    const m: SavedMapping[] = [
      {
        sheet: 'Pesi',
        header: 'A6:C6',
        kind: 'weights',
        columns: { weight: 'C', id: 'A', title: 'B' },
        area: 'Area Tecnica',
      },
      { sheet: 'Note', header: 'B2:D2', kind: 'staff', columns: {}, ignored: true },
    ];
    const json = serializeSavedMappings(m);
    expect(JSON.parse(json)).toEqual({
      version: 1,
      mappings: [
        {
          sheet: 'Pesi',
          header: 'A6:C6',
          kind: 'weights',
          columns: { id: 'A', title: 'B', weight: 'C' },
          area: 'Area Tecnica',
        },
        { sheet: 'Note', header: 'B2:D2', kind: 'staff', columns: {}, ignored: true },
      ],
    });
    expect(parseSavedMappings(json)).toEqual(m);
  });

  it('leaves out what is not a valid mapping', () => {
    expect(parseSavedMappings('not json')).toEqual([]);
    expect(parseSavedMappings('{"version":2,"mappings":[]}')).toEqual([]);
    const json = JSON.stringify({
      version: 1,
      mappings: [
        { sheet: 'S', header: 'A1:C1', kind: 'tables', columns: {} },
        { sheet: 'S', header: 'nowhere', kind: 'weights', columns: {} },
        { sheet: 'S', header: 'A1:C1', kind: 'weights', columns: { weight: '3' } },
        { sheet: 'S', header: '$a$1:$c$1', kind: 'weights', columns: { weight: 'c', unknownRole: 'A' } },
      ],
    });
    expect(parseSavedMappings(json)).toEqual([
      { sheet: 'S', header: 'A1:C1', kind: 'weights', columns: { weight: 'C' } },
    ]);
  });

  it('saves a detected table; an area from a title row stays live', () => {
    const [t] = recognizeTables([pesi()], []);
    expect(toSavedMapping(t)).toEqual({
      sheet: 'Pesi',
      header: 'A2:C2',
      kind: 'weights',
      columns: { id: 'A', title: 'B', weight: 'C' },
    });
    expect(toSavedMapping({ ...t, area: 'Ragioneria', areaCell: undefined }).area).toBe('Ragioneria');
  });
});

describe('saved mappings: applied to detection', () => {
  it('builds a table detection does not find, from the mapping', () => {
    expect(recognizeTables([pesi()], []).map((t) => t.id)).toEqual(['Pesi!A2:C2']);
    const saved: SavedMapping[] = [
      {
        sheet: 'Pesi',
        header: 'A6:C6',
        kind: 'weights',
        columns: { id: 'A', title: 'B', weight: 'C' },
        area: 'Area Tecnica',
      },
    ];
    const tables = recognizeTables([pesi()], [], saved);
    expect(tables.map((t) => [t.id, t.confirmed])).toEqual([
      ['Pesi!A2:C2', false],
      ['Pesi!A6:C6', true],
    ]);
    expect(shape(tables[1])).toEqual({
      kind: 'weights',
      range: 'A6:C7',
      data: [7],
      columns: { id: 'A', title: 'B', weight: 'C' },
    });
    expect(tables[1].area).toBe('Area Tecnica');
    expect(tables[1].remarks).toContainEqual({ code: 'SAVED_MAPPING_APPLIED', params: {} });
  });

  it('replaces the detected kind, columns and area', () => {
    const saved: SavedMapping[] = [
      {
        sheet: 'Pesi',
        header: 'A2:C2',
        kind: 'assignments',
        columns: { id: 'A', assignees: 'B', share: 'C' },
        area: 'Ragioneria',
      },
    ];
    const [t] = recognizeTables([pesi()], [], saved);
    expect(shape(t)).toEqual({
      kind: 'assignments',
      range: 'A2:C4',
      data: [3, 4],
      columns: { id: 'A', assignees: 'B', share: 'C' },
    });
    expect(t).toMatchObject({ confirmed: true, area: 'Ragioneria' });
    expect(t.areaCell).toBeUndefined();
  });

  it('keeps the area of the title row when the mapping has none', () => {
    const [t] = recognizeTables(
      [pesi()],
      [],
      [{ sheet: 'Pesi', header: 'A2:C2', kind: 'weights', columns: { title: 'B', weight: 'C' } }],
    );
    expect(t).toMatchObject({
      confirmed: true,
      area: 'Area Finanziaria',
      areaCell: 'A1',
      columns: { title: 1, weight: 2 },
    });
  });

  it('removes a table the user ignored', () => {
    const saved: SavedMapping[] = [
      { sheet: 'Pesi', header: 'A2:C2', kind: 'weights', columns: {}, ignored: true },
    ];
    expect(recognizeTables([pesi()], [], saved)).toEqual([]);
  });

  it('drops, with a reason, mappings whose header is gone', () => {
    const saved: SavedMapping[] = [
      { sheet: 'Vecchio foglio', header: 'A1:C1', kind: 'weights', columns: {} },
      { sheet: 'Pesi', header: 'A5:C5', kind: 'staff', columns: { employee: 'A' } },
      { sheet: 'Pesi', header: 'A2:C2', kind: 'weights', columns: { title: 'B', weight: 'C' } },
      { sheet: 'Pesi', header: 'A2:C2', kind: 'staff', columns: {} },
    ];
    const r = recognize([pesi()], [], saved);
    expect(r.tables.map((t) => [t.id, t.kind, t.confirmed])).toEqual([['Pesi!A2:C2', 'weights', true]]);
    expect(r.dropped.map((d) => [d.mapping.sheet, d.mapping.header, d.reason])).toEqual([
      ['Vecchio foglio', 'A1:C1', 'SHEET_MISSING'],
      ['Pesi', 'A5:C5', 'HEADER_BLANK'],
      ['Pesi', 'A2:C2', 'DUPLICATE'],
    ]);
    expect(r.dropped[1].note).toBe('saved mapping Pesi!A5:C5 dropped: the header row is now blank');
  });

  it('replaces a detected table whose header grew by a column', () => {
    const s = sheet('S', [
      ['N.', 'Obiettivo', 'Peso', 'Area'],
      [1, 'a', 100, 'Tecnica'],
    ]);
    const tables = recognizeTables(
      [s],
      [],
      [{ sheet: 'S', header: 'A1:C1', kind: 'weights', columns: { id: 'A', title: 'B', weight: 'C' } }],
    );
    expect(tables.map((t) => [shape(t).range, t.confirmed])).toEqual([['A1:C2', true]]);
  });

  it('applies to an Excel table by its header row', () => {
    const s = sheet('S', [
      ['Cod.', 'Attività', 'Importanza'],
      ['X1', 'c', 100],
      ['', '', ''],
      ['X2', 'd', 0],
    ]);
    const tables = recognizeTables(
      [s],
      [excelTable('tblAtt', 'S', 'A1:C4')],
      [{ sheet: 'S', header: 'A1:C1', kind: 'weights', columns: { id: 'A', title: 'B', weight: 'C' } }],
    );
    expect(tables.map(shape)).toEqual([
      { kind: 'weights', range: 'A1:C4', data: [2, 4], columns: { id: 'A', title: 'B', weight: 'C' } },
    ]);
    expect(tables[0]).toMatchObject({ source: 'table', tableName: 'tblAtt', confirmed: true });
  });
});
