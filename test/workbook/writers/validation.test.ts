import { finding } from '../../../src/domain/findings';
import { OUTPUT_SHEETS, OUTPUT_TABLES, validationSheet } from '../../../src/workbook/writers';
import { table, texts } from './helpers';

const generatedAt = new Date(2025, 2, 12, 14, 5);

const warning = finding({
  code: 'DIST_UNASSIGNED',
  severity: 'warning',
  params: { amount: '12,00' },
  cells: [{ sheet: 'Parametri', cell: 'B9' }],
});
const error = finding({
  code: 'DIST_MISSING_HEADCOUNT',
  severity: 'error',
  params: { objective: '3', title: 'Sportello unico', pool: 'Generale' },
  cells: [
    { sheet: 'Pesi 2025', cell: 'F7' },
    { sheet: 'Pesi 2025', cell: 'F8' },
  ],
  area: 'Area tecnica',
  objective: '3',
});
const error2 = finding({ code: 'DIST_NO_FUND', severity: 'error', cells: [] });

describe('validationSheet', () => {
  const spec = validationSheet([warning, error, error2], { generatedAt });
  const t = table(spec, OUTPUT_TABLES.validation);

  it('has the title, the generation time and a summary with the counts', () => {
    expect(spec.name).toBe(OUTPUT_SHEETS.validation);
    expect(spec.rows[0][0]).toMatchObject({ value: 'Premia – Verifica del piano', bold: true });
    expect(spec.rows[1][0].value).toBe('Generato il 12/03/2025 14:05');
    expect(spec.rows[2][0].value).toBe(
      '2 errori, 1 avviso: la distribuzione resta bloccata finché ci sono errori.',
    );
  });

  it('lists one row per finding, errors first, in Italian', () => {
    expect(t.headers).toEqual(['Gravità', 'Codice', 'Area', 'Obiettivo', 'Messaggio', 'Celle']);
    expect(t.body).toHaveLength(3);
    expect(t.column('Codice').map((c) => c.value)).toEqual([
      'DIST_MISSING_HEADCOUNT',
      'DIST_NO_FUND',
      'DIST_UNASSIGNED',
    ]);
    expect(t.column('Gravità').map((c) => c.value)).toEqual(['Errore', 'Errore', 'Avviso']);
    expect(t.cell(0, 'Messaggio').value).toBe(error.message);
    expect(t.cell(0, 'Area').value).toBe('Area tecnica');
    expect(t.cell(0, 'Obiettivo').value).toBe('3');
  });

  it('links the Celle column to the first cell of each finding', () => {
    expect(t.cell(0, 'Celle')).toEqual({
      value: 'Pesi 2025!F7 (+1)',
      link: { sheet: 'Pesi 2025', cell: 'F7' },
    });
    expect(t.cell(2, 'Celle')).toEqual({ value: 'Parametri!B9', link: { sheet: 'Parametri', cell: 'B9' } });
    expect(t.cell(1, 'Celle').link).toBeUndefined();
  });

  it('freezes the rows down to the header and colours the tab', () => {
    expect(spec.freezeRows).toBe(t.top + 1);
    expect(spec.tabColor).toMatch(/^[0-9A-F]{6}$/);
    expect(spec.columnWidths?.length).toBe(6);
    for (const w of spec.columnWidths ?? []) expect(w).toBeGreaterThanOrEqual(8);
  });

  it('writes a single reassuring row when there are no findings', () => {
    const empty = validationSheet([], { generatedAt });
    const v = table(empty, OUTPUT_TABLES.validation);
    expect(v.body).toHaveLength(1);
    expect(v.cell(0, 'Gravità').value).toBe('OK');
    expect(v.cell(0, 'Messaggio').value).toContain('Nessun errore e nessun avviso');
    expect(empty.rows[2][0].value).toBe('0 errori, 0 avvisi.');
  });

  it('writes headings and known messages in English on request', () => {
    const en = validationSheet([warning, error], { generatedAt, locale: 'en' });
    const v = table(en, OUTPUT_TABLES.validation);
    expect(v.headers).toEqual(['Severity', 'Code', 'Area', 'Objective', 'Message', 'Cells']);
    expect(v.cell(0, 'Severity').value).toBe('Error');
    expect(v.cell(0, 'Message').value).toContain('Objective 3');
    expect(en.rows[2][0].value).toBe(
      '1 error, 1 warning: the distribution stays blocked while there are errors.',
    );
    expect(texts(en).some((s) => s.startsWith('sheet.'))).toBe(false);
  });

  it('keeps formula-looking user text as a plain string', () => {
    const f = finding({
      code: 'DIST_UNIT_WITHOUT_STAFF',
      severity: 'warning',
      params: { objective: '=1+1', title: '=SOMMA(A1:A3)', amount: '5,00' },
      area: '+39 area',
      objective: '=1+1',
    });
    const v = table(validationSheet([f], { generatedAt }), OUTPUT_TABLES.validation);
    expect(v.cell(0, 'Obiettivo')).toEqual({ value: '=1+1' });
    expect(v.cell(0, 'Area')).toEqual({ value: '+39 area' });
    expect(v.cell(0, 'Messaggio').value).toContain('«=SOMMA(A1:A3)»');
  });
});
