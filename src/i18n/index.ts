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

export function formatMessage(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale]?.[key] ?? catalogues.it[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

export function hasMessage(locale: Locale, key: string): boolean {
  const catalogue = catalogues[locale];
  return catalogue !== undefined && key in catalogue;
}
