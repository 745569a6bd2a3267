/** "Valida": findings grouped by area, errors first; each selects its cells. */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import type { PremiaActions, PremiaState } from './state';
import { FindingList } from './FindingList';
import { countBySeverity } from './findings';
import { useT } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
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
      {findings && findings.length > 0 && (
        <FindingList findings={findings} onSelect={(cells) => void actions.select(cells)} />
      )}
    </div>
  );
}
