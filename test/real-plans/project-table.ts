/**
 * A project table as comuni keep it (the "progetti obiettivo" of the fund): a title row, then
 *   Progressivo | Tipologia progetto | Tipologia progetto | Titolo del progetto | CATEGORIA |
 *   1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (15) | PESO % |
 *   Personale da coinvolgere | N. DIP. | COEFF. MULTIPLOC. | IMPORTE STANZIATO 2024 |
 *   SOGGIA MINIMA | Grado di raggiungimento
 * Two columns share the header "Tipologia progetto" (the first holds the years, the second
 * GENERALE / INTERSETTORIALE / SETTORE n); the CATEGORIA column is empty and the class list
 * beside it is filled; the category's points sit under PESO %; the free-text staff column
 * comes before the numeric N. DIP.; headers carry typos and a year; blank rows mark a page
 * break; one headcount is typed as text. Mistakes: points that disagree with the class list,
 * a coefficient that disagrees with the headcount bands. Everything is invented.
 */
import ExcelJS from 'exceljs';
import { bold, EURO, header, PCT, put, row } from './book';

export const SHEET = 'Progetti 2024';

export const CLASSES = '1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (15)';

const HEADER = [
  'Progressivo',
  'Tipologia progetto',
  'Tipologia progetto',
  'Titolo del progetto',
  'CATEGORIA',
  CLASSES,
  'PESO %',
  'Personale da coinvolgere',
  'N. DIP.',
  'COEFF. MULTIPLOC.',
  'IMPORTE STANZIATO 2024',
  'SOGGIA MINIMA',
  'Grado di raggiungimento',
];

type V = ExcelJS.CellValue;
const PROJECTS: (V[] | 'blank')[] = [
  [
    1,
    '2024-2025',
    'GENERALE',
    'Apertura straordinaria degli uffici demografici',
    null,
    'Strategico',
    40,
    'dirigenti; incaricati E.Q., n.15 dipendenti',
    15,
    3,
    6000,
    0.6,
    1,
  ],
  [
    2,
    '2024',
    'INTERSETTORIALE',
    'Censimento del verde urbano',
    null,
    'Innovativo',
    25,
    'n.3 dipendenti area tecnica e ufficio ambiente',
    3,
    1.5,
    2500,
    0.6,
    0.8,
  ],
  [
    3,
    '2024',
    'SETTORE 2',
    'Recupero delle pratiche edilizie arretrate',
    null,
    'Miglioramento',
    30,
    'istruttori tecnici (n.5)',
    5,
    1.5,
    3000,
    0.5,
    0.9,
  ],
  'blank',
  'blank',
  [
    4,
    '2024',
    'SETTORE 4',
    'Sportello serale della polizia locale',
    null,
    'Mantenimento',
    15,
    'agenti P.L., n.8 dipendenti',
    '8',
    2.5,
    4000,
    0.6,
    1,
  ],
  [
    5,
    '2024-2025',
    'SETTORE 1',
    'Archivio digitale dei contratti',
    null,
    'Strategico',
    40,
    'n. 2 istruttori amministrativi',
    2,
    1,
    1500,
    0.6,
    0.7,
  ],
];

export function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  [12, 14, 18, 44, 12, 30, 9, 40, 9, 12, 16, 12, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 'A1', 'PROGETTI OBIETTIVO - ANNO 2024');
  ws.mergeCells('A1:M1');
  bold(ws, 'A1');
  header(ws, 3, HEADER);
  let r = 4;
  for (const p of PROJECTS) {
    if (p === 'blank') {
      r++;
      continue;
    }
    row(ws, r, p);
    ws.getCell(`K${r}`).numFmt = EURO;
    ws.getCell(`L${r}`).numFmt = PCT;
    ws.getCell(`M${r}`).numFmt = PCT;
    r++;
  }
  return wb;
}
