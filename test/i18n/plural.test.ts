import { countedKey, formatMessage, hasMessage } from '../../src/i18n';
import { it as itCatalogue } from '../../src/i18n/it';
import { en } from '../../src/i18n/en';

describe('singular and plural', () => {
  it('uses the .one key when the number it writes as 1 is 1', () => {
    expect(formatMessage('it', 'cli.distribution.refused', { count: 1 })).toBe(
      'Distribuzione rifiutata (1 motivo):',
    );
    expect(formatMessage('it', 'cli.distribution.refused', { count: 2 })).toBe(
      'Distribuzione rifiutata (2 motivi):',
    );
    expect(formatMessage('it', 'cli.distribution.refused', { count: 0 })).toBe(
      'Distribuzione rifiutata (0 motivi):',
    );
    expect(formatMessage('en', 'cli.distribution.refused', { count: 1 })).toBe(
      'Distribution refused (1 reason):',
    );
    expect(formatMessage('it', 'cli.inspect.rows', { rows: 1 })).toBe('1 riga');
    expect(formatMessage('it', 'cli.inspect.rows', { rows: '1' })).toBe('1 riga');
    expect(formatMessage('en', 'cli.inspect.rows', { rows: 12 })).toBe('12 rows');
  });

  it('is chosen by the number the singular leaves out, not by another one', () => {
    const one = { objective: '2', where: 'Area Tecnica', missing: 1, count: 3 };
    expect(formatMessage('it', 'finding.SUBWEIGHTS_PARTIAL', one)).toContain(
      '1 indicatore su 3 non ha il peso',
    );
    const many = { ...one, missing: 2, count: 1 };
    expect(formatMessage('it', 'finding.SUBWEIGHTS_PARTIAL', many)).toContain(
      '2 indicatori su 1 non hanno il peso',
    );
    expect(countedKey('it', 'finding.RELEVANCE_MISSING', { area: 'A', count: 1 })).toBe(
      'finding.RELEVANCE_MISSING.one',
    );
    expect(formatMessage('it', 'finding.RELEVANCE_MISSING', { area: 'A', count: 1 })).toMatch(
      /^A: ha 1 obiettivo ma/,
    );
  });

  it('leaves keys without a singular as they are', () => {
    expect(countedKey('it', 'cli.inspect.count', { count: 1 })).toBe('cli.inspect.count');
  });

  it.each([
    ['it', itCatalogue],
    ['en', en],
  ] as const)(
    '%s: every .one key has its plural, leaves out at least one number and writes a 1',
    (locale, catalogue) => {
      const placeholders = (t: string) => new Set([...t.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]));
      for (const [key, singular] of Object.entries(catalogue)) {
        if (!key.endsWith('.one')) continue;
        const base = key.slice(0, -'.one'.length);
        expect(hasMessage(locale, base)).toBe(true);
        const left = [...placeholders(catalogue[base])].filter((n) => !placeholders(singular).has(n));
        expect([key, left.length > 0]).toEqual([key, true]);
        expect(singular).toMatch(/\b1\b|unic|only/);
      }
    },
  );

  // Counts that are 2 or more by construction: a merged cell covers several rows, a table too
  // wide for a column per objective has many.
  const neverOne = new Set([
    'finding.READ_MERGED_VALUE_REPEATED',
    'sheet.employees.longLayout',
    'ui.workbench.cut',
  ]);

  it('writes no "1 <plural>" where a count may be 1', () => {
    const catalogues = { it: itCatalogue, en };
    for (const locale of ['it', 'en'] as const) {
      for (const key of Object.keys(catalogues[locale])) {
        if (key.endsWith('.one') || neverOne.has(key)) continue;
        const text = formatMessage(locale, key, {
          count: 1,
          rows: 1,
          missing: 1,
          headcount: 1,
          areas: 1,
          warnings: 1,
          employees: 5,
        });
        expect([key, text]).not.toEqual([
          key,
          expect.stringMatching(
            // "1 of 1 indicators": the total is 1 only in this artificial rendering.
            /(?<!(?:of|su) )\b1 (motivi|obiettivi|righe|indicatori|dipendenti|persone|avvisi|errori|aree|intervalli|reasons|objectives|rows|indicators|employees|warnings|errors|areas|ranges)\b/,
          ),
        ]);
      }
    }
  });
});
