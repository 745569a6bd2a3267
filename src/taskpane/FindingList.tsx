/**
 * Findings (or refusal reasons) grouped by area, errors first. Each one is a button: clicking
 * it selects its cells in the workbook.
 */
import * as React from 'react';
import { Badge, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { CellRef } from '../domain/model';
import type { Finding } from '../domain/findings';
import { useT } from './i18n';
import { groupByArea } from './findings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '12px' },
  item: {
    display: 'flex',
    gap: '8px',
    alignItems: 'flex-start',
    textAlign: 'left',
    width: '100%',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    font: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  text: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0, marginTop: '1px' },
});

export interface FindingListProps {
  findings: readonly Finding[];
  onSelect: (cells: readonly CellRef[]) => void;
}

const place = (c: CellRef) => `${c.sheet}!${c.cell}`;

export function FindingList({ findings, onSelect }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <div>
      {groupByArea(findings, t('ui.findings.general')).map(([area, list]) => (
        <section key={area} className={styles.group} data-testid="finding-group">
          <Subtitle2 as="h3">{area}</Subtitle2>
          {list.map((f, i) => (
            <button
              key={`${f.code}-${i}`}
              type="button"
              className={styles.item}
              data-testid="finding"
              data-code={f.code}
              data-severity={f.severity}
              title={f.cells.length > 0 ? t('ui.findings.select') : undefined}
              onClick={() => onSelect(f.cells)}
            >
              <Badge
                shape="rounded"
                appearance="filled"
                color={f.severity === 'error' ? 'danger' : 'warning'}
                className={styles.badge}
              >
                {t(f.severity === 'error' ? 'ui.severity.error' : 'ui.severity.warning')}
              </Badge>
              <span className={styles.text}>
                <span>{f.message}</span>
                {f.cells.length > 0 && <Caption1 className={styles.where}>{place(f.cells[0])}</Caption1>}
              </span>
            </button>
          ))}
        </section>
      ))}
    </div>
  );
}
