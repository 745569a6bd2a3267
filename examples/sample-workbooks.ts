/**
 * Sample workbooks of an invented comune ("Comune di Valdoria", plan year 2025).
 *
 * Two variants are built from the same data: 'clean' is a valid plan laid out the way real
 * users lay out theirs (several tables per sheet, an Excel table, merged cells, a hidden row,
 * a header repeated after a page break, formulas, fractions with percent format, euro formats);
 * 'errors' is the same plan with the mistakes users make (docs/domain.md section 7). Every planted
 * mistake is recorded with its cell while the sheets are laid out, so PLANTED_MISTAKES always
 * points at the cells the builder actually wrote.
 *
 * Everything here is invented: people, objectives, amounts. The build is deterministic (no
 * clock, no randomness), so the committed .xlsx files can be regenerated identically in content.
 */
import ExcelJS from 'exceljs';

export type SampleVariant = 'clean' | 'errors';

export interface PlantedMistake {
  /** Finding code a validator is expected to raise. */
  code: string;
  sheet: string;
  /** A1 address of the cell that holds the mistake. */
  cell: string;
  description: string;
}

export const SHEETS = {
  weights: 'Pesatura obiettivi',
  indicators: 'Obiettivi e indicatori',
  projects: 'Progetti',
  relevance: 'Rilevanza',
  staff: 'Personale',
  assignments: 'Assegnazioni',
  params: 'Parametri Premia',
} as const;

/** Fixed workbook properties: the files must not change when regenerated. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 20, 9, 0, 0));
const CREATED_DATE = new Date(Date.UTC(2025, 0, 15, 8, 30, 0));

const EURO = '#,##0.00 "€"';
const DATE = 'dd/mm/yyyy';
const PCT = '0%';
const PCT1 = '0.0%';
const PCT2 = '0.00%';

/** A value with its number format. */
interface Formatted {
  kind: 'fmt';
  value: ExcelJS.CellValue;
  numFmt: string;
}
type Spec = ExcelJS.CellValue | Formatted;

function fmt(value: ExcelJS.CellValue, numFmt: string): Formatted {
  return { kind: 'fmt', value, numFmt };
}

function isFormatted(spec: Spec): spec is Formatted {
  return typeof spec === 'object' && spec !== null && (spec as Partial<Formatted>).kind === 'fmt';
}

/** A real Excel date (UTC midnight, the way ExcelJS stores serials) with Italian format. */
function day(year: number, month: number, dayOfMonth: number): Formatted {
  return fmt(new Date(Date.UTC(year, month - 1, dayOfMonth)), DATE);
}

function formula(expression: string, result: number): ExcelJS.CellFormulaValue {
  return { formula: expression, result };
}

/** Build state: the variant and the mistakes planted so far. */
class Builder {
  readonly mistakes: PlantedMistake[] = [];
  constructor(readonly variant: SampleVariant) {}

  get errors(): boolean {
    return this.variant === 'errors';
  }

  /** Records a planted mistake (only the errors variant plants any). */
  plant(code: string, sheet: string, cell: string, description: string): void {
    if (this.errors) this.mistakes.push({ code, sheet, cell, description });
  }
}

function put(ws: ExcelJS.Worksheet, address: string, spec: Spec, bold = false): ExcelJS.Cell {
  const cell = ws.getCell(address);
  if (isFormatted(spec)) {
    cell.value = spec.value;
    cell.numFmt = spec.numFmt;
  } else {
    cell.value = spec;
  }
  if (bold) cell.font = { bold: true };
  return cell;
}

/** Writes a row of specs starting at column 1 (or `fromColumn`). */
function putRow(ws: ExcelJS.Worksheet, row: number, specs: Spec[], bold = false, fromColumn = 1): void {
  specs.forEach((spec, i) => {
    if (spec === null || spec === undefined) return;
    put(ws, addr(fromColumn + i, row), spec, bold);
  });
}

function col(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function addr(column: number, row: number): string {
  return `${col(column)}${row}`;
}

/** Users type objective numbers as numbers and "1T" as text: keep both kinds. */
function idValue(id: string): string | number {
  return /^\d+$/.test(id) ? Number(id) : id;
}

function widths(ws: ExcelJS.Worksheet, values: number[]): void {
  values.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

// ---------------------------------------------------------------------------------------------
// The plan data
// ---------------------------------------------------------------------------------------------

const AREAS = {
  amm: 'Area Amministrativa',
  fin: 'Area Finanziaria',
  tec: 'Area Tecnica',
  vig: 'Area Vigilanza',
} as const;

const TRANSVERSAL: Record<string, string> = {
  '1T': 'Pagamento delle fatture commerciali entro 30 giorni dal ricevimento',
  '2T': 'Formazione del personale su privacy e sicurezza informatica',
};

interface Employee {
  name: string;
  grade: string;
  contractArea: string;
  area: string;
  hours: number | string;
  evaluation: number;
}

function staff(b: Builder): Employee[] {
  const { amm, fin, tec, vig } = AREAS;
  // name, categoria giuridica, area contrattuale, area, ore settimanali, valutazione individuale
  // prettier-ignore
  const rows: [string, string, string, string, number | string, number][] = [
    ['Rossi Maria', 'C3', 'Istruttori', amm, 36, 95],
    ['Bianchi Luca', 'B5', 'Operatori esperti', amm, 36, 88],
    ['Verdi Giulia', 'C2', 'Istruttori', amm, 24, 92],
    ['Neri Paolo', 'D1', 'Funzionari e EQ', amm, 36, 97],
    ['Colombo Irene', 'B3', 'Operatori esperti', amm, 18, 85],
    ['Fontana Davide', 'C4', 'Istruttori', fin, 36, 93],
    ['Marchetti Elisa', 'C1', 'Istruttori', fin, b.errors ? 'trenta' : 30, 90],
    ['Galli Stefano', 'D3', 'Funzionari e EQ', fin, 36, 98],
    ['Riva Chiara', 'B4', 'Operatori esperti', fin, 36, 84],
    ['Sala Roberto', 'D2', 'Funzionari e EQ', tec, 36, 96],
    ['Ferri Alessio', 'C2', 'Istruttori', tec, b.errors ? 40 : 36, 89],
    ['Moretti Fabio', 'B6', 'Operatori esperti', tec, 36, 91],
    ['Barbieri Nicola', 'A4', 'Operatori', tec, 36, 80],
    ['Longhi Sara', 'C1', 'Istruttori', tec, 30, 94],
    ['Pagani Enrico', 'B1', 'Operatori esperti', tec, 36, 78],
    ['Cattaneo Mauro', 'A2', 'Operatori', tec, 18, 86],
    ['Testa Andrea', 'C5', 'Istruttori', vig, 36, 99],
    ['Villa Federica', 'C3', 'Istruttori', vig, 36, 92],
    ['Mariani Giorgio', 'C1', 'Istruttori', vig, 24, 87],
    ['Sartori Laura', 'D1', 'Funzionari e EQ', vig, 36, 95],
  ];
  return rows.map(([name, grade, contractArea, area, hours, evaluation]) => ({
    name,
    grade,
    contractArea,
    area,
    hours,
    evaluation,
  }));
}

// ---------------------------------------------------------------------------------------------
// Sheet "Pesatura obiettivi": one weight table per area, stacked on one sheet
// ---------------------------------------------------------------------------------------------

interface WeightBlock {
  area: string;
  responsabile: string;
  /** 'sameRow': area and responsabile on one title row; 'twoRows': one row each. */
  title: 'sameRow' | 'twoRows';
  /** First column of the block (1 = A). */
  column: number;
  headers: [string, string, string];
  /** Weights stored as fractions with a percent format. */
  fractions: boolean;
  /** TOTALE as =SUM(...) rather than a typed number. */
  totalFormula: boolean;
  totalLabel: string;
  rows: { id: string; title: string; weight: number | string }[];
}

function weightBlocks(b: Builder): WeightBlock[] {
  const e = b.errors;
  return [
    {
      area: AREAS.amm,
      responsabile: 'Dott.ssa Marta Ghislandi',
      title: 'sameRow',
      column: 1,
      headers: ['NR.', 'OBIETTIVO', 'PESO %'],
      fractions: false,
      totalFormula: true,
      totalLabel: 'TOTALE',
      rows: [
        { id: '1', title: "Inventario dell'archivio storico comunale", weight: 20 },
        { id: '2', title: 'Digitalizzazione dei registri di stato civile 1950-1980', weight: 15 },
        { id: '3', title: 'Sportello di prossimità per i cittadini anziani', weight: 15 },
        { id: '4', title: "Nuovo regolamento per l'accesso civico e documentale", weight: 10 },
        // errors: the user copied row 4 and forgot to renumber it.
        { id: e ? '4' : '5', title: 'Organizzazione delle consultazioni elettorali 2025', weight: 15 },
        { id: '1T', title: TRANSVERSAL['1T'], weight: 15 },
        { id: '2T', title: TRANSVERSAL['2T'], weight: 10 },
      ],
    },
    {
      area: AREAS.fin,
      responsabile: 'Rag. Ottavio Brembilla',
      title: 'twoRows',
      column: 1,
      headers: ['N.', 'Obiettivo', 'Peso%'],
      fractions: false,
      totalFormula: false,
      totalLabel: 'TOTALE',
      rows: [
        // errors: 28 instead of 25, the rows add up to 103 under a typed TOTALE 100.
        { id: '1', title: "Recupero dell'evasione IMU delle annualità 2020 e 2021", weight: e ? 28 : 25 },
        { id: '2', title: 'Sollecito dei canoni non pagati degli alloggi comunali', weight: 15 },
        { id: '3', title: 'Riconciliazione dei residui attivi e passivi', weight: 20 },
        { id: '4', title: 'Avvisi di pagamento pagoPA per mensa e trasporto scolastico', weight: 10 },
        { id: '1T', title: TRANSVERSAL['1T'], weight: 20 },
        { id: '2T', title: TRANSVERSAL['2T'], weight: 10 },
      ],
    },
    {
      area: AREAS.tec,
      responsabile: 'Ing. Sergio Pedercini',
      title: 'sameRow',
      column: 1,
      headers: ['NR.', 'OBIETTIVO', 'PESO %'],
      fractions: false,
      totalFormula: false,
      totalLabel: 'Totale',
      rows: [
        {
          id: '1',
          title: 'Manutenzione straordinaria delle strade comunali secondo cronoprogramma',
          weight: 25,
        },
        { id: '2', title: 'Sostituzione dei punti luce con lampade a LED', weight: 15 },
        { id: '3', title: 'Istruttoria delle pratiche edilizie nei termini di legge', weight: 20 },
        { id: '4', title: "Piano comunale per l'emergenza neve", weight: e ? 'dieci' : 10 },
        { id: '5', title: 'Censimento delle aree verdi e delle alberature', weight: 10 },
        { id: '1T', title: TRANSVERSAL['1T'], weight: 10 },
        { id: '2T', title: TRANSVERSAL['2T'], weight: 10 },
      ],
    },
    {
      area: AREAS.vig,
      responsabile: 'Comm. Daniela Orsatti',
      title: 'twoRows',
      column: 2,
      headers: ['N°', 'Obiettivo', 'Peso %'],
      fractions: true,
      totalFormula: false,
      totalLabel: 'TOTALE',
      rows: [
        { id: '1', title: 'Controlli della velocità sulle strade di attraversamento del paese', weight: 0.3 },
        { id: '2', title: 'Presidio degli ingressi delle scuole', weight: 0.25 },
        { id: '3', title: 'Controlli sul commercio su aree pubbliche', weight: 0.15 },
        { id: '1T', title: TRANSVERSAL['1T'], weight: 0.15 },
        {
          id: '2T',
          // errors: the same transversal id with a different title.
          title: e ? 'Formazione del personale in materia di sicurezza stradale' : TRANSVERSAL['2T'],
          weight: 0.15,
        },
      ],
    },
  ];
}

function buildWeights(wb: ExcelJS.Workbook, b: Builder): void {
  const sheet = SHEETS.weights;
  const ws = wb.addWorksheet(sheet);
  widths(ws, [8, 70, 24, 12]);
  put(ws, 'A1', 'PESATURA OBIETTIVI ANNO 2025', true);
  put(ws, 'A2', 'Comune di Valdoria');
  let row = 4;
  for (const block of weightBlocks(b)) {
    const c = block.column;
    const areaTitle = block.area.toUpperCase();
    const head = `Responsabile: ${block.responsabile}`;
    if (block.title === 'sameRow') {
      put(ws, addr(c + 1, row), areaTitle, true);
      put(ws, addr(c + 2, row), head);
      row += 1;
    } else {
      put(ws, addr(c, row), areaTitle, true);
      put(ws, addr(c, row + 1), head);
      row += 2;
    }
    putRow(ws, row, block.headers, true, c);
    row += 1;
    const first = row;
    let numericSum = 0;
    for (const r of block.rows) {
      const weight: Spec = block.fractions && typeof r.weight === 'number' ? fmt(r.weight, PCT) : r.weight;
      putRow(ws, row, [idValue(r.id), r.title, weight], false, c);
      if (typeof r.weight === 'number') numericSum += r.weight;
      const weightCell = addr(c + 2, row);
      if (b.errors && typeof r.weight === 'string') {
        b.plant(
          'WEIGHT_NOT_NUMBER',
          sheet,
          weightCell,
          `${block.area}, obiettivo ${r.id}: peso scritto in lettere ("${r.weight}").`,
        );
      }
      if (b.errors && block.area === AREAS.fin && r.id === '1') {
        b.plant(
          'WEIGHTS_SUM',
          sheet,
          weightCell,
          `${block.area}: i pesi sommano a 103 (28 + 15 + 20 + 10 + 20 + 10), non 100.`,
        );
      }
      if (b.errors && block.area === AREAS.amm && r.title.startsWith('Organizzazione delle consultazioni')) {
        b.plant(
          'OBJECTIVE_DUPLICATE_ID',
          sheet,
          addr(c, row),
          `${block.area}: il numero 4 è usato per due obiettivi diversi.`,
        );
      }
      if (b.errors && r.id === '2T' && r.title !== TRANSVERSAL['2T']) {
        b.plant(
          'TRANSVERSAL_TITLE_MISMATCH',
          sheet,
          addr(c + 1, row),
          `${block.area}: l'obiettivo trasversale 2T ha un titolo diverso da quello delle altre aree.`,
        );
      }
      row += 1;
    }
    const last = row - 1;
    const declared: number = block.fractions ? 1 : 100;
    const totalValue: Spec = block.totalFormula
      ? formula(`SUM(${addr(c + 2, first)}:${addr(c + 2, last)})`, numericSum)
      : declared;
    putRow(ws, row, [null, block.totalLabel, block.fractions ? fmt(totalValue, PCT) : totalValue], true, c);
    if (b.errors && block.area === AREAS.fin) {
      b.plant(
        'TOTAL_MISMATCH',
        sheet,
        addr(c + 2, row),
        `${block.area}: TOTALE dichiarato 100, somma delle righe 103.`,
      );
    }
    row += 3;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet "Obiettivi e indicatori": an Excel table (ListObject) and, below it, a plain range
// ---------------------------------------------------------------------------------------------

/** Area | N. | Obiettivo | Indicatore | Peso ind. | Atteso | Raggiunto | Soglia | Scadenza | Completamento | Grado | Risorse */
type IndicatorRow = [string, string, string, string, Spec, Spec, Spec, Spec, Spec, Spec, Spec, string | null];

const INDICATOR_HEADERS = [
  'Area',
  'N.',
  'Obiettivo',
  'Indicatore',
  'Peso indicatore',
  'Valore atteso',
  'Valore raggiunto',
  'Soglia minima',
  'Scadenza',
  'Data completamento',
  'Grado di raggiungimento',
  'Risorse umane assegnate',
];

/** The same columns with the synonyms another office used for its part of the sheet. */
const PLAIN_HEADERS = [
  'AREA',
  'N.',
  'OBIETTIVO',
  'INDICATORE',
  'PERCENTUALE PER VERIFICA',
  'RISULTATO ATTESO',
  'CONSUNTIVO',
  'SOGLIA MINIMA',
  'TEMPI',
  'DATA COMPLETAMENTO',
  'GRADO DI RAGGIUNGIMENTO',
  'RISORSE UMANE ASSEGNATE',
];

/** Titles as in the clean weight tables (the errors variant only renumbers or retitles there). */
function objectiveTitle(area: string, id: string): string {
  const block = weightBlocks(new Builder('clean')).find((w) => w.area === area);
  const row = block?.rows.find((r) => r.id === id);
  if (!row) throw new Error(`No objective ${id} in ${area}`);
  return row.title;
}

function tableRows(b: Builder): IndicatorRow[] {
  const { amm, fin } = AREAS;
  const t = objectiveTitle;
  const all = 'Tutte le aree';
  const n = null;
  const sub = b.errors ? 30 : 50;
  // prettier-ignore
  return [
    [amm, '1', t(amm, '1'), 'Fascicoli inventariati sul totale del fondo archivistico', 100, 'almeno 80%', '85%', 60, day(2025, 12, 31), n, n, '40% Rossi Maria - 60% Bianchi Luca'],
    [amm, '2', t(amm, '2'), 'Sessioni di scansione completate', 60, 'N.15 attività', 15, n, day(2025, 12, 31), n, n, 'Giulia Verdi (50%), Paolo Neri (50%)'],
    [amm, '2', t(amm, '2'), 'Registri indicizzati nel gestionale', 40, '>= 90%', fmt(0.92, PCT), n, day(2025, 12, 31), n, n, n],
    [amm, '3', t(amm, '3'), `Attivazione sportello (Peso 50%) - apertura due mattine a settimana presso il centro civico; Questionario di gradimento (Peso ${sub}%) - somministrato agli utenti entro dicembre`, n, 'SI', 'SI', n, day(2025, 12, 31), n, n, 'Colombo Irene (100%)'],
    [amm, '4', t(amm, '4'), 'Approvazione del regolamento in Consiglio comunale', 100, 'entro il 31/12/2025', 'SI', n, day(2025, 12, 31), day(2025, 11, 27), n, n],
    [amm, '5', t(amm, '5'), 'Adempimenti elettorali svolti nei termini', 100, 'Tutti quelli possibili', 'Svolti tutti tranne la revisione straordinaria delle liste', n, n, n, 95, 'Neri Paolo (60%), Rossi Maria (40%)'],
    [fin, '1', t(fin, '1'), 'Avvisi di accertamento IMU emessi', 100, 'almeno 120', 134, '70%', day(2025, 12, 31), n, n, n],
    [fin, '2', t(fin, '2'), 'Posizioni sollecitate entro 60 giorni dalla scadenza', 100, '>= 90%', fmt(formula('412/450', 412 / 450), PCT1), n, day(2025, 12, 31), n, n, 'Marchetti Elisa (70%), Riva Chiara (30%)'],
    [fin, '3', t(fin, '3'), 'Verbale di riaccertamento approvato', 100, 'Entro 30.6', 'SI', n, n, day(2025, 6, 24), n, n],
    [fin, '4', t(fin, '4'), 'Avvisi generati automaticamente sul totale', 60, 'almeno 95%', '97%', n, day(2025, 12, 31), n, n, '50% Fontana Davide - 50% Galli Stefano'],
    [fin, '4', t(fin, '4'), 'Reclami sugli avvisi di pagamento', 40, '< 5', 3, n, day(2025, 12, 31), n, n, n],
    [all, '1T', TRANSVERSAL['1T'], 'Fatture pagate oltre i 30 giorni nel trimestre peggiore', 100, 'max 3', 2, n, day(2025, 12, 31), n, n, n],
    [all, '2T', TRANSVERSAL['2T'], 'Dipendenti che hanno completato il corso privacy', 50, '100%', fmt(1, PCT), n, day(2025, 12, 31), n, n, n],
    [all, '2T', TRANSVERSAL['2T'], 'Corso sulla sicurezza informatica concluso', 50, 'entro il 31/12/2025', 'SI', n, n, '15/01/2026', n, n],
  ];
}

function plainRows(b: Builder): IndicatorRow[] {
  const { tec, vig } = AREAS;
  const t = objectiveTitle;
  const n = null;
  const snowDone: Spec = b.errors ? '31/06/2025' : day(2025, 11, 20);
  // prettier-ignore
  return [
    [tec, '1', t(tec, '1'), 'Interventi del cronoprogramma completati', 70, 'almeno 85%', fmt(0.88, PCT), n, '31/12/2025', n, n, 'Sala Roberto (40%), Moretti Fabio (30%), Barbieri Nicola (30%)'],
    [tec, '1', t(tec, '1'), 'Segnalazioni di buche chiuse entro 10 giorni', 30, 'almeno 70%', '75%', n, '31/12/2025', n, n, n],
    [tec, '2', t(tec, '2'), 'Punti luce sostituiti', 100, 'almeno 300', 280, 80, day(2025, 12, 31), n, n, '60% Ferri Alessio - 40% Pagani Enrico'],
    [tec, '3', t(tec, '3'), 'Pratiche istruite oltre i termini sul totale', 100, '<= 2%', '1,5%', n, day(2025, 12, 31), n, n, 'Longhi Sara (100%)'],
    [tec, '4', t(tec, '4'), 'Piano approvato e mezzi spartineve revisionati', 100, 'Entro 30.11', 'SI', n, n, snowDone, n, n],
    [tec, '5', t(tec, '5'), 'Schede di censimento compilate', 100, 'n. 200 schede', 210, n, '31/12/2025', n, n, 'Ferri Alessio (50%), Longhi Sara (50%)'],
    [vig, '1', t(vig, '1'), 'Ore di controllo con misuratore di velocità', 100, 'almeno 200', 214, n, day(2025, 12, 31), n, n, 'Testa Andrea (50%), Mariani Giorgio (50%)'],
    [vig, '2', t(vig, '2'), 'Giorni di scuola con presidio agli ingressi', 100, 'almeno 95%', '98%', n, day(2025, 12, 31), n, n, '40% Villa Federica - 60% Sartori Laura'],
    [vig, '3', t(vig, '3'), 'Controlli sui posteggi del mercato settimanale', 100, 'min.40', 44, n, day(2025, 12, 31), n, n, 'Testa Andrea (30%), Villa Federica (30%), Mariani Giorgio (40%)'],
  ];
}

function buildIndicators(wb: ExcelJS.Workbook, b: Builder): void {
  const sheet = SHEETS.indicators;
  const ws = wb.addWorksheet(sheet);
  widths(ws, [20, 6, 45, 50, 12, 22, 22, 10, 12, 14, 14, 48]);
  put(ws, 'A1', 'PIANO DELLA PERFORMANCE 2025 - OBIETTIVI, INDICATORI E RISULTATI', true);
  put(ws, 'A2', 'Comune di Valdoria - monitoraggio al 31/12/2025');

  // Part 1: an Excel table (ListObject); areas repeated on every row, no merged cells.
  const tableTop = 4;
  const rows = tableRows(b);
  ws.addTable({
    name: 'ObiettiviIndicatori',
    ref: addr(1, tableTop),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: INDICATOR_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: rows.map((r) =>
      r.map((spec, j) => (j === 1 ? idValue(r[1]) : isFormatted(spec) ? spec.value : spec)),
    ),
  });
  rows.forEach((r, i) => {
    r.forEach((spec, j) => {
      if (isFormatted(spec)) ws.getCell(addr(j + 1, tableTop + 1 + i)).numFmt = spec.numFmt;
    });
  });
  rows.forEach((r, i) => {
    const rowNumber = tableTop + 1 + i;
    // The office hid the second indicator of Finanziaria 4 when printing; it still counts.
    if (r[1] === '4' && r[3].startsWith('Reclami')) ws.getRow(rowNumber).hidden = true;
    if (b.errors && r[1] === '3' && r[0] === AREAS.amm) {
      b.plant(
        'SUBWEIGHTS_SUM',
        sheet,
        addr(4, rowNumber),
        `${AREAS.amm}, obiettivo 3: pesi degli indicatori nel testo 50% + 30% = 80%, non 100%.`,
      );
    }
  });

  // Part 2: a plain range pasted from the technical office's PDF: merged area and objective
  // cells, header labels with other synonyms, the header repeated after a page break.
  let row = tableTop + rows.length + 3;
  put(ws, addr(1, row), 'OBIETTIVI AREA TECNICA E AREA VIGILANZA (da scheda PDF)', true);
  row += 1;
  putRow(ws, row, PLAIN_HEADERS, true);
  row += 1;
  const plain = plainRows(b);
  const areaStart = new Map<string, number>();
  const areaEnd = new Map<string, number>();
  const objectiveSpan = new Map<string, [number, number]>();
  for (const r of plain) {
    const area = r[0];
    if (area === AREAS.vig && !areaStart.has(area)) {
      putRow(ws, row, PLAIN_HEADERS, true); // page break: header repeated
      row += 1;
    }
    if (!areaStart.has(area)) areaStart.set(area, row);
    areaEnd.set(area, row);
    const key = `${area}#${r[1]}`;
    const span = objectiveSpan.get(key);
    objectiveSpan.set(key, span ? [span[0], row] : [row, row]);
    // Merged cells keep only the first row's value, as Excel does.
    const firstOfArea = areaStart.get(area) === row;
    const firstOfObjective = !span;
    const values: Spec[] = [...r];
    values[1] = idValue(r[1]);
    if (!firstOfArea) values[0] = null;
    if (!firstOfObjective) {
      values[1] = null;
      values[2] = null;
    }
    putRow(ws, row, values);
    if (b.errors && typeof r[9] === 'string' && r[9] === '31/06/2025') {
      b.plant(
        'DATE_INVALID',
        sheet,
        addr(10, row),
        `${AREAS.tec}, obiettivo 4: data di completamento impossibile "31/06/2025" (giugno ha 30 giorni).`,
      );
    }
    row += 1;
  }
  for (const [area, start] of areaStart) {
    const end = areaEnd.get(area) ?? start;
    if (end > start) ws.mergeCells(`${addr(1, start)}:${addr(1, end)}`);
    ws.getCell(addr(1, start)).alignment = { vertical: 'middle', wrapText: true };
  }
  for (const [start, end] of objectiveSpan.values()) {
    if (end > start) {
      ws.mergeCells(`${addr(2, start)}:${addr(2, end)}`);
      ws.mergeCells(`${addr(3, start)}:${addr(3, end)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet "Progetti": project table (pools by coefficient) and a small verification table
// ---------------------------------------------------------------------------------------------

interface Project {
  id: string;
  tipologia: string;
  title: string;
  /** Blank on a per-presence project: its amount is a fixed budget, not a coefficient share. */
  category?: string;
  headcount: number;
  coefficient?: number;
  points?: number;
  budget?: number;
  soglia: number;
  staff: [string, number][];
  indicator: [string, Spec, Spec];
  completion?: Spec;
}

const CATEGORY_HEADER =
  'Macro categoria\n1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (10) 5.Una tantum (5)';

function projects(b: Builder): Project[] {
  const e = b.errors;
  return [
    {
      id: 'P1',
      tipologia: 'GENERALE',
      title: 'Valdoria in rete: servizi online con SPID e pagoPA',
      category: 'Innovativo',
      headcount: 12,
      coefficient: 3,
      points: 25,
      soglia: 60,
      staff: [
        ['Rossi Maria', 10],
        ['Bianchi Luca', 10],
        ['Verdi Giulia', 10],
        ['Colombo Irene', 10],
        ['Fontana Davide', 8],
        ['Marchetti Elisa', 8],
        ['Riva Chiara', 8],
        ['Ferri Alessio', 8],
        ['Longhi Sara', 7],
        ['Pagani Enrico', 7],
        ['Villa Federica', 7],
        ['Mariani Giorgio', 7],
      ],
      indicator: ['Servizi online attivati', 'n. 8 servizi', 8],
    },
    {
      // errors: N. dip. 5 but only 4 people are assigned (5 stays in the 4-5 band).
      id: 'P2',
      tipologia: 'SETTORE 1',
      title: "Apertura pomeridiana dell'ufficio anagrafe",
      category: 'Miglioramento',
      headcount: e ? 5 : 4,
      coefficient: 1.5,
      points: 20,
      soglia: 80,
      staff: [
        ['Rossi Maria', 30],
        ['Bianchi Luca', 25],
        ['Neri Paolo', 25],
        ['Colombo Irene', 20],
      ],
      indicator: ['Pomeriggi di apertura garantiti', 'almeno 40', 34],
    },
    {
      // errors: shares 40 + 30 + 20 = 90.
      id: 'P3',
      tipologia: 'SETTORE 2',
      title: 'Recupero dei crediti TARI non riscossi',
      category: 'Strategico',
      headcount: 3,
      coefficient: 1,
      points: 40,
      soglia: 60,
      staff: [
        ['Fontana Davide', 40],
        ['Galli Stefano', 30],
        ['Riva Chiara', e ? 20 : 30],
      ],
      indicator: ['Crediti recuperati sul totale', 'almeno 60%', '66%'],
    },
    {
      // errors: Coeff. 1.5 declared for 6 employees (the band says 2).
      id: 'P4',
      tipologia: 'SETTORE 3',
      title: 'Manutenzione in economia del verde pubblico',
      category: 'Mantenimento',
      headcount: 6,
      coefficient: e ? 1.5 : 2,
      points: 10,
      soglia: 60,
      staff: [
        ['Sala Roberto', 20],
        ['Ferri Alessio', 20],
        ['Moretti Fabio', 15],
        ['Barbieri Nicola', 15],
        ['Pagani Enrico', 15],
        ['Cattaneo Mauro', 15],
      ],
      indicator: ['Sfalci eseguiti secondo calendario', '100%', '100%'],
    },
    {
      id: 'P5',
      tipologia: 'SETTORE 3',
      title: 'Trasloco del magazzino comunale',
      category: e ? 'Straordinario' : 'Una tantum',
      headcount: 1,
      coefficient: 0.5,
      points: 5,
      soglia: 60,
      staff: [['Moretti Fabio', 100]],
      indicator: ['Trasloco completato', 'entro il 31/10/2025', 'SI'],
      completion: day(2025, 10, 15),
    },
    {
      id: 'P6',
      tipologia: 'INTERSETTORIALE',
      title: 'Sportello unico per le manifestazioni',
      category: 'Miglioramento',
      headcount: 8,
      coefficient: 2.5,
      points: 20,
      soglia: 60,
      staff: [
        ['Verdi Giulia', 15],
        ['Neri Paolo', 15],
        ['Marchetti Elisa', 10],
        ['Galli Stefano', 10],
        ['Longhi Sara', 15],
        ['Testa Andrea', 15],
        ['Villa Federica', 10],
        ['Sartori Laura', 10],
      ],
      indicator: ['Sportello attivato', 'SI', 'SI'],
    },
    {
      // errors: "Ferrari Alessio" is not in the staff table (typo for Ferri Alessio).
      id: 'P7',
      tipologia: 'INTERSETTORIALE',
      title: 'Censimento del patrimonio immobiliare comunale',
      category: 'Strategico',
      headcount: 5,
      coefficient: 1.5,
      points: 40,
      soglia: 60,
      staff: [
        ['Galli Stefano', 20],
        ['Riva Chiara', 20],
        ['Sala Roberto', 30],
        [e ? 'Ferrari Alessio' : 'Ferri Alessio', 15],
        ['Longhi Sara', 15],
      ],
      indicator: ['Immobili censiti sul totale', 'almeno 90%', '93%'],
    },
    {
      id: 'P8',
      tipologia: 'INTERSETTORIALE',
      title: 'Videosorveglianza dei parchi pubblici',
      category: 'Innovativo',
      headcount: 4,
      coefficient: 1.5,
      points: 25,
      soglia: 60,
      staff: [
        ['Testa Andrea', 30],
        ['Mariani Giorgio', 20],
        ['Sartori Laura', 25],
        ['Barbieri Nicola', 25],
      ],
      indicator: ['Telecamere installate e collegate', 'n. 12', 12],
    },
    {
      id: 'P9',
      tipologia: 'SETTORE 4',
      title: 'Presidio serale delle manifestazioni estive',
      // Paid per presence within its own budget: no category, no coefficient (docs/engine-choices.md).
      headcount: 4,
      budget: 6000,
      soglia: 100,
      staff: [
        ['Testa Andrea', 25],
        ['Villa Federica', 25],
        ['Mariani Giorgio', 25],
        ['Sartori Laura', 25],
      ],
      indicator: ['Serate presidiate sul calendario approvato', '100%', '100%'],
    },
  ];
}

function buildProjects(wb: ExcelJS.Workbook, b: Builder): void {
  const sheet = SHEETS.projects;
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 18, 50, 34, 8, 10, 8, 12, 18, 12]);
  put(ws, 'A1', 'PROGETTI DI PRODUTTIVITÀ 2025 - FONDO RISORSE DECENTRATE', true);
  put(ws, 'A2', 'Comune di Valdoria');
  const headerRow = 4;
  putRow(
    ws,
    headerRow,
    [
      'Progressivo',
      'Tipologia progetto',
      'Titolo del progetto',
      CATEGORY_HEADER,
      'N. dip.',
      'Peso %',
      'Coeff.',
      'Totale coeff.',
      'Importo stanziato',
      'Soglia minima',
    ],
    true,
  );
  ws.getRow(headerRow).height = 45;
  ws.getCell(addr(4, headerRow)).alignment = { wrapText: true, vertical: 'top' };

  const list = projects(b);
  const first = headerRow + 1;
  const rowOf = (i: number): number => first + i;
  // Peso % = share of the project's coefficient in its pool (contiguous rows per pool).
  const poolOf = (p: Project): string | undefined =>
    p.budget !== undefined ? undefined : p.tipologia === 'INTERSETTORIALE' ? 'inter' : 'gen';
  const poolRange = (pool: string): [number, number] => {
    const idx = list.map((p, i) => (poolOf(p) === pool ? i : -1)).filter((i) => i >= 0);
    return [rowOf(idx[0]), rowOf(idx[idx.length - 1])];
  };
  const totals = list.map((p) =>
    p.points !== undefined && p.coefficient !== undefined ? p.points * p.coefficient : null,
  );
  list.forEach((p, i) => {
    const r = rowOf(i);
    const pool = poolOf(p);
    let peso: Spec = null;
    if (pool) {
      const [from, to] = poolRange(pool);
      const sum = list.reduce((s, q, j) => (poolOf(q) === pool ? s + (totals[j] ?? 0) : s), 0);
      peso = fmt(formula(`H${r}/SUM($H$${from}:$H$${to})`, (totals[i] ?? 0) / sum), PCT2);
    }
    putRow(ws, r, [
      p.id,
      p.tipologia,
      p.title,
      p.category ?? null,
      p.headcount,
      peso,
      p.coefficient ?? null,
      totals[i],
      p.budget !== undefined ? fmt(p.budget, EURO) : null,
      p.soglia,
    ]);
    if (b.errors) {
      if (p.id === 'P2')
        b.plant(
          'HEADCOUNT_MISMATCH',
          sheet,
          addr(5, r),
          'Progetto P2: N. dip. 5, ma nel foglio Assegnazioni ci sono 4 dipendenti.',
        );
      if (p.id === 'P4')
        b.plant(
          'COEFFICIENT_MISMATCH',
          sheet,
          addr(7, r),
          'Progetto P4: Coeff. dichiarato 1,5 per 6 dipendenti; la fascia 6-7 dipendenti vale 2.',
        );
      if (p.id === 'P5')
        b.plant(
          'CATEGORY_UNKNOWN',
          sheet,
          addr(4, r),
          'Progetto P5: macro categoria "Straordinario" non prevista (Strategico, Innovativo, Miglioramento, Mantenimento, Una tantum).',
        );
    }
  });

  // Verification of the projects at year end: an objective/indicator table on the same sheet.
  let row = first + list.length + 3;
  put(ws, addr(1, row), 'VERIFICA DEI PROGETTI AL 31/12/2025', true);
  row += 1;
  putRow(
    ws,
    row,
    ['N.', 'Titolo', 'Indicatore', 'Valore atteso', 'Valore raggiunto', 'Data completamento'],
    true,
  );
  row += 1;
  for (const p of list) {
    putRow(ws, row, [p.id, p.title, p.indicator[0], p.indicator[1], p.indicator[2], p.completion ?? null]);
    row += 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheets "Rilevanza", "Personale", "Assegnazioni"
// ---------------------------------------------------------------------------------------------

function buildRelevance(wb: ExcelJS.Workbook, b: Builder): void {
  const sheet = SHEETS.relevance;
  const ws = wb.addWorksheet(sheet);
  widths(ws, [34, 26]);
  put(ws, 'A1', 'RILEVANZA OBIETTIVI PER AREA - ANNO 2025', true);
  putRow(ws, 3, ['Area', 'Rilevanza obiettivi %'], true);
  const values: [string, number][] = [
    [AREAS.amm, 25],
    [AREAS.fin, 20],
    [AREAS.tec, b.errors ? 30 : 35],
    [AREAS.vig, 20],
  ];
  values.forEach(([area, v], i) => putRow(ws, 4 + i, [area, v]));
  const sum = values.reduce((s, [, v]) => s + v, 0);
  putRow(ws, 4 + values.length, ['TOTALE', formula(`SUM(B4:B${3 + values.length})`, sum)], true);
  b.plant(
    'RELEVANCE_SUM',
    sheet,
    'B6',
    `Rilevanza: le aree sommano a ${sum}%, non 100% (Area Tecnica 30 invece di 35).`,
  );
}

function buildStaff(wb: ExcelJS.Workbook, b: Builder): void {
  const sheet = SHEETS.staff;
  const ws = wb.addWorksheet(sheet);
  widths(ws, [24, 20, 20, 22, 16, 24]);
  put(ws, 'A1', 'PERSONALE IN SERVIZIO AL 01/01/2025', true);
  putRow(
    ws,
    3,
    [
      'Cognome e nome',
      'Categoria giuridica',
      'Area contrattuale',
      'Area',
      'Ore settimanali',
      'Valutazione individuale',
    ],
    true,
  );
  staff(b).forEach((p, i) => {
    const r = 4 + i;
    putRow(ws, r, [p.name, p.grade, p.contractArea, p.area, p.hours, p.evaluation]);
    if (b.errors && p.hours === 40)
      b.plant(
        'HOURS_OVER_FULL_TIME',
        sheet,
        `E${r}`,
        `${p.name}: 40 ore settimanali, oltre il tempo pieno di 36.`,
      );
    if (b.errors && typeof p.hours === 'string')
      b.plant(
        'HOURS_NOT_NUMBER',
        sheet,
        `E${r}`,
        `${p.name}: ore settimanali scritte in lettere ("${p.hours}").`,
      );
  });
}

function buildAssignments(wb: ExcelJS.Workbook, b: Builder): void {
  const sheet = SHEETS.assignments;
  const ws = wb.addWorksheet(sheet);
  widths(ws, [16, 22, 24, 10]);
  put(ws, 'A1', 'ASSEGNAZIONE DEL PERSONALE AGLI OBIETTIVI E AI PROGETTI', true);
  putRow(ws, 3, ['Obiettivo (id)', 'Area', 'Dipendente', 'Quota %'], true);
  // Area objectives without "Risorse umane assegnate" on the objective sheet...
  const areaRows: [string, string, string, number][] = [
    ['4', AREAS.amm, 'Rossi Maria', 50],
    ['4', AREAS.amm, 'Neri Paolo', 50],
    ['1', AREAS.fin, 'Fontana Davide', 60],
    ['1', AREAS.fin, 'Galli Stefano', 40],
    ['3', AREAS.fin, 'Galli Stefano', 100],
    ['4', AREAS.tec, 'Cattaneo Mauro', 50],
    ['4', AREAS.tec, 'Moretti Fabio', 50],
  ];
  let r = 4;
  for (const [id, area, name, share] of areaRows) {
    putRow(ws, r, [idValue(id), area, name, share]);
    r += 1;
  }
  // ...then the projects (ids are unique in the plan, the Area column is left empty).
  for (const p of projects(b)) {
    const firstRow = r;
    for (const [name, share] of p.staff) {
      putRow(ws, r, [p.id, null, name, share]);
      if (b.errors && name === 'Ferrari Alessio') {
        b.plant(
          'ASSIGNEE_UNKNOWN',
          sheet,
          `C${r}`,
          `Progetto ${p.id}: "${name}" non è nel foglio Personale.`,
        );
      }
      r += 1;
    }
    const total = p.staff.reduce((s, [, v]) => s + v, 0);
    if (b.errors && total !== 100) {
      b.plant(
        'SHARES_SUM',
        sheet,
        `D${firstRow}`,
        `Progetto ${p.id}: quote ${p.staff.map(([, v]) => v).join(' + ')} = ${total}%, non 100%.`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet "Parametri Premia" (layout documented in docs/parameters-sheet.md)
// ---------------------------------------------------------------------------------------------

function buildParameters(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.params);
  widths(ws, [44, 30, 18, 14, 16]);
  put(ws, 'A1', 'Parametri Premia', true);
  put(ws, 'A2', 'Foglio dei parametri di Premia: modificare solo la colonna Valore e le tabelle sotto.');
  putRow(ws, 4, ['Parametro', 'Valore', 'Note'], true);
  const params: [string, Spec, string][] = [
    ['Comune', 'Comune di Valdoria', 'Nome del comune'],
    ['Anno', 2025, 'Anno del piano della performance'],
    ['Fondo', fmt(60000, EURO), 'Fondo per la performance (risorse decentrate)'],
    ['Riserva', fmt(4000, EURO), 'Somma accantonata, non distribuita'],
    [
      'Metodo di ripartizione',
      'coefficiente',
      'coefficiente, rilevanza o peso; usato se non ci sono fondi / pool',
    ],
    ['Politica soglia minima', 'proporzionale', 'proporzionale oppure piena'],
    ['Penalità per mese di ritardo %', 10, 'Percentuale tolta per ogni mese (o frazione) di ritardo'],
    ['Obiettivi "al massimo"', 'sì/no', 'sì/no oppure proporzionale'],
    ['Proporziona al part-time', 'SÌ', 'SÌ oppure NO'],
    ['Ore tempo pieno', 36, 'Ore settimanali del tempo pieno'],
    ['Valutazione individuale', 'NO', 'SÌ: le quote sono moltiplicate per la valutazione individuale'],
    ['Riduzione per assenze', 'NO', 'Solo se previsto dalla contrattazione integrativa'],
    ['Riduzione % per giorno di assenza', 0, 'Usata solo con Riduzione per assenze = SÌ'],
    ['Ridistribuisci economie', 'NO', 'SÌ: le economie restano nel pool tra gli obiettivi raggiunti'],
    ['Maggiorazione differenziazione %', 30, 'Art. 69 CCNL 21/5/2018'],
    ['Quota minima personale differenziato %', 10, 'Art. 69 CCNL 21/5/2018'],
    ['Peso minimo obiettivo tempi di pagamento %', 30, 'Art. 4-bis DL 13/2023'],
  ];
  let r = 5;
  for (const row of params) {
    putRow(ws, r, row);
    r += 1;
  }
  r += 1;
  put(ws, `A${r}`, 'Fondi / pool', true);
  r += 1;
  putRow(ws, r, ['Nome', 'Tipologie', 'Importo', 'Percentuale', 'Metodo'], true);
  r += 1;
  putRow(ws, r, ['Progetti intersettoriali', 'INTERSETTORIALE', fmt(12000, EURO), null, 'coefficiente']);
  r += 1;
  putRow(ws, r, ['Obiettivi delle aree', 'OBIETTIVI', fmt(20000, EURO), null, 'rilevanza']);
  r += 1;
  putRow(ws, r, ['Progetti generali e di settore', 'GENERALE, SETTORE', null, null, 'coefficiente']);
  r += 2;
  put(ws, `A${r}`, 'Punti per categoria', true);
  r += 1;
  putRow(ws, r, ['Categoria', 'Punti'], true);
  r += 1;
  for (const [category, points] of [
    ['Strategico', 40],
    ['Innovativo', 25],
    ['Miglioramento', 20],
    ['Mantenimento', 10],
    ['Una tantum', 5],
  ] as const) {
    putRow(ws, r, [category, points]);
    r += 1;
  }
  r += 1;
  put(ws, `A${r}`, 'Fasce di personale', true);
  r += 1;
  putRow(ws, r, ['Da N. dip.', 'Coefficiente'], true);
  r += 1;
  for (const [min, coefficient] of [
    [1, 0.5],
    [2, 1],
    [4, 1.5],
    [6, 2],
    [8, 2.5],
    [10, 3],
  ] as const) {
    putRow(ws, r, [min, coefficient]);
    r += 1;
  }
  r += 1;
  put(ws, `A${r}`, 'Curva di pagamento', true);
  r += 1;
  putRow(ws, r, ['Da %', 'Pagamento'], true);
  r += 1;
  putRow(ws, r, [0, 'proporzionale']);
}

// ---------------------------------------------------------------------------------------------

function build(variant: SampleVariant): { workbook: ExcelJS.Workbook; mistakes: PlantedMistake[] } {
  const b = new Builder(variant);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ufficio Ragioneria - Comune di Valdoria';
  wb.lastModifiedBy = 'Ufficio Personale - Comune di Valdoria';
  wb.title =
    variant === 'clean' ? 'Piano della performance 2025' : 'Piano della performance 2025 (con errori)';
  wb.created = CREATED_DATE;
  wb.modified = FIXED_DATE;
  buildWeights(wb, b);
  buildIndicators(wb, b);
  buildProjects(wb, b);
  buildRelevance(wb, b);
  buildStaff(wb, b);
  buildAssignments(wb, b);
  buildParameters(wb);
  return { workbook: wb, mistakes: b.mistakes };
}

/** The sample workbook of the invented Comune di Valdoria, clean or with planted mistakes. */
export function buildSampleWorkbook(variant: SampleVariant): ExcelJS.Workbook {
  return build(variant).workbook;
}

/** The mistakes planted in the 'errors' variant, with the cell of each. */
export const PLANTED_MISTAKES: readonly PlantedMistake[] = build('errors').mistakes;

export const SAMPLE_FILES: Readonly<Record<SampleVariant, string>> = {
  clean: 'comune-di-valdoria.xlsx',
  errors: 'comune-di-valdoria-con-errori.xlsx',
};
