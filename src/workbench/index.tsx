import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { localeFromOffice } from '../i18n';

// Italian unless the page is opened with ?lang=en (the browser's language is not Office's).
const locale = localeFromOffice(new URLSearchParams(location.search).get('lang') ?? 'it');
const root = document.getElementById('root');
if (root) createRoot(root).render(<App locale={locale} host="workbench" />);
