import { areaLabel, formatMessage, namesItsUnit } from '../../src/i18n';
import { it as itCatalogue } from '../../src/i18n/it';
import { en } from '../../src/i18n/en';

describe('namesItsUnit', () => {
  it.each([
    'Area Tecnica',
    'AREA FINANZIARIA',
    '  area  affari generali',
    'Settore 2',
    'Servizio finanziario',
    'Ufficio tributi',
    'Unità di staff',
    'Area-Tecnica',
    'Settore2',
  ])('%s begins with its kind of unit', (name) => expect(namesItsUnit(name)).toBe(true));

  it.each(['Finanziaria', 'Tecnica', 'Areale', 'Servizi sociali', 'Polizia locale', ''])(
    '%s does not',
    (name) => expect(namesItsUnit(name)).toBe(false),
  );
});

describe('areaLabel', () => {
  it('puts the word "area" before a bare name only', () => {
    expect(areaLabel('it', 'Finanziaria')).toBe('area Finanziaria');
    expect(areaLabel('it', 'Area Tecnica')).toBe('Area Tecnica');
    expect(areaLabel('it', 'Settore 2')).toBe('Settore 2');
    expect(areaLabel('en', 'Finanziaria')).toBe('area Finanziaria');
  });

  it('capitalises at the start of a sentence', () => {
    expect(areaLabel('it', 'Finanziaria', true)).toBe('Area Finanziaria');
    expect(areaLabel('it', 'settore 2', true)).toBe('Settore 2');
  });

  it('names the objectives without an area', () => {
    expect(areaLabel('it', '', true)).toBe('Obiettivi senza area');
    expect(areaLabel('en', '')).toBe('objectives without an area');
  });
});

describe('{name:area} placeholders', () => {
  it('render the label in messages of either language', () => {
    expect(
      formatMessage('it', 'distribution.trail.relevance', {
        area: 'Area Amministrativa',
        relevance: 55,
        sum: 100,
        amount: '5,00',
      }),
    ).toBe('Area Amministrativa: rilevanza 55 % su 100 % = 5,00 €');
    expect(
      formatMessage('en', 'finding.DIST_MISSING_WEIGHT', {
        objective: '2',
        title: 'X',
        area: 'Area Tecnica',
      }),
    ).toContain('(Area Tecnica)');
  });

  it('are never preceded by the word they would double, in any catalogue', () => {
    for (const catalogue of [itCatalogue, en]) {
      for (const template of Object.values(catalogue)) {
        expect(template).not.toMatch(/\b(area|settore|servizio)\s+[«“]?\{area:/i);
        // An area name after the word "area" is written with {area:area}, which names the unit.
        expect(template).not.toMatch(/\b(area|of area|in area)\s+\{area\}/i);
      }
    }
  });
});
