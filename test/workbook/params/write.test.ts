import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { Parameters } from '../../../src/domain/model';
import { defaultParameters } from '../../../src/domain/params';
import {
  EURO_FORMAT,
  PARAMS_SHEET,
  paramsSheetSpec,
  readParamsSheet,
  SCALARS,
  SECTIONS,
} from '../../../src/workbook/params';
import { snapshotFrom } from './helpers';

/** Parameters without the cells and the pools' cells: what a round trip must give back. */
function bare(p: Parameters): Parameters {
  return { ...p, pools: p.pools.map(({ cell: _c, ...pool }) => pool), cells: {} };
}

function custom(): Parameters {
  return {
    ...defaultParameters(),
    fund: 12345678, // 123.456,78
    reserve: 1,
    pools: [
      { name: 'Intersettoriali', tipologie: ['intersettoriale'], amount: 1000001, method: 'coefficient' },
      { name: 'Settori', tipologie: ['settore'], percent: 37.5, method: 'weight' },
      { name: 'Il resto', tipologie: [], method: 'relevance' },
    ],
    defaultMethod: 'relevance',
    categoryPoints: { strategico: 50, 'una tantum': 2.5, 'nuova categoria': 0 },
    headcountBands: [
      { min: 1, coefficient: 1 },
      { min: 3, coefficient: 1.25 },
      { min: 12, coefficient: 4 },
    ],
    sogliaPolicy: 'full',
    latePenaltyPerMonth: 12.5,
    atMostPolicy: 'proportional',
    payoutCurve: [
      { from: 0, payout: 0 },
      { from: 60, payout: 'proportional' },
      { from: 90, payout: 100 },
    ],
    partTime: false,
    fullTimeHours: 35,
    individualEvaluation: true,
    absenceReduction: true,
    absencePercentPerDay: 0.5,
    redistributeEconomie: true,
    differentiationPremiumPercent: 35,
    differentiationMinStaffPercent: 15,
    paymentTimesMinWeight: 40,
  };
}

describe('paramsSheetSpec', () => {
  it('lays out title, note, header, one row per parameter with a note, then the four sections', () => {
    const spec = paramsSheetSpec(defaultParameters());
    const text = (r: number, c: number) => spec.rows[r]?.[c]?.value;
    expect(spec.name).toBe(PARAMS_SHEET);
    expect(text(0, 0)).toBe('Parametri Premia');
    expect(spec.rows[0][0].bold).toBe(true);
    expect(String(text(1, 0))).toMatch(/^Foglio dei parametri/);
    expect(spec.rows[2]).toEqual([]);
    expect(spec.rows[3].map((c) => [c.value, c.bold])).toEqual([
      ['Parametro', true],
      ['Valore', true],
      ['Note', true],
    ]);
    SCALARS.forEach((def, i) => {
      expect(text(4 + i, 0)).toBe(def.label);
      expect(String(text(4 + i, 2)).length).toBeGreaterThan(5);
    });
    // Rows 5..21 in Excel, as in the doc; the fund is empty, with the euro format ready.
    expect(text(6, 0)).toBe('Fondo');
    expect(spec.rows[6][1]).toEqual({ value: null, format: EURO_FORMAT });
    expect(text(7, 1)).toBe(0);
    expect(spec.rows[7][1].format).toBe(EURO_FORMAT);
    expect(text(12, 1)).toBe('SÌ');
    expect(text(14, 1)).toBe('NO');
    const titles = spec.rows.flatMap((row, r) =>
      SECTIONS.some((s) => s.title === row[0]?.value) ? [r + 1] : [],
    );
    // No pool rows by default, so the later sections sit two rows higher than in the samples.
    expect(titles).toEqual([23, 26, 34, 43]);
    expect(spec.rows[23].map((c) => c.value)).toEqual([
      'Nome',
      'Tipologie',
      'Importo',
      'Percentuale',
      'Metodo',
    ]);
    expect(spec.rows[24]).toEqual([]); // default: no pools
    expect(spec.rows[44].map((c) => c.value)).toEqual([0, 'proporzionale']);
    expect(spec.rows).toHaveLength(45);
    expect(spec.columnWidths).toEqual([44, 30, 18, 14, 16]);
  });

  it('writes money in euros with the euro format and the comune and year when given', () => {
    const spec = paramsSheetSpec(custom(), { comune: 'Comune di Prova', year: 2026 });
    expect(spec.rows[4][1].value).toBe('Comune di Prova');
    expect(spec.rows[5][1].value).toBe(2026);
    expect(spec.rows[6][1]).toEqual({ value: 123456.78, format: EURO_FORMAT });
    const pools = spec.rows.findIndex((r) => r[0]?.value === 'Nome');
    expect(spec.rows[pools + 1].map((c) => c.value)).toEqual([
      'Intersettoriali',
      'INTERSETTORIALE',
      10000.01,
      null,
      'coefficiente',
    ]);
    expect(spec.rows[pools + 2].map((c) => c.value)).toEqual(['Settori', 'SETTORE', null, 37.5, 'peso']);
    expect(spec.rows[pools + 3].map((c) => c.value)).toEqual(['Il resto', null, null, null, 'rilevanza']);
  });
});

describe('round trip: readParamsSheet(paramsSheetSpec(p)) gives back p', () => {
  it.each([
    ['defaults', defaultParameters(), {}],
    ['customised', custom(), { comune: 'Comune di Prova', year: 2026 }],
  ])('%s', (_name, p, meta) => {
    const read = readParamsSheet(snapshotFrom(paramsSheetSpec(p, meta)));
    expect(read.findings).toEqual([]);
    expect(bare(read.params)).toEqual(bare(p));
    expect(read.comune).toBe((meta as { comune?: string }).comune);
    expect(read.year).toBe((meta as { year?: number }).year);
  });

  it('through a real .xlsx file written and read by the xlsx adapter', async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([paramsSheetSpec(custom(), { comune: 'Comune di Prova', year: 2026 })]);
    const again = await XlsxWorkbook.load(await book.save());
    const [sheet] = await again.readSheets([PARAMS_SHEET]);
    const read = readParamsSheet(sheet);
    expect(read.findings).toEqual([]);
    expect(bare(read.params)).toEqual(bare(custom()));
    expect(read.params.cells.fund).toEqual({ sheet: PARAMS_SHEET, cell: 'B7' });
    expect(read.params.cells['pools.1.percent']).toEqual({ sheet: PARAMS_SHEET, cell: 'D26' });
    expect(read.year).toBe(2026);
  });
});
