/**
 * What can go wrong talking to Excel, as data: a code the pane can act on, and a message from
 * the catalogue (Italian by default). Office.js rejects with an OfficeExtension.Error whose
 * `code` is a string such as "AccessDenied"; anything else (a network failure in Excel on the
 * web, a bug) is classified by its message.
 */
import { formatMessage } from '../../i18n';
import type { Locale } from '../../i18n';

export type OfficeErrorCode =
  | 'protected'
  | 'readOnly'
  | 'editMode'
  | 'payloadTooLarge'
  | 'usedRangeTooLarge'
  | 'connection'
  | 'notFound'
  | 'unknown';

export interface OfficeErrorDetails {
  /** The sheet concerned, when known (a protected sheet, a sheet that is gone). */
  sheet?: string;
  /** The workbook structure (add, rename, delete sheets) is what is protected. */
  structure?: boolean;
  /** Free detail for the message (the original error, the block size tried). */
  detail?: string;
}

function messageKey(code: OfficeErrorCode, details: OfficeErrorDetails): string {
  switch (code) {
    case 'protected':
      if (details.sheet) return 'office.protectedSheet';
      return details.structure ? 'office.protectedWorkbook' : 'office.protected';
    case 'notFound':
      return 'office.sheetNotFound';
    default:
      return `office.${code}`;
  }
}

export class PremiaOfficeError extends Error {
  override readonly name = 'PremiaOfficeError';

  constructor(
    readonly code: OfficeErrorCode,
    readonly details: OfficeErrorDetails = {},
    cause?: unknown,
    locale: Locale = 'it',
  ) {
    super(
      formatMessage(locale, messageKey(code, details), {
        sheet: details.sheet ?? '',
        detail: details.detail ?? '',
      }),
      { cause },
    );
  }

  /** The same error in another language (the pane knows the user's language, the adapter may not). */
  localized(locale: Locale): PremiaOfficeError {
    return new PremiaOfficeError(this.code, this.details, this.cause, locale);
  }
}

/** The Office.js error code of a rejection, when it has one. */
export function officeCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
const PROTECTION_CODES = new Set(['AccessDenied', 'InvalidOperation']);
const CONNECTION_CODES = new Set(['RequestAborted', 'ConnectionFailure', 'ServiceNotAvailable', 'Timeout']);

export function isPayloadError(e: unknown): boolean {
  return PAYLOAD_CODES.has(officeCode(e) ?? '');
}

/**
 * Turns any rejection into a PremiaOfficeError. `where` says what the adapter was doing, so a
 * protection error can name the sheet; `readOnly` is what the workbook reported, when known.
 */
export function classify(
  e: unknown,
  where: { sheet?: string; structure?: boolean; readOnly?: boolean } = {},
): PremiaOfficeError {
  if (e instanceof PremiaOfficeError) return e;
  const code = officeCode(e);
  const message = e instanceof Error ? e.message : String(e);
  const detail = code ? `${code}: ${message}` : message;
  if (code === 'InvalidOperationInCellEditMode') return new PremiaOfficeError('editMode', { detail }, e);
  if (code && PAYLOAD_CODES.has(code)) return new PremiaOfficeError('payloadTooLarge', { detail }, e);
  if (code && PROTECTION_CODES.has(code)) {
    if (where.readOnly) return new PremiaOfficeError('readOnly', { detail }, e);
    return new PremiaOfficeError('protected', { sheet: where.sheet, structure: where.structure, detail }, e);
  }
  if (code === 'ItemNotFound' && where.sheet)
    return new PremiaOfficeError('notFound', { sheet: where.sheet, detail }, e);
  if ((code && CONNECTION_CODES.has(code)) || /network|connection|failed to fetch|timed? ?out/i.test(message))
    return new PremiaOfficeError('connection', { detail }, e);
  return new PremiaOfficeError('unknown', { detail }, e);
}
