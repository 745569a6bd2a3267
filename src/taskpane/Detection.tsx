/**
 * The tables Premia found, by kind and area. The user can change a table's kind or ignore it,
 * pick the column of a role several headers name (recognition chose one by content), and
 * "Conferma" saves the mapping in the workbook so the next run reads the same tables.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { columnLetters, rangeAddress } from '../workbook/a1';
import { MAPPING_SETTING, type ColumnRole, type RecognizedTable } from '../workbook/recognize';
import { remarkLines } from '../workbook/recognize/notes';
import { choicesFor, columnChoicesFor, ignoredMappings, mappingJson, type KindChoice } from './detection';
import { useT } from './i18n';
import type { ViewProps } from './Validation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  where: { color: tokens.colorNeutralForeground3 },
  link: {
    background: 'none',
    border: 'none',
    padding: 0,
    color: tokens.colorBrandForeground1,
    cursor: 'pointer',
    font: 'inherit',
    textDecoration: 'underline',
  },
  dropdown: { minWidth: '180px' },
  remarks: { margin: 0, paddingLeft: '16px', color: tokens.colorNeutralForeground3 },
});

function TableCard({
  table,
  choice,
  onChoose,
  onSelect,
  columns,
  onColumn,
}: {
  table: RecognizedTable;
  choice: KindChoice;
  onChoose: (c: KindChoice) => void;
  onSelect: () => void;
  columns: Partial<Record<ColumnRole, number>>;
  onColumn: (role: ColumnRole, col: number) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const address = `${table.sheet}!${rangeAddress(table.range)}`;
  // What reading the table met (hidden rows, repeated headers, merged cells...), as inspect says it.
  const remarks = remarkLines(table.remarks ?? [], locale);
  return (
    <div className={styles.card} data-testid="table" data-table={table.id}>
      <div className={styles.line}>
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={t('ui.detection.kind')}
          value={t(`ui.kind.${choice}`)}
          selectedOptions={[choice]}
          onOptionSelect={(_, d) => d.optionValue && onChoose(d.optionValue as KindChoice)}
        >
          {choicesFor(table).map((k) => (
            <Option key={k} value={k}>
              {t(`ui.kind.${k}`)}
            </Option>
          ))}
        </Dropdown>
        {table.confirmed && (
          <Badge appearance="tint" color="success" size="small">
            {t('ui.detection.confirmedBadge')}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.where}>
        <button type="button" className={styles.link} onClick={onSelect}>
          {address}
        </button>
        {' · '}
        {table.area ?? t('ui.detection.noArea')}
        {' · '}
        {t('ui.detection.rows', { rows: table.dataRows.length })}
      </Caption1>
      {choice !== 'ignore' &&
        columnChoicesFor(table).map(({ role, columns: candidates }) => {
          const read = columns[role] ?? candidates[0];
          const label = (col: number) => `${columnLetters(col)} · ${table.headers[col] ?? ''}`;
          return (
            <div className={styles.line} key={role}>
              <Caption1>
                {t('ui.detection.columnFor', { header: table.headers[candidates[0]] ?? role })}
              </Caption1>
              <Dropdown
                className={styles.dropdown}
                size="small"
                data-testid="column-choice"
                aria-label={t('ui.detection.columnAria', {
                  header: table.headers[candidates[0]] ?? role,
                  table: address,
                })}
                value={label(read)}
                selectedOptions={[String(read)]}
                onOptionSelect={(_, d) => d.optionValue && onColumn(role, Number(d.optionValue))}
              >
                {candidates.map((col) => (
                  <Option key={col} value={String(col)}>
                    {label(col)}
                  </Option>
                ))}
              </Dropdown>
            </div>
          );
        })}
      {remarks.length > 0 && (
        <ul className={styles.remarks} data-testid="table-remarks">
          {remarks.map((line) => (
            <li key={line}>
              <Caption1>{line}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Detection({ state, actions }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const loaded = state.loaded;
  const [choices, setChoices] = React.useState<Record<string, KindChoice>>({});
  const [columns, setColumns] = React.useState<Record<string, Partial<Record<ColumnRole, number>>>>({});
  // A new reading (after saving, or a reload) starts from what it found.
  React.useEffect(() => {
    setChoices({});
    setColumns({});
  }, [loaded]);
  if (!loaded) return <Text>{t('ui.detection.reading')}</Text>;

  const saved = loaded.settings[MAPPING_SETTING];
  const ignored = ignoredMappings(saved);
  const plan = loaded.plan;
  const save = (keepIgnored = ignored) =>
    void actions.saveMapping(mappingJson(loaded.tables, choices, keepIgnored, columns));

  return (
    <div className={styles.root}>
      <Text data-testid="plan-summary">
        {t('ui.detection.summary', {
          tables: loaded.tables.length,
          areas: plan.areas.length,
          objectives: plan.objectives.length,
          employees: plan.employees.length,
        })}
      </Text>
      {saved !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody>{t('ui.detection.confirmedBefore')}</MessageBarBody>
        </MessageBar>
      )}
      {loaded.tables.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('ui.detection.none')}</MessageBarBody>
        </MessageBar>
      )}
      {loaded.tables.map((table) => (
        <TableCard
          key={table.id}
          table={table}
          choice={choices[table.id] ?? table.kind}
          onChoose={(c) => setChoices((prev) => ({ ...prev, [table.id]: c }))}
          onSelect={() => void actions.select([{ sheet: table.sheet, cell: rangeAddress(table.range) }])}
          columns={columns[table.id] ?? {}}
          onColumn={(role, col) =>
            setColumns((prev) => ({ ...prev, [table.id]: { ...(prev[table.id] ?? {}), [role]: col } }))
          }
        />
      ))}
      {ignored.length > 0 && (
        <Caption1>
          {t('ui.detection.ignored', { list: ignored.map((m) => `${m.sheet}!${m.header}`).join(', ') })}{' '}
          <button type="button" className={styles.link} onClick={() => save([])}>
            {t('ui.detection.restore')}
          </button>
        </Caption1>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={state.busy !== undefined || loaded.tables.length === 0}
          onClick={() => save()}
          data-testid="confirm-mapping"
        >
          {t('ui.detection.confirm')}
        </Button>
      </div>
    </div>
  );
}
