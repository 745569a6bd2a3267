import { extractSubWeights } from '../../../src/domain/values';

describe('extractSubWeights', () => {
  it('reads each "(Peso N%)" after its indicator', () => {
    expect(
      extractSubWeights('Attivazione servizio (Peso 50%) ... Questionari di gradimento (Peso 30%)'),
    ).toEqual([
      { description: 'Attivazione servizio', weight: 50 },
      { description: 'Questionari di gradimento', weight: 30 },
    ]);
  });

  it('accepts the spellings seen in plans', () => {
    expect(
      extractSubWeights('Bando pubblicato (peso 50 %). Contributi erogati peso 30%; Rendiconto: peso: 12,5%'),
    ).toEqual([
      { description: 'Bando pubblicato', weight: 50 },
      { description: 'Contributi erogati', weight: 30 },
      { description: 'Rendiconto', weight: 12.5 },
    ]);
  });

  it('counts a bare "(N%)" once the cell uses "peso", and drops text after the last weight', () => {
    expect(
      extractSubWeights(
        'Avvisi pubblicati (peso 40%) Almeno quattro incontri (20%) Atti approvati (PESO 40%) note finali',
      ),
    ).toEqual([
      { description: 'Avvisi pubblicati', weight: 40 },
      { description: 'Almeno quattro incontri', weight: 20 },
      { description: 'Atti approvati', weight: 40 },
    ]);
  });

  it('keeps percentages that are not weights inside the description', () => {
    expect(
      extractSubWeights('Approvazione regolamento 100% (peso 80%) Patto sottoscritto (peso 20%)'),
    ).toEqual([
      { description: 'Approvazione regolamento 100%', weight: 80 },
      { description: 'Patto sottoscritto', weight: 20 },
    ]);
  });

  it('returns [] without weights', () => {
    expect(extractSubWeights('Questionari di gradimento (30%) e report finale')).toEqual([]);
    expect(extractSubWeights('Servizio sospeso 50%')).toEqual([]);
    expect(extractSubWeights('Peso %')).toEqual([]);
    expect(extractSubWeights('')).toEqual([]);
  });
});
