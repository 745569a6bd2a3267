/**
 * Indicator blocks (the layout of the third reference plan): each objective is a block of
 * small tables stacked down one sheet, under a group heading ("OBIETTIVI GESTIONALI
 * TRASVERSALI", "Servizio 1 – Finanziario - Amministrativo"):
 *   DEFINIZIONE OBIETTIVO | DESCRIZIONE/FASI | ORIZZONTE TEMPORALE | ASSEGNAZIONE OBIETTIVO
 *   "6. <title>" (merged down over its phases) | "1. <phase>" | "2024-2026" | <assignee>
 *   Collegamento con il bilancio / MISSIONE | 01 | ... / PROGRAMMA | 03 | ...
 *   INDICATORI | Valore atteso | Raggiunto        <- no objective column: it belongs to the block
 *   CARATTERISTICHE DELL'OBIETTIVO | Valutazione (Basso / Medio / Alto)
 *   Stato di attuazione degli obiettivi
 * One block has an extra "Azione" column in its indicators table, one header is wrapped
 * ("ORIZZONTE TEMPO-RALE"), two objectives of one service carry the same number, one target
 * is an impossible date. Objectives are numbered across the plan, not per service.
 * Everything is invented.
 */
import ExcelJS from 'exceljs';
import { bold, header, put, row } from './book';

export const SHEET = 'Obiettivi 2024';

interface Block {
  title: string;
  phases: string[];
  horizon: string;
  assignee: string;
  missione: [string, string];
  programma: [string, string];
  /** Indicators: [indicator, target, actual] or, with `action`, [indicator, action, target, actual]. */
  indicators: (string | number | null)[][];
  action?: boolean;
  wrappedHeader?: boolean;
  ratings: [string, string, string];
}

const MISSIONE_1: [string, string] = ['01', 'SERVIZI ISTITUZIONALI, GENERALI E DI GESTIONE'];

const GROUPS: { heading: string; blocks: Block[] }[] = [
  {
    heading: 'OBIETTIVI GESTIONALI TRASVERSALI',
    blocks: [
      {
        title: '1. Protezione dei dati personali: adeguamento al regolamento europeo',
        phases: [
          '1. Aggiornamento del registro dei trattamenti',
          '2. Revisione delle informative',
          '3. Formazione dei designati interni',
        ],
        horizon: '2024/25/26',
        assignee: 'Tutte le Elevate Qualificazioni',
        missione: MISSIONE_1,
        programma: ['02', 'Segreteria generale'],
        indicators: [['1- Rispetto delle fasi temporali', 'SI', null]],
        ratings: ['Basso', 'Medio', 'Basso'],
      },
      {
        title: '2. Risparmio energetico negli uffici comunali',
        phases: [
          '1. Campagna di sensibilizzazione del personale',
          '2. Monitoraggio dei consumi degli edifici',
        ],
        horizon: '2024',
        assignee: 'Tutte le Elevate Qualificazioni',
        missione: MISSIONE_1,
        programma: ['11', 'Altri servizi generali'],
        indicators: [
          ['1- Incontri di sensibilizzazione', 2, null],
          ['2- Riduzione dei consumi rispetto al 2023', '5%', null],
        ],
        ratings: ['Medio', 'Alto', 'Medio'],
      },
    ],
  },
  {
    heading: 'Servizio 1 – Finanziario - Amministrativo',
    blocks: [
      {
        title: '6. Gestione accurata del bilancio e del debito',
        phases: [
          '1. Bozza del bilancio di previsione in tempo utile per approvarlo entro il 31/12',
          '2. Variazioni di bilancio tempestive',
          '3. Verifica della gestione IVA dei servizi',
          '4. Approvazione del rendiconto',
        ],
        horizon: '2024-2026',
        assignee: 'Finanziario - Amministrativo',
        missione: MISSIONE_1,
        programma: ['03', 'Gestione economica, finanziaria, programmazione e provveditorato'],
        indicators: [
          ['1- Approvazione del bilancio', 'Entro il 31.12 anno precedente', null],
          ['2- N. variazioni di bilancio', 3, null],
          ['2- N. mandati emessi', 1200, null],
          ['3- Dichiarazione IVA', 'Entro la scadenza fiscale', null],
          ['4- Approvazione del rendiconto', 'Entro 30.4', null],
        ],
        ratings: ['Medio', 'Alto', 'Alto'],
      },
      {
        title: '7. Anagrafe digitale e carta d’identità elettronica',
        phases: ['1. Subentro completo in ANPR', '2. Agenda online per la carta d’identità'],
        horizon: '2024',
        assignee: 'Finanziario - Amministrativo',
        wrappedHeader: true,
        missione: MISSIONE_1,
        programma: ['07', 'Elezioni e consultazioni popolari - Anagrafe e stato civile'],
        indicators: [
          ['1- Agenda online attiva', 'Entro il 31/06/2024', null],
          ['2- Carte emesse su prenotazione', '90%', null],
        ],
        ratings: ['Basso', 'Medio', 'Alto'],
      },
      {
        title: '7. Riordino del protocollo informatico',
        phases: ['1. Nuovo titolario di classificazione', '2. Fascicolazione dei documenti in arrivo'],
        horizon: '2024-2025',
        assignee: 'Finanziario - Amministrativo',
        missione: MISSIONE_1,
        programma: ['02', 'Segreteria generale'],
        indicators: [['1- Documenti fascicolati', '80%', null]],
        ratings: ['Medio', 'Medio', 'Medio'],
      },
    ],
  },
  {
    heading: 'Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni',
    blocks: [
      {
        title: '18. Lavori pubblici',
        phases: [
          '1. Interventi del programma triennale delle opere pubbliche',
          '2. Interventi sotto i 100.000 euro non inclusi nel programma',
          '3. Rendicontazione dei progetti finanziati',
        ],
        horizon: '2024-2026',
        assignee: 'Lavori Pubblici,',
        action: true,
        missione: MISSIONE_1,
        programma: ['06', 'Ufficio tecnico'],
        indicators: [
          ['1- Opera pubblica in elenco annuale', 'Realizzazione entro 31.12.2024-2025-2026', '100%', null],
          [null, 'Costo', null, null],
          ['3- % completamento delle rendicontazioni', null, 100, null],
        ],
        ratings: ['Alto', 'Alto', 'Alto'],
      },
    ],
  },
];

const RATINGS = [
  "Rischio di non raggiungimento dell'obiettivo, con le risorse a disposizione",
  "Grado di strategicità espresso dall'Amministrazione",
  'Impatto sul Valore Pubblico generato con il raggiungimento',
];

export function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getColumn(1).width = 46;
  ws.getColumn(2).width = 60;
  ws.getColumn(3).width = 18;
  ws.getColumn(4).width = 30;
  put(ws, 'A1', 'PIANO DELLA PERFORMANCE 2024-2026');
  bold(ws, 'A1');
  let r = 3;
  for (const g of GROUPS) {
    put(ws, `A${r}`, g.heading);
    bold(ws, `A${r}`);
    r += 2;
    for (const b of g.blocks) {
      header(ws, r, [
        'DEFINIZIONE OBIETTIVO',
        'DESCRIZIONE/FASI',
        b.wrappedHeader ? 'ORIZZONTE TEMPO-\nRALE' : 'ORIZZONTE TEMPORALE',
        'ASSEGNAZIONE OBIETTIVO',
      ]);
      r++;
      const first = r;
      b.phases.forEach((p, i) => {
        row(ws, r, [i === 0 ? b.title : undefined, p, b.horizon, i === 0 ? b.assignee : null]);
        r++;
      });
      if (b.phases.length > 1) ws.mergeCells(`A${first}:A${r - 1}`);
      r++;
      put(ws, `A${r}`, 'Collegamento con il bilancio');
      r += 2;
      row(ws, r++, ['MISSIONE', ...b.missione]);
      row(ws, r++, ['PROGRAMMA', ...b.programma]);
      r++;
      header(
        ws,
        r++,
        b.action
          ? ['INDICATORI', 'Azione', 'Valore atteso', 'Raggiunto']
          : ['INDICATORI', 'Valore atteso', 'Raggiunto'],
      );
      for (const ind of b.indicators) row(ws, r++, ind);
      r++;
      header(ws, r++, ["CARATTERISTICHE DELL'OBIETTIVO", 'Valutazione']);
      RATINGS.forEach((text, i) => row(ws, r++, [text, b.ratings[i]]));
      r++;
      put(ws, `A${r}`, 'Stato di attuazione degli obiettivi');
      put(ws, `A${r + 1}`, '(campo dedicato alla relazione finale)');
      r += 3;
    }
  }
  return wb;
}
