/**
 * A plain view of the workbook's sheets: one tab per visible sheet, the used range as an HTML
 * table with A1 headers, the cells of the pane's last selection highlighted. It reads the
 * workbook again whenever `version` changes (after every write or selection).
 */
import * as React from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { XlsxWorkbook } from '../adapters/xlsx';
import { cellAddress, columnLetters, parseRange } from '../workbook/a1';
import type { CellRange, SheetSnapshot } from '../workbook/port';
import { formatMessage, type Locale } from '../i18n';
import { displayValue, rawValue } from './cells';

/** The view stops here: a test page, not a spreadsheet. */
const MAX_ROWS = 400;
const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 },
  tabs: {
    display: 'flex',
    gap: '2px',
    overflowX: 'auto',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '4px 4px 0',
    flexShrink: 0,
  },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: 'none',
    borderRadius: '4px 4px 0 0',
    padding: '4px 10px',
    background: tokens.colorNeutralBackground3,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
  },
  active: { background: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold },
  grid: { overflow: 'auto', flex: 1 },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
    fontWeight: 'normal',
    position: 'sticky',
    top: 0,
  },
  rowHead: { position: 'sticky', left: 0, top: 'auto', textAlign: 'right' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    maxWidth: '260px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  number: { textAlign: 'right' },
  selected: { background: '#cfe3ff', outline: '1px solid #2b6cd4' },
  // Premia's highlight, as Excel shows its "light red fill with dark red text".
  highlighted: { background: '#ffc7ce', color: '#9c0006' },
  note: { padding: '4px 8px' },
});

interface Props {
  book: XlsxWorkbook;
  /** Bumped after every write or selection. */
  version: number;
  locale: Locale;
}

function inside(r: CellRange | undefined, row: number, col: number): boolean {
  return r !== undefined && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function SheetView({ book, version, locale }: Props): React.JSX.Element {
  const styles = useStyles();
  const [sheets, setSheets] = React.useState<SheetSnapshot[]>([]);
  const [active, setActive] = React.useState<string | undefined>();
  const selection = book.selection;

  React.useEffect(() => {
    let current = true;
    void (async () => {
      const infos = (await book.listSheets())
        .filter((s) => s.visible)
        .sort((a, b) => a.position - b.position);
      const snaps = await book.readSheets(infos.map((s) => s.name));
      if (!current) return;
      setSheets(snaps);
      setActive((prev) => {
        if (book.selection) return book.selection.sheet;
        return prev && snaps.some((s) => s.name === prev) ? prev : snaps[0]?.name;
      });
    })();
    return () => {
      current = false;
    };
  }, [book, version]);

  const sheet = sheets.find((s) => s.name === active);
  const selected =
    selection && sheet && selection.sheet === sheet.name ? parseRange(selection.address) : undefined;

  const highlights = sheet ? book.highlighted(sheet.name).map((a) => parseRange(a)) : [];

  const grid = React.useRef<HTMLDivElement>(null);
  // Another sheet (or workbook) starts at A1; the selection, if any, is scrolled to just after.
  React.useEffect(() => {
    grid.current?.scrollTo(0, 0);
  }, [book, active]);
  // Bring the selection into view after it changes.
  React.useEffect(() => {
    grid.current
      ?.querySelector('[data-selected="true"]')
      ?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [sheet, selection?.sheet, selection?.address, version]);

  // The longest row, not the first: rows may stop at their own last cell (SheetSnapshot.values).
  const width = sheet ? sheet.values.reduce((w, r) => Math.max(w, r.length), 0) : 0;
  const rows = sheet ? Math.min(sheet.top + sheet.values.length, MAX_ROWS) : 0;
  const cols = sheet ? Math.min(sheet.left + width, MAX_COLS) : 0;
  const cut =
    sheet !== undefined && (sheet.top + sheet.values.length > MAX_ROWS || sheet.left + width > MAX_COLS);

  return (
    <div className={styles.root} data-testid="sheet-view">
      <div className={styles.tabs} role="tablist">
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === active}
            className={`${styles.tab} ${s.name === active ? styles.active : ''}`}
            data-testid="sheet-tab"
            data-sheet={s.name}
            onClick={() => setActive(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className={styles.grid} ref={grid}>
        {sheet && (
          <table className={styles.table} data-testid="sheet-grid" data-sheet={sheet.name}>
            <thead>
              <tr>
                <th className={styles.head} />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={styles.head}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={`${styles.head} ${styles.rowHead}`}>{r + 1}</th>
                  {Array.from({ length: cols }, (_, c) => {
                    const value = sheet.values[r - sheet.top]?.[c - sheet.left] ?? null;
                    const format = sheet.numberFormats[r - sheet.top]?.[c - sheet.left];
                    const isSelected = inside(selected, r, c);
                    const isHighlighted = highlights.some((h) => inside(h, r, c));
                    const text = displayValue(value, format, locale);
                    return (
                      <td
                        key={c}
                        data-cell={cellAddress(r, c)}
                        data-value={rawValue(value)}
                        data-selected={isSelected ? 'true' : undefined}
                        data-highlighted={isHighlighted ? 'true' : undefined}
                        title={text}
                        className={`${styles.cell} ${typeof value === 'number' ? styles.number : ''} ${isHighlighted ? styles.highlighted : ''} ${isSelected ? styles.selected : ''}`}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {cut && (
          <Caption1 className={styles.note}>
            {formatMessage(locale, 'ui.workbench.cut', { rows: MAX_ROWS, cols: MAX_COLS })}
          </Caption1>
        )}
      </div>
    </div>
  );
}
