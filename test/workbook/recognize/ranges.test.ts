import type { CellValue } from '../../../src/workbook/port';
import { recognizeTables, cellValue } from '../../../src/workbook/recognize';
import { shape, sheet } from './sheet';

const CLASSES =
  '1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (10) 5.Una tantum (5)';

describe('plain ranges', () => {
  it('finds stacked per-area weight blocks with their title and total rows', () => {
    const s = sheet('Pesatura', [
      ['PESATURA OBIETTIVI ANNO 2025'],
      [],
      ['AREA FINANZIARIA - Responsabile: Mario Rossi'],
      ['NR.', 'Obiettivo', 'Peso %'],
      [1, 'Bilancio di previsione', 40],
      [2, 'Recupero evasione', 30],
      ['1T', 'Trasparenza', 30],
      ['TOTALE', null, 100],
      ['   ', ' \u00a0', null],
      ['Area Tecnica'],
      ['Responsabile: Bozza Angelo'],
      ['N°', 'Denominazione', 'PESO (%)'],
      [1, 'Manutenzione strade', 60],
      [2, 'Cimiteri', 40],
      ['Totale', '', 100],
    ]);
    const tables = recognizeTables([s], []);
    expect(tables.map(shape)).toEqual([
      {
        kind: 'weights',
        range: 'A4:C8',
        data: [5, 6, 7],
        total: 8,
        columns: { id: 'A', title: 'B', weight: 'C' },
      },
      {
        kind: 'weights',
        range: 'A12:C15',
        data: [13, 14],
        total: 15,
        columns: { id: 'A', title: 'B', weight: 'C' },
      },
    ]);
    expect(tables.map((t) => [t.id, t.area, t.responsabile, t.areaCell, t.source])).toEqual([
      ['Pesatura!A4:C4', 'Area Finanziaria', 'Mario Rossi', 'A3', 'range'],
      ['Pesatura!A12:C12', 'Area Tecnica', 'Bozza Angelo', 'A10', 'range'],
    ]);
    expect(tables[0].headers).toEqual({ 0: 'NR.', 1: 'Obiettivo', 2: 'Peso %' });
    expect(tables[0].confirmed).toBe(false);
  });

  it('does not take a document heading for an area', () => {
    const s = sheet('P', [['PESATURA OBIETTIVI ANNO 2025'], ['N.', 'Obiettivo', 'Peso'], [1, 'a', 100]]);
    const [t] = recognizeTables([s], []);
    expect(t.area).toBeUndefined();
    expect(shape(t).range).toBe('A2:C3');
  });

  it('skips a repeated header row and ends at a row of spaces', () => {
    const header = ['N.', 'Obiettivo', 'Indicatore', 'Valore atteso', 'Valore raggiunto'];
    const s = sheet('Obiettivi', [
      header,
      [1, 'Digitalizzazione', 'Pratiche online', '100%', 0.9],
      ['N. ', 'OBIETTIVO', 'Indicatore', 'Valore  atteso', 'Valore raggiunto'],
      [2, 'Archivio', 'Riordino', 'entro il 31/12/2025', '15/11/2025'],
      ['\u00a0 ', ' ', '', null, null],
      // Numbered 7, not 3: it does not go on with the list above (see the page-break test).
      [7, 'Fuori tabella', 'x', 1, 1],
    ]);
    const [t, ...rest] = recognizeTables([s], []);
    expect(rest).toEqual([]);
    expect(shape(t)).toEqual({
      kind: 'objectives',
      range: 'A1:E4',
      data: [2, 4],
      columns: { id: 'A', title: 'B', indicator: 'C', target: 'D', actual: 'E' },
    });
    expect(t.remarks).toContainEqual({ code: 'REPEATED_HEADER_SKIPPED', params: { row: 3 } });
  });

  it('runs across the blank rows of a page break when the numbering goes on', () => {
    const s = sheet('Progetti', [
      ['Progressivo', 'Tipologia progetto', 'Titolo del progetto', 'N. dip.'],
      [1, 'GENERALE', 'Uno', 3],
      [2, 'SETTORE 1', 'Due', 2],
      [null, null, null, null],
      [null, null, null, null],
      [3, 'SETTORE 2', 'Tre', 5],
      [null, null, null, null],
      [9, 'SETTORE 2', 'Nove', 5],
    ]);
    const [t] = recognizeTables([s], []);
    expect(shape(t).data).toEqual([2, 3, 6]);
    expect(t.remarks).toContainEqual({ code: 'BLANK_ROWS_INSIDE', params: { rows: '4, 5' } });
    // 9 after 3 is not the same list: reported, not read.
    expect(t.remarks).toContainEqual(expect.objectContaining({ code: 'ROWS_AFTER_BLANK' }));
  });

  it('starts a new block at a repeated header under an area title row', () => {
    const s = sheet('Pesi', [
      ['AREA FINANZIARIA'],
      ['N.', 'Obiettivo', 'Peso'],
      [1, 'a', 50],
      [2, 'b', 50],
      ['AREA TECNICA'],
      ['N.', 'Obiettivo', 'Peso'],
      [1, 'c', 100],
    ]);
    const tables = recognizeTables([s], []);
    expect(tables.map((t) => [shape(t).range, shape(t).data, t.area, t.areaCell])).toEqual([
      ['A2:C4', [3, 4], 'Area Finanziaria', 'A1'],
      ['A6:C7', [7], 'Area Tecnica', 'A5'],
    ]);
  });

  it('ends a table at the header of a different table right under it', () => {
    const s = sheet('Mix', [
      ['N.', 'Obiettivo', 'Peso'],
      [1, 'a', 100],
      ['Servizio 2 - Edilizia'],
      ['Dipendente', 'Categoria', 'Ore settimanali'],
      ['Rossi Maria', 'C1', 36],
    ]);
    const tables = recognizeTables([s], []);
    expect(tables.map(shape)).toEqual([
      { kind: 'weights', range: 'A1:C2', data: [2], columns: { id: 'A', title: 'B', weight: 'C' } },
      { kind: 'staff', range: 'A4:C5', data: [5], columns: { employee: 'A', grade: 'B', hours: 'C' } },
    ]);
    expect(tables[1].area).toBe('Servizio 2 - Edilizia');
  });

  it('applies merged area cells to every row they span and lists hidden rows and columns', () => {
    const s = sheet(
      'Aree',
      [
        ['Area', 'N.', 'Obiettivo', 'Peso'],
        ['Finanziaria', 1, 'a', 50],
        [null, 2, 'b', 50],
        ['Tecnica', 1, 'c', 100],
      ],
      { merged: ['A2:A3'], hiddenRows: [3], hiddenColumns: ['B', 'F'] },
    );
    const [t] = recognizeTables([s], []);
    expect(shape(t)).toEqual({
      kind: 'weights',
      range: 'A1:D4',
      data: [2, 3, 4],
      columns: { area: 'A', id: 'B', title: 'C', weight: 'D' },
    });
    expect(t.dataRows.map((r) => cellValue(s, r, t.columns.area ?? -1))).toEqual([
      'Finanziaria',
      'Finanziaria',
      'Tecnica',
    ]);
    expect(t.remarks).toEqual(
      expect.arrayContaining([
        { code: 'MERGED_CELLS_FILLED', params: { range: 'A2:A3' } },
        { code: 'HIDDEN_ROWS', params: { rows: '3' } },
        { code: 'HIDDEN_COLUMNS', params: { columns: 'B' } },
      ]),
    );
    expect(t.notes).toContain('hidden rows 3 are read as well');
  });

  it('reads a role from the column under its merged header that holds the values', () => {
    const s = sheet(
      'Rilevanza',
      [
        ['Servizi e uffici', 'Rilevanza obiettivi', null],
        ['Istruzione', null, 0.4],
        ['Cultura', null, 0.6],
      ],
      { merged: ['B1:C1'], formats: { C2: '0%', C3: '0%' } },
    );
    const [t] = recognizeTables([s], []);
    expect(shape(t)).toEqual({
      kind: 'relevance',
      range: 'A1:C3',
      data: [2, 3],
      columns: { area: 'A', relevance: 'C' },
    });
    expect(t.remarks).toContainEqual({
      code: 'VALUES_UNDER_MERGED_HEADER',
      params: { role: 'relevance', header: 'B1:C1', column: 'C' },
    });
  });

  it('keeps the first column of a merged header when it holds the values', () => {
    const s = sheet(
      'Rilevanza',
      [
        ['Area', 'Quota', null],
        ['Istruzione', 40, 'nota'],
        ['Cultura', 60, null],
      ],
      { merged: ['B1:C1'] },
    );
    const [t] = recognizeTables([s], []);
    expect(t.columns.relevance).toBe(1);
    expect(t.remarks?.map((r) => r.code)).not.toContain('VALUES_UNDER_MERGED_HEADER');
  });

  it('does not end at a row that only continues merged cells', () => {
    const s = sheet(
      'Obj',
      [
        ['N.', 'Obiettivo', 'Indicatore', 'Target'],
        [1, 'Obiettivo su due righe', 'ind', 5],
        [null, null, null, null],
        [2, 'b', 'ind2', 3],
      ],
      { merged: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'] },
    );
    const [t] = recognizeTables([s], []);
    expect(shape(t).range).toBe('A1:D4');
    expect(shape(t).data).toEqual([2, 4]);
    expect(t.remarks).toContainEqual({ code: 'CONTINUATION_ROWS', params: { rows: '3' } });
  });

  it('reads a row of units under a two-row header as part of the header', () => {
    // "NR." and "Obiettivo" merged down over both header rows, "%" under "PESO".
    const s = sheet(
      'Pesi',
      [
        ['AREA TECNICA'],
        ['NR.', 'Obiettivo', 'PESO'],
        [null, null, '%'],
        [1, 'Piano del verde', 60],
        ['1T', 'Trasparenza', 40],
        ['TOTALE', null, 100],
      ],
      { merged: ['A2:A3', 'B2:B3'] },
    );
    const [t, ...rest] = recognizeTables([s], []);
    expect(rest).toEqual([]);
    expect(shape(t)).toEqual({
      kind: 'weights',
      range: 'A2:C6',
      data: [4, 5],
      total: 6,
      columns: { id: 'A', title: 'B', weight: 'C' },
    });
    expect(t.area).toBe('Area Tecnica');
    expect(t.remarks).toContainEqual({ code: 'HEADER_UNITS_ROW', params: { row: 3 } });
  });

  it('reads a second header row of units alone, or of vertical merges alone, as header', () => {
    const units = sheet('U', [
      ['N.', 'Obiettivo', 'Peso', 'Importo'],
      [null, null, '(%)', '€'],
      [1, 'a', 100, 5],
    ]);
    expect(shape(recognizeTables([units], [])[0]).data).toEqual([3]);
    const merges = sheet(
      'M',
      [
        ['N.', 'Obiettivo', 'Peso'],
        [null, null, null],
        [1, 'a', 100],
      ],
      { merged: ['A1:A2', 'B1:B2', 'C1:C2'] },
    );
    expect(shape(recognizeTables([merges], [])[0])).toMatchObject({ range: 'A1:C3', data: [3] });
  });

  it('keeps a first row with a value besides units as data', () => {
    const s = sheet('D', [
      ['N.', 'Obiettivo', 'Peso'],
      [null, 'Obiettivo senza numero', '%'],
      [1, 'a', 100],
    ]);
    expect(shape(recognizeTables([s], [])[0]).data).toEqual([2, 3]);
  });

  it('runs across a blank row before more data rows of the block and its total', () => {
    // A real plan's layout: a blank row before the transversal objectives, then TOTALE.
    const s = sheet('Pesatura', [
      [null, 'AREA FINANZIARIA', 'Responsabile: Angelo Rossi'],
      ['NR.', 'Obiettivo', 'Peso %'],
      [1, 'Accertamenti IMU', 30],
      [2, 'Sportello TARI', 50],
      [],
      ['1T', 'Aggiornamento sito Amministrazione Trasparente', 5],
      ['2T', 'Attuazione misure anticorruzione', 5],
      ['3T', 'Digitalizzazione', 5],
      ['4T', 'Piano di formazione', 5],
      [null, 'TOTALE', 100],
      [],
      [null, 'AREA POLIZIA LOCALE', 'Responsabile: Marco Verdi'],
      ['NR.', 'Obiettivo', 'Peso%'],
      [1, 'Videosorveglianza', 100],
    ]);
    const [t, next, ...rest] = recognizeTables([s], []);
    expect(rest).toEqual([]);
    expect(shape(t)).toMatchObject({ range: 'A2:C10', data: [3, 4, 6, 7, 8, 9], total: 10 });
    expect(t.remarks).toContainEqual({ code: 'BLANK_ROWS_INSIDE', params: { rows: '5' } });
    expect(next.area).toBe('Area Polizia Locale');
    expect(shape(next).range).toBe('A13:C14');
  });

  it('ends at a blank row followed by a title, a header or rows of another shape', () => {
    const head = ['N.', 'Obiettivo', 'Peso'];
    const tail = (rows: CellValue[][]) =>
      recognizeTables([sheet('P', [head, [1, 'a', 60], [2, 'b', 40], [], ...rows])], []);
    expect(shape(tail([['Area Tecnica'], [1, 'c', 100]])[0]).range).toBe('A1:C3');
    expect(shape(tail([['Note: piano approvato con delibera', 'n. 12']])[0]).range).toBe('A1:C3');
    const [a, b] = tail([head, [3, 'c', 100]]);
    expect([shape(a).range, shape(b).range]).toEqual(['A1:C3', 'A5:C6']);
    expect(a.remarks?.map((r) => r.code)).not.toContain('BLANK_ROWS_INSIDE');
  });

  it('notes data-like rows after the blank row when the range cannot run on to them', () => {
    // Three blank rows are more than a gap inside a table; the rows are said, not dropped silently.
    const s = sheet('P', [
      ['N.', 'Obiettivo', 'Peso'],
      [1, 'a', 60],
      [],
      [],
      [],
      ['1T', 'b', 40],
      ['2T', 'c', 0],
    ]);
    const [t] = recognizeTables([s], []);
    expect(shape(t).range).toBe('A1:C2');
    expect(t.remarks).toContainEqual({ code: 'ROWS_AFTER_BLANK', params: { rows: '6, 7', range: 'A6:C7' } });
    // One blank row, but no total row closing the rows after it: they may be something else.
    const open = sheet('Q', [['N.', 'Obiettivo', 'Peso'], [1, 'a', 60], [], ['1T', 'b', 40]]);
    const [u] = recognizeTables([open], []);
    expect(shape(u).range).toBe('A1:C2');
    expect(u.remarks).toContainEqual({ code: 'ROWS_AFTER_BLANK', params: { rows: '4', range: 'A4:C4' } });
  });

  it('reads a project table whose category header lists the classes', () => {
    const s = sheet('Progetti', [
      ['PROGETTI 2025'],
      [
        'Progressivo',
        'Tipologia progetto',
        'Titolo del progetto',
        CLASSES,
        'N. dip.',
        'Coeff.',
        'Totale coeff.',
        'Importo stanziato',
      ],
      [1, 'GENERALE', 'Eventi', '2', 12, 3, 75, null],
      [2, 'SETTORE 1', 'Archivio', '3', 5, 1.5, 30, '€ 8.000,00'],
      ['Totale', null, null, null, null, null, 105, null],
    ]);
    const [t] = recognizeTables([s], []);
    expect(shape(t)).toEqual({
      kind: 'projects',
      range: 'A2:H5',
      data: [3, 4],
      total: 5,
      columns: {
        id: 'A',
        tipologia: 'B',
        title: 'C',
        category: 'D',
        headcount: 'E',
        coefficient: 'F',
        totalCoefficient: 'G',
        budget: 'H',
      },
    });
    expect(t.categoryClasses?.map((c) => `${c.key}=${c.points}`)).toEqual([
      'strategico=40',
      'innovativo=25',
      'miglioramento=20',
      'mantenimento=10',
      'una tantum=5',
    ]);
    expect(t.area).toBeUndefined();
  });

  it('reads an area relevance table', () => {
    const s = sheet('Rilevanza', [
      ['Rilevanza obiettivi'],
      ['Responsabili di servizio e uffici', 'Rilevanza obiettivi'],
      ['Area Finanziaria', '30%'],
      ['Area Tecnica', 0.7],
      ['TOTALE', 1],
    ]);
    const tables = recognizeTables([s], []);
    expect(tables.map(shape)).toEqual([
      { kind: 'relevance', range: 'A2:B5', data: [3, 4], total: 5, columns: { area: 'A', relevance: 'B' } },
    ]);
  });

  it('finds two tables side by side, with English headers', () => {
    const s = sheet('Staff', [
      ['Employee', 'Grade', 'Weekly hours', 'Unit', null, 'Objective', 'Employee', 'Share'],
      ['Rossi Maria', 'C1', 36, 'Finance', null, 'Budget', 'Rossi Maria', 60],
      ['Bianchi Luca', 'D1', 18, 'Finance', null, 'Budget', 'Bianchi Luca', 40],
      [null, null, null, null, null, 'Audit', 'Rossi Maria', 100],
    ]);
    const tables = recognizeTables([s], []);
    expect(tables.map(shape)).toEqual([
      {
        kind: 'staff',
        range: 'A1:D3',
        data: [2, 3],
        columns: { employee: 'A', grade: 'B', hours: 'C', area: 'D' },
      },
      {
        kind: 'assignments',
        range: 'F1:H4',
        data: [2, 3, 4],
        columns: { title: 'F', employee: 'G', share: 'H' },
      },
    ]);
  });

  it('keeps an unlabelled column with data inside the table', () => {
    const s = sheet('Pesi', [
      ['N.', 'Obiettivo', null, 'Peso'],
      [1, 'a', 'nota', 100],
    ]);
    const [t] = recognizeTables([s], []);
    expect(shape(t).range).toBe('A1:D2');
    expect(t.headers).toEqual({ 0: 'N.', 1: 'Obiettivo', 3: 'Peso' });
  });

  it('reads headers with accents, punctuation, trailing % and an assignees column', () => {
    const s = sheet(
      'Assegnazioni',
      [
        ['Obiettivo N.', 'Descrizione obiettivo', 'RISORSE UMANE ASSEGNATE:'],
        ['1', 'Sportello', 'Gloria Martinelli (60%), Silvia Leorati (40%)'],
        ['2', 'Archivio', '40% Cella Sabrina - 60% Merola Dario'],
      ],
      { at: 'C5' },
    );
    const [t] = recognizeTables([s], []);
    expect(shape(t)).toEqual({
      kind: 'assignments',
      range: 'C5:E7',
      data: [6, 7],
      columns: { id: 'C', title: 'D', assignees: 'E' },
    });
  });

  it('orders tables by sheet, then top to bottom', () => {
    const a = sheet('A', [[], [], ['Obiettivo', 'Peso'], ['x', 100]]);
    const b = sheet('B', [
      ['Dipendente', 'Area'],
      ['Rossi', 'Tecnica'],
      [],
      ['Area', 'Quota'],
      ['Tecnica', 100],
    ]);
    expect(recognizeTables([b, a], []).map((t) => t.id)).toEqual(['B!A1:B1', 'B!A4:B4', 'A!A3:B3']);
  });

  it('finds nothing on a sheet without tables', () => {
    const notes = sheet('Note', [
      ['Verbale del nucleo di valutazione'],
      ['Obiettivo', 'da definire'],
      [1, 2, 3],
      ['Totale', 6],
    ]);
    const empty = sheet('Vuoto', []);
    expect(recognizeTables([notes, empty], [])).toEqual([]);
  });
});
