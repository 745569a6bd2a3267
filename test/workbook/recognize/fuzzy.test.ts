import fc from 'fast-check';
import { normalizeLabel } from '../../../src/domain/values';
import {
  closestLabel,
  editDistance,
  labelMatches,
  stripYearsAndUnits,
} from '../../../src/workbook/recognize/fuzzy';
import { fuzzyReadingOf, headerRole, SYNONYMS } from '../../../src/workbook/recognize/synonyms';

const KNOWN = ['importo stanziato', 'soglia minima', 'coeff moltiplicatore', 'ore settimanali', 'peso'];

describe('header labels with years, units and typos', () => {
  it.each([
    ['IMPORTE STANZIATO 2024', 'importo stanziato'],
    ['SOGGIA MINIMA', 'soglia minima'],
    ['COEFF. MULTIPLOC.', 'coeff moltiplicatore'],
    ['Importo stanziato (euro)', 'importo stanziato'],
    ['Ore settimanali 2025', 'ore settimanali'],
  ])('reads %s as %s', (typed, known) => {
    expect(closestLabel(normalizeLabel(typed), KNOWN)).toBe(known);
  });

  it.each(['Pesi', 'Ore', 'Sogliola', 'Importante', 'Mario Rossi', '2024', 'Stanza'])(
    'leaves %s unread',
    (typed) => {
      expect(closestLabel(normalizeLabel(typed), KNOWN)).toBeUndefined();
    },
  );

  it('does not try long texts (titles) nor numbers alone', () => {
    expect(closestLabel('importo stanziato per il progetto di quest anno', KNOWN)).toBeUndefined();
    expect(stripYearsAndUnits('2024 2026')).toBe('');
    expect(stripYearsAndUnits('ore settimanali')).toBe('ore settimanali');
  });

  it('plays the role of the synonym it reads as, and says so', () => {
    expect(headerRole('IMPORTE STANZIATO 2024')).toContainEqual({ kind: 'projects', role: 'budget' });
    expect(fuzzyReadingOf('IMPORTE STANZIATO 2024')).toBe('importo stanziato');
    expect(fuzzyReadingOf('Importo stanziato')).toBeUndefined();
  });

  it('counts edits as the optimal string alignment distance', () => {
    expect(editDistance('soggia', 'soglia', 2)).toBe(1);
    expect(editDistance('pseo', 'peso', 2)).toBe(1);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b, 20)).toBe(editDistance(b, a, 20));
        expect(editDistance(a, a, 0)).toBe(0);
      }),
    );
  });

  it('never changes what an exact synonym means', () => {
    for (const roles of Object.values(SYNONYMS))
      for (const labels of Object.values(roles))
        for (const label of labels ?? []) {
          expect(fuzzyReadingOf(label)).toBeUndefined();
          expect(labelMatches(normalizeLabel(label), normalizeLabel(label))).toBe(true);
        }
  });
});
