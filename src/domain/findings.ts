import type { CellRef } from './model';
import { formatMessage, type Locale } from '../i18n';

export type Severity = 'error' | 'warning';

/** Parameters substituted in a finding's message template. */
export type MessageParams = Record<string, string | number>;

/**
 * One result of validation (or a refusal reason). Findings are data: the UI and the CLI only
 * present them. `message` is rendered in Italian; `code` and `params` let a caller render it in
 * another language from the catalogues.
 */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  params: MessageParams;
  cells: CellRef[];
  area?: string;
  objective?: string;
}

export interface FindingInput {
  code: string;
  severity: Severity;
  params?: MessageParams;
  cells?: (CellRef | undefined)[];
  area?: string;
  objective?: string;
}

/** Builds a finding with its Italian message from the catalogue. */
export function finding(input: FindingInput, locale: Locale = 'it'): Finding {
  const params = input.params ?? {};
  const result: Finding = {
    code: input.code,
    severity: input.severity,
    message: formatMessage(locale, `finding.${input.code}`, params),
    params,
    cells: (input.cells ?? []).filter((c): c is CellRef => c !== undefined),
  };
  if (input.area !== undefined) result.area = input.area;
  if (input.objective !== undefined) result.objective = input.objective;
  return result;
}

/** Renders a finding's message again in another language. */
export function localizeFinding(f: Finding, locale: Locale): Finding {
  return { ...f, message: formatMessage(locale, `finding.${f.code}`, f.params) };
}
