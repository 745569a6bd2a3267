/**
 * The base workbook of the malformed corpus: a small valid plan (weights, indicators, projects,
 * relevance, staff, assignments, parameters) laid out as users lay theirs out, and helpers to
 * change one thing in it. Every case of cases.ts starts from `base()` and mutates it, so the
 * case names exactly one mistake and its cell.
 *
 * Everything is invented (people, objectives, amounts).
 */
import ExcelJS from 'exceljs';

export const S = {
  weights: 'Pesi',
  indicators: 'Indicatori',
  projects: 'Progetti',
  relevance: 'Rilevanza',
  staff: 'Personale',
  assignments: 'Assegnazioni',
  params: 'Parametri Premia',
} as const;

export const AREA = 'Area Amministrativa';
export const EURO = '#,##0.00 "€"';
export const DATE = 'dd/mm/yyyy';

export type Value = ExcelJS.CellValue;

/** A real Excel date (UTC midnight, as ExcelJS stores serials). */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function put(ws: ExcelJS.Worksheet, address: string, value: Value, numFmt?: string): void {
  const cell = ws.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

/** Writes values from `address` rightwards; `undefined` leaves a cell alone, null empties it. */
export function putRow(ws: ExcelJS.Worksheet, address: string, values: (Value | undefined)[]): void {
  const start = ws.getCell(address);
  values.forEach((v, i) => {
    if (v === undefined) return;
    ws.getCell(Number(start.row), Number(start.col) + i).value = v;
  });
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`corpus: no sheet ${name}`);
  return ws;
}

// Rows of the base plan (1-based Excel rows), so cases can name cells.
export const ROWS = {
  /** Pesi: title A1, header row 2, objectives 3..5, TOTALE row 6. */
  weightsHeader: 2,
  weightsFirst: 3,
  weightsTotal: 6,
  /** Indicatori: header row 1, indicators 2..5. */
  indicatorsFirst: 2,
} as const;

function weights(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(S.weights);
  put(ws, 'A1', AREA);
  putRow(ws, 'A2', ['N.', 'Obiettivo', 'Peso %']);
  putRow(ws, 'A3', [1, 'Archivio digitale delle pratiche edilizie', 50]);
  putRow(ws, 'A4', [2, 'Sportello di prossimità per gli anziani', 30]);
  putRow(ws, 'A5', [3, "Regolamento per l'accesso civico", 20]);
  putRow(ws, 'A6', ['TOTALE', null, 100]);
}

function indicators(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(S.indicators);
  putRow(ws, 'A1', [
    'N.',
    'Indicatore',
    'Peso indicatore',
    'Valore atteso',
    'Valore raggiunto',
    'Soglia minima',
    'Scadenza',
  ]);
  putRow(ws, 'A2', [1, 'Pratiche digitalizzate', 60, 100, 90, 50, null]);
  putRow(ws, 'A3', [1, 'Fascicoli indicizzati', 40, 'almeno 80%', 0.85]);
  ws.getCell('E3').numFmt = '0%';
  putRow(ws, 'A4', [2, 'Aperture settimanali', 100, 'almeno 4', 4]);
  putRow(ws, 'A5', [3, 'Regolamento approvato', 100, 'SI', 'SI', null, day(2025, 6, 30)]);
  ws.getCell('G5').numFmt = DATE;
}

function projects(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(S.projects);
  putRow(ws, 'A1', [
    'Progressivo',
    'Tipologia progetto',
    'Titolo del progetto',
    'Categoria',
    'N. dip.',
    'Grado di raggiungimento',
  ]);
  putRow(ws, 'A2', ['P1', 'GENERALE', 'Apertura serale della biblioteca', 'Innovativo', 2, 100]);
  putRow(ws, 'A3', ['P2', 'SETTORE 1', 'Mercatino di Natale', 'Mantenimento', 1, 80]);
}

function relevance(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(S.relevance);
  putRow(ws, 'A1', ['Area', 'Rilevanza %']);
  putRow(ws, 'A2', [AREA, 100]);
}

function staff(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(S.staff);
  putRow(ws, 'A1', ['Cognome e nome', 'Categoria', 'Ore settimanali', 'Area', 'Valutazione individuale']);
  putRow(ws, 'A2', ['Rossi Maria', 'C1', 36, AREA, 95]);
  putRow(ws, 'A3', ['Bianchi Luca', 'B3', 36, AREA, 88]);
  putRow(ws, 'A4', ['Verdi Anna', 'D1', 18, AREA, 92]);
}

function assignments(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(S.assignments);
  putRow(ws, 'A1', ['N.', 'Dipendente', 'Quota %']);
  putRow(ws, 'A2', [1, 'Rossi Maria', 60]);
  putRow(ws, 'A3', [1, 'Bianchi Luca', 40]);
  putRow(ws, 'A4', [2, 'Verdi Anna', 100]);
  putRow(ws, 'A5', ['P1', 'Rossi Maria', 50]);
  putRow(ws, 'A6', ['P1', 'Verdi Anna', 50]);
  putRow(ws, 'A7', ['P2', 'Bianchi Luca', 100]);
}

/** Row of each single parameter on the parameters sheet (label in A, value in B). */
export const PARAM_ROWS = { comune: 4, anno: 5, fondo: 6, riserva: 7, penalita: 8, ore: 9 } as const;

function params(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(S.params);
  put(ws, 'A1', 'Parametri Premia');
  putRow(ws, 'A3', ['Parametro', 'Valore', 'Note']);
  putRow(ws, 'A4', ['Comune', 'Comune di Borgofranco']);
  putRow(ws, 'A5', ['Anno', 2025]);
  putRow(ws, 'A6', ['Fondo', 10000]);
  ws.getCell('B6').numFmt = EURO;
  putRow(ws, 'A7', ['Riserva', 0]);
  putRow(ws, 'A8', ['Penalità per mese di ritardo %', 10]);
  putRow(ws, 'A9', ['Ore tempo pieno', 36]);
  put(ws, 'A11', 'Fondi / pool');
  putRow(ws, 'A12', ['Nome', 'Tipologie', 'Importo', 'Percentuale', 'Metodo']);
  putRow(ws, 'A13', ['Progetti', 'GENERALE, SETTORE', 4000, null, 'coefficiente']);
  putRow(ws, 'A14', ['Obiettivi delle aree', 'OBIETTIVI', null, null, 'rilevanza']);
}

/** The valid base plan: validation finds no error and the distribution is made. */
export function base(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Fixed properties: the bytes do not depend on the clock.
  wb.created = day(2025, 1, 15);
  wb.modified = day(2025, 1, 15);
  weights(wb);
  indicators(wb);
  projects(wb);
  relevance(wb);
  staff(wb);
  assignments(wb);
  params(wb);
  return wb;
}

/** A builder: the base plan with one change. */
export function mutate(change: (wb: ExcelJS.Workbook) => void): () => ExcelJS.Workbook {
  return () => {
    const wb = base();
    change(wb);
    return wb;
  };
}

/** A builder: the base plan with one cell of one sheet set (and optionally formatted). */
export function withCell(
  sheetName: string,
  address: string,
  value: Value,
  numFmt?: string,
): () => ExcelJS.Workbook {
  return mutate((wb) => put(sheet(wb, sheetName), address, value, numFmt));
}

/** Removes a sheet of the base plan. */
export function without(wb: ExcelJS.Workbook, name: string): void {
  wb.removeWorksheet(sheet(wb, name).id);
}

/** Empties a sheet's rows from `fromRow` down (keeps the rows above). */
export function clearFrom(ws: ExcelJS.Worksheet, fromRow: number): void {
  for (let r = ws.rowCount; r >= fromRow; r -= 1) ws.spliceRows(r, 1);
}
