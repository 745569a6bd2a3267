import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { localeFromOffice } from '../i18n';

Office.onReady(() => {
  const locale = localeFromOffice(Office.context.displayLanguage);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App locale={locale} host="excel" />);
});
