/**
 * Objective cards (the layout of the first reference plan): no table at all, but rows of
 * label | value, one card per objective, under group headings "OBIETTIVI AREA ...". The first
 * group holds the transversal objectives; a transversal card also sits inside an area's group.
 * Labels are written as the plan prints them ("OBIETTIVO DI PERFORMANCE: <title>" in one
 * cell, or the label in A and the title in B, or the title on the row below the label);
 * deadlines are mostly text ("Tutto l'anno 2025", "In continuo"), and one is an impossible
 * date. Everything is invented.
 */
import ExcelJS from 'exceljs';
import { bold, put } from './book';

export const SHEET = 'Obiettivi 2025';

interface Card {
  /** How the title is written: in the label cell, beside it, or on the row below. */
  title: { text: string; form: 'inline' | 'beside' | 'below'; transversal?: boolean };
  responsabile: string;
  stakeholder: string;
  contributors: string;
  tempi: string;
  misurazione: string;
  base: string;
  traguardo: string;
  fonte: string;
}

interface Group {
  heading: string;
  cards: Card[];
}

const GROUPS: Group[] = [
  {
    heading: 'OBIETTIVI DI PERFORMANCE TRASVERSALI',
    cards: [
      {
        title: { text: 'riduzione dei tempi di pagamento delle fatture', form: 'inline', transversal: true },
        responsabile: "Responsabile dell'area contabile e tutti i titolari di E.Q.",
        stakeholder: "Fornitori dell'ente",
        contributors: 'Ufficio ragioneria e tutti gli uffici',
        tempi: "Tutto l'anno 2025",
        misurazione: 'Indicatore annuale di tempestività dei pagamenti',
        base: 'Tempo medio di 34 giorni nel 2024',
        traguardo: 'Tempo medio di pagamento entro 30 giorni',
        fonte: 'Piattaforma dei crediti commerciali',
      },
      {
        title: {
          text: 'Notifiche digitali degli atti tramite la piattaforma nazionale',
          form: 'inline',
          transversal: true,
        },
        responsabile: 'Responsabile della transizione digitale e titolari di E.Q.',
        stakeholder: 'Cittadini e imprese',
        contributors: 'Tutti gli uffici',
        tempi: 'Entro 30.06.2025 per le sanzioni; entro il 31.12.2025 per gli altri atti',
        misurazione: 'Atti notificati in via digitale sul totale',
        base: 'Notifiche cartacee tramite messo comunale',
        traguardo: 'Almeno il 70% degli atti notificati in via digitale',
        fonte: 'Cruscotto della piattaforma',
      },
    ],
  },
  {
    heading: 'OBIETTIVI AREA AMMINISTRATIVA',
    cards: [
      {
        title: { text: "Riordino dell'archivio di deposito", form: 'inline' },
        responsabile: "Responsabile dell'area amministrativa",
        stakeholder: 'Uffici comunali',
        contributors: 'Ufficio protocollo e ufficio segreteria',
        tempi: 'Entro il 31/10/2025',
        misurazione: 'Metri lineari di faldoni riordinati',
        base: 'Archivio di deposito non inventariato dal 2015',
        traguardo: 'Inventario completo e scarto approvato',
        fonte: "Atti d'ufficio",
      },
      {
        title: { text: 'Messa in linea del nuovo portale istituzionale', form: 'inline', transversal: true },
        responsabile: "Responsabile dell'area amministrativa",
        stakeholder: 'Cittadinanza',
        contributors: 'Ufficio segreteria',
        tempi: 'Entro il 31.03.2025',
        misurazione: 'Asseverazione del portale',
        base: 'Linee guida nazionali sui siti dei comuni',
        traguardo: 'Portale conforme e asseverato',
        fonte: 'Portale istituzionale',
      },
      {
        title: { text: "Rassegna teatrale d'autunno", form: 'inline' },
        responsabile: "Responsabile dell'area amministrativa",
        stakeholder: 'Cittadini e scuole',
        contributors: 'Biblioteca e ufficio cultura',
        tempi: 'Entro il 31/06/2025',
        misurazione: 'Spettacoli realizzati e presenze',
        base: 'Quattro spettacoli nel 2024',
        traguardo: 'Sei spettacoli con almeno 900 presenze',
        fonte: 'Registro delle presenze',
      },
    ],
  },
  {
    heading: 'OBIETTIVI AREA CONTABILE - TRIBUTARIA',
    cards: [
      {
        title: { text: "Recupero dell'evasione sull'imposta di soggiorno", form: 'beside' },
        responsabile: 'Responsabile area contabile - tributaria',
        stakeholder: 'Amministrazione comunale',
        contributors: 'Ufficio tributi',
        tempi: 'In continuo',
        misurazione: 'Almeno 60 avvisi di accertamento emessi',
        base: 'Banca dati delle strutture ricettive',
        traguardo: "Equità dell'imposta e maggiori entrate",
        fonte: 'Gestionale dei tributi',
      },
      {
        title: { text: 'Gestione degli stipendi internalizzata', form: 'beside' },
        responsabile: 'Responsabile area contabile - tributaria',
        stakeholder: 'Dipendenti comunali',
        contributors: 'Ufficio personale',
        tempi: 'Entro il 31/12/2025',
        misurazione: 'Cedolini elaborati nei termini',
        base: 'Servizio paghe affidato a terzi fino al 2024',
        traguardo: 'Tutti i cedolini elaborati internamente',
        fonte: "Atti d'ufficio",
      },
    ],
  },
  {
    heading: 'OBIETTIVI AREA VIGILANZA',
    cards: [
      {
        title: { text: 'Controlli serali nel centro storico', form: 'below' },
        responsabile: 'Comandante della polizia locale',
        stakeholder: 'Residenti ed esercenti',
        contributors: 'Agenti di polizia locale',
        tempi: 'Da giugno a settembre 2025',
        misurazione: 'Servizi serali svolti',
        base: 'Dieci servizi serali nel 2024',
        traguardo: 'Almeno venti servizi serali',
        fonte: 'Ordini di servizio',
      },
      {
        title: { text: 'Presidio delle manifestazioni estive', form: 'inline' },
        responsabile: 'Comandante della polizia locale',
        stakeholder: 'Cittadini e turisti',
        contributors: 'Agenti di polizia locale e protezione civile',
        tempi: 'Collegati al calendario delle manifestazioni',
        misurazione: 'Manifestazioni presidiate',
        base: 'Calendario degli eventi approvato dalla Giunta',
        traguardo: 'Tutte le manifestazioni presidiate',
        fonte: 'Relazioni di servizio',
      },
    ],
  },
];

const LABELS: [keyof Omit<Card, 'title'>, string][] = [
  ['responsabile', 'Responsabile:'],
  ['stakeholder', "A chi è rivolto l'obiettivo (stakeholder):"],
  ['contributors', "Chi contribuisce a raggiungere l'obiettivo:"],
  ['tempi', "Tempi di raggiungimento dell'obiettivo:"],
  ['misurazione', "Misurazione di raggiungimento dell'obiettivo:"],
  ['base', "Base di partenza per il raggiungimento dell'obiettivo:"],
  ['traguardo', 'Traguardo atteso:'],
  ['fonte', 'Verificabilità dei dati (fonte):'],
];

export function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 90;
  put(ws, 'A1', "PIANO INTEGRATO DI ATTIVITA' E ORGANIZZAZIONE 2025 - 2027");
  put(ws, 'A2', 'Sottosezione 2.2 - Performance');
  bold(ws, 'A1');
  let r = 4;
  for (const g of GROUPS) {
    put(ws, `A${r}`, g.heading);
    ws.mergeCells(`A${r}:B${r}`);
    bold(ws, `A${r}`);
    r += 2;
    for (const c of g.cards) {
      const label = c.title.transversal
        ? 'OBIETTIVO DI PERFORMANCE TRASVERSALE:'
        : 'OBIETTIVO DI PERFORMANCE:';
      if (c.title.form === 'inline') {
        put(ws, `A${r}`, `${label} ${c.title.text}`);
        ws.mergeCells(`A${r}:B${r}`);
      } else if (c.title.form === 'beside') {
        put(ws, `A${r}`, label);
        put(ws, `B${r}`, c.title.text);
      } else {
        put(ws, `A${r}`, label);
        r++;
        put(ws, `B${r}`, c.title.text);
      }
      bold(ws, `A${r}`);
      r++;
      for (const [key, text] of LABELS) {
        put(ws, `A${r}`, text);
        bold(ws, `A${r}`);
        put(ws, `B${r}`, c[key]);
        ws.getCell(`B${r}`).alignment = { wrapText: true };
        r++;
      }
      r++; // a blank row between cards
    }
    r++; // and one more before the next group
  }
  return wb;
}
