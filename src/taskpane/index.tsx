/** Entry of the task pane inside Excel: the Office.js adapter, Office's language and theme. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook, excelRun } from '../adapters/office';
import { loadLocale, localeFromOffice } from '../i18n';
import { App } from './App';
import { officeTheme } from './theme';

Office.onReady(async () => {
  const locale = localeFromOffice(Office.context.displayLanguage);
  await loadLocale(locale); // English is a chunk of its own: Italian users never fetch it
  const port = new OfficeWorkbook(excelRun(), { locale });
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <App port={port} locale={locale} host="excel" theme={officeTheme(Office.context.officeTheme)} />,
    );
});
