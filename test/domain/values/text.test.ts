import {
  isBlank,
  rawToText,
  normalizeLabel,
  normalizeName,
  parseText,
  cleanText,
} from '../../../src/domain/values';
import { foldAccents } from '../../../src/domain/values/text';
import fc from 'fast-check';

describe('isBlank', () => {
  it('is true for empty cells and cells with only spaces of any kind', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank('   ')).toBe(true);
    expect(isBlank('\u00A0\u202F\t\n')).toBe(true);
    expect(isBlank('\u200B')).toBe(true);
  });

  it('is false for values, zero, FALSE and error values', () => {
    expect(isBlank(' x ')).toBe(false);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank({ error: '#N/A' })).toBe(false);
    expect(isBlank(new Date(0))).toBe(false);
  });
});

describe('rawToText', () => {
  it('shows values as an Italian user sees them', () => {
    expect(rawToText(4193.23)).toBe('4.193,23');
    expect(rawToText(0.125)).toBe('0,125');
    expect(rawToText(true)).toBe('VERO');
    expect(rawToText(false)).toBe('FALSO');
    expect(rawToText(new Date(Date.UTC(2023, 11, 31)))).toBe('31/12/2023');
    expect(rawToText({ error: '#REF!' })).toBe('#REF!');
    expect(rawToText('  a\u00A0 b  ')).toBe('a b');
    expect(rawToText(null)).toBe('');
  });

  it('can show values in English', () => {
    expect(rawToText(4193.23, 'en')).toBe('4,193.23');
    expect(rawToText(true, 'en')).toBe('TRUE');
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['Peso %', 'peso'],
    ['PESO%', 'peso'],
    ['N°', 'n'],
    ['Obiettivo N.', 'obiettivo n'],
    ['  Unità   organizzativa ', 'unita organizzativa'],
    ['Cognome e nome', 'cognome e nome'],
    ['Coeff. moltiplicatore dipendenti', 'coeff moltiplicatore dipendenti'],
    ["Dell'obiettivo", 'dell obiettivo'],
    ['Q.tà effettiva', 'q ta effettiva'],
    ['Tempi\nstabiliti', 'tempi stabiliti'],
    ['%', '%'],
    ['', ''],
  ])('%p -> %p', (label, expected) => {
    expect(normalizeLabel(label)).toBe(expected);
  });
});

describe('normalizeName', () => {
  it('matches names regardless of order, case, accents, spaces and apostrophes', () => {
    expect(normalizeName('Rossi Mario')).toBe(normalizeName('Mario Rossi'));
    expect(normalizeName('ROSSI  MARIO')).toBe('mario rossi');
    expect(normalizeName('Niccolò Galli')).toBe(normalizeName('GALLI NICCOLO'));
    expect(normalizeName("Giulia D'Angelo")).toBe(normalizeName('DAngelo Giulia'));
    expect(normalizeName("D' Angelo Giulia")).toBe(normalizeName('Giulia D’Angelo'));
    expect(normalizeName('Dott.ssa Anna Bianchi')).toBe('anna bianchi');
    expect(normalizeName('Geom. Luca Verdi')).toBe('luca verdi');
  });

  it('keeps different people apart', () => {
    expect(normalizeName('Mario Rossi')).not.toBe(normalizeName('Maria Rossi'));
    expect(normalizeName('Anna Maria Bianchi')).not.toBe(normalizeName('Anna Bianchi'));
  });
});

describe('parseText', () => {
  it('cleans text and writes ids and dates as shown', () => {
    expect(parseText('  Area\u00A0 finanziaria ')).toEqual({ ok: true, value: 'Area finanziaria' });
    expect(parseText(1)).toEqual({ ok: true, value: '1' });
    expect(parseText(1.1)).toEqual({ ok: true, value: '1.1' });
    expect(parseText(new Date(Date.UTC(2024, 0, 5)))).toEqual({ ok: true, value: '05/01/2024' });
    expect(parseText(' ')).toEqual({ ok: false, problem: { code: 'EMPTY' } });
    expect(parseText({ error: '#N/A' })).toEqual({
      ok: false,
      problem: { code: 'ERROR_VALUE', detail: '#N/A' },
    });
  });

  it('collapses odd spaces', () => {
    expect(cleanText('a\u202F\u2007b\t c')).toBe('a b c');
  });
});

describe('text normalisation shortcuts', () => {
  // The definitions the shortcuts must match, written the slow way.
  const ODD = /[\u00A0\u2007\u202F\u2009\u200A\u3000\t\r\n\f\v]/g;
  const ZW = /\u200B|\u200C|\u200D|\uFEFF/g;
  const clean = (t: string) => t.replace(ZW, '').replace(ODD, ' ').replace(/ {2,}/g, ' ').trim();
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '');
  const label = (t: string) => {
    const folded = fold(clean(t)).toLowerCase();
    const l = folded
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
    return l === '' && folded.includes('%') ? '%' : l;
  };
  const pieces = fc.constantFrom(
    'Totale',
    ' ',
    '  ',
    '\u00A0',
    '\t',
    '\u200B',
    'è',
    'Sì',
    'À',
    '%',
    '-',
    'a',
    'Z',
    '9',
    '(',
    'ﬁ',
    '\u0301',
    'ß',
    '½',
  );
  const texts = fc.oneof(
    fc.string(),
    fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
  );

  it('cleanText, foldAccents and normalizeLabel give what their definitions give, ASCII or not', () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(cleanText(t)).toBe(clean(t));
        expect(foldAccents(t)).toBe(fold(t));
        expect(normalizeLabel(t)).toBe(label(t));
      }),
      { numRuns: 3000 },
    );
    expect(normalizeLabel('  TOTALE  Pesi (%) ')).toBe('totale pesi');
    expect(normalizeLabel(' % ')).toBe('%');
    expect(normalizeLabel('Attività  è')).toBe('attivita e');
  });
});
