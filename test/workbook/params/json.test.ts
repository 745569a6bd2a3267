import type { Parameters } from '../../../src/domain/model';
import { defaultParameters } from '../../../src/domain/params';
import {
  applyParamsOverrides,
  JSON_HANDLERS,
  JSON_ITEM_KEYS,
  PARAMS_JSON_SCHEMA,
  parseParamsJson,
  readParamsSheet,
  paramsSheetSpec,
} from '../../../src/workbook/params';
import { snapshotFrom } from './helpers';

const parse = (value: unknown, base?: Parameters) => parseParamsJson(JSON.stringify(value), base);
const messages = (r: { findings: { message: string }[] }) => r.findings.map((f) => f.message);

describe('parseParamsJson: valid files', () => {
  it('reads every key, money exactly to the cent', () => {
    const r = parse({
      $schema: './params.schema.json',
      comune: 'Comune di Prova',
      year: 2026,
      fund: '60000.10',
      reserve: 4193.23,
      defaultMethod: 'weight',
      pools: [
        { name: 'Inter', tipologie: ['intersettoriale'], amount: 0.07 },
        { name: 'Resto', tipologie: ['generale', 'settore'], percent: 40, method: 'relevance' },
      ],
      categoryPoints: { Strategico: 40, 'Una tantum': 5 },
      headcountBands: [
        { min: 1, coefficient: 0.5 },
        { min: 3, coefficient: 1 },
      ],
      sogliaPolicy: 'full',
      latePenaltyPerMonth: 5,
      atMostPolicy: 'proportional',
      payoutCurve: [
        { from: 0, payout: 0 },
        { from: 60, payout: 'proportional' },
      ],
      partTime: false,
      fullTimeHours: 35,
      individualEvaluation: true,
      absenceReduction: true,
      absencePercentPerDay: 1,
      redistributeEconomie: true,
      differentiationPremiumPercent: 31,
      differentiationMinStaffPercent: 11,
      paymentTimesMinWeight: 33,
    });
    expect(r.findings).toEqual([]);
    expect(r.comune).toBe('Comune di Prova');
    expect(r.year).toBe(2026);
    expect(r.params).toEqual({
      fund: 6000010,
      reserve: 419323,
      defaultMethod: 'weight',
      pools: [
        { name: 'Inter', tipologie: ['intersettoriale'], amount: 7, method: 'coefficient' },
        { name: 'Resto', tipologie: ['generale', 'settore'], percent: 40, method: 'relevance' },
      ],
      categoryPoints: { strategico: 40, 'una tantum': 5 },
      headcountBands: [
        { min: 1, coefficient: 0.5 },
        { min: 3, coefficient: 1 },
      ],
      sogliaPolicy: 'full',
      latePenaltyPerMonth: 5,
      atMostPolicy: 'proportional',
      payoutCurve: [
        { from: 0, payout: 0 },
        { from: 60, payout: 'proportional' },
      ],
      partTime: false,
      fullTimeHours: 35,
      individualEvaluation: true,
      absenceReduction: true,
      absencePercentPerDay: 1,
      redistributeEconomie: true,
      differentiationPremiumPercent: 31,
      differentiationMinStaffPercent: 11,
      paymentTimesMinWeight: 33,
      cells: {},
    });
  });

  it('an empty object gives the base; a BOM is accepted', () => {
    expect(parseParamsJson('\uFEFF{}')).toEqual({ params: defaultParameters(), overrides: {}, findings: [] });
  });

  it('overrides the sheet: keys present replace, keys absent keep the sheet value and its cell', () => {
    const sheetParams = readParamsSheet(
      snapshotFrom(
        paramsSheetSpec({
          ...defaultParameters(),
          fund: 100000,
          reserve: 5000,
          pools: [{ name: 'P', tipologie: [], amount: 100, method: 'coefficient' }],
        }),
      ),
    ).params;
    const r = parse({ fund: 2000, pools: [] }, sheetParams);
    expect(r.findings).toEqual([]);
    expect(r.params.fund).toBe(200000);
    expect(r.params.reserve).toBe(5000);
    expect(r.params.pools).toEqual([]);
    expect(r.params.cells.fund).toBeUndefined();
    expect(r.params.cells['pools.0']).toBeUndefined();
    expect(r.params.cells['pools.0.amount']).toBeUndefined();
    expect(r.params.cells.reserve).toEqual({ sheet: 'Parametri Premia', cell: 'B8' });
    // The base itself is not changed, and the overrides alone lay over it the same way.
    expect(sheetParams.fund).toBe(100000);
    expect(applyParamsOverrides(sheetParams, r.overrides)).toEqual(r.params);
    expect(r.overrides).toEqual({ fund: 200000, pools: [] });
  });
});

describe('parseParamsJson: errors name the file and the JSON path', () => {
  it('syntax errors and a root that is not an object', () => {
    const bad = parseParamsJson('{"fund": 1,}', undefined, 'mio.json');
    expect(bad.findings.map((f) => f.code)).toEqual(['PARAMS_JSON_SYNTAX']);
    expect(bad.findings[0].message).toMatch(/^mio\.json: non è un file JSON valido \(.+\)\.$/);
    expect(bad.params).toEqual(defaultParameters());
    expect(messages(parseParamsJson('[1]'))).toEqual([
      'params.json: deve contenere un oggetto JSON {…} con i parametri.',
    ]);
  });

  it('unknown keys are errors, at any depth (a typo is never ignored)', () => {
    const r = parse({
      fnd: 1,
      fund: 5,
      pools: [{ name: 'A', amout: 3 }],
      headcountBands: [{ min: 1, coeff: 1 }],
    });
    expect(r.findings.map((f) => [f.code, f.params.path])).toEqual([
      ['PARAMS_JSON_UNKNOWN_KEY', 'fnd'],
      ['PARAMS_JSON_UNKNOWN_KEY', 'pools[0].amout'],
      ['PARAMS_JSON_UNKNOWN_KEY', 'headcountBands[0].coeff'],
      ['PARAMS_JSON_REQUIRED', 'headcountBands[0].coefficient'],
    ]);
    expect(r.findings[0].message).toMatch(
      /^params\.json: fnd: chiave sconosciuta; le chiavi ammesse sono: comune, year, fund, /,
    );
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
    // Good keys still apply; a table with a mistake is not used at all.
    expect(r.params.fund).toBe(500);
    expect(r.params.pools).toEqual([]);
    expect(r.params.headcountBands).toEqual(defaultParameters().headcountBands);
  });

  it.each<[string, unknown, string]>([
    [
      'fund',
      '60.000,00',
      'params.json: fund: deve essere un importo in euro non negativo con al massimo due decimali, come numero (60000) o testo ("60000.00").',
    ],
    [
      'fund',
      10.001,
      'params.json: fund: deve essere un importo in euro non negativo con al massimo due decimali, come numero (60000) o testo ("60000.00").',
    ],
    [
      'reserve',
      -1,
      'params.json: reserve: deve essere un importo in euro non negativo con al massimo due decimali, come numero (60000) o testo ("60000.00").',
    ],
    ['year', 2025.5, 'params.json: year: deve essere un numero intero tra 2000 e 2100.'],
    ['comune', '  ', 'params.json: comune: deve essere un testo non vuoto.'],
    ['latePenaltyPerMonth', 101, 'params.json: latePenaltyPerMonth: deve essere un numero tra 0 e 100.'],
    ['paymentTimesMinWeight', '30', 'params.json: paymentTimesMinWeight: deve essere un numero tra 0 e 100.'],
    ['fullTimeHours', 0, 'params.json: fullTimeHours: deve essere un numero maggiore di 0.'],
    ['partTime', 'SI', 'params.json: partTime: deve essere true oppure false.'],
    [
      'sogliaPolicy',
      'proporzionale',
      'params.json: sogliaPolicy: deve essere uno tra "proportional", "full".',
    ],
    ['pools', {}, 'params.json: pools: deve essere un elenco [ … ].'],
    [
      'pools',
      [
        { name: 'A', percent: 10 },
        { name: 'B', percent: 120 },
      ],
      'params.json: pools[1].percent: deve essere un numero tra 0 e 100.',
    ],
    ['pools', [{ tipologie: [] }], 'params.json: pools[0].name: manca ed è obbligatorio.'],
    [
      'pools',
      [{ name: 'A', amount: 1, percent: 2 }],
      "params.json: pools[0]: indicare l'importo (amount) oppure la percentuale (percent), non entrambi.",
    ],
    ['pools', [{ name: 'A' }, { name: 'a' }], 'params.json: pools[1].name: «a» è già in pools[0].name.'],
    [
      'pools',
      [
        { name: 'A', tipologie: ['settore'] },
        { name: 'B', tipologie: ['generale', 'settore'] },
      ],
      'params.json: pools[1].tipologie[1]: «settore» è già in pools[0].tipologie[0].',
    ],
    [
      'pools',
      [{ name: 'A', tipologie: ['SETTORE'] }],
      'params.json: pools[0].tipologie[0]: deve essere uno tra "generale", "intersettoriale", "settore", "obiettivi".',
    ],
    [
      'pools',
      [{ name: 'A', method: 'peso' }],
      'params.json: pools[0].method: deve essere uno tra "coefficient", "relevance", "weight".',
    ],
    ['pools', [3], 'params.json: pools[0]: deve essere un oggetto {…}.'],
    ['categoryPoints', {}, 'params.json: categoryPoints: non può essere vuoto.'],
    ['categoryPoints', [], 'params.json: categoryPoints: deve essere un oggetto {…}.'],
    [
      'categoryPoints',
      { 'una tantum': -1 },
      'params.json: categoryPoints["una tantum"]: deve essere un numero maggiore o uguale a 0.',
    ],
    [
      'categoryPoints',
      { Strategico: 1, strategico: 2 },
      'params.json: categoryPoints.strategico: «strategico» è già in categoryPoints.Strategico.',
    ],
    ['headcountBands', [], 'params.json: headcountBands: non può essere vuoto.'],
    [
      'headcountBands',
      [{ min: 0, coefficient: 1 }],
      'params.json: headcountBands[0].min: deve essere un numero intero maggiore o uguale a 1.',
    ],
    [
      'payoutCurve',
      [{ from: 0, payout: 'proporzionale' }],
      'params.json: payoutCurve[0].payout: deve essere "proportional" oppure un numero tra 0 e 100.',
    ],
  ])('%s = %j', (key, value, message) => {
    const base = defaultParameters();
    const r = parse({ [key]: value });
    expect(messages(r)).toEqual([message]);
    expect(r.findings[0].severity).toBe('error');
    // A value that fails its check never replaces the base.
    if (key in base) expect(r.params[key as keyof Parameters]).toEqual(base[key as keyof Parameters]);
    expect(r.overrides).toEqual({});
  });
});

describe('PARAMS_JSON_SCHEMA', () => {
  const props = PARAMS_JSON_SCHEMA.properties as unknown as Record<
    string,
    { examples?: unknown[]; items?: { properties?: object } }
  >;

  it('is a draft 2020-12 schema closed to unknown keys', () => {
    expect(PARAMS_JSON_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(PARAMS_JSON_SCHEMA.additionalProperties).toBe(false);
  });

  it('has exactly the keys the validator handles, at the top and inside the tables', () => {
    expect(Object.keys(props).sort()).toEqual(Object.keys(JSON_HANDLERS).sort());
    for (const [key, itemKeys] of Object.entries(JSON_ITEM_KEYS)) {
      expect(Object.keys(props[key].items?.properties ?? {}).sort()).toEqual([...itemKeys].sort());
    }
  });

  it('every example of the schema is accepted by the validator and changes what it reads', () => {
    for (const [key, schema] of Object.entries(props)) {
      expect(schema.examples?.length).toBeGreaterThan(0);
      for (const example of schema.examples ?? []) {
        const r = parse({ [key]: example });
        expect({ key, findings: r.findings }).toEqual({ key, findings: [] });
        if (key === '$schema') continue;
        const changed =
          JSON.stringify(r.params) !== JSON.stringify(defaultParameters()) ||
          r.comune !== undefined ||
          r.year !== undefined;
        expect({ key, changed }).toEqual({ key, changed: true });
      }
    }
  });

  it('every key rejects null with a finding on its own path', () => {
    for (const key of Object.keys(props)) {
      const r = parse({ [key]: null });
      expect(r.findings.map((f) => f.params.path)).toContain(key);
    }
  });
});
