/**
 * The parameters sheet of both committed sample workbooks, read through the xlsx adapter. The
 * expected values are the ones examples/sample-workbooks.ts (buildParameters) writes, restated
 * in the model's units (cents, percent points, normalised keys).
 */
import * as fs from 'fs';
import path from 'path';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import {
  buildSampleWorkbook,
  SAMPLE_FILES,
  SHEETS,
  type SampleVariant,
} from '../../../examples/sample-workbooks';
import {
  DEFAULT_CATEGORY_POINTS,
  DEFAULT_HEADCOUNT_BANDS,
  defaultParameters,
} from '../../../src/domain/params';
import { validateParameters } from '../../../src/domain/validation/params';
import { findParamsSheet, PARAMS_SHEET, readParamsSheet } from '../../../src/workbook/params';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const euros = (n: number): number => Math.round(n * 100);

async function readFile(variant: SampleVariant) {
  const book = await XlsxWorkbook.load(fs.readFileSync(path.join(EXAMPLES, SAMPLE_FILES[variant])));
  return book.readSheets();
}

describe.each<SampleVariant>(['clean', 'errors'])('parameters sheet of the %s sample workbook', (variant) => {
  it('is found and read without findings, with the values the builder wrote', async () => {
    const sheets = await readFile(variant);
    const sheet = findParamsSheet(sheets);
    expect(sheet?.name).toBe(SHEETS.params);
    expect(SHEETS.params).toBe(PARAMS_SHEET);
    const { params, comune, year, findings } = readParamsSheet(sheet!);
    expect(findings).toEqual([]);
    expect(comune).toBe('Comune di Valdoria');
    expect(year).toBe(2025);
    expect(params.fund).toBe(euros(60000));
    expect(params.reserve).toBe(euros(4000));
    expect(params.defaultMethod).toBe('coefficient');
    expect(params.pools).toEqual([
      {
        name: 'Progetti intersettoriali',
        tipologie: ['intersettoriale'],
        amount: euros(12000),
        method: 'coefficient',
        cell: { sheet: PARAMS_SHEET, cell: 'A25:E25' },
      },
      {
        name: 'Obiettivi delle aree',
        tipologie: ['obiettivi'],
        amount: euros(20000),
        method: 'relevance',
        cell: { sheet: PARAMS_SHEET, cell: 'A26:E26' },
      },
      {
        name: 'Progetti generali e di settore',
        tipologie: ['generale', 'settore'],
        method: 'coefficient',
        cell: { sheet: PARAMS_SHEET, cell: 'A27:E27' },
      },
    ]);
    // The sheet restates the documented defaults: the rest of the parameters equal them.
    const { fund: _f, reserve: _r, pools: _p, defaultMethod: _m, cells, ...rest } = params;
    const {
      fund: _df,
      reserve: _dr,
      pools: _dp,
      defaultMethod: _dm,
      cells: _dc,
      ...defaults
    } = defaultParameters();
    expect(rest).toEqual(defaults);
    expect(params.categoryPoints).toEqual(DEFAULT_CATEGORY_POINTS);
    expect(params.headcountBands).toEqual(DEFAULT_HEADCOUNT_BANDS);
    // Cells as laid out in docs/parameters-sheet.md.
    expect(cells.fund).toEqual({ sheet: PARAMS_SHEET, cell: 'B7' });
    expect(cells.reserve).toEqual({ sheet: PARAMS_SHEET, cell: 'B8' });
    expect(cells.paymentTimesMinWeight).toEqual({ sheet: PARAMS_SHEET, cell: 'B21' });
    expect(cells['pools.0.amount']).toEqual({ sheet: PARAMS_SHEET, cell: 'C25' });
    expect(cells['categoryPoints.una tantum']).toEqual({ sheet: PARAMS_SHEET, cell: 'B35' });
    expect(cells['headcountBands.5']).toEqual({ sheet: PARAMS_SHEET, cell: 'A44:B44' });
    expect(cells['payoutCurve.0']).toEqual({ sheet: PARAMS_SHEET, cell: 'A48:B48' });
    expect(cells.payoutCurve).toEqual({ sheet: PARAMS_SHEET, cell: 'A46:B48' });
    // Validation finds nothing to say about them either.
    expect(validateParameters(params)).toEqual([]);
  });

  it('reads the same from the committed file as from a fresh build', async () => {
    const built = buildSampleWorkbook(variant);
    const fresh = await XlsxWorkbook.load(new Uint8Array(await built.xlsx.writeBuffer()));
    const fromBuild = readParamsSheet(findParamsSheet(await fresh.readSheets())!);
    const fromFile = readParamsSheet(findParamsSheet(await readFile(variant))!);
    expect(fromFile).toEqual(fromBuild);
  });
});

it('the worked instance of the docs: the rest pool gets fund - reserve - fixed budget - other pools', async () => {
  const { params } = readParamsSheet(findParamsSheet(await readFile('clean'))!);
  const fixedBudgetP9 = euros(6000); // "Importo stanziato" of P9 on the sheet Progetti
  const fixed = params.pools.reduce((s, p) => s + (p.amount ?? 0), 0);
  expect((params.fund ?? 0) - params.reserve - fixedBudgetP9 - fixed).toBe(euros(18000));
});
