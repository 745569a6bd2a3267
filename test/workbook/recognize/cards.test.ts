/** Objective cards: label | value rows under group headings, one table per group (recognize/cards.ts). */
import {
  parseSavedMappings,
  recognize,
  serializeSavedMappings,
  toSavedMapping,
} from '../../../src/workbook/recognize';
import type { RecognizedTable } from '../../../src/workbook/recognize';
import { rangeAddress } from '../../../src/workbook/a1';
import { sheet } from './sheet';

type Row = (string | number | null)[];

const LABELS: Row[] = [
  ['Responsabile:', 'Responsabile area'],
  ['Tempi di raggiungimento:', 'Entro il 31/10/2025'],
  ["Misurazione di raggiungimento dell'obiettivo:", 'Pratiche evase'],
  ['Traguardo atteso:', '100'],
];

function tablesOf(values: Row[], merged: string[] = []): RecognizedTable[] {
  return recognize([sheet('Schede', values, { merged })], []).tables;
}

const at = (r: number, c: number) => rangeAddress({ top: r, left: c, bottom: r, right: c });

describe('objective cards', () => {
  const values: Row[] = [
    ['PIANO DELLA PERFORMANCE 2025'],
    [],
    ['OBIETTIVI DI PERFORMANCE TRASVERSALI'], // row 3
    [],
    ['OBIETTIVO DI PERFORMANCE TRASVERSALE: Trasparenza degli atti'], // 5
    ...LABELS, // 6-9
    [],
    ['OBIETTIVI AREA TECNICA'], // 11
    [],
    ['OBIETTIVO DI PERFORMANCE:', '3. Piano del verde'], // 13
    ...LABELS, // 14-17
    ['Note:', 'Nessuna'], // 18: a label Premia does not read
    [],
    ['OBIETTIVO DI PERFORMANCE:'], // 20
    [null, 'Manutenzione strade'], // 21: the title below the label
    ...LABELS, // 22-25
  ];
  const tables = tablesOf(values, ['A5:B5']);

  it('makes one table per group heading, from the heading to the last card', () => {
    expect(
      tables.map((t) => `${t.kind} ${rangeAddress(t.range)} ${t.dataRows.map((r) => r + 1).join(',')}`),
    ).toEqual(['objective-cards A3:B9 5', 'objective-cards A11:B25 13,20']);
  });

  it('reads the heading as the area, or as transversal objectives', () => {
    expect(tables[0].area).toBeUndefined();
    expect(tables[0].transversal).toBe(true);
    expect(tables[1].area).toBe('Area Tecnica');
    expect(tables[1].areaCell).toBe('A11');
    expect(tables[1].remarks?.map((r) => r.code)).toEqual(
      expect.arrayContaining(['CARDS_READ', 'AREA_FROM_HEADING', 'CARD_TITLE_PLACED', 'CARD_ROWS_UNREAD']),
    );
  });

  it('numbers the cards with no number of their own by their place, and says so', () => {
    expect(tables[0].remarks).toContainEqual({ code: 'CARDS_NUMBERED', params: { ids: '1T' } });
    expect(tables[1].remarks).toContainEqual({ code: 'CARDS_NUMBERED', params: { ids: '2' } });
  });

  it('records the cell of every labelled value, the title in the label cell, beside it or below it', () => {
    const [inline] = tables[0].cards ?? [];
    expect(inline.titleLabel).toBe('OBIETTIVO DI PERFORMANCE TRASVERSALE:');
    expect(inline.transversal).toBe(true);
    expect(at(inline.cells.title!.row, inline.cells.title!.col)).toBe('A5');
    expect(at(inline.cells.deadline!.row, inline.cells.deadline!.col)).toBe('B7');
    const [beside, below] = tables[1].cards ?? [];
    expect(beside.id).toBe('3');
    expect(at(beside.cells.title!.row, beside.cells.title!.col)).toBe('B13');
    expect(at(beside.cells.target!.row, beside.cells.target!.col)).toBe('B17');
    expect(beside.unread.map((r) => r + 1)).toEqual([18]);
    expect(at(below.cells.title!.row, below.cells.title!.col)).toBe('B21');
    expect(at(below.cells.indicator!.row, below.cells.indicator!.col)).toBe('B24');
  });

  it('does not take an "Obiettivo" cell without labelled rows below for a card', () => {
    const found = tablesOf([
      ['OBIETTIVO: migliorare i servizi'],
      ['Il comune intende migliorare i servizi.'],
      [],
      ['N.', 'Obiettivo', 'Peso %'],
      [1, 'Archivio', 100],
    ]);
    expect(found.map((t) => `${t.kind} ${rangeAddress(t.range)}`)).toEqual(['weights A4:C5']);
  });

  it('closes a group at a row of several cells, and keeps a group with no heading', () => {
    const found = tablesOf([
      ['OBIETTIVO 1: Archivio'],
      ...LABELS,
      [],
      ['Totale', 'x', 'y'],
      [],
      ['OBIETTIVO 2: Protocollo'],
      ...LABELS,
    ]);
    expect(
      found.map(
        (t) => `${rangeAddress(t.range)} ${t.area ?? '-'} ${(t.cards ?? []).map((c) => c.id).join(',')}`,
      ),
    ).toEqual(['A1:B5 - 1', 'A9:B13 - 2']);
  });
});

describe('saved mappings of card tables', () => {
  const values: Row[] = [['OBIETTIVI AREA TECNICA'], [], ['OBIETTIVO: Piano del verde'], ...LABELS];
  const snapshot = sheet('Schede', values);
  const [found] = recognize([snapshot], []).tables;

  it('keeps the cards of a confirmed card table', () => {
    const saved = parseSavedMappings(serializeSavedMappings([toSavedMapping(found)]));
    const [table] = recognize([snapshot], [], saved).tables;
    expect(table.confirmed).toBe(true);
    expect(table.kind).toBe('objective-cards');
    expect(table.cards).toEqual(found.cards);
  });

  it('leaves out an ignored card table, and rebuilds nothing from a card table no longer found', () => {
    const ignored = { ...toSavedMapping(found), ignored: true };
    expect(recognize([snapshot], [], [ignored]).tables).toEqual([]);
    const elsewhere = { ...toSavedMapping(found), header: 'A20:B20' };
    const other = sheet('Schede', [...values, [], ['Testo', 'altro']]);
    const result = recognize([other], [], [elsewhere]);
    expect(result.tables.map((t) => rangeAddress(t.range))).toEqual(['A1:B7']);
  });
});
