import * as React from 'react';
import { FluentProvider, Title2, Body1, webLightTheme } from '@fluentui/react-components';
import { formatMessage, type Locale } from '../i18n';

export interface AppProps {
  locale: Locale;
  /** Where the pane runs: inside Excel or on the workbench page. */
  host: 'excel' | 'workbench';
}

/** Root of the task pane: the same component runs in Excel and on the workbench. */
export function App({ locale, host }: AppProps): React.JSX.Element {
  const t = (key: string, params?: Record<string, string | number>) => formatMessage(locale, key, params);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 8 }}>
        <Title2 as="h1">{t('app.name')}</Title2>
        <Body1>{t(host === 'excel' ? 'ui.pane.tagline' : 'ui.workbench.tagline')}</Body1>
      </main>
    </FluentProvider>
  );
}
