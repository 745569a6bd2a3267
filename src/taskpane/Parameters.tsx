/**
 * The parameters of the loaded workbook (its parameters sheet, or the defaults), editable.
 * "Salva" writes the whole parameters sheet and reads the workbook again. Loaded lazily: the
 * first screen does not need it.
 */
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SplitMethod } from '../domain/model';
import { PARAMS_SHEET } from '../workbook/params';
import { fromDraft, toDraft, type DraftErrors, type ParamsDraft, type PoolDraft } from './paramsDraft';
import { useT, type Translate } from './i18n';
import type { ViewProps } from './Validation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    paddingTop: '8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end' },
  grow: { flex: 1, minWidth: 0 },
  narrow: { width: '96px', flexShrink: 0 },
  input: { minWidth: 0, width: '100%' },
  /** A pool: name, amount and share, tipologie, method, on a two-column grid. */
  pool: {
    flex: 1,
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: '4px 6px',
    padding: '6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: '1 / span 2', minWidth: 0 },
  half: { minWidth: 0 },
});

const METHODS: readonly SplitMethod[] = ['coefficient', 'relevance', 'weight'];
const EMPTY_POOL: PoolDraft = { name: '', tipologie: '', amount: '', percent: '', method: 'coefficient' };

/** A list of rows (pools, categories, bands, curve) with add and remove buttons. */
function RowList<R>(props: {
  title: string;
  testId: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  empty: R;
  render: (row: R, i: number, set: (patch: Partial<R>) => void) => React.ReactNode;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const { rows, onChange } = props;
  return (
    <section className={styles.section} data-testid={props.testId}>
      <Subtitle2 as="h3">{props.title}</Subtitle2>
      {rows.map((row, i) => (
        <div key={i} className={styles.row}>
          {props.render(row, i, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))))}
          <Button
            size="small"
            appearance="subtle"
            aria-label={props.t('ui.params.remove')}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ✕
          </Button>
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => onChange([...rows, props.empty])}>
          {props.t('ui.params.add')}
        </Button>
      </div>
    </section>
  );
}

export default function Parameters({ state, actions }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const loaded = state.loaded;
  const [draft, setDraft] = React.useState<ParamsDraft | undefined>();
  const [errors, setErrors] = React.useState<DraftErrors>({});
  React.useEffect(() => {
    setDraft(loaded ? toDraft(loaded.plan.params, locale) : undefined);
    setErrors({});
  }, [loaded, locale]);
  if (!loaded || !draft) return <Text>{t('ui.detection.reading')}</Text>;

  const set = (patch: Partial<ParamsDraft>) => setDraft({ ...draft, ...patch });
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  const small = (
    label: string,
    path: string,
    value: string,
    onChange: (v: string) => void,
    wide: boolean | string = false,
  ) => (
    <Field
      label={label}
      size="small"
      className={typeof wide === 'string' ? wide : wide ? styles.grow : styles.narrow}
      validationMessage={err(path)}
    >
      <Input size="small" className={styles.input} value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
  const save = () => {
    const result = fromDraft(draft, loaded.plan.params, locale);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    void actions.saveParams(result.params);
  };

  return (
    <div className={styles.root}>
      <MessageBar intent="info">
        <MessageBarBody>
          {loaded.hasParamsSheet
            ? t('ui.params.fromSheet', { sheet: PARAMS_SHEET })
            : t('ui.params.defaults', { sheet: PARAMS_SHEET })}
        </MessageBarBody>
      </MessageBar>
      <Field label={t('ui.params.fund')} validationMessage={err('fund')}>
        <Input
          value={draft.fund}
          contentAfter="€"
          onChange={(_, d) => set({ fund: d.value })}
          data-testid="param-fund"
        />
      </Field>
      <Field label={t('ui.params.reserve')} validationMessage={err('reserve')}>
        <Input value={draft.reserve} contentAfter="€" onChange={(_, d) => set({ reserve: d.value })} />
      </Field>
      <Field label={t('ui.params.soglia')}>
        <Select
          value={draft.sogliaPolicy}
          onChange={(_, d) => set({ sogliaPolicy: d.value as ParamsDraft['sogliaPolicy'] })}
        >
          <option value="proportional">{t('ui.params.soglia.proportional')}</option>
          <option value="full">{t('ui.params.soglia.full')}</option>
        </Select>
      </Field>
      <Field label={t('ui.params.penalty')} validationMessage={err('latePenaltyPerMonth')}>
        <Input
          value={draft.latePenaltyPerMonth}
          contentAfter="%"
          onChange={(_, d) => set({ latePenaltyPerMonth: d.value })}
        />
      </Field>
      <Switch
        label={t('ui.params.partTime')}
        checked={draft.partTime}
        onChange={(_, d) => set({ partTime: d.checked })}
      />
      <Switch
        label={t('ui.params.evaluation')}
        checked={draft.individualEvaluation}
        onChange={(_, d) => set({ individualEvaluation: d.checked })}
      />
      <Switch
        label={t('ui.params.redistribute')}
        checked={draft.redistributeEconomie}
        onChange={(_, d) => set({ redistributeEconomie: d.checked })}
      />

      <RowList
        title={t('ui.params.pools')}
        testId="params-pools"
        rows={draft.pools}
        onChange={(pools) => set({ pools })}
        empty={EMPTY_POOL}
        t={t}
        render={(row, i, update) => (
          <div className={styles.pool}>
            {small(
              t('ui.params.pool.name'),
              `pools.${i}.name`,
              row.name,
              (v) => update({ name: v }),
              styles.wide,
            )}
            {small(
              t('ui.params.pool.amount'),
              `pools.${i}.amount`,
              row.amount,
              (v) => update({ amount: v }),
              styles.half,
            )}
            {small(
              t('ui.params.pool.percent'),
              `pools.${i}.percent`,
              row.percent,
              (v) => update({ percent: v }),
              styles.half,
            )}
            {small(
              t('ui.params.pool.tipologie'),
              `pools.${i}.tipologie`,
              row.tipologie,
              (v) => update({ tipologie: v }),
              styles.wide,
            )}
            <Field label={t('ui.params.pool.method')} size="small" className={styles.wide}>
              <Select
                size="small"
                value={row.method}
                onChange={(_, d) => update({ method: d.value as SplitMethod })}
              >
                {METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`ui.method.${m}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
      />
      <RowList
        title={t('ui.params.categories')}
        testId="params-categories"
        rows={draft.categories}
        onChange={(categories) => set({ categories })}
        empty={{ key: '', points: '' }}
        t={t}
        render={(row, i, update) => (
          <>
            {small(t('ui.params.category'), `categories.${i}.key`, row.key, (v) => update({ key: v }), true)}
            {small(t('ui.params.points'), `categories.${i}.points`, row.points, (v) => update({ points: v }))}
          </>
        )}
      />
      <RowList
        title={t('ui.params.bands')}
        testId="params-bands"
        rows={draft.bands}
        onChange={(bands) => set({ bands })}
        empty={{ min: '', coefficient: '' }}
        t={t}
        render={(row, i, update) => (
          <>
            {small(t('ui.params.band.min'), `bands.${i}.min`, row.min, (v) => update({ min: v }), true)}
            {small(t('ui.params.band.coefficient'), `bands.${i}.coefficient`, row.coefficient, (v) =>
              update({ coefficient: v }),
            )}
          </>
        )}
      />
      <RowList
        title={t('ui.params.curve')}
        testId="params-curve"
        rows={draft.curve}
        onChange={(curve) => set({ curve })}
        empty={{ from: '', payout: '' }}
        t={t}
        render={(row, i, update) => (
          <>
            {small(t('ui.params.curve.from'), `curve.${i}.from`, row.from, (v) => update({ from: v }), true)}
            {small(t('ui.params.curve.payout'), `curve.${i}.payout`, row.payout, (v) =>
              update({ payout: v }),
            )}
          </>
        )}
      />
      <Caption>{t('ui.params.curve.hint')}</Caption>
      {Object.keys(errors).length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{t('ui.params.invalid')}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={state.busy !== undefined}
          onClick={save}
          data-testid="save-params"
        >
          {t('ui.params.save')}
        </Button>
      </div>
    </div>
  );
}

function Caption({ children }: { children: React.ReactNode }): React.JSX.Element {
  return <Text size={200}>{children}</Text>;
}
