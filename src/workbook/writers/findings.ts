/**
 * Findings as table rows (validation report, distribution warnings, refusal reasons):
 * Gravità | Codice | Area | Obiettivo | Messaggio | Celle, errors first; on the distribution
 * sheet the message comes second (compactFindingRow).
 */
import type { Locale } from '../../i18n';
import { hasMessage } from '../../i18n';
import { localizeFinding, type Finding } from '../../domain/findings';
import type { OutputCell } from '../port';
import { linkCell, t, textCell } from './format';

/** The message in the sheet's language, when the catalogue has it there. */
export function findingMessage(f: Finding, locale: Locale): string {
  if (locale === 'it' || !hasMessage(locale, `finding.${f.code}`)) return f.message;
  return localizeFinding(f, locale).message;
}

/** Errors before warnings; otherwise the order the caller gave (already meaningful). */
export function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity !== 'error'),
  ];
}

export function findingHeaders(locale: Locale): string[] {
  return [
    'common.severity',
    'common.code',
    'common.area',
    'common.objective',
    'common.message',
    'common.cells',
  ].map((k) => t(locale, k));
}

/**
 * The same columns with the message second, wrapped: Gravità | Messaggio | Codice | Area |
 * Obiettivo | Celle. For the distribution sheet, where the findings sit under the units table and
 * a message in column E would widen its amount columns.
 */
export function compactFindingHeaders(locale: Locale): string[] {
  const [severity, code, area, objective, message, cells] = findingHeaders(locale);
  return [severity, message, code, area, objective, cells];
}

export function compactFindingRow(f: Finding, locale: Locale): OutputCell[] {
  const [severity, code, area, objective, message, cells] = findingRow(f, locale);
  return [
    severity,
    message.value === null ? message : { ...message, wrap: true },
    code,
    area,
    objective,
    cells,
  ];
}

export function findingRow(f: Finding, locale: Locale): OutputCell[] {
  return [
    textCell(t(locale, `severity.${f.severity}`)),
    textCell(f.code),
    textCell(f.area),
    textCell(f.objective),
    textCell(findingMessage(f, locale)),
    linkCell(locale, f.cells),
  ];
}
