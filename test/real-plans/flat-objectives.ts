/**
 * A flat objective table per sector, and the "Rilevanza obiettivi" table (the layout of the
 * fourth reference plan). Sheet "Obiettivi 2021": title rows, then one long table
 *   n. | Assegnatario obiettivo | DUP | OGGETTO | DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI
 *   (aggornamento novembre 2021) | INDICATORE PERFORMANCE | RISULTATO ATTESO | TEMPI STABILITI
 * whose header is repeated after the blank rows where the printed pages broke (once wrapped
 * on two lines), numbered again from 1 in each sector, with merged id cells over an
 * objective's two indicator rows, sub-weights written in the RISULTATO ATTESO text
 * ("(Peso 50%)"), budgets and late penalties written in the description or the target,
 * deadlines that are not dates ("Sospeso", "Rispetto tempistica prevista dalla normativa",
 * one date per indicator), an impossible date (31/06), a date typed as text, the same number
 * twice in one sector, and a last block, for every sector, headed RISULTATO instead of
 * RISULTATO ATTESO. Sheet "Rilevanza": each sector's share of the fund, the header merged over
 * an empty column, percents as fractions with a % format, sector names written otherwise than
 * in the objectives. Everything is invented.
 */
import ExcelJS from 'exceljs';
import { bold, day, DATE, header, PCT, put, row } from './book';

export const SHEET = 'Obiettivi 2021';
export const RELEVANCE = 'Rilevanza';

const HEADER = [
  'n.',
  'Assegnatario obiettivo',
  'DUP',
  'OGGETTO',
  'DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI (aggornamento novembre 2021)',
  'INDICATORE PERFORMANCE',
  'RISULTATO ATTESO',
  'TEMPI STABILITI',
];
/** The same header, wrapped on two lines in its cells. */
const WRAPPED = [
  'n.',
  'Assegnatario\nobiettivo',
  'DUP',
  'OGGETTO',
  'DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI\n(aggornamento novembre 2021)',
  'INDICATORE\nPERFORMANCE',
  'RISULTATO\nATTESO',
  'TEMPI\nSTABILITI',
];
/** The last block's header: RISULTATO, INDICATORE. */
const LAST = [
  'n.',
  'Assegnatario obiettivo',
  'DUP',
  'OGGETTO',
  'DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI (aggornamento novembre 2021)',
  'INDICATORE',
  'RISULTATO',
  'TEMPI STABILITI',
];

type V = ExcelJS.CellValue;
const D = day(2021, 12, 31);

/** One objective row, or 'blank' / a header; `second` is an objective's second indicator row. */
type Line =
  | { kind: 'objective'; values: V[]; pct?: boolean; second?: V[] }
  | { kind: 'blank' }
  | { kind: 'header'; labels: string[] };

const LINES: Line[] = [
  { kind: 'header', labels: HEADER },
  {
    kind: 'objective',
    values: [
      1,
      'ISTRUZIONE',
      '4.1.0',
      "Servizi per l'infanzia",
      'Gestire e rendicontare il fondo regionale per i servizi educativi da zero a sei anni',
      'Proposta di deliberazione con i riparti',
      'Deliberazione approvata entro dicembre (Peso 50%)',
      D,
    ],
    second: [
      null,
      null,
      null,
      null,
      null,
      'Rendicontazione',
      'Rendicontazione approvata nei termini regionali (Peso 30%)',
      null,
    ],
  },
  {
    kind: 'objective',
    values: [
      2,
      'ISTRUZIONE',
      '4.2.0',
      'Assistenza agli utenti',
      'Sportello di assistenza alle iscrizioni online ai servizi scolastici e al buono scuola',
      'Attivazione del servizio di assistenza',
      'Servizio attivato',
      D,
    ],
  },
  {
    kind: 'objective',
    values: [
      3,
      'ISTRUZIONE',
      '4.6.0',
      'Refezione scolastica',
      'Capitolato e atti per la nuova gara della refezione tramite la C.U.C.',
      'Relazione di progetto alla Giunta; atti di gara con la C.U.C.',
      'Relazione presentata (Peso 50%) Atti di gara definiti (Peso 50%)',
      '31/12/2021 31/12/2021',
    ],
  },
  { kind: 'blank' },
  { kind: 'header', labels: HEADER },
  {
    kind: 'objective',
    values: [
      4,
      'ISTRUZIONE',
      '4.7.0',
      'Piano diritto allo studio',
      'Stesura del piano per il diritto allo studio',
      'Proposta di piano al Consiglio comunale',
      'Piano proposto entro il mese di dicembre',
      '31/12/2021',
    ],
  },
  {
    kind: 'objective',
    values: [
      1,
      'CULTURA',
      '5.2.1',
      'Biblioteca',
      'Etichettatura RFID del patrimonio della biblioteca con personale interno',
      'Documenti etichettati / documenti a scaffale aperto',
      '100% del patrimonio a scaffale aperto',
      '31/06/2021',
    ],
  },
  {
    kind: 'objective',
    values: [
      2,
      'CULTURA',
      '5.1.7',
      'Museo civico',
      'Progetti per i contributi regionali al museo e rendicontazione dei progetti finanziati',
      'n. 2 progetti presentati, n. 1 progetto rendicontato',
      'Progetti presentati (peso 50%). Finanziamenti ottenuti (peso 20%) Rendicontazione progetto (peso 30%)',
      D,
    ],
  },
  {
    kind: 'objective',
    values: [
      3,
      'CULTURA',
      '5.2',
      'Eventi estivi',
      'Eventi estivi con il personale in orario straordinario',
      'Ore di straordinario (peso 40%) n. eventi realizzati (peso 60%)',
      'Almeno 12 eventi realizzati',
      D,
    ],
  },
  { kind: 'blank' },
  { kind: 'header', labels: WRAPPED },
  {
    kind: 'objective',
    values: [
      1,
      'SERVIZI SOCIALI',
      '12.06',
      'Servizi abitativi pubblici',
      'Avvisi, graduatorie e assegnazioni degli alloggi pubblici',
      'Atti predisposti; domande raccolte',
      '100% delle domande istruite (peso 80%) 100% procedure attivate (peso 20%)',
      D,
    ],
  },
  {
    kind: 'objective',
    values: [
      2,
      'SERVIZI SOCIALI',
      '12.08',
      'Patti di collaborazione',
      'Patti di collaborazione con i cittadini per la cura dei beni comuni',
      'Patti sottoscritti',
      3,
      D,
    ],
  },
  {
    kind: 'objective',
    values: [
      2,
      'SERVIZI SOCIALI',
      '12.03',
      'Centri sociali per anziani',
      'Affidamento della gestione dei centri sociali con un percorso di coprogettazione',
      'Servizio affidato tramite coprogettazione',
      'Servizio affidato',
      '31.12.2021',
    ],
  },
  {
    kind: 'objective',
    values: [
      1,
      "TURISMO ATTIVITA' PRODUTTIVE",
      '14.2.0',
      'Sportello unico attività produttive',
      'Rinnovo delle concessioni dei posteggi del mercato settimanale',
      'Atti predisposti / atti totali',
      1,
      D,
    ],
    pct: true,
  },
  {
    kind: 'objective',
    values: [
      1,
      'PERSONALE',
      '1.10.2',
      'Contratto integrativo',
      'Stipula del nuovo contratto integrativo e progressioni orizzontali 2021',
      'Predisposizione atti',
      'Atti predisposti entro ottobre (-10% ogni mese ritardo)',
      D,
    ],
  },
  {
    kind: 'objective',
    values: [
      2,
      'PERSONALE',
      '1.10.2',
      'Regolamento degli uffici',
      'Revisione del regolamento degli uffici e dei servizi (sospesa in attesa del nuovo contratto nazionale)',
      'Bozza di delibera',
      'Nuovo regolamento (sospeso)',
      'Sospeso',
    ],
  },
  {
    kind: 'objective',
    values: [
      3,
      'PERSONALE',
      '1.10.2',
      'Adempimenti periodici',
      'Conto annuale e relazione allegata',
      'Invio nei termini',
      'Conto annuale inviato',
      'Rispetto tempistica prevista dalla normativa',
    ],
  },
  {
    kind: 'objective',
    values: [
      1,
      'SEGRETERIA',
      '01.02',
      'Gestione spazi comunali',
      'Presidio serale del palazzo comunale per le sale riunioni, con personale interno con budget assegnato pari ad un massimo di Euro 4.500,00 (100% obiettivo raggiunto)',
      'Aperture serali garantite',
      1,
      D,
    ],
    pct: true,
  },
  {
    kind: 'objective',
    values: [
      1,
      'POLIZIA LOCALE',
      '03.02',
      'Presidio del territorio',
      "Vigilanza nelle notti del fine settimana ad agosto, con budget 5.500,00 al raggiungimento del 100% dell'obiettivo",
      'Presidi effettuati / presidi richiesti',
      '10',
      day(2021, 9, 30),
    ],
  },
  { kind: 'blank' },
  { kind: 'header', labels: LAST },
  {
    kind: 'objective',
    values: [
      1,
      'TUTTE LE AREE ORGANIZZATIVE',
      '01.01',
      'Trasparenza',
      'Aggiornamento trimestrale dei dati di competenza in Amministrazione trasparente',
      'Tasso di trasparenza',
      1,
      D,
    ],
    pct: true,
  },
  {
    kind: 'objective',
    values: [
      2,
      'TUTTE LE AREE ORGANIZZATIVE',
      '01.01',
      'Anticorruzione',
      'Misure del piano triennale per la prevenzione della corruzione',
      'Rilievi del responsabile anticorruzione',
      'Nessun rilievo',
      D,
    ],
  },
  {
    kind: 'objective',
    values: [
      3,
      'TUTTE LE AREE ORGANIZZATIVE',
      '01.01',
      'Servizi on-line',
      'Pagine dei servizi di competenza aggiornate sul sito istituzionale',
      'Servizi pubblicati / totale servizi',
      1,
      D,
    ],
    pct: true,
  },
];

function objectives(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET);
  [6, 22, 8, 22, 60, 34, 40, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 'A1', 'COMUNE DI LAGOSERENO');
  put(ws, 'A2', 'PIANO DELLE PERFORMANCE');
  put(ws, 'A3', 'ASSEGNAZIONE DEGLI OBIETTIVI GESTIONALI');
  put(ws, 'A4', '(aggiornamento novembre 2021)');
  bold(ws, 'A2');
  let r = 6;
  for (const line of LINES) {
    if (line.kind === 'blank') {
      r++;
      continue;
    }
    if (line.kind === 'header') {
      header(ws, r++, line.labels);
      continue;
    }
    row(ws, r, line.values);
    if (line.values[7] instanceof Date) ws.getCell(`H${r}`).numFmt = DATE;
    if (line.pct) ws.getCell(`G${r}`).numFmt = PCT;
    if (line.second) {
      row(ws, r + 1, line.second);
      // The objective's cells are merged over its two indicator rows; the indicators are not.
      for (const col of ['A', 'B', 'C', 'D', 'E', 'H']) ws.mergeCells(`${col}${r}:${col}${r + 1}`);
      r++;
    }
    r++;
  }
}

const SHARES: [string, number][] = [
  ['Istruzione', 0.12],
  ['Cultura', 0.14],
  ['Servizi sociali', 0.2],
  ['Turismo e attività produttive', 0.06],
  ['Personale', 0.08],
  ['Segreteria', 0.1],
  ['Polizia Locale', 0.3],
];

function relevance(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(RELEVANCE);
  ws.getColumn(1).width = 36;
  put(ws, 'A1', 'Rilevanza degli obiettivi');
  bold(ws, 'A1');
  put(ws, 'A3', "Tabella relativa all'indicazione del grado di rilevanza degli obiettivi");
  header(ws, 4, ['Responsabili di servizio e uffici', 'Rilevanza obiettivi']);
  ws.mergeCells('B4:C4');
  SHARES.forEach(([area, share], i) => {
    put(ws, `A${5 + i}`, area);
    put(ws, `C${5 + i}`, share, PCT);
  });
  const total = 5 + SHARES.length;
  row(ws, total, ['totale', '•']);
  put(ws, `C${total}`, 1, PCT);
}

export function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  objectives(wb);
  relevance(wb);
  return wb;
}
