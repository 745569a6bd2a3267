/**
 * One area under several names: the staff list's and the relevance table's variants read as
 * the objectives' area, said once; a name that fits none is said once, with a guess.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook } from '../../../src/workbook/pipeline';
import { coreWords, matchAreaName } from '../../../src/workbook/reader/area-names';

describe('matchAreaName', () => {
  const known = ['Area Finanziaria', "TURISMO ATTIVITA' PRODUTTIVE", 'Area Tecnica', 'Servizi Sociali'];
  it.each([
    ['AREA ECONOMICO FINANZIARIA', 'Area Finanziaria'],
    ['Turismo e attività produttive', "TURISMO ATTIVITA' PRODUTTIVE"],
    ['Settore tecnico', undefined],
    ['Area Tecnica e Manutenzioni', 'Area Tecnica'],
    ['Polizia Locale', undefined],
  ])('reads %s as %s', (name, expected) => {
    expect(matchAreaName(name, known)).toBe(expected);
  });

  it('refuses a name two areas fit', () => {
    expect(
      matchAreaName('Servizi finanziari e sociali', ['Area Servizi Sociali', 'Area Servizi Finanziari']),
    ).toBe(undefined);
  });

  it('compares core words only', () => {
    expect(coreWords("Area dei Servizi alla Persona e all'Istruzione")).toEqual([
      'persona',
      'all',
      'istruzione',
    ]);
  });
});

async function plan(staffArea: string) {
  const book = XlsxWorkbook.create();
  const w = book.workbook.addWorksheet('Pesi');
  w.addRow(['AREA FINANZIARIA']);
  w.addRow(['N.', 'Obiettivo', 'Peso']);
  w.addRow([1, 'Bilancio', 60]);
  w.addRow([2, 'Tributi', 40]);
  w.addRow(['TOTALE', null, 100]);
  const s = book.workbook.addWorksheet('Personale');
  s.addRow([staffArea]);
  s.addRow([]);
  s.addRow(['Personale assegnato:']);
  s.addRow(['Cognome e nome', 'Ore settimanali']);
  s.addRow(['Rossi Maria', 36]);
  s.addRow(['Verdi Luca', 18]);
  return loadWorkbook(book);
}

describe('staff lists under another name of the area', () => {
  it('take the area of the title above the label row, matched to the objectives', async () => {
    const loaded = await plan('AREA ECONOMICO FINANZIARIA');
    expect(loaded.plan.employees.map((e) => e.area)).toEqual(['Area Finanziaria', 'Area Finanziaria']);
    const said = loaded.readFindings.filter((f) => f.code === 'READ_AREA_NAME_MATCHED');
    expect(said).toHaveLength(1);
    expect(said[0].cells).toEqual([{ sheet: 'Personale', cell: 'A1' }]);
    // The area rule reaches them: both work on the area's two objectives.
    const implicit = loaded.plan.assignments.filter((a) => a.implicit);
    expect(implicit).toHaveLength(4);
  });

  it('say once when a staff area fits no area of the objectives, with a guess', async () => {
    const loaded = await plan('AREA FINANZE E TRIBUTI');
    const said = loaded.readFindings.filter((f) => f.code.startsWith('READ_AREA_UNMATCHED'));
    expect(said).toHaveLength(1);
    expect(said[0].params.known).toBe('Area Finanziaria');
  });
});
