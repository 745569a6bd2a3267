/**
 * User-facing strings: one catalogue per language (it.ts, en.ts), flat keys, `{name}`
 * placeholders. Numbers in params are formatted in the catalogue's language.
 */
import { it } from './it';
import { en } from './en';

export type Locale = 'it' | 'en';
export type Catalogue = Record<string, string>;

const catalogues: Record<Locale, Catalogue> = { it, en };

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
  const template = catalogues[locale][key] ?? catalogues.it[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

export function hasMessage(locale: Locale, key: string): boolean {
  return key in catalogues[locale];
}
