/** Entry of the workbench page: the task pane over .xlsx files, in a plain browser. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { loadLocale, localeFromOffice } from '../i18n';
import { Workbench, prefetch } from './Workbench';

// Italian unless the page is opened with ?lang=en (the browser's language is not Office's).
const locale = localeFromOffice(new URLSearchParams(location.search).get('lang') ?? 'it');
document.documentElement.lang = locale;
// The default sample downloads while the page's script runs and React renders.
prefetch();
const root = document.getElementById('root');
// English is a chunk of its own: fetched only for ?lang=en, before the first render.
void loadLocale(locale).then(() => {
  if (root) createRoot(root).render(<Workbench locale={locale} />);
});
