/**
 * "Calcola punteggi" and "Distribuisci": runs the pipeline, writes Premia's sheets and shows
 * the phase (allocation or payment, and why the payment is not there), the totals (fund, paid,
 * economie, per area; before the payment, what was allocated) or, when the distribution is
 * refused, the reasons, each selecting its cells. Loaded lazily: the first screen does not need it.
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatCents } from '../domain/money';
import type { Cents } from '../domain/model';
import { formatNumber } from '../i18n';
import { FindingList } from './FindingList';
import { totalsByArea } from './summary';
import { useT } from './i18n';
import type { ViewProps } from './Validation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  amount: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  totals: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: '12px',
    rowGap: '2px',
    padding: '8px',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: 'auto' },
});

/** What the units were allocated, in cents. */
function allocatedTotal(units: readonly { allocated: Cents }[]): Cents {
  let s = 0;
  for (const u of units) s += u.allocated;
  return s;
}

export default function Results({ state, actions }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const euro = (c: Cents) => `${formatCents(c, locale)} €`;
  const busy = state.busy !== undefined;
  const d = state.distribution?.distribution;
  const areas = state.scoring?.scores.areas ?? [];
  // Paid figures only in the payment phase; before it, the allocation.
  const paid = d?.ok === true && d.phase === 'payment';

  const line = (key: string, cents: Cents, testId: string, strong = false) => (
    <>
      <span className={strong ? styles.strong : undefined}>{t(key)}</span>
      <span
        className={`${styles.amount} ${strong ? styles.strong : ''}`}
        data-testid={testId}
        data-cents={cents}
      >
        {euro(cents)}
      </span>
    </>
  );

  return (
    <div className={styles.root}>
      <Text>{t('ui.results.intro')}</Text>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void actions.score()} data-testid="score">
          {t('ui.results.score')}
        </Button>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void actions.distribute()}
          data-testid="distribute"
        >
          {t('ui.results.distribute')}
        </Button>
      </div>

      {d && !d.ok && (
        <>
          <MessageBar intent="error" data-testid="refused">
            <MessageBarBody>
              <MessageBarTitle>{t('ui.results.refused')}</MessageBarTitle>
              {t('ui.results.refusedHint', { count: d.reasons.length })}
            </MessageBarBody>
          </MessageBar>
          <FindingList findings={d.reasons} onSelect={(cells) => void actions.select(cells)} />
        </>
      )}

      {d?.ok && (
        <>
          {/* Which phase the plan is in: the payment, or the allocation alone (and why). */}
          <MessageBar
            intent={paid ? 'success' : d.paymentWaits ? 'info' : 'warning'}
            data-testid="phase"
            data-phase={d.phase}
          >
            <MessageBarBody>
              <MessageBarTitle>
                {t(paid ? 'ui.results.phase.payment' : 'ui.results.phase.allocation')}
              </MessageBarTitle>
              {paid
                ? t('ui.results.written')
                : d.paymentWaits
                  ? t('ui.results.paymentWaits')
                  : t('ui.results.paymentRefused', { count: d.paymentReasons.length })}
            </MessageBarBody>
          </MessageBar>
          {d.paymentReasons.length > 0 && (
            <>
              {d.paymentWaits && <Subtitle2 as="h3">{t('ui.results.paymentToFix')}</Subtitle2>}
              <FindingList findings={d.paymentReasons} onSelect={(cells) => void actions.select(cells)} />
            </>
          )}
          <div className={styles.totals} data-testid="totals">
            {line('ui.results.fund', d.totals.fund, 'total-fund', true)}
            {line('ui.results.reserve', d.totals.reserve, 'total-reserve')}
            {paid ? (
              <>
                {line('ui.results.paid', d.totals.paid, 'total-paid', true)}
                {d.totals.withoutStaff !== 0 &&
                  line('ui.results.withoutStaff', d.totals.withoutStaff, 'total-without-staff')}
                {line('ui.results.economie', d.totals.economie, 'total-economie', true)}
              </>
            ) : (
              line('ui.results.allocatedTotal', allocatedTotal(d.units), 'total-allocated', true)
            )}
            {d.totals.unassigned !== 0 &&
              line('ui.results.unassigned', d.totals.unassigned, 'total-unassigned')}
          </div>
          <Subtitle2 as="h3">{t('ui.results.byArea')}</Subtitle2>
          <Table size="extra-small" className={styles.table} data-testid="area-totals">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('ui.results.area')}</TableHeaderCell>
                <TableHeaderCell className={styles.amount}>{t('ui.results.allocated')}</TableHeaderCell>
                {paid && (
                  <>
                    <TableHeaderCell className={styles.amount}>{t('ui.results.paid')}</TableHeaderCell>
                    <TableHeaderCell className={styles.amount}>{t('ui.results.economie')}</TableHeaderCell>
                  </>
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {totalsByArea(d.units).map((r) => (
                <TableRow key={r.area ?? ''}>
                  <TableCell>{r.area ?? t('ui.results.noArea')}</TableCell>
                  <TableCell className={styles.amount}>{formatCents(r.allocated, locale)}</TableCell>
                  {paid && (
                    <>
                      <TableCell className={styles.amount}>{formatCents(r.paid, locale)}</TableCell>
                      <TableCell className={styles.amount}>{formatCents(r.economie, locale)}</TableCell>
                    </>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {d.warnings.length > 0 && (
            <>
              <Subtitle2 as="h3">{t('ui.results.warnings')}</Subtitle2>
              <FindingList findings={d.warnings} onSelect={(cells) => void actions.select(cells)} />
            </>
          )}
        </>
      )}

      {!d && areas.length > 0 && (
        <>
          <Subtitle2 as="h3">{t('ui.results.scores')}</Subtitle2>
          <Table size="extra-small" className={styles.table} data-testid="area-scores">
            <TableBody>
              {areas.map((a) => (
                <TableRow key={a.area}>
                  <TableCell>{a.area}</TableCell>
                  <TableCell className={styles.amount}>
                    {a.score === undefined ? '—' : `${formatNumber(locale, a.score * 100, 1)} %`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
