/**
 * The Risultati tab says which phase the plan is in (rendered to markup, no browser): the
 * payment, or the allocation with why there is no payment, and the amounts of that phase only.
 */
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import Results from '../../src/taskpane/Results';
import type { PremiaActions, PremiaState } from '../../src/taskpane/state';
import { distribute } from '../../src/domain/distribution';
import type { Scores } from '../../src/domain/results';
import { assignment, employee, makePlan, objective, scoresFor } from '../domain/builders';

const none: Scores = { objectives: [], areas: [], findings: [] };
const noop = async () => undefined;
const actions = new Proxy({}, { get: () => noop }) as unknown as PremiaActions;

function plan() {
  return makePlan({
    objectives: [
      objective({ id: 'P1', category: 'strategico', headcount: 1 }),
      objective({ id: 'P2', category: 'innovativo', headcount: 1 }),
    ],
    employees: [employee('Anna')],
    assignments: [assignment('P1', 'Anna'), assignment('P2', 'Anna')],
    params: { fund: 100_000, defaultMethod: 'coefficient' },
  });
}

function render(scores: (p: ReturnType<typeof plan>) => Scores): string {
  const p = plan();
  const state: PremiaState = {
    distribution: { distribution: distribute(p, scores(p), []), findings: [], scores: scores(p) },
  };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <Results state={state} actions={actions} />
    </FluentProvider>,
  );
}

describe('the Risultati tab', () => {
  it('before any achievement: the allocation phase, the payment waiting, the allocated total', () => {
    const html = render(() => none);
    expect(html).toContain('data-phase="allocation"');
    expect(html).toContain('Fase: ripartizione preventiva');
    expect(html).toContain('La liquidazione attende i gradi di raggiungimento');
    expect(html).toContain('data-testid="total-allocated" data-cents="100000"');
    expect(html).not.toContain('data-testid="total-paid"');
  });

  it('with an achievement missing: the payment refused and its reason', () => {
    const html = render((p) => scoresFor(p, { P2: undefined }));
    expect(html).toContain('data-phase="allocation"');
    expect(html).toContain('La liquidazione è rifiutata per 1 motivo');
    expect(html).toContain('data-code="DIST_MISSING_ACHIEVEMENT"');
  });

  it('with every achievement: the payment phase and what was paid', () => {
    const html = render((p) => scoresFor(p));
    expect(html).toContain('data-phase="payment"');
    expect(html).toContain('Fase: liquidazione');
    expect(html).toContain('data-testid="total-paid" data-cents="100000"');
  });
});
