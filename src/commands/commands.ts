/**
 * Ribbon commands (function file). "Valida pesi" validates the workbook without opening the pane:
 * it writes the validation report, selects the first offending cells and shows a short notice in
 * a small dialog (Excel has no toast API for add-ins). The function names here are the manifest's
 * FunctionName values: `npm run validate` checks them.
 */
import { excelRun, OfficeWorkbook, PremiaOfficeError } from '../adapters/office';
import { formatMessage, loadLocale, localeFromOffice } from '../i18n';
import { localizeFinding } from '../domain/findings';
import { OutputConflictError } from '../workbook/ownership';
import { validateWeights, type ValidationNotice } from './validate-weights';

function showNotice(notice: ValidationNotice): Promise<void> {
  const query = new URLSearchParams({ title: notice.title, detail: notice.detail ?? '' });
  const url = new URL(`notice.html?${query.toString()}`, location.href).toString();
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      }
      resolve();
    });
  });
}

async function validaPesi(event: Office.AddinCommands.Event): Promise<void> {
  const locale = localeFromOffice(Office.context.displayLanguage);
  try {
    await loadLocale(locale);
    const notice = await validateWeights(new OfficeWorkbook(excelRun(), { locale }), locale);
    await showNotice(notice);
  } catch (e) {
    const detail =
      e instanceof OutputConflictError
        ? e.conflicts.map((c) => localizeFinding(c.finding, locale).message).join(' ')
        : e instanceof PremiaOfficeError
          ? e.localized(locale).message
          : formatMessage(locale, 'ui.error.unexpected', { detail: String(e) });
    await showNotice({
      errors: 0,
      warnings: 0,
      title: formatMessage(locale, 'command.validate.failed'),
      detail,
    });
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('validaPesi', validaPesi);
});
