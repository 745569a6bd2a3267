/**
 * Root of the task pane: the same component runs in Excel (over the Office.js adapter) and on
 * the workbench page (over an .xlsx file). It gets its workbook port from the caller, so it
 * depends on no adapter. The first screen (detection, validation) is in the initial bundle;
 * parameters and results load when their tab is first opened.
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { Locale } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import { Detection } from './Detection';
import { Validation } from './Validation';
import { LocaleContext, translator } from './i18n';
import { usePremia } from './state';

const Parameters = React.lazy(() => import(/* webpackChunkName: "pane-parameters" */ './Parameters'));
const Results = React.lazy(() => import(/* webpackChunkName: "pane-results" */ './Results'));

export type View = 'detection' | 'validation' | 'parameters' | 'results';
const VIEWS: readonly View[] = ['detection', 'validation', 'parameters', 'results'];

export interface AppProps {
  /** The workbook the pane works on. */
  port: WorkbookPort;
  locale: Locale;
  /** Where the pane runs: inside Excel or on the workbench page. */
  host: 'excel' | 'workbench';
  /** Inside Excel, a theme following Office's colours; webLightTheme otherwise. */
  theme?: Theme;
}

const useStyles = makeStyles({
  main: {
    padding: '12px 16px',
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: '2px' },
  tabs: { marginLeft: '-8px' },
});

function Pane({ port, locale, host }: Omit<AppProps, 'theme'>): React.JSX.Element {
  const styles = useStyles();
  const t = translator(locale);
  const [state, actions] = usePremia(port, locale);
  const [view, setView] = React.useState<View>('detection');
  React.useEffect(() => void actions.load(), [actions]);
  const props = { state, actions };

  return (
    <main className={styles.main} data-testid="pane">
      <div className={styles.header}>
        <Title3 as="h1">{t('app.name')}</Title3>
        <Caption1>
          {t(host === 'excel' ? 'ui.pane.tagline' : 'ui.workbench.tagline')}
          {state.loaded?.plan.comune && ` — ${state.loaded.plan.comune}`}
          {state.loaded?.plan.year !== undefined && ` ${state.loaded.plan.year}`}
        </Caption1>
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as View)}
        size="small"
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v} data-testid={`tab-${v}`}>
            {t(`ui.tab.${v}`)}
          </Tab>
        ))}
      </TabList>
      {state.busy && (
        <div data-testid="busy">
          <ProgressBar value={(state.busy.step + 0.5) / state.busy.of} thickness="large" />
          <Caption1>{t(`ui.stage.${state.busy.stage}`)}</Caption1>
        </div>
      )}
      {state.error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{state.error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={actions.dismiss}>
              {t('ui.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.conflict && (
        <MessageBar intent="warning" data-testid="conflict" layout="multiline">
          <MessageBarBody>
            {state.conflict.messages.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void actions[state.conflict!.operation](true)}>
              {t('ui.conflict.keep')}
            </Button>
            <Button size="small" onClick={actions.dismiss}>
              {t('ui.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{t(state.notice)}</MessageBarBody>
        </MessageBar>
      )}
      <React.Suspense fallback={<Spinner size="small" label={t('ui.loadingView')} />}>
        {view === 'detection' && <Detection {...props} />}
        {view === 'validation' && <Validation {...props} />}
        {view === 'parameters' && <Parameters {...props} />}
        {view === 'results' && <Results {...props} />}
      </React.Suspense>
    </main>
  );
}

export function App({ theme, ...props }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={theme ?? webLightTheme} lang={props.locale} style={{ height: '100%' }}>
      <LocaleContext.Provider value={props.locale}>
        <Pane {...props} />
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
