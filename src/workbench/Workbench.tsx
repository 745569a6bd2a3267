/**
 * The workbench page: Premia's task pane over an .xlsx file, without Excel. A header bar picks
 * a sample workbook or loads one, and downloads the current one; the sheet view (left) shows
 * what the pane (right) reads, selects and writes.
 */
import * as React from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { XlsxWorkbook } from '../adapters/xlsx';
import { formatMessage, type Locale } from '../i18n';
import { App } from '../taskpane/App';
import type { WorkbookPort } from '../workbook/port';
import { observed } from './observed';
import { SheetView } from './SheetView';

export const SAMPLES = ['comune-di-valdoria-con-errori.xlsx', 'comune-di-valdoria.xlsx'] as const;
const CUSTOM = '';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '8px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground2,
    flexWrap: 'wrap',
  },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: '8px' },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  sheets: { flex: 1, minWidth: 0 },
  pane: {
    width: '400px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  hidden: { display: 'none' },
});

interface Loaded {
  book: XlsxWorkbook;
  name: string;
  /** Distinguishes loads of the same file, so that the pane starts afresh. */
  id: number;
}

/** The workbook the pane works on: `id` is the load it belongs to (the pane's React key). */
interface PaneBook {
  id: number;
  port: WorkbookPort;
}

let adapter: Promise<typeof import('../adapters/xlsx')> | undefined;

/**
 * The .xlsx adapter (ExcelJS, more than half of the page's script) is a chunk of its own,
 * fetched once: the page and the pane render before it is evaluated.
 */
function xlsxAdapter(): Promise<typeof import('../adapters/xlsx')> {
  adapter ??= import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx');
  return adapter;
}

/** Resolves once the browser has painted the next frame (the task after its rAF callback). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A promise and the function that resolves it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** The default sample, fetched as soon as the page starts (index.tsx), before React renders. */
let firstSample: Promise<ArrayBuffer> | undefined;

function fetchSample(name: string): Promise<ArrayBuffer> {
  if (name === SAMPLES[0] && firstSample) {
    const data = firstSample;
    firstSample = undefined;
    return data;
  }
  return fetch(`samples/${name}`).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.arrayBuffer();
  });
}

/** Starts fetching the default sample (called once, before the first render). */
export function prefetch(): void {
  firstSample = fetchSample(SAMPLES[0]);
  firstSample.catch(() => undefined);
}

function download(data: Uint8Array, name: string): void {
  const blob = new Blob([data as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Workbench({ locale }: { locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  const t = (key: string, params?: Record<string, string | number>) => formatMessage(locale, key, params);
  const [loaded, setLoaded] = React.useState<Loaded | undefined>();
  const [pane, setPane] = React.useState<PaneBook | undefined>();
  const [sample, setSample] = React.useState<string>(SAMPLES[0]);
  const [error, setError] = React.useState<string | undefined>();
  const [version, setVersion] = React.useState(0);
  const nextId = React.useRef(0);
  const latest = React.useRef(-1);
  const shown = React.useRef(false);
  // ExcelJS is evaluated only after the pane's first frame was painted: evaluating it takes
  // 100-250 ms of the main thread, which would otherwise delay that frame.
  const [panePainted] = React.useState(gate);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const open = React.useCallback(
    async (name: string, data: () => Promise<ArrayBuffer>) => {
      setError(undefined);
      const id = nextId.current++;
      latest.current = id;
      const book = Promise.all([panePainted.opened.then(xlsxAdapter), data()]).then(
        ([{ XlsxWorkbook }, bytes]) => XlsxWorkbook.load(bytes),
      );
      const port = observed(book, () => setVersion((v) => v + 1));
      // Until a first workbook is shown, the pane starts at once (showing "Lettura…") and reads
      // this one when it is ready, as in Excel. Later, the pane keeps the current workbook
      // until the new one has been read, so a file that cannot be read leaves it as it was.
      if (!shown.current) setPane({ id, port });
      try {
        const ready = await book;
        if (latest.current !== id) return; // another file was opened meanwhile
        shown.current = true;
        setLoaded({ book: ready, name, id });
        setPane((p) => (p?.id === id ? p : { id, port }));
      } catch (e) {
        if (latest.current === id) setPane((p) => (p?.id === id ? undefined : p));
        setError(t('ui.workbench.loadFailed', { name, detail: e instanceof Error ? e.message : String(e) }));
      }
    },
    [locale],
  );

  const openSample = React.useCallback((name: string) => open(name, () => fetchSample(name)), [open]);

  React.useEffect(() => void openSample(SAMPLES[0]), [openSample]);
  React.useEffect(() => {
    if (pane) void afterPaint().then(panePainted.open);
  }, [pane, panePainted]);

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <div className={styles.page}>
        <header className={styles.bar}>
          <Text className={styles.title}>{t('ui.workbench.title')}</Text>
          <Select
            aria-label={t('ui.workbench.sample')}
            value={sample}
            data-testid="sample-select"
            onChange={(_, d) => {
              setSample(d.value);
              if (d.value !== CUSTOM) void openSample(d.value);
            }}
          >
            {SAMPLES.map((s) => (
              <option key={s} value={s}>
                {t(`ui.workbench.sample.${s === SAMPLES[0] ? 'errors' : 'clean'}`)}
              </option>
            ))}
            {sample === CUSTOM && loaded && <option value={CUSTOM}>{loaded.name}</option>}
          </Select>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setSample(CUSTOM);
              void open(file.name, () => file.arrayBuffer());
              e.target.value = '';
            }}
          />
          <Button onClick={() => fileInput.current?.click()}>{t('ui.workbench.open')}</Button>
          <Button
            disabled={!loaded}
            data-testid="download"
            onClick={() => {
              if (!loaded) return;
              loaded.book
                .save()
                .then((data) => download(data, loaded.name))
                .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
            }}
          >
            {t('ui.workbench.download')}
          </Button>
          {loaded && <Text data-testid="file-name">{loaded.name}</Text>}
        </header>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {loaded && loaded.book.notes.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{loaded.book.notes.join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <section className={styles.sheets}>
            {loaded ? (
              <SheetView book={loaded.book} version={version} locale={locale} />
            ) : (
              !error && <Spinner label={t('ui.workbench.loading')} />
            )}
          </section>
          <aside className={styles.pane}>
            {pane && <App key={pane.id} port={pane.port} locale={locale} host="workbench" />}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
