import { defaultParameters } from '../../src/domain/params';
import type { Parameters } from '../../src/domain/model';
import { fromDraft, toDraft } from '../../src/taskpane/paramsDraft';

function sample(): Parameters {
  return {
    ...defaultParameters(),
    fund: 5_000_000,
    reserve: 500_000,
    latePenaltyPerMonth: 12.5,
    pools: [
      { name: 'Intersettoriali', tipologie: ['intersettoriale'], amount: 1_000_000, method: 'coefficient' },
      { name: 'Aree', tipologie: ['settore', 'generale'], percent: 40, method: 'relevance' },
    ],
    payoutCurve: [
      { from: 0, payout: 0 },
      { from: 60, payout: 'proportional' },
      { from: 90, payout: 100 },
    ],
  };
}

describe('parameters draft', () => {
  it.each(['it', 'en'] as const)('reads back what it shows (%s)', (locale) => {
    const params = sample();
    const result = fromDraft(toDraft(params, locale), params, locale);
    expect(result).toEqual({ ok: true, params });
  });

  it('shows money in the language of the pane', () => {
    expect(toDraft(sample(), 'it').fund).toBe('50.000,00');
    expect(toDraft(sample(), 'en').fund).toBe('50,000.00');
  });

  it('reads an edited fund and an emptied reserve', () => {
    const params = sample();
    const draft = { ...toDraft(params, 'it'), fund: '75.000,5', reserve: '' };
    const result = fromDraft(draft, params, 'it');
    expect(result.ok && result.params.fund).toBe(7_500_050);
    expect(result.ok && result.params.reserve).toBe(0);
    const en = fromDraft({ ...toDraft(params, 'en'), fund: '1,234.56' }, params, 'en');
    expect(en.ok && en.params.fund).toBe(123_456);
  });

  it('reports unreadable and missing values by field and saves nothing', () => {
    const params = sample();
    const draft = toDraft(params, 'it');
    draft.fund = 'cinquantamila';
    draft.pools[1].name = ' ';
    draft.bands[0].coefficient = '';
    draft.curve[0].from = '-5';
    const result = fromDraft(draft, params, 'it');
    expect(result).toEqual({
      ok: false,
      errors: {
        fund: 'ui.params.error.money',
        'pools.1.name': 'ui.params.error.required',
        'bands.0.coefficient': 'ui.params.error.required',
        'curve.0.from': 'ui.params.error.number',
      },
    });
  });

  it('normalises category names and tipologie, and an empty payout means proportional', () => {
    const params = sample();
    const draft = toDraft(params, 'it');
    draft.categories = [{ key: ' Una  Tantum ', points: '7' }];
    draft.pools[0].tipologie = 'Intersettoriale; Generale';
    draft.curve = [{ from: '0', payout: '' }];
    const result = fromDraft(draft, params, 'it');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.params.categoryPoints).toEqual({ 'una tantum': 7 });
    expect(result.params.pools[0].tipologie).toEqual(['intersettoriale', 'generale']);
    expect(result.params.payoutCurve).toEqual([{ from: 0, payout: 'proportional' }]);
  });
});
