import type { CellValue } from '../../../src/workbook/port';
import { defaultParameters } from '../../../src/domain/params';
import { validateParameters } from '../../../src/domain/validation/params';
import { findParamsSheet, paramsSheetSpec, readParamsSheet } from '../../../src/workbook/params';
import { paramsRows, sheet, snapshotFrom } from './helpers';

const S = 'Parametri Premia';
const read = (rows: CellValue[][], formats: Record<string, string> = {}) =>
  readParamsSheet(sheet(S, rows, formats));
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);
const at = (cell: string) => ({ sheet: S, cell });

/** A sections block after the single parameters: title, header, rows. */
const section = (title: string, header: string[], ...rows: CellValue[][]): CellValue[][] => [
  [],
  [title],
  header,
  ...rows,
];

describe('findParamsSheet', () => {
  it('matches the name ignoring case, accents and spaces', () => {
    const a = sheet('Pesi', []);
    const b = sheet('  parametri   PREMÌA ', []);
    expect(findParamsSheet([a, b])).toBe(b);
    expect(findParamsSheet([a, sheet('Parametri', [])])).toBeUndefined();
  });
});

describe('single parameters', () => {
  it('reads each kind of value and records the value cell of every parameter read', () => {
    const r = read(
      paramsRows(
        ['Comune', 'Comune di Prova'],
        ['Anno', '2026'],
        ['Fondo', '€ 60.000,50'],
        ['Riserva', 1234.5],
        ['PENALITA PER MESE DI RITARDO', '15 %'],
        ['Maggiorazione differenziazione (%)', 0.4],
        ['Proporziona al part-time', 'no'],
        ['Valutazione individuale', true],
        ['Metodo di ripartizione', 'Rilevanza'],
        ['Politica soglia minima', 'PIENA'],
        ['Obiettivi "al massimo"', 'Proporzionale'],
        ['Ore tempo pieno', '35,5'],
        ['Riduzione per assenze', null, 'vuoto: resta il predefinito'],
      ),
      { B10: '0%' },
    );
    expect(r.findings).toEqual([]);
    expect(r.comune).toBe('Comune di Prova');
    expect(r.year).toBe(2026);
    const d = defaultParameters();
    expect(r.params).toEqual({
      ...d,
      fund: 6000050,
      reserve: 123450,
      latePenaltyPerMonth: 15,
      differentiationPremiumPercent: 40,
      partTime: false,
      individualEvaluation: true,
      defaultMethod: 'relevance',
      sogliaPolicy: 'full',
      atMostPolicy: 'proportional',
      fullTimeHours: 35.5,
      cells: {
        comune: at('B5'),
        year: at('B6'),
        fund: at('B7'),
        reserve: at('B8'),
        latePenaltyPerMonth: at('B9'),
        differentiationPremiumPercent: at('B10'),
        partTime: at('B11'),
        individualEvaluation: at('B12'),
        defaultMethod: at('B13'),
        sogliaPolicy: at('B14'),
        atMostPolicy: at('B15'),
        fullTimeHours: at('B16'),
        absenceReduction: at('B17'),
      },
    });
  });

  it('skips blank rows inside the block and reads without the header row too', () => {
    const r = read([['Parametri Premia'], [], ['Fondo', 100], [], [], ['Riserva', 10]]);
    expect(r.findings).toEqual([]);
    expect(r.params.fund).toBe(10000);
    expect(r.params.reserve).toBe(1000);
    expect(r.params.cells.reserve).toEqual(at('B6'));
  });

  it('an empty sheet gives the defaults and no findings', () => {
    expect(readParamsSheet(sheet(S, []))).toEqual({ params: defaultParameters(), findings: [] });
  });

  it('warns about an unknown label and a value without a label, and ignores them', () => {
    const r = read(paramsRows(['Fondi', 100], [null, 'orfano'], ['Fondo', 5]));
    expect(codes(r)).toEqual(['PARAMS_UNKNOWN_LABEL', 'PARAMS_LABEL_MISSING']);
    expect(r.findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(r.findings[0].message).toBe(
      'Parametri Premia!A5: «Fondi» non è un parametro di Premia e viene ignorato (controllare che non sia scritto male).',
    );
    expect(r.findings[0].cells).toEqual([at('A5')]);
    expect(r.findings[1].cells).toEqual([at('B6')]);
    expect(r.params.fund).toBe(500);
  });

  it('a label given twice is an error pointing at both cells; the first value counts', () => {
    const r = read(paramsRows(['Fondo', 100], ['Riserva', 0], ['fondo', 200]));
    expect(codes(r)).toEqual(['PARAMS_DUPLICATE_LABEL']);
    expect(r.findings[0].severity).toBe('error');
    expect(r.findings[0].cells).toEqual([at('A5'), at('A7')]);
    expect(r.findings[0].message).toBe(
      'Parametri Premia!A7: il parametro «fondo» è già in Parametri Premia!A5; lasciarne uno solo (vale il primo).',
    );
    expect(r.params.fund).toBe(10000);
  });

  it.each<[string, CellValue, string, string]>([
    ['Fondo', 'abc', 'PARAMS_NOT_MONEY', 'Parametri Premia!B5: «abc» non è un importo in euro.'],
    [
      'Fondo',
      -5,
      'PARAMS_MONEY_NEGATIVE',
      "Parametri Premia!B5: l'importo «-5» è negativo; deve essere 0 o più.",
    ],
    [
      'Fondo',
      { error: '#REF!' },
      'PARAMS_ERROR_VALUE',
      "Parametri Premia!B5: contiene l'errore di Excel #REF!; correggere la formula o il valore.",
    ],
    [
      'Penalità per mese di ritardo %',
      'dieci',
      'PARAMS_NOT_PERCENT',
      'Parametri Premia!B5: «dieci» non è una percentuale (es. 10 oppure 10%).',
    ],
    ['Ore tempo pieno', 'tante', 'PARAMS_NOT_NUMBER', 'Parametri Premia!B5: «tante» non è un numero.'],
    [
      'Anno',
      2025.5,
      'PARAMS_NOT_INTEGER',
      'Parametri Premia!B5: «Anno» deve essere un numero intero, non «2025,5».',
    ],
    [
      'Proporziona al part-time',
      'forse',
      'PARAMS_NOT_YES_NO',
      'Parametri Premia!B5: «forse» non è né SÌ né NO.',
    ],
    [
      'Politica soglia minima',
      'metà',
      'PARAMS_NOT_KEYWORD',
      'Parametri Premia!B5: «metà» non è un valore ammesso per «Politica soglia minima»; scrivere uno tra: proporzionale, piena.',
    ],
    [
      'Anno',
      1999,
      'PARAMS_OUT_OF_RANGE',
      "Parametri Premia!B5: «Anno» vale 1999, fuori dall'intervallo 2000-2100; si usa il valore predefinito.",
    ],
    [
      'Riduzione % per giorno di assenza',
      150,
      'PARAMS_OUT_OF_RANGE',
      "Parametri Premia!B5: «Riduzione % per giorno di assenza» vale 150, fuori dall'intervallo 0-100; si usa il valore predefinito.",
    ],
  ])('%s = %p is an error %s and the default stays', (label, value, code, message) => {
    const r = read(paramsRows([label, value]));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code, severity: 'error', message, cells: [at('B5')] });
    const { cells, ...params } = r.params;
    const { cells: _c, ...defaults } = defaultParameters();
    expect(params).toEqual(defaults);
    expect(r.year).toBeUndefined();
    expect(cells).toHaveProperty([Object.keys(cells)[0]], at('B5'));
  });

  it('leaves to validation the ranges it checks on the model (one finding per mistake)', () => {
    const r = read(paramsRows(['Penalità per mese di ritardo %', 150], ['Ore tempo pieno', 0]));
    expect(r.findings).toEqual([]);
    expect(validateParameters(r.params).map((f) => [f.code, f.cells])).toEqual(
      expect.arrayContaining([
        ['PARAM_PENALTY_OUT_OF_RANGE', [at('B5')]],
        ['PARAM_FULL_TIME_HOURS', [at('B6')]],
      ]),
    );
  });
});

describe('sections', () => {
  const POOLS = ['Nome', 'Tipologie', 'Importo', 'Percentuale', 'Metodo'];

  it('a present section replaces the default; columns are found by label, blank rows and a repeated header skipped', () => {
    const r = read(
      [
        ...paramsRows(['Fondo', 1000]),
        ...section(
          'FASCE DI PERSONALE',
          ['Coefficiente', 'Da N. dip.'],
          [1, 1],
          [],
          [2, 5],
          ['Coefficiente', 'Da N. dip.'],
          [3, 10],
        ),
        ...section('Punti per categoria', ['Categoria', 'Punti'], ['Strategico', 60], ['Una-Tantum', '2,5']),
        ...section(
          'Curva di pagamento',
          ['Da %', 'Pagamento'],
          [0, 0],
          [0.6, 'Proporzionale'],
          ['90%', '100%'],
        ),
        ...section(
          'Fondi / pool',
          POOLS,
          ['Uno', 'generale; Settore 2', null, 0.25, 'peso'],
          ['Due', 'intersettoriali', '1.000,00', null, null],
        ),
      ],
      { A23: '0%', D28: '0%' },
    );
    expect(r.findings).toEqual([]);
    // Columns in the other order: "Coefficiente" first.
    expect(r.params.headcountBands).toEqual([
      { min: 1, coefficient: 1 },
      { min: 5, coefficient: 2 },
      { min: 10, coefficient: 3 },
    ]);
    expect(r.params.categoryPoints).toEqual({ strategico: 60, 'una tantum': 2.5 });
    expect(r.params.payoutCurve).toEqual([
      { from: 0, payout: 0 },
      { from: 60, payout: 'proportional' },
      { from: 90, payout: 100 },
    ]);
    expect(r.params.pools).toEqual([
      { name: 'Uno', tipologie: ['generale', 'settore'], percent: 25, method: 'weight', cell: at('A28:E28') },
      {
        name: 'Due',
        tipologie: ['intersettoriale'],
        amount: 100000,
        method: 'coefficient',
        cell: at('A29:E29'),
      },
    ]);
    expect(r.params.cells['headcountBands.1']).toEqual(at('A11:B11'));
    expect(r.params.cells['categoryPoints.una tantum']).toEqual(at('B18'));
    expect(r.params.cells['payoutCurve.2']).toEqual(at('A24:B24'));
    expect(r.params.cells['pools.1.amount']).toEqual(at('C29'));
  });

  it('a pools section with a header and no rows means no pools', () => {
    const withPools = paramsSheetSpec({
      ...defaultParameters(),
      pools: [{ name: 'X', tipologie: [], method: 'weight' }],
    });
    expect(readParamsSheet(snapshotFrom(withPools)).params.pools).toHaveLength(1);
    const r = read([...paramsRows(), ...section('Fondi / pool', POOLS)]);
    expect(r.findings).toEqual([]);
    expect(r.params.pools).toEqual([]);
  });

  it.each(['Punti per categoria', 'Fasce di personale', 'Curva di pagamento'])(
    'an empty «%s» is an error and the default stays',
    (title) => {
      const header = {
        'Punti per categoria': ['Categoria', 'Punti'],
        'Fasce di personale': ['Da N. dip.', 'Coefficiente'],
        'Curva di pagamento': ['Da %', 'Pagamento'],
      }[title]!;
      const r = read([...paramsRows(), ...section(title, header)]);
      expect(codes(r)).toEqual(['PARAMS_SECTION_EMPTY']);
      expect(r.findings[0].message).toBe(
        `Parametri Premia!A6: la tabella «${title}» non ha righe; non può essere vuota (cancellarla per usare i valori predefiniti).`,
      );
      const { cells: _c, ...params } = r.params;
      const { cells: _d, ...defaults } = defaultParameters();
      expect(params).toEqual(defaults);
    },
  );

  it('a section without its header, or given twice, is an error', () => {
    const r = read([
      ...paramsRows(),
      ...section('Punti per categoria', ['Categoria', 'Valore'], ['Strategico', 1]),
      ...section('Fasce di personale', ['Da N. dip.', 'Coefficiente'], [1, 2]),
      ...section('Fasce di personale', ['Da N. dip.', 'Coefficiente'], [1, 9]),
    ]);
    expect(codes(r)).toEqual(['PARAMS_SECTION_HEADER_MISSING', 'PARAMS_SECTION_DUPLICATE']);
    expect(r.findings[0].message).toBe(
      'Parametri Premia!A7: la tabella «Punti per categoria» non ha la riga di intestazione con le colonne Punti; la tabella viene ignorata.',
    );
    expect(r.findings[1].cells).toEqual([at('A10'), at('A14')]);
    expect(r.params.categoryPoints).toEqual(defaultParameters().categoryPoints);
    expect(r.params.headcountBands).toEqual([{ min: 1, coefficient: 2 }]);
  });

  it('reports bad rows of each section and keeps the good ones', () => {
    const r = read([
      ...paramsRows(),
      ...section(
        'Punti per categoria',
        ['Categoria', 'Punti'],
        ['Strategico', 40],
        ['STRATEGICO', 50],
        [null, 3],
        ['Nuova', 'molti'],
      ),
      ...section('Fasce di personale', ['Da N. dip.', 'Coefficiente'], [1, 1], [2.5, 2], [4, null]),
      ...section('Curva di pagamento', ['Da %', 'Pagamento'], [0, 'proporzionale'], [50, 'metà']),
    ]);
    expect(r.findings.map((f) => [f.code, f.cells[f.cells.length - 1].cell])).toEqual([
      ['PARAMS_CATEGORY_DUPLICATE', 'A9'],
      ['PARAMS_VALUE_MISSING', 'A10'],
      ['PARAMS_NOT_NUMBER', 'B11'],
      ['PARAMS_NOT_INTEGER', 'A16'],
      ['PARAMS_VALUE_MISSING', 'B17'],
      ['PARAMS_NOT_PAYOUT', 'B22'],
    ]);
    expect(r.findings[0].cells).toEqual([at('A8'), at('A9')]);
    expect(r.findings[1].message).toBe(
      'Parametri Premia!A10: manca il valore di «Categoria»; la riga viene ignorata.',
    );
    expect(r.params.categoryPoints).toEqual({ strategico: 40 });
    expect(r.params.headcountBands).toEqual([{ min: 1, coefficient: 1 }]);
    expect(r.params.payoutCurve).toEqual([{ from: 0, payout: 'proportional' }]);
  });

  it('pools: duplicate names, unknown and repeated tipologie, unreadable amounts', () => {
    const r = read([
      ...paramsRows(),
      ...section(
        'Fondi / pool',
        POOLS,
        ['A', 'GENERALE, SETTORE', 100, null, null],
        ['a', 'INTERSETTORIALE', 100, null, null],
        ['B', 'SETTORE, speciali', null, 10, null],
        ['C', null, 'tanto', null, null],
        [null, 'GENERALE', 5, null, null],
        ['D', null, null, null, 'a caso'],
      ),
    ]);
    expect(r.findings.map((f) => f.code)).toEqual([
      'PARAMS_POOL_NAME_DUPLICATE',
      'PARAMS_POOL_TIPOLOGIA_UNKNOWN',
      'PARAMS_POOL_TIPOLOGIA_DUPLICATE',
      'PARAMS_NOT_MONEY',
      'PARAMS_VALUE_MISSING',
      'PARAMS_NOT_KEYWORD',
    ]);
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(r.findings[1].message).toBe(
      'Parametri Premia!B10: nel fondo «B» la tipologia «speciali» non è tra GENERALE, INTERSETTORIALE, SETTORE.',
    );
    expect(r.findings[2].message).toBe(
      'Parametri Premia!B10: la tipologia SETTORE è sia nel fondo «B» sia nel fondo «A» (Parametri Premia!B8); ogni tipologia va in un solo fondo.',
    );
    expect(r.findings[2].cells).toEqual([at('B8'), at('B10')]);
    expect(r.findings[5].message).toBe(
      'Parametri Premia!E13: «a caso» non è un valore ammesso per «Metodo»; scrivere uno tra: coefficiente, rilevanza, peso.',
    );
    expect(r.params.pools.map((p) => [p.name, p.tipologie])).toEqual([
      ['A', ['generale', 'settore']],
      ['B', ['settore']],
    ]);
  });

  it('leaves pool relations to validation: two pools taking the rest is its finding, with the rows', () => {
    const r = read([
      ...paramsRows(['Fondo', 100]),
      ...section('Fondi / pool', POOLS, ['A', 'GENERALE'], ['B', 'SETTORE']),
    ]);
    expect(r.findings).toEqual([]);
    const v = validateParameters(r.params).filter((f) => f.code === 'PARAM_POOL_WITHOUT_AMOUNT');
    expect(v).toHaveLength(1);
    expect(v[0].cells).toEqual([at('A9:E9'), at('A10:E10')]);
  });
});
