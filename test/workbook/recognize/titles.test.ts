import { parseTitle, tidyName } from '../../../src/workbook/recognize';

describe('title rows', () => {
  it.each([
    ['AREA FINANZIARIA', { area: 'Area Finanziaria', responsabile: undefined }],
    ['Area Tecnica', { area: 'Area Tecnica', responsabile: undefined }],
    ['Settore 2 - Lavori pubblici', { area: 'Settore 2 - Lavori pubblici', responsabile: undefined }],
    ['Servizio 2 - Edilizia', { area: 'Servizio 2 - Edilizia', responsabile: undefined }],
    ['Responsabile: Bozza Angelo', { area: undefined, responsabile: 'Bozza Angelo' }],
    [
      'AREA FINANZIARIA - Responsabile: Mario Rossi',
      { area: 'Area Finanziaria', responsabile: 'Mario Rossi' },
    ],
    ['Area Tecnica (Responsabile: Anna Verdi)', { area: 'Area Tecnica', responsabile: 'Anna Verdi' }],
    ['RESPONSABILE DEL SERVIZIO: LUCA NERI', { area: undefined, responsabile: 'Luca Neri' }],
  ])('%s', (text, expected) => {
    const t = parseTitle(text);
    expect({ area: t.area, responsabile: t.responsabile }).toEqual(expected);
  });

  it('tells area names from document headings', () => {
    expect(parseTitle('AREA TECNICA').areaWord).toBe(true);
    expect(parseTitle('PESATURA OBIETTIVI ANNO 2023').heading).toBe(true);
    expect(parseTitle('Tributi').areaWord).toBe(false);
    expect(parseTitle('Tributi').heading).toBe(false);
  });

  it('title-cases names in capitals and keeps mixed case', () => {
    expect(tidyName('  AREA   SERVIZI ALLA PERSONA ')).toBe('Area Servizi alla Persona');
    expect(tidyName("SETTORE II - ATTIVITA' PRODUTTIVE")).toBe("Settore II - Attivita' Produttive");
    expect(tidyName("AREA DELL'ENTE")).toBe("Area dell'Ente");
    expect(tidyName('Settore 2 -  Lavori pubblici')).toBe('Settore 2 - Lavori pubblici');
  });
});
