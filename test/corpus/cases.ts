/**
 * The malformed-workbook corpus: each case is the base plan of base.ts with one thing wrong (or
 * one unusual layout that must still be read), and the answer Premia must give: the finding
 * codes that must appear, the cells they must point at, the CLI exit code, and whether the
 * distribution is refused. docs/malformed-corpus.md lists the same cases in a table.
 *
 * Built in code: no binary fixture is committed.
 */
import ExcelJS from 'exceljs';
import {
  AREA,
  DATE,
  EURO,
  PARAM_ROWS,
  S,
  base,
  clearFrom,
  day,
  mutate,
  put,
  putRow,
  sheet,
  withCell,
  without,
} from './base';

export type Theme =
  | 'tipi'
  | 'numeri'
  | 'percentuali'
  | 'date'
  | 'errori'
  | 'unioni'
  | 'vuote'
  | 'intestazioni'
  | 'testi'
  | 'grandi'
  | 'fogli'
  | 'formule'
  | 'layout';

export interface Expect {
  /** Finding codes that must appear (validation, scoring or distribution refusal reasons). */
  codes: string[];
  /** 'Foglio!A1' cells that must be among the cells of the findings. */
  cells?: string[];
  /** Exit code of `premia validate` (0: no errors, 1: errors). */
  exit?: 0 | 1 | 2;
  /** The distribution is refused (true) or made (false). */
  refused?: boolean;
  /** Writing the outputs is refused (a user sheet holds the name of one of Premia's sheets). */
  writeRefused?: boolean;
}

export interface Case {
  id: string;
  theme: Theme;
  /** Italian, short: what is wrong. */
  title: string;
  build: () => ExcelJS.Workbook;
  expect: Expect;
  /** Known gap: what Premia does not yet say (the doc repeats it). */
  gap?: string;
}

const W = S.weights;
const I = S.indicators;
const P = S.projects;
const R = S.relevance;
const ST = S.staff;
const A = S.assignments;
const PAR = S.params;

const err = (code: string) => ({ error: code }) as ExcelJS.CellErrorValue;

// ---------------------------------------------------------------------------------------------
// Wrong types in every column kind
// ---------------------------------------------------------------------------------------------

const types: Case[] = [
  {
    id: 'tipi-peso-testo',
    theme: 'tipi',
    title: 'Peso scritto in lettere',
    build: withCell(W, 'C4', 'trenta'),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-peso-booleano',
    theme: 'tipi',
    title: 'Peso VERO/FALSO',
    build: withCell(W, 'C4', true),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-peso-data',
    theme: 'tipi',
    title: 'Data nella colonna dei pesi',
    build: withCell(W, 'C4', day(2025, 3, 30), DATE),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-peso-vuoto',
    theme: 'tipi',
    title: 'Peso mancante',
    build: withCell(W, 'C4', null),
    expect: { codes: ['WEIGHT_MISSING'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-peso-negativo',
    theme: 'tipi',
    title: 'Peso negativo',
    build: withCell(W, 'C4', -30),
    expect: { codes: ['WEIGHT_NEGATIVE'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-peso-oltre-100',
    theme: 'tipi',
    title: 'Peso oltre 100',
    build: withCell(W, 'C3', 150),
    expect: { codes: ['WEIGHT_OVER_100', 'WEIGHTS_SUM'], cells: [`${W}!C3`], exit: 1, refused: true },
  },
  {
    id: 'tipi-peso-indicatore-testo',
    theme: 'tipi',
    title: 'Peso di un indicatore in lettere',
    build: withCell(I, 'C2', 'sessanta'),
    expect: { codes: ['SUBWEIGHT_NOT_NUMBER'], cells: [`${I}!C2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-atteso-testo-libero',
    theme: 'tipi',
    title: 'Valore atteso non misurabile',
    build: withCell(I, 'D4', 'come da programma'),
    // Free text is a readable target of kind "manual": scoring asks for a typed achievement.
    expect: {
      codes: ['SCORE_NEEDS_MANUAL', 'DIST_MISSING_ACHIEVEMENT'],
      cells: [`${I}!D4`],
      exit: 0,
      refused: true,
    },
  },
  {
    id: 'tipi-raggiunto-testo',
    theme: 'tipi',
    title: 'Valore raggiunto in lettere',
    build: withCell(I, 'E4', 'quattro'),
    // Actual values are checked when scoring, not by `validate`.
    expect: { codes: ['SCORE_UNREADABLE_ACTUAL'], cells: [`${I}!E4`], exit: 0, refused: true },
  },
  {
    id: 'tipi-raggiunto-vuoto',
    theme: 'tipi',
    title: 'Valore raggiunto mancante',
    build: withCell(I, 'E4', null),
    expect: { codes: ['DIST_MISSING_ACHIEVEMENT'], cells: [`${I}!E4`], exit: 0, refused: true },
  },
  {
    id: 'tipi-soglia-testo',
    theme: 'tipi',
    title: 'Soglia minima in lettere',
    build: withCell(I, 'F2', 'metà'),
    expect: { codes: ['SOGLIA_NOT_NUMBER'], cells: [`${I}!F2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-soglia-oltre-100',
    theme: 'tipi',
    title: 'Soglia minima oltre 100',
    build: withCell(I, 'F2', 150),
    expect: { codes: ['SOGLIA_OUT_OF_RANGE'], cells: [`${I}!F2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-scadenza-testo',
    theme: 'tipi',
    title: 'Scadenza non leggibile',
    build: withCell(I, 'G5', 'a breve'),
    expect: { codes: ['DATE_UNREADABLE'], cells: [`${I}!G5`], exit: 1, refused: true },
  },
  {
    id: 'tipi-categoria-sconosciuta',
    theme: 'tipi',
    title: 'Categoria di progetto sconosciuta',
    build: withCell(P, 'D2', 'Fondamentale'),
    expect: { codes: ['CATEGORY_UNKNOWN'], cells: [`${P}!D2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-ndip-testo',
    theme: 'tipi',
    title: 'N. dip. in lettere',
    build: withCell(P, 'E2', 'due'),
    expect: { codes: ['HEADCOUNT_INVALID'], cells: [`${P}!E2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-ndip-decimale',
    theme: 'tipi',
    title: 'N. dip. con decimali',
    build: withCell(P, 'E2', 2.5),
    expect: { codes: ['HEADCOUNT_INVALID'], cells: [`${P}!E2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-grado-testo',
    theme: 'tipi',
    title: 'Grado di raggiungimento in lettere',
    build: withCell(P, 'F2', 'tutto'),
    expect: { codes: ['MANUAL_ACHIEVEMENT_NOT_NUMBER'], cells: [`${P}!F2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-grado-oltre-100',
    theme: 'tipi',
    title: 'Grado di raggiungimento oltre 100',
    build: withCell(P, 'F3', 120),
    expect: { codes: ['MANUAL_ACHIEVEMENT_OUT_OF_RANGE'], cells: [`${P}!F3`], exit: 1, refused: true },
  },
  {
    id: 'tipi-budget-testo',
    theme: 'tipi',
    title: 'Importo stanziato in lettere',
    build: mutate((wb) => {
      const ws = sheet(wb, P);
      put(ws, 'G1', 'Importo stanziato');
      put(ws, 'G2', 'seimila euro');
    }),
    expect: { codes: ['FIXED_BUDGET_NOT_NUMBER'], cells: [`${P}!G2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-rilevanza-testo',
    theme: 'tipi',
    title: 'Rilevanza in lettere',
    build: withCell(R, 'B2', 'tutta'),
    expect: { codes: ['RELEVANCE_NOT_NUMBER'], cells: [`${R}!B2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-ore-testo',
    theme: 'tipi',
    title: 'Ore settimanali in lettere',
    build: withCell(ST, 'C3', 'trentasei'),
    expect: { codes: ['HOURS_NOT_NUMBER'], cells: [`${ST}!C3`], exit: 1, refused: true },
  },
  {
    id: 'tipi-ore-oltre-tempo-pieno',
    theme: 'tipi',
    title: 'Ore settimanali oltre il tempo pieno',
    build: withCell(ST, 'C3', 40),
    expect: { codes: ['HOURS_OVER_FULL_TIME'], cells: [`${ST}!C3`], exit: 1, refused: true },
  },
  {
    id: 'tipi-ore-zero',
    theme: 'tipi',
    title: 'Zero ore settimanali',
    build: withCell(ST, 'C4', 0),
    expect: { codes: ['HOURS_NOT_POSITIVE'], cells: [`${ST}!C4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-valutazione-testo',
    theme: 'tipi',
    title: 'Valutazione individuale in lettere (opzione spenta: avviso)',
    build: withCell(ST, 'E2', 'ottimo'),
    expect: { codes: ['EVALUATION_NOT_NUMBER'], cells: [`${ST}!E2`], exit: 0, refused: false },
  },
  {
    id: 'tipi-quota-testo',
    theme: 'tipi',
    title: 'Quota di partecipazione in lettere',
    build: withCell(A, 'C2', 'metà'),
    expect: { codes: ['SHARE_NOT_NUMBER'], cells: [`${A}!C2`], exit: 1, refused: true },
  },
  {
    id: 'tipi-quota-oltre-100',
    theme: 'tipi',
    title: 'Quota di partecipazione oltre 100',
    build: mutate((wb) => {
      put(sheet(wb, A), 'C2', 160);
      put(sheet(wb, A), 'C3', -60);
    }),
    expect: { codes: ['SHARE_OUT_OF_RANGE'], cells: [`${A}!C2`, `${A}!C3`], exit: 1, refused: true },
  },
  {
    id: 'tipi-dipendente-sconosciuto',
    theme: 'tipi',
    title: 'Dipendente assegnato che non è nel personale',
    build: withCell(A, 'B4', 'Gialli Marco'),
    expect: { codes: ['ASSIGNEE_UNKNOWN'], cells: [`${A}!B4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-obiettivo-inesistente',
    theme: 'tipi',
    title: 'Assegnazione a un obiettivo che non esiste',
    build: withCell(A, 'A4', 9),
    expect: { codes: ['READ_OBJECTIVE_NOT_FOUND'], cells: [`${A}!A4`], exit: 1, refused: true },
  },
  {
    id: 'tipi-fondo-testo',
    theme: 'tipi',
    title: 'Fondo in lettere',
    build: withCell(PAR, `B${PARAM_ROWS.fondo}`, 'diecimila euro'),
    expect: { codes: ['PARAMS_NOT_MONEY'], cells: [`${PAR}!B${PARAM_ROWS.fondo}`], exit: 1, refused: true },
  },
  {
    id: 'tipi-anno-testo',
    theme: 'tipi',
    title: 'Anno in lettere',
    build: withCell(PAR, `B${PARAM_ROWS.anno}`, 'duemilaventicinque'),
    expect: { codes: ['PARAMS_NOT_NUMBER'], cells: [`${PAR}!B${PARAM_ROWS.anno}`], exit: 1 },
  },
  {
    id: 'tipi-penalita-testo',
    theme: 'tipi',
    title: 'Penalità per ritardo in lettere',
    build: withCell(PAR, `B${PARAM_ROWS.penalita}`, 'dieci'),
    expect: { codes: ['PARAMS_NOT_PERCENT'], cells: [`${PAR}!B${PARAM_ROWS.penalita}`], exit: 1 },
  },
];

// ---------------------------------------------------------------------------------------------
// Italian and English number formats
// ---------------------------------------------------------------------------------------------

const numbers: Case[] = [
  {
    id: 'numeri-virgola-decimale',
    theme: 'numeri',
    title: 'Pesi come testo con la virgola decimale',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'C3', '49,5');
      put(ws, 'C4', '30,5');
      put(ws, 'C5', '20');
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'numeri-punto-decimale',
    theme: 'numeri',
    title: "Pesi come testo con il punto decimale all'inglese",
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'C3', '49.5');
      put(ws, 'C4', '30.5');
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'numeri-fondo-italiano',
    theme: 'numeri',
    title: 'Fondo come testo «€ 10.000,00»',
    build: withCell(PAR, `B${PARAM_ROWS.fondo}`, '€ 10.000,00'),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'numeri-fondo-inglese',
    theme: 'numeri',
    title: 'Fondo come testo «10,000.00» (formato inglese)',
    build: withCell(PAR, `B${PARAM_ROWS.fondo}`, '10,000.00'),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'numeri-somma-italiana-sbagliata',
    theme: 'numeri',
    title: 'Pesi «33,3» ×3: la somma non fa 100',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'C3', '33,3');
      put(ws, 'C4', '33,3');
      put(ws, 'C5', '33,3');
    }),
    expect: {
      codes: ['WEIGHTS_SUM', 'TOTAL_MISMATCH'],
      cells: [`${W}!C3`, `${W}!C6`],
      exit: 1,
      refused: true,
    },
  },
  {
    id: 'numeri-spazi',
    theme: 'numeri',
    title: 'Numeri con spazi e spazi non separabili',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'C3', ' 50 ');
      put(ws, 'C4', '\u00a030\u00a0');
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'numeri-solo-spazi',
    theme: 'numeri',
    title: 'Cella del peso con soli spazi',
    build: withCell(W, 'C5', '   '),
    expect: { codes: ['WEIGHT_MISSING'], cells: [`${W}!C5`], exit: 1, refused: true },
  },
  {
    id: 'numeri-due-virgole',
    theme: 'numeri',
    title: 'Peso «3,0,0»: due separatori decimali',
    build: withCell(W, 'C4', '3,0,0'),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
];

// ---------------------------------------------------------------------------------------------
// Percent vs fraction
// ---------------------------------------------------------------------------------------------

function fractionWeights(numFmt?: string): () => ExcelJS.Workbook {
  return mutate((wb) => {
    const ws = sheet(wb, W);
    put(ws, 'C3', 0.5, numFmt);
    put(ws, 'C4', 0.3, numFmt);
    put(ws, 'C5', 0.2, numFmt);
    put(ws, 'C6', 1, numFmt);
  });
}

const percents: Case[] = [
  {
    id: 'percentuali-frazioni',
    theme: 'percentuali',
    title: 'Pesi scritti come frazioni (0,5 invece di 50)',
    build: fractionWeights(),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'percentuali-formato-percentuale',
    theme: 'percentuali',
    title: 'Pesi 0,5 con formato percentuale',
    build: fractionWeights('0%'),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'percentuali-valore-atteso-cella-percento',
    theme: 'percentuali',
    title: 'Valore atteso 0,8 in una cella con formato percentuale (80 %)',
    build: mutate((wb) => {
      const ws = sheet(wb, I);
      put(ws, 'D3', 0.8, '0%');
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'percentuali-testo-con-simbolo',
    theme: 'percentuali',
    title: 'Pesi come testo «50%», «30 %»',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'C3', '50%');
      put(ws, 'C4', '30 %');
      put(ws, 'C5', '20%');
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'percentuali-miste',
    theme: 'percentuali',
    title: 'Frazioni mescolate a percentuali',
    build: withCell(W, 'C3', 0.5),
    expect: {
      codes: ['WEIGHTS_SUM', 'WEIGHTS_MIXED_FRACTIONS'],
      cells: [`${W}!C3`],
      exit: 1,
      refused: true,
    },
  },
  {
    id: 'percentuali-quote-frazioni',
    theme: 'percentuali',
    title: 'Quote di partecipazione 0,6 e 0,4 (frazioni: lette come 60 % e 40 %)',
    build: mutate((wb) => {
      put(sheet(wb, A), 'C2', 0.6);
      put(sheet(wb, A), 'C3', 0.4);
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'percentuali-quote-frazioni-sbagliate',
    theme: 'percentuali',
    title: 'Quote 0,6 e 0,3: frazioni che non fanno 1, lasciate come scritte',
    build: mutate((wb) => {
      put(sheet(wb, A), 'C2', 0.6);
      put(sheet(wb, A), 'C3', 0.3);
    }),
    expect: { codes: ['SHARES_SUM'], cells: [`${A}!C2`, `${A}!C3`], exit: 1, refused: true },
  },
  {
    id: 'percentuali-rilevanza-formato',
    theme: 'percentuali',
    title: 'Rilevanza 1 con formato percentuale (100 %)',
    build: withCell(R, 'B2', 1, '0%'),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'percentuali-rilevanza-sbagliata',
    theme: 'percentuali',
    title: 'Rilevanza 0,9 con formato percentuale (90 %)',
    build: withCell(R, 'B2', 0.9, '0%'),
    expect: { codes: ['RELEVANCE_SUM'], cells: [`${R}!B2`], exit: 1, refused: true },
  },
];

// ---------------------------------------------------------------------------------------------
// Impossible dates
// ---------------------------------------------------------------------------------------------

const dates: Case[] = [
  {
    id: 'date-31-giugno',
    theme: 'date',
    title: 'Scadenza 31/06/2025',
    build: withCell(I, 'G5', '31/06/2025'),
    expect: { codes: ['DATE_INVALID'], cells: [`${I}!G5`], exit: 1, refused: true },
  },
  {
    id: 'date-29-febbraio',
    theme: 'date',
    title: 'Scadenza 29.02.2025 (anno non bisestile)',
    build: withCell(I, 'G5', '29.02.2025'),
    expect: { codes: ['DATE_INVALID'], cells: [`${I}!G5`], exit: 1, refused: true },
  },
  {
    id: 'date-mese-13',
    theme: 'date',
    title: 'Scadenza 15-13-2025',
    build: withCell(I, 'G5', '15-13-2025'),
    expect: { codes: ['DATE_INVALID'], cells: [`${I}!G5`], exit: 1, refused: true },
  },
  {
    id: 'date-atteso-entro-impossibile',
    theme: 'date',
    title: 'Valore atteso «entro il 31/04/2025»',
    build: mutate((wb) => {
      const ws = sheet(wb, I);
      put(ws, 'D5', 'entro il 31/04/2025');
      put(ws, 'E5', day(2025, 4, 20), DATE);
    }),
    expect: { codes: ['DATE_INVALID'], cells: [`${I}!D5`], exit: 1, refused: true },
  },
  {
    id: 'date-raggiunto-impossibile',
    theme: 'date',
    title: 'Data di completamento 31/09/2025',
    build: mutate((wb) => {
      const ws = sheet(wb, I);
      put(ws, 'D5', 'entro il 30/06/2025');
      put(ws, 'E5', '31/09/2025');
    }),
    expect: { codes: ['DATE_INVALID'], cells: [`${I}!E5`], exit: 1, refused: true },
  },
];

// ---------------------------------------------------------------------------------------------
// Error values
// ---------------------------------------------------------------------------------------------

const errors: Case[] = [
  {
    id: 'errori-ref-peso',
    theme: 'errori',
    title: 'Peso #RIF! (#REF!)',
    build: withCell(W, 'C4', err('#REF!')),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'errori-div0-formula',
    theme: 'errori',
    title: 'Peso da formula =1/0 (#DIV/0!)',
    build: withCell(W, 'C4', { formula: '1/0', result: err('#DIV/0!') } as ExcelJS.CellFormulaValue),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'errori-na-raggiunto',
    theme: 'errori',
    title: 'Valore raggiunto #N/D (#N/A)',
    build: withCell(I, 'E4', err('#N/A')),
    expect: { codes: ['SCORE_UNREADABLE_ACTUAL'], cells: [`${I}!E4`], exit: 0, refused: true },
  },
  {
    id: 'errori-totale',
    theme: 'errori',
    title: 'Totale dei pesi #VALORE! (#VALUE!)',
    build: withCell(W, 'C6', err('#VALUE!')),
    expect: { codes: ['TOTAL_NOT_NUMBER'], cells: [`${W}!C6`], exit: 0, refused: false },
  },
  {
    id: 'errori-nome-dipendente',
    theme: 'errori',
    title: 'Nome di un dipendente #N/D',
    build: withCell(ST, 'A3', err('#N/A')),
    expect: {
      codes: ['PARSE_ERROR_VALUE', 'ASSIGNEE_UNKNOWN'],
      cells: [`${ST}!A3`, `${A}!B3`],
      exit: 1,
      refused: true,
    },
  },
  {
    id: 'errori-fondo',
    theme: 'errori',
    title: 'Fondo #RIF!',
    build: withCell(PAR, `B${PARAM_ROWS.fondo}`, err('#REF!')),
    expect: { codes: ['PARAMS_ERROR_VALUE'], cells: [`${PAR}!B${PARAM_ROWS.fondo}`], exit: 1, refused: true },
  },
  {
    id: 'errori-quota',
    theme: 'errori',
    title: 'Quota di partecipazione #NOME? (#NAME?)',
    build: withCell(A, 'C3', err('#NAME?')),
    expect: { codes: ['SHARE_NOT_NUMBER'], cells: [`${A}!C3`], exit: 1, refused: true },
  },
];

// ---------------------------------------------------------------------------------------------
// Merged and hidden cells
// ---------------------------------------------------------------------------------------------

const merged: Case[] = [
  {
    id: 'unioni-numero-obiettivo',
    theme: 'unioni',
    title: 'Numero di obiettivo unito su due righe di indicatori',
    build: mutate((wb) => {
      const ws = sheet(wb, I);
      ws.getCell('A3').value = null;
      ws.mergeCells('A2:A3');
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'unioni-titolo-area',
    theme: 'unioni',
    title: "Titolo dell'area unito sopra la tabella",
    build: mutate((wb) => sheet(wb, W).mergeCells('A1:C1')),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'unioni-pesi-uniti',
    theme: 'unioni',
    title: 'Due pesi in una cella unita (50 vale per due righe)',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      ws.getCell('C4').value = null;
      ws.mergeCells('C3:C4');
    }),
    expect: {
      codes: ['WEIGHTS_SUM', 'READ_MERGED_VALUE_REPEATED'],
      cells: [`${W}!C3`, `${W}!C4`],
      exit: 1,
      refused: true,
    },
  },
  {
    id: 'unioni-riga-nascosta',
    theme: 'unioni',
    title: 'Riga nascosta con un obiettivo valido',
    build: mutate((wb) => {
      sheet(wb, W).getRow(5).hidden = true;
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'unioni-riga-nascosta-errata',
    theme: 'unioni',
    title: 'Errore in una riga nascosta',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      ws.getRow(5).hidden = true;
      put(ws, 'C5', 'venti');
    }),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C5`], exit: 1, refused: true },
  },
  {
    id: 'unioni-colonna-nascosta',
    theme: 'unioni',
    title: 'Colonna dei pesi nascosta con un peso sbagliato',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      ws.getColumn(3).hidden = true;
      put(ws, 'C3', 60);
    }),
    expect: {
      codes: ['WEIGHTS_SUM', 'TOTAL_MISMATCH'],
      cells: [`${W}!C3`, `${W}!C6`],
      exit: 1,
      refused: true,
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Empty tables, headers only
// ---------------------------------------------------------------------------------------------

const empty: Case[] = [
  {
    id: 'vuote-cartella-vuota',
    theme: 'vuote',
    title: 'Cartella con un solo foglio vuoto',
    build: () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Foglio1');
      return wb;
    },
    expect: { codes: ['READ_NO_TABLES', 'DIST_NO_FUND'], exit: 1, refused: true },
  },
  {
    id: 'vuote-solo-parametri',
    theme: 'vuote',
    title: 'Solo il foglio dei parametri, nessuna tabella',
    build: mutate((wb) => {
      for (const name of [W, I, P, R, ST, A]) without(wb, name);
    }),
    expect: { codes: ['READ_NO_TABLES'], exit: 1, refused: true },
  },
  {
    id: 'vuote-pesi-solo-intestazione',
    theme: 'vuote',
    title: 'Tabella dei pesi con la sola intestazione',
    build: mutate((wb) => clearFrom(sheet(wb, W), 3)),
    expect: { codes: ['READ_TABLE_EMPTY'], cells: [`${W}!A2`], exit: 1, refused: true },
  },
  {
    id: 'vuote-personale-solo-intestazione',
    theme: 'vuote',
    title: 'Tabella del personale con la sola intestazione',
    build: mutate((wb) => clearFrom(sheet(wb, ST), 2)),
    expect: {
      codes: ['READ_TABLE_EMPTY', 'STAFF_TABLE_MISSING'],
      cells: [`${ST}!A1`],
      exit: 0,
      refused: false,
    },
  },
  {
    id: 'vuote-fondo-vuoto',
    theme: 'vuote',
    title: 'Fondo lasciato vuoto',
    build: withCell(PAR, `B${PARAM_ROWS.fondo}`, null),
    expect: { codes: ['PARAM_FUND_MISSING', 'DIST_NO_FUND'], exit: 0, refused: true },
  },
  {
    id: 'vuote-riga-di-soli-spazi',
    theme: 'vuote',
    // The rows after it are shaped like the weights and closed by TOTALE: the table runs on.
    title: 'Riga di soli spazi in mezzo ai pesi, prima del totale (la tabella continua)',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      ws.spliceRows(4, 0, ['  ', ' ', '\u00a0']);
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'vuote-righe-dopo-riga-vuota',
    theme: 'vuote',
    // No TOTALE closes them and their numbers (7, 8) do not go on from 3: the table ends at
    // the blank row, and the rows after it are said.
    title: 'Righe simili ai pesi dopo una riga vuota, senza totale',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      ws.spliceRows(6, 1);
      putRow(ws, 'A7', [7, 'Obiettivo scritto dopo una riga vuota', 10]);
      putRow(ws, 'A8', [8, 'Altro obiettivo dopo la riga vuota', 5]);
    }),
    expect: { codes: ['READ_ROWS_AFTER_BLANK'], cells: [`${W}!A7`], exit: 0, refused: false },
  },
  {
    id: 'vuote-intestazione-parametri-senza-righe',
    theme: 'vuote',
    title: 'Sezione «Punti per categoria» senza righe',
    build: mutate((wb) => {
      const ws = sheet(wb, PAR);
      put(ws, 'A16', 'Punti per categoria');
      putRow(ws, 'A17', ['Categoria', 'Punti']);
    }),
    expect: { codes: ['PARAMS_SECTION_EMPTY'], cells: [`${PAR}!A16`], exit: 1 },
  },
];

// ---------------------------------------------------------------------------------------------
// Duplicate headers, duplicate keys
// ---------------------------------------------------------------------------------------------

const headers: Case[] = [
  {
    id: 'intestazioni-peso-doppio',
    theme: 'intestazioni',
    title: 'Due colonne «Peso %» nella stessa tabella',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'D2', 'Peso %');
      put(ws, 'D3', 40);
      put(ws, 'D4', 40);
      put(ws, 'D5', 20);
    }),
    expect: { codes: ['READ_DUPLICATE_COLUMN'], cells: [`${W}!D2`], exit: 0, refused: false },
  },
  {
    id: 'intestazioni-nome-doppio',
    theme: 'intestazioni',
    title: 'Due colonne «Cognome e nome» nel personale',
    build: mutate((wb) => {
      const ws = sheet(wb, ST);
      put(ws, 'F1', 'Cognome e nome');
      put(ws, 'F2', 'Rossi M.');
    }),
    expect: { codes: ['READ_DUPLICATE_COLUMN'], cells: [`${ST}!F1`], exit: 0, refused: false },
  },
  {
    id: 'intestazioni-obiettivo-doppio',
    theme: 'intestazioni',
    title: 'Numero di obiettivo ripetuto nella stessa area',
    build: withCell(W, 'A4', 1),
    expect: { codes: ['OBJECTIVE_DUPLICATE_ID'], cells: [`${W}!A3`, `${W}!A4`], exit: 1, refused: true },
  },
  {
    id: 'intestazioni-dipendente-doppio',
    theme: 'intestazioni',
    title: 'Dipendente ripetuto nel personale',
    build: withCell(ST, 'A4', 'Rossi Maria'),
    expect: { codes: ['EMPLOYEE_DUPLICATE'], cells: [`${ST}!A2`, `${ST}!A4`], exit: 1, refused: true },
  },
  {
    id: 'intestazioni-parametro-doppio',
    theme: 'intestazioni',
    title: 'Parametro «Fondo» scritto due volte',
    build: mutate((wb) => {
      const ws = sheet(wb, PAR);
      ws.spliceRows(10, 0, ['Fondo', 20000]);
    }),
    expect: {
      codes: ['PARAMS_DUPLICATE_LABEL'],
      cells: [`${PAR}!A${PARAM_ROWS.fondo}`, `${PAR}!A10`],
      exit: 1,
    },
  },
  {
    id: 'intestazioni-parametro-sconosciuto',
    theme: 'intestazioni',
    title: 'Parametro con etichetta sconosciuta',
    build: mutate((wb) => {
      const ws = sheet(wb, PAR);
      ws.spliceRows(10, 0, ['Fondo straordinario', 5000]);
    }),
    expect: { codes: ['PARAMS_UNKNOWN_LABEL'], cells: [`${PAR}!A10`], exit: 0, refused: false },
  },
];

// ---------------------------------------------------------------------------------------------
// Huge texts
// ---------------------------------------------------------------------------------------------

const huge = (n: number) => 'Lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n);

const texts: Case[] = [
  {
    id: 'testi-valore-atteso-zero',
    theme: 'testi',
    title: 'Valore atteso 0 senza dire se minimo o massimo (sempre raggiunto se letto «almeno 0»)',
    build: mutate((wb) => {
      const ws = sheet(wb, I);
      put(ws, 'D4', 0);
    }),
    expect: { codes: ['READ_TARGET_ZERO_AMBIGUOUS'], cells: [`${I}!D4`], exit: 0, refused: false },
  },
  {
    id: 'testi-valore-atteso-reclami-senza-verso',
    theme: 'testi',
    title: 'Valore atteso 5 su un indicatore che conta reclami, senza «massimo» (letto «almeno 5»)',
    build: mutate((wb) => {
      const ws = sheet(wb, I);
      put(ws, 'B4', 'Reclami ricevuti');
      put(ws, 'D4', 5);
      put(ws, 'E4', 3);
    }),
    expect: { codes: ['READ_TARGET_PROBLEMS_AT_LEAST'], cells: [`${I}!D4`], exit: 0, refused: false },
  },
  {
    id: 'testi-valore-atteso-zero-reclami',
    theme: 'testi',
    title: 'Valore atteso «0» su un indicatore che conta reclami (letto «massimo 0»)',
    build: mutate((wb) => {
      const ws = sheet(wb, I);
      put(ws, 'B4', 'Reclami ricevuti');
      put(ws, 'D4', '0');
      put(ws, 'E4', 0);
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'testi-titolo-enorme',
    theme: 'testi',
    title: 'Titolo di obiettivo di 32.000 caratteri',
    build: withCell(W, 'B3', huge(32000)),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'testi-peso-enorme',
    theme: 'testi',
    title: 'Peso con un testo di 32.000 caratteri',
    build: withCell(W, 'C4', huge(32000)),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'testi-dipendente-enorme',
    theme: 'testi',
    title: 'Nome assegnato di 30.000 caratteri',
    build: withCell(A, 'B4', huge(30000)),
    expect: { codes: ['ASSIGNEE_UNKNOWN'], cells: [`${A}!B4`], exit: 1, refused: true },
  },
  {
    id: 'testi-area-enorme',
    theme: 'testi',
    title: "Nome dell'area di 20.000 caratteri con un peso sbagliato",
    build: mutate((wb) => {
      const long = `Area ${huge(20000)}`;
      put(sheet(wb, W), 'A1', long);
      put(sheet(wb, W), 'C5', 30);
    }),
    expect: { codes: ['WEIGHTS_SUM'], cells: [`${W}!C5`], exit: 1, refused: true },
  },
];

// ---------------------------------------------------------------------------------------------
// 20,000-row table
// ---------------------------------------------------------------------------------------------

/** 20,000 employees in the staff table, one of them with unreadable hours at row 12.001. */
export const BIG_ROWS = 20000;

const big: Case[] = [
  {
    id: 'grandi-20000-righe',
    theme: 'grandi',
    title: 'Personale di 20.000 righe con ore illeggibili in una riga',
    build: mutate((wb) => {
      const ws = sheet(wb, ST);
      const rows: ExcelJS.CellValue[][] = [];
      for (let i = 1; i <= BIG_ROWS; i += 1)
        rows.push([`Dipendente ${String(i).padStart(5, '0')}`, 'C1', i % 4 === 0 ? 18 : 36, AREA, 90]);
      rows[11996][2] = 'n.d.';
      ws.addRows(rows);
    }),
    expect: { codes: ['HOURS_NOT_NUMBER'], cells: [`${ST}!C12001`], exit: 1, refused: true },
  },
];

// ---------------------------------------------------------------------------------------------
// Sheets with odd names
// ---------------------------------------------------------------------------------------------

function renamed(from: string, to: string, change?: (ws: ExcelJS.Worksheet) => void): () => ExcelJS.Workbook {
  return mutate((wb) => {
    const ws = sheet(wb, from);
    ws.name = to;
    change?.(ws);
  });
}

const sheets: Case[] = [
  {
    id: 'fogli-apostrofo',
    theme: 'fogli',
    title: "Foglio «Pesi dell'anno» con un peso sbagliato",
    build: renamed(W, "Pesi dell'anno", (ws) => put(ws, 'C4', 'x')),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: ["Pesi dell'anno!C4"], exit: 1, refused: true },
  },
  {
    id: 'fogli-accenti-simboli',
    theme: 'fogli',
    title: 'Foglio «Perché è così – 2025 (€)»',
    build: renamed(ST, 'Perché è così – 2025 (€)', (ws) => put(ws, 'C2', 'tanto')),
    expect: {
      codes: ['HOURS_NOT_NUMBER'],
      cells: ['Perché è così – 2025 (€)!C2'],
      exit: 1,
      refused: true,
    },
  },
  {
    id: 'fogli-nome-di-premia',
    theme: 'fogli',
    title: 'Foglio utente chiamato «Premia - Verifica»',
    build: mutate((wb) => {
      const ws = wb.addWorksheet('Premia - Verifica');
      put(ws, 'A1', 'Appunti miei');
    }),
    expect: { codes: ['OUTPUT_NAME_TAKEN'], exit: 0, refused: false, writeRefused: true },
  },
  {
    id: 'fogli-parametri-maiuscolo',
    theme: 'fogli',
    title: 'Foglio dei parametri chiamato «PARAMETRI  premia»',
    build: renamed(PAR, 'PARAMETRI  premia', (ws) => put(ws, `B${PARAM_ROWS.fondo}`, 'tanti')),
    expect: {
      codes: ['PARAMS_NOT_MONEY'],
      cells: [`PARAMETRI  premia!B${PARAM_ROWS.fondo}`],
      exit: 1,
      refused: true,
    },
  },
  {
    id: 'fogli-nome-numerico',
    theme: 'fogli',
    title: 'Foglio chiamato «2025»',
    build: renamed(R, '2025', (ws) => put(ws, 'B2', 90)),
    expect: { codes: ['RELEVANCE_SUM'], cells: ['2025!B2'], exit: 1, refused: true },
  },
  {
    id: 'fogli-nascosto',
    theme: 'fogli',
    title: 'Foglio del personale nascosto con ore sbagliate',
    build: mutate((wb) => {
      const ws = sheet(wb, ST);
      ws.state = 'hidden';
      put(ws, 'C2', 48);
    }),
    expect: { codes: ['HOURS_OVER_FULL_TIME'], cells: [`${ST}!C2`], exit: 1, refused: true },
  },
];

// ---------------------------------------------------------------------------------------------
// Formulas
// ---------------------------------------------------------------------------------------------

const formula = (f: string, result?: ExcelJS.CellFormulaValue['result']) =>
  (result === undefined ? { formula: f } : { formula: f, result }) as ExcelJS.CellFormulaValue;

const formulas: Case[] = [
  {
    id: 'formule-con-risultato',
    theme: 'formule',
    title: 'Pesi e totale calcolati da formule',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'C3', formula('25*2', 50));
      put(ws, 'C6', formula('SUM(C3:C5)', 100));
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'formule-senza-risultato',
    theme: 'formule',
    title: 'Formula mai calcolata (nessun risultato salvato)',
    build: withCell(W, 'C4', formula('10*3')),
    expect: { codes: ['READ_FORMULA_NOT_CALCULATED'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'formule-totale-sbagliato',
    theme: 'formule',
    title: 'Totale da formula che non somma tutte le righe',
    build: withCell(W, 'C6', formula('SUM(C3:C4)', 80)),
    expect: { codes: ['TOTAL_MISMATCH'], cells: [`${W}!C6`], exit: 1, refused: true },
  },
  {
    id: 'formule-risultato-testo',
    theme: 'formule',
    title: 'Formula che restituisce un testo',
    build: withCell(W, 'C4', formula('"trenta"', 'trenta')),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'formule-testo-con-uguale',
    theme: 'formule',
    title: 'Testo che inizia con «=» (non una formula)',
    build: withCell(W, 'B4', '=Sportello di prossimità'),
    expect: { codes: [], exit: 0, refused: false },
  },
];

// ---------------------------------------------------------------------------------------------
// Mixed layouts
// ---------------------------------------------------------------------------------------------

const layouts: Case[] = [
  {
    id: 'layout-tabelle-affiancate',
    theme: 'layout',
    title: 'Pesi e personale affiancati nello stesso foglio',
    build: mutate((wb) => {
      const staff = sheet(wb, ST);
      const ws = sheet(wb, W);
      putRow(ws, 'F2', ['Cognome e nome', 'Categoria', 'Ore settimanali', 'Area']);
      for (let r = 2; r <= 4; r += 1)
        putRow(
          ws,
          `F${r + 1}`,
          [1, 2, 3, 4].map((c) => staff.getCell(r, c).value),
        );
      put(ws, 'H4', 'trentasei');
      without(wb, ST);
    }),
    expect: { codes: ['HOURS_NOT_NUMBER'], cells: [`${W}!H4`], exit: 1, refused: true },
  },
  {
    id: 'layout-intestazione-ripetuta',
    theme: 'layout',
    title: 'Intestazione ripetuta dopo un salto pagina',
    build: mutate((wb) => {
      sheet(wb, W).spliceRows(4, 0, ['N.', 'Obiettivo', 'Peso %']);
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'layout-due-aree',
    theme: 'layout',
    title: 'Due aree una sotto l’altra; la seconda somma 90',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'A8', 'Area Tecnica');
      putRow(ws, 'A9', ['N.', 'Obiettivo', 'Peso %']);
      putRow(ws, 'A10', [1, 'Manutenzione delle strade', 60]);
      putRow(ws, 'A11', [2, 'Illuminazione pubblica a LED', 30]);
      const rel = sheet(wb, R);
      put(rel, 'B2', 50);
      putRow(rel, 'A3', ['Area Tecnica', 50]);
    }),
    expect: { codes: ['WEIGHTS_SUM'], cells: [`${W}!C10`, `${W}!C11`], exit: 1, refused: true },
  },
  {
    id: 'layout-tabella-excel',
    theme: 'layout',
    title: 'Pesi in una tabella di Excel con un peso sbagliato',
    build: mutate((wb) => {
      without(wb, W);
      const ws = wb.addWorksheet(W);
      put(ws, 'A1', AREA);
      ws.addTable({
        name: 'TabellaPesi',
        ref: 'A2',
        headerRow: true,
        columns: [{ name: 'N.' }, { name: 'Obiettivo' }, { name: 'Peso %' }],
        rows: [
          [1, 'Archivio digitale delle pratiche edilizie', 50],
          [2, 'Sportello di prossimità per gli anziani', 'trenta'],
          [3, "Regolamento per l'accesso civico", 20],
        ],
      });
    }),
    expect: { codes: ['WEIGHT_NOT_NUMBER'], cells: [`${W}!C4`], exit: 1, refused: true },
  },
  {
    id: 'layout-tabella-spostata',
    theme: 'layout',
    title: 'Personale che parte da J20, con ore sbagliate',
    build: mutate((wb) => {
      without(wb, ST);
      const ws = wb.addWorksheet(ST);
      put(ws, 'J18', 'Elenco del personale');
      putRow(ws, 'J20', ['Cognome e nome', 'Ore settimanali', 'Area']);
      putRow(ws, 'J21', ['Rossi Maria', 36, AREA]);
      putRow(ws, 'J22', ['Bianchi Luca', '36 ore', AREA]);
      putRow(ws, 'J23', ['Verdi Anna', 18, AREA]);
    }),
    expect: { codes: ['HOURS_NOT_NUMBER'], cells: [`${ST}!K22`], exit: 1, refused: true },
  },
  {
    id: 'layout-nota-nella-tabella',
    theme: 'layout',
    title: 'Riga di nota dentro la tabella dei pesi',
    build: mutate((wb) => {
      sheet(wb, W).spliceRows(5, 0, [null, 'Nota: pesi da confermare in giunta', null]);
    }),
    expect: { codes: ['WEIGHT_MISSING'], cells: [`${W}!C5`], exit: 1, refused: true },
  },
  {
    id: 'layout-assegnazioni-testo-libero',
    theme: 'layout',
    title: 'Risorse umane in testo libero illeggibile',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'D2', 'Risorse umane assegnate');
      put(ws, 'D5', 'tutto l’ufficio, come l’anno scorso');
    }),
    // An error for that objective alone: nobody is paid for it, the rest is distributed.
    expect: { codes: ['READ_ASSIGNEES_UNREADABLE'], cells: [`${W}!D5`], exit: 1, refused: false },
  },
  {
    id: 'layout-assegnazioni-ruolo-in-coda',
    theme: 'layout',
    title: 'Risorse umane con quote e, in coda, il ruolo del responsabile',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'D2', 'Risorse umane assegnate');
      put(
        ws,
        'D4',
        'Rossi Maria (60%) Bianchi Luca (40%) Responsabile Area Amministrativa Dott.ssa Verdi Anna',
      );
    }),
    expect: {
      codes: ['READ_ASSIGNEES_UNREADABLE'],
      cells: [`${W}!D4`],
      exit: 1,
      refused: false,
    },
  },
  {
    id: 'layout-assegnazioni-tutto-il-personale',
    theme: 'layout',
    title: 'Risorse umane: «Tutto il personale» (tutto il personale dell’area, in quote uguali)',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      put(ws, 'D2', 'Risorse umane assegnate');
      put(ws, 'D5', 'Tutto il personale');
    }),
    expect: { codes: [], exit: 0, refused: false },
  },
  {
    id: 'layout-trasversale-titoli-diversi',
    theme: 'layout',
    title: 'Obiettivo trasversale con titoli diversi in due aree',
    build: mutate((wb) => {
      const ws = sheet(wb, W);
      ws.spliceRows(6, 0, ['1T', 'Tempi di pagamento delle fatture', 0]);
      put(ws, 'A9', 'Area Tecnica');
      putRow(ws, 'A10', ['N.', 'Obiettivo', 'Peso %']);
      putRow(ws, 'A11', [1, 'Manutenzione delle strade', 100]);
      putRow(ws, 'A12', ['1T', 'Pagamento fatture entro 30 giorni', 0]);
      const rel = sheet(wb, R);
      put(rel, 'B2', 50);
      putRow(rel, 'A3', ['Area Tecnica', 50]);
    }),
    expect: {
      codes: ['TRANSVERSAL_TITLE_MISMATCH'],
      cells: [`${W}!B6`, `${W}!B12`],
      exit: 1,
      refused: true,
    },
  },
];

export const CASES: Case[] = [
  ...types,
  ...numbers,
  ...percents,
  ...dates,
  ...errors,
  ...merged,
  ...empty,
  ...headers,
  ...texts,
  ...big,
  ...sheets,
  ...formulas,
  ...layouts,
];

/** The base plan itself: the corpus test checks that it is clean, so every case isolates one change. */
export const BASE = base;
export { EURO };
