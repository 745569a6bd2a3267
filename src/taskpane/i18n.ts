/** The pane's strings: the `ui.*` keys of the catalogues, in the pane's language. */
import * as React from 'react';
import { formatMessage, type Locale } from '../i18n';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => formatMessage(locale, key, params);
}

export const LocaleContext = React.createContext<Locale>('it');

/** The translate function and the locale of the nearest App. */
export function useT(): { t: Translate; locale: Locale } {
  const locale = React.useContext(LocaleContext);
  return React.useMemo(() => ({ t: translator(locale), locale }), [locale]);
}
