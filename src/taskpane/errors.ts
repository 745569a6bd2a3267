/**
 * Any failure as one plain sentence in the pane's language. The Office adapter throws errors
 * with a string `code` (protected, readOnly, editMode, payloadTooLarge, connection...) that can
 * say themselves again in another language; they are recognised by shape, so that the workbench
 * bundle does not carry the Office adapter.
 */
import { formatMessage, hasMessage, type Locale } from '../i18n';

interface CodedError {
  code: string;
  details?: { sheet?: string; structure?: boolean; detail?: string };
  localized?: (locale: Locale) => Error;
}

function coded(e: unknown): CodedError | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? (e as CodedError) : undefined;
}

export function errorMessage(e: unknown, locale: Locale): string {
  const c = coded(e);
  if (c) {
    if (typeof c.localized === 'function') return c.localized(locale).message;
    const key = `office.${c.code}`;
    if (hasMessage(locale, key) || hasMessage('it', key))
      return formatMessage(locale, key, { sheet: c.details?.sheet ?? '', detail: c.details?.detail ?? '' });
  }
  const detail = e instanceof Error ? e.message : String(e);
  return formatMessage(locale, 'ui.error.unexpected', { detail });
}
