/**
 * "Premia - Verifica": the validation report. A title, a summary line (errors, warnings), then
 * one table row per finding, errors first, each with a link to the first cell it concerns.
 */
import type { Finding } from '../../domain/findings';
import type { Locale } from '../../i18n';
import type { SheetSpec } from '../port';
import { SheetBuilder } from './builder';
import { boldCell, subtitle, t, textCell, type SheetOptions } from './format';
import { errorsFirst, findingHeaders, findingRow } from './findings';
import { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS } from './names';

/** "1 errore", "3 errori" (the catalogue's singular key, i18n countedKey). */
function count(locale: Locale, kind: 'errors' | 'warnings', n: number): string {
  return t(locale, `validation.${kind}`, { count: n });
}

export function validationSheet(
  findings: readonly Finding[],
  opts: SheetOptions & { generatedAt: Date; plan?: { comune?: string; year?: number } },
): SheetSpec {
  const locale = opts.locale ?? 'it';
  const b = new SheetBuilder();
  b.heading(t(locale, 'validation.title'));
  b.note(textCell(subtitle(locale, opts.plan, opts.generatedAt)));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const params = { errors: count(locale, 'errors', errors), warnings: count(locale, 'warnings', warnings) };
  b.note(boldCell(t(locale, errors > 0 ? 'validation.summaryBlocked' : 'validation.summary', params)));
  b.blank();

  const body =
    findings.length > 0
      ? errorsFirst(findings).map((f) => findingRow(f, locale))
      : [
          [
            textCell(t(locale, 'validation.ok.severity')),
            textCell(null),
            textCell(null),
            textCell(null),
            textCell(t(locale, 'validation.ok.message')),
            textCell(null),
          ],
        ];
  const place = b.table(OUTPUT_TABLES.validation, findingHeaders(locale), body);
  return b.build(OUTPUT_SHEETS.validation, { freezeRows: place.header + 1, tabColor: TAB_COLORS.validation });
}
