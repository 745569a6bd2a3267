/** "Valida": findings grouped by area, errors first; each selects its cells. */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import type { PremiaActions, PremiaState } from './state';
import { FindingList } from './FindingList';
import { countBySeverity } from './findings';
import { useT } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

export interface ViewProps {
  state: PremiaState;
  actions: PremiaActions;
}

export function Validation({ state, actions }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const findings = state.findings;
  const counts = findings ? countBySeverity(findings) : undefined;
  return (
    <div className={styles.root}>
      <Text>{t('ui.validation.intro')}</Text>
      <div>
        <Button
          appearance="primary"
          disabled={state.busy !== undefined}
          onClick={() => void actions.validate()}
          data-testid="validate"
        >
          {t('ui.validation.run')}
        </Button>
      </div>
      {counts && (
        <MessageBar
          intent={counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'success'}
          data-testid="validation-summary"
        >
          <MessageBarBody>
            {counts.errors + counts.warnings === 0
              ? t('ui.validation.clean')
              : t('ui.validation.summary', { errors: counts.errors, warnings: counts.warnings })}
          </MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.some((f) => f.cells.length > 0) && (
        <div className={styles.actions}>
          <Button
            disabled={state.busy !== undefined}
            onClick={() => void actions.highlight()}
            data-testid="highlight"
          >
            {t('ui.validation.highlight')}
          </Button>
          <Button
            appearance="subtle"
            disabled={state.busy !== undefined || !state.highlighted}
            onClick={() => void actions.clearHighlight()}
            data-testid="clear-highlight"
          >
            {t('ui.validation.clearHighlight')}
          </Button>
        </div>
      )}
      {state.highlighted !== undefined && (
        <Text size={200} data-testid="highlight-status">
          {state.highlighted > 0
            ? t('ui.validation.highlighted', { count: state.highlighted })
            : t('ui.validation.notHighlighted')}
        </Text>
      )}
      {findings && findings.length > 0 && (
        <FindingList findings={findings} onSelect={(cells) => void actions.select(cells)} />
      )}
    </div>
  );
}
