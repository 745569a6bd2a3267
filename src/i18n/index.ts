/**
 * User-facing strings: one catalogue per language (it.ts, en.ts), flat keys, `{name}`
 * placeholders. Numbers in params are formatted in the catalogue's language.
 *
 * Italian is always here. English is loaded on demand (`loadLocale('en')`, a chunk of its own in
 * the browser): most users never need it, and the pane's first screen is smaller without it.
 * Entry points await `loadLocale(locale)` before showing anything; Node entry points and tests
 * may `useCatalogue('en', en)` at once. Until English is loaded, its keys fall back to Italian.
 */
import { it } from './it';

export type Locale = 'it' | 'en';
export type Catalogue = Record<string, string>;

const catalogues: { it: Catalogue; en?: Catalogue } = { it };

/** Makes a catalogue available (Node entry points and tests, which can import it at once). */
export function useCatalogue(locale: 'en', catalogue: Catalogue): void {
  catalogues[locale] = catalogue;
  singularCounts.clear();
}

/**
 * Loads the catalogue of a language if it is not here yet. Never fails: should the chunk not
 * load (a network error), English keys keep falling back to Italian and the pane still opens.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' || catalogues.en !== undefined) return;
  try {
    useCatalogue('en', (await import(/* webpackChunkName: "i18n-en" */ './en')).en);
  } catch {
    // Italian it is.
  }
}

/** Office reports e.g. "en-US", "it-IT": English for English, Italian for everything else. */
export function localeFromOffice(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'it';
}

/** One formatter per language and precision: building an Intl.NumberFormat per call is slow. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: Locale, n: number, maxDecimals = 2): string {
  const key = `${locale}:${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

function templateOf(locale: Locale, key: string): string | undefined {
  return catalogues[locale]?.[key] ?? catalogues.it[key];
}

const PLACEHOLDER = /\{(\w+)(?::\w+)?\}/g;

/** Per language and key: the parameters whose number `<key>.one` writes as a literal 1. */
const singularCounts = new Map<string, readonly string[]>();

/**
 * Singular and plural: a message whose number may be 1 has a second key, `<key>.one`, that
 * writes that number as a literal "1" ("1 motivo" beside "{count} motivi"; "1 indicatore su
 * {count} non ha il peso" beside "{missing} indicatori su {count} non hanno il peso"). It is
 * the key used when every parameter `<key>` has and `<key>.one` has not is 1.
 */
export function countedKey(locale: Locale, key: string, params: Record<string, string | number>): string {
  const one = `${key}.one`;
  const singular = templateOf(locale, one);
  if (singular === undefined) return key;
  const cacheKey = `${locale}:${key}`;
  let counts = singularCounts.get(cacheKey);
  if (counts === undefined) {
    const names = (t: string) => new Set([...t.matchAll(PLACEHOLDER)].map((m) => m[1]));
    const inOne = names(singular);
    counts = [...names(templateOf(locale, key) ?? '')].filter((n) => !inOne.has(n));
    singularCounts.set(cacheKey, counts);
  }
  const isOne = (v: string | number | undefined) => v === 1 || v === '1';
  return counts.length > 0 && counts.every((n) => isOne(params[n])) ? one : key;
}

/**
 * `{name}` is the parameter as it is (numbers formatted); `{name:area}` and `{name:Area}` are an
 * area's name as a sentence names it (`areaLabel`), the second at the start of a sentence.
 */
export function formatMessage(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {},
): string {
  // A message with a "forse intendevi" has its own template, `<key>.suggestion`.
  const base =
    params.suggestion !== undefined && templateOf(locale, `${key}.suggestion`) !== undefined
      ? `${key}.suggestion`
      : key;
  const template = templateOf(locale, countedKey(locale, base, params));
  if (template === undefined) return key;
  return template.replace(/\{(\w+)(?::(area|Area))?\}/g, (whole, name: string, as: string | undefined) => {
    const v = params[name];
    if (v === undefined) return whole;
    const value = typeof v === 'number' ? formatNumber(locale, v) : v;
    return as === undefined ? value : areaLabel(locale, value, as === 'Area');
  });
}

/**
 * Words an organisational unit's own name may begin with (docs/domain.md section 2): "Area Tecnica",
 * "AREA FINANZIARIA", "Settore 2", "Servizio finanziario", "Ufficio tributi", "Unità di staff".
 * Compared without case and accents, as a whole word ("Areale" does not begin with "area").
 */
const UNIT_WORD = /^(area|settore|servizio|ufficio|unita|dipartimento|direzione)(?!\p{L})/u;

/** The name begins with a word naming its kind of unit: "Area Tecnica", "Settore 2". */
export function namesItsUnit(name: string): boolean {
  return UNIT_WORD.test(name.trimStart().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/**
 * An area as a sentence names it: "area Finanziaria" (`area.label`), but "Area Tecnica" and
 * "Settore 2" as they are, never "area Area Tecnica"; an empty name is the objectives without an
 * area (`area.none`). `start`: at the start of a sentence, first letter in upper case.
 */
export function areaLabel(locale: Locale, name: string, start = false): string {
  const label =
    name.trim() === ''
      ? formatMessage(locale, 'area.none')
      : namesItsUnit(name)
        ? name
        : formatMessage(locale, 'area.label', { name });
  return start ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

export function hasMessage(locale: Locale, key: string): boolean {
  const catalogue = catalogues[locale];
  return catalogue !== undefined && key in catalogue;
}
