/** Objective blocks: a definition table per objective and its indicators table with no objective column. */
import { recognize } from '../../../src/workbook/recognize';
import type { RecognizedTable } from '../../../src/workbook/recognize';
import { rangeAddress } from '../../../src/workbook/a1';
import { sheet } from './sheet';
import { shape } from './sheet';

type Row = (string | number | null)[];

const DEFINITION: Row = [
  'DEFINIZIONE OBIETTIVO',
  'DESCRIZIONE/FASI',
  'ORIZZONTE TEMPORALE',
  'ASSEGNAZIONE OBIETTIVO',
];

/** A block at its header row: definition (title merged over the phases), MISSIONE, indicators, notes. */
function block(
  title: string,
  indicators: Row[],
  header: Row = ['INDICATORI', 'Valore atteso', 'Raggiunto'],
): Row[] {
  return [
    DEFINITION,
    [title, '1. Prima fase', '2025', 'Servizio'],
    [null, '2. Seconda fase', '2025', null],
    [],
    ['MISSIONE', '01', 'Servizi istituzionali'],
    [],
    header,
    ...indicators,
    [],
    ["CARATTERISTICHE DELL'OBIETTIVO", 'Valutazione'],
    ['Rischio', 'Basso'],
    [],
    ['Stato di attuazione degli obiettivi'],
    ['(campo dedicato alla relazione finale)'],
    [],
  ];
}

function tablesOf(values: Row[], merged: string[]): RecognizedTable[] {
  return recognize([sheet('Blocchi', values, { merged })], []).tables;
}

describe('objective blocks', () => {
  // Rows: 1 heading, 3 block 1 (header), 18 block 2, 34 heading, 36 block 3, 52 block 4.
  const values: Row[] = [
    ['OBIETTIVI GESTIONALI TRASVERSALI'],
    [],
    ...block('1. Privacy', [['1- Registro aggiornato', 'SI', null]]),
    ...block('2. Energia', [
      ['1- Consumi', '5%', null],
      ['2- Incontri', 2, null],
    ]),
    ['SERVIZIO FINANZIARIO'],
    [],
    ...block(
      '6. Bilancio',
      [
        ['1- Bilancio approvato', 'Realizzazione', 'Entro il 31/12/2025', null],
        [null, 'Costo', null, null],
      ],
      ['INDICATORI', 'Azione', 'Valore atteso', 'Raggiunto'],
    ),
    ...block('7. Anagrafe', [['1- Carte emesse', '90%', null]]),
  ];
  const tables = tablesOf(values, ['A4:A5', 'A19:A20', 'A37:A38', 'A53:A54']);

  it('reads each definition table as one objective, its phases as continuation, and the indicators table below', () => {
    expect(tables.map((t) => `${t.block?.part ?? '-'} ${shape(t).range} ${shape(t).data.join(',')}`)).toEqual(
      [
        'definition A3:D5 4',
        'indicators A9:C10 10',
        'definition A18:D20 19',
        'indicators A24:C26 25,26',
        'definition A36:D38 37',
        'indicators A42:D44 43',
        'definition A52:D54 53',
        'indicators A58:C59 59',
      ],
    );
    expect(shape(tables[0]).columns).toEqual({ title: 'A', phases: 'B', area: 'D' });
    expect(shape(tables[5]).columns).toEqual({ indicator: 'A', target: 'C', actual: 'D' });
    expect(tables[0].remarks?.map((r) => r.code)).toContain('PHASE_ROWS');
    expect(tables[0].remarks?.map((r) => r.code)).not.toContain('MERGED_CELLS_FILLED');
  });

  it('gives each indicators table the definition above it as owner, and says so', () => {
    for (let i = 1; i < tables.length; i += 2)
      expect(tables[i].block).toEqual({ part: 'indicators', owner: tables[i - 1].id });
    expect(tables[1].remarks).toContainEqual({ code: 'BLOCK_INDICATORS', params: { cell: 'A4' } });
    // Row 44 fills only the action column: the indicator above continued.
    expect(tables[5].remarks).toContainEqual({ code: 'BLOCK_ROWS_CONTINUED', params: { rows: '44' } });
  });

  it('carries the group heading down over the blocks until the next heading', () => {
    expect(tables.map((t) => `${t.area ?? '-'} ${t.transversal === true}`)).toEqual([
      '- true',
      '- true',
      '- true',
      '- true',
      'Servizio Finanziario false',
      'Servizio Finanziario false',
      'Servizio Finanziario false',
      'Servizio Finanziario false',
    ]);
    // The note row above block 2 is no area.
    expect(tables[2].remarks?.map((r) => r.code)).not.toContain('AREA_FROM_TITLE');
    expect(tables[6].remarks).toContainEqual({
      code: 'AREA_FROM_HEADING',
      params: { area: 'Servizio Finanziario', cell: 'A34' },
    });
  });

  it('finds no indicators table without a definition table above it', () => {
    const found = tablesOf(
      [
        ['INDICATORI', 'Valore atteso', 'Raggiunto'],
        ['Pratiche', 10, null],
      ],
      [],
    );
    expect(found).toEqual([]);
  });

  it('joins a header word hyphenated across lines', () => {
    const found = tablesOf(
      [
        ['DEFINIZIONE OBIETTIVO', 'DESCRIZIONE/FA-\nSI', 'ORIZZONTE'],
        ['1. Privacy', '1. Registro', '2025'],
      ],
      [],
    );
    expect(found.map((t) => shape(t).columns)).toEqual([{ title: 'A', phases: 'B' }]);
  });
});

describe('headings of kinds of objectives', () => {
  it('ends the transversal objectives at "OBIETTIVI ... SETTORIALI", and takes the service heading below it', () => {
    const found = tablesOf(
      [
        ['OBIETTIVI GESTIONALI TRASVERSALI'],
        [],
        ...block('1. Privacy', [['1- Registro', 'SI', null]]),
        ['OBIETTIVI GESTIONALI SETTORIALI'],
        [],
        ...block('5. Tributi', [['1- Avvisi', 60, null]]),
        ['OBIETTIVI GESTIONALI SETTORIALI'],
        [],
        ['Servizio 2 – Tributi'],
        [],
        ...block('6. Riscossione', [['1- Incassi', 100, null]]),
      ],
      ['A4:A5', 'A21:A22', 'A40:A41'],
    );
    const definitions = found.filter((t) => t.block?.part === 'definition');
    expect(
      definitions.map((t) => `${rangeAddress(t.range)} ${t.area ?? '-'} ${t.transversal === true}`),
    ).toEqual(['A3:D5 - true', 'A20:D22 - false', 'A39:D41 Servizio 2 – Tributi false']);
  });
});

describe('block ranges', () => {
  it('keeps an ordinary objectives table with phases and indicators out of the block reading', () => {
    const found = tablesOf(
      [
        ['Obiettivo', 'Fasi', 'Indicatore', 'Valore atteso'],
        ['Archivio', 'Scarto', 'Faldoni', 100],
      ],
      [],
    );
    expect(found.map((t) => `${rangeAddress(t.range)} ${t.block === undefined}`)).toEqual(['A1:D2 true']);
  });
});
