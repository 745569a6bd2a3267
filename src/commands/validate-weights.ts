/**
 * "Valida pesi": validates the whole workbook in one click, writes the validation report sheet,
 * selects the first offending cells and returns a short summary for the notification.
 * Depends only on the workbook port, so it is tested over the .xlsx adapter.
 */
import type { Finding } from '../domain/findings';
import { formatMessage, type Locale } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import { loadWorkbook, runValidation } from '../workbook/pipeline';
import { validationOutputs } from '../workbook/outputs';
import { writeOutputs } from '../workbook/ownership';

export interface ValidationNotice {
  errors: number;
  warnings: number;
  /** One short sentence for the notification. */
  title: string;
  /** The first error's message, when there is one. */
  detail?: string;
  /** Cells selected in the workbook. */
  selected?: { sheet: string; cell: string };
}

/**
 * In Excel, 5 round trips in all: 3 to read (the adapter's readAll), 2 to write the report, its
 * fingerprint and the selection together (writeOutputs with `select`).
 */
export async function validateWeights(port: WorkbookPort, locale: Locale): Promise<ValidationNotice> {
  const loaded = await loadWorkbook(port);
  const findings = runValidation(loaded);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.length - errors.length;
  const first: Finding | undefined = errors.find((f) => f.cells.length > 0) ?? errors[0];
  const cell = first?.cells[0];
  // Never over a report the user edited: the OutputConflictError says which, the pane can keep it.
  await writeOutputs(port, loaded, validationOutputs(loaded, findings, { locale }), {
    select: cell ? { sheet: cell.sheet, address: cell.cell } : undefined,
  });
  const t = (key: string, params?: Record<string, string | number>) => formatMessage(locale, key, params);
  if (!first) {
    return {
      errors: 0,
      warnings,
      title: warnings === 0 ? t('command.validate.ok') : t('command.validate.okWarnings', { warnings }),
    };
  }
  return {
    errors: errors.length,
    warnings,
    title: t('command.validate.errors', {
      errors: t('command.validate.errorCount', { count: errors.length }),
      warnings: t('command.validate.warningCount', { count: warnings }),
    }),
    detail: first.message,
    selected: cell ? { sheet: cell.sheet, cell: cell.cell } : undefined,
  };
}
