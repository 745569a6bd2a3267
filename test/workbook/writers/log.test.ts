import type { SheetSnapshot } from '../../../src/workbook/port';
import {
  DATE_TIME_FORMAT,
  logRow,
  logSheet,
  OUTPUT_SHEETS,
  OUTPUT_TABLES,
  PARAMS_CHARS,
  previousLogRows,
  type LogEntry,
} from '../../../src/workbook/writers';
import { LOG_HEADER_LABELS } from '../../../src/workbook/writers/log';
import { it as italian } from '../../../src/i18n/it';
import { defaultParameters } from '../../../src/domain/params';
import { en } from '../../../src/i18n/en';
import { table, texts } from './helpers';

/** A sheet as read back, holding these values from A1. */
function snapshotOf(name: string, values: SheetSnapshot['values']): SheetSnapshot {
  return {
    name,
    top: 0,
    left: 0,
    values,
    numberFormats: [],
    formulas: [],
    merged: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

const entry: LogEntry = {
  at: new Date(2025, 2, 12, 14, 5, 30),
  operation: 'distribute',
  inputHash: 'sha256:ab12cd',
  params: { ...defaultParameters(), fund: 5_000_000, reserve: 123_456 },
  totals: { fund: 5_000_000, paid: 3_865_005, economie: 634_995 },
  errors: 0,
  warnings: 2,
};

/** Excel serial of 12/03/2025 14:05:30: 45728 days since 30/12/1899, plus the time. */
const SERIAL = 45728 + (14 * 3600 + 5 * 60 + 30) / 86400;

describe('logRow', () => {
  it('writes the date as an Excel serial and the rest as text and counts', () => {
    const row = logRow(entry);
    expect(row[0].format).toBe(DATE_TIME_FORMAT);
    expect(row[0].value).toBeCloseTo(SERIAL, 8);
    expect(row.slice(1).map((c) => c.value)).toEqual([
      'Distribuzione',
      'sha256:ab12cd',
      expect.stringMatching(/^Fondo: 50\.000,00 €; Riserva: 1\.234,56 €; /),
      'fondo 50.000,00 €; pagato 38.650,05 €; economie 6.349,95 €',
      0,
      2,
    ]);
  });

  it('writes the parameters with Italian labels and euros, not JSON in cents', () => {
    const params = {
      ...defaultParameters(),
      fund: 6_000_000,
      reserve: 400_000,
      pools: [
        {
          name: 'Progetti',
          tipologie: ['intersettoriale'],
          amount: 1_200_000,
          method: 'coefficient' as const,
        },
        { name: 'Aree', tipologie: ['settore'], percent: 40, method: 'relevance' as const },
        { name: 'Resto', tipologie: [], method: 'weight' as const },
      ],
      absenceReduction: true,
      absencePercentPerDay: 2.5,
      headcountBands: [{ min: 1, coefficient: 1 }],
    };
    const text = String(logRow({ ...entry, params }).at(3)?.value);
    expect(text).toBe(
      [
        'Fondo: 60.000,00 €',
        'Riserva: 4.000,00 €',
        'Pool: Progetti 12.000,00 € (per coefficiente (punti categoria × dipendenti)), Aree 40 % (per rilevanza delle aree), Resto il resto (per peso degli obiettivi)',
        'Politica soglia minima: proporzionale',
        'Penalità per mese di ritardo: 10 %',
        'Obiettivi "al massimo": sì/no',
        'Proporziona al part-time: sì',
        'Ore tempo pieno: 36',
        'Valutazione individuale: no',
        'Riduzione per assenze: sì, 2,5 %',
        'Ridistribuisci economie: no',
        'Maggiorazione differenziazione: 30 %',
        'Quota minima personale differenziato: 10 %',
        'Peso minimo obiettivo tempi di pagamento: 30 %',
        'Punti per categoria: valori predefiniti',
        'Fasce di personale: 1+ → 1',
        'Curva di pagamento: valori predefiniti',
      ].join('; '),
    );
    expect(text).not.toMatch(/[{}"]fund|6000000/);
    expect(logRow({ ...entry, params }).at(3)?.wrap).toBe(true);
    const english = String(logRow({ ...entry, params }, 'en').at(3)?.value);
    expect(english).toMatch(
      /^Fund: €60,000\.00; Reserve: €4,000\.00; Pools: Progetti €12,000\.00 \(by coefficient/,
    );
  });

  it('shortens long parameters and keeps unknown operations as given', () => {
    const row = logRow({
      ...entry,
      operation: 'export',
      params: 'x'.repeat(2000),
      totals: undefined,
    });
    expect(row[1].value).toBe('export');
    expect(String(row[3].value)).toHaveLength(PARAMS_CHARS);
    expect(String(row[3].value).endsWith('…')).toBe(true);
    expect(row[4].value).toBeNull();
  });

  it('speaks English on request', () => {
    const row = logRow(entry, 'en');
    expect(row[1].value).toBe('Distribution');
    expect(row[4].value).toBe('fund €50,000.00; paid €38,650.05; economie €6,349.95');
  });
});

describe('logSheet', () => {
  it('appends the new run under the previous rows', () => {
    const previous = [
      [45700.5, 'Verifica', 'sha256:0001', '{}', null, 3, 1],
      [new Date(Date.UTC(2025, 1, 20, 8, 0)), 'Punteggi', '=cattivo()', null, null, 0, 0],
    ];
    const spec = logSheet(previous, entry);
    expect(spec.name).toBe(OUTPUT_SHEETS.log);
    const t = table(spec, OUTPUT_TABLES.log);
    expect(t.headers).toEqual([
      'Data e ora',
      'Operazione',
      'Impronta degli input',
      'Parametri',
      'Totali',
      'Errori',
      'Avvisi',
    ]);
    expect(t.body).toHaveLength(3);
    expect(t.cell(0, 'Data e ora')).toEqual({ value: 45700.5, format: DATE_TIME_FORMAT });
    // A date read back by ExcelJS (UTC fields = the cell's wall time) becomes the same serial.
    expect(t.cell(1, 'Data e ora').value).toBeCloseTo(45708 + 8 / 24, 8);
    expect(t.cell(1, 'Impronta degli input')).toEqual({ value: '=cattivo()' });
    expect(t.cell(2, 'Operazione').value).toBe('Distribuzione');
    expect(t.column('Errori').map((c) => c.value)).toEqual([3, 0, 0]);
    expect(spec.freezeRows).toBe(t.top + 1);
  });

  it('reads back the rows a previous logSheet wrote (a log can grow run after run)', () => {
    const first = logSheet([], entry);
    const snapshot = snapshotOf(
      first.name,
      first.rows.map((r) => r.map((c) => c.value)),
    );
    const rows = previousLogRows(snapshot);
    expect(rows).toHaveLength(1);
    const second = logSheet(rows, { ...entry, operation: 'validate' });
    const t = table(second, OUTPUT_TABLES.log);
    expect(t.column('Operazione').map((c) => c.value)).toEqual(['Distribuzione', 'Verifica']);
    expect(t.body[0].map((c) => c.value)).toEqual(first.rows[t.top + 1].map((c) => c.value));
  });

  it('finds no rows in a sheet that is not a Premia log', () => {
    const snapshot = snapshotOf('x', [['Qualcosa'], ['altro']]);
    expect(previousLogRows(snapshot)).toEqual([]);
  });

  it('writes English headers on request', () => {
    const spec = logSheet([], entry, { locale: 'en' });
    expect(table(spec, OUTPUT_TABLES.log).headers[0]).toBe('Date and time');
    expect(texts(spec).some((x) => x.startsWith('sheet.'))).toBe(false);
  });

  it('knows the first header label of every catalogue without loading them', () => {
    expect(LOG_HEADER_LABELS).toEqual([italian['sheet.log.col.at'], en['sheet.log.col.at']]);
  });

  it('reads back a log written in English where English was never loaded (an Italian pane)', () => {
    const english = logSheet([], entry, { locale: 'en' });
    const snapshot = snapshotOf(
      english.name,
      english.rows.map((r) => r.map((c) => c.value)),
    );
    let read: typeof previousLogRows | undefined;
    let speaksEnglish = true;
    // A registry of its own: the Jest setup that loads English for the other tests does not apply.
    jest.isolateModules(() => {
      read = jest.requireActual<typeof import('../../../src/workbook/writers/log')>(
        '../../../src/workbook/writers/log',
      ).previousLogRows;
      speaksEnglish = jest
        .requireActual<typeof import('../../../src/i18n')>('../../../src/i18n')
        .hasMessage('en', 'sheet.log.col.at');
    });
    expect(speaksEnglish).toBe(false);
    expect(read!(snapshot)).toHaveLength(1);
    expect(read!(snapshot)).toEqual(previousLogRows(snapshot));
  });
});
