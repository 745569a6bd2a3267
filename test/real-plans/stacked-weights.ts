/**
 * Stacked weight tables with staff lists and assignment text (the layout of the second
 * reference plan). Three sheets:
 * - "Pesatura 2023": first the list of transversal objectives with their nominal weights
 *   (N. / DENOMINAZIONE / PESO, adding up to 30), then one block per area, stacked down the
 *   sheet: a title row (area in B, "Responsabile: ..." in C), a header NR. / Obiettivo /
 *   Peso %, the area's objectives, the transversal 1T-4T again with the area's own weights,
 *   and a TOTALE row. The blocks differ as printed plans do: a blank row inside a block, one
 *   block adding up to 103 under a TOTALE of 100, one block in fractions with a % format, one
 *   with numbers typed as text, one with the same number twice.
 * - "Personale": per area, title rows ("AREA ...", "Responsabile: ...", "Personale
 *   assegnato:") with blank rows between them and the header (Categoria Giuridica / Cognome e
 *   Nome / Ore settimanali / Profilo); the police area has two lists (its own and civil
 *   protection), one person in both; the finance area is named "AREA ECONOMICO FINANZIARIA".
 * - "Schede obiettivi": per objective, label | value rows ("OBIETTIVO N. 3" | "DENOMINAZIONE:
 *   ...", "RISORSE UMANE ASSEGNATE:" | text) with the assignment text in the forms the plan
 *   uses: "Nome (60%), Nome (40%)", "85% Cognome Nome - 15% Cognome Nome", relative shares
 *   "Nome COGNOME 100% Nome COGNOME 50%", a trailing role, "Tutto il personale Area P.L.",
 *   surnames alone, and a near-miss first name.
 * Everything is invented.
 */
import ExcelJS from 'exceljs';
import { bold, header, PCT, put, row } from './book';

export const WEIGHTS = 'Pesatura 2023';
export const STAFF = 'Personale';
export const CARDS = 'Schede obiettivi';

/** The transversal objectives, with dash and full-stop variants as the plan prints them. */
const TRANSVERSAL = [
  ['1T', 'Aggiornamento costante della sezione "Amministrazione Trasparente" del sito'],
  ['2T', 'Attuazione delle misure del piano anticorruzione 2023 – 2025'],
  ['3T', 'Digitalizzazione di procedimenti e servizi'],
  ['4T', 'Piano della formazione del personale 2023'],
] as const;
const NOMINAL = [8, 6, 9, 7];

type W = number | string;
interface Area {
  title: string;
  head: string;
  headerWeight: string;
  /** Area objectives: id, title, weight, assignment text. */
  objectives: [string | number, string, W, string][];
  transversal: W[];
  total: W;
  /** A blank row between the area's objectives and 1T-4T. */
  blankBeforeTransversal?: boolean;
  /** Weights as fractions with a % format. */
  percentFormat?: boolean;
  /** Variant of the transversal titles in this block (en dash -> hyphen, a trailing full stop). */
  variant?: boolean;
  /** The area name above its staff list and cards, when the plan names it differently. */
  staffTitle?: string;
}

const AREAS: Area[] = [
  {
    title: 'AREA AFFARI GENERALI',
    head: 'Giulia Ferretti',
    headerWeight: 'Peso%',
    objectives: [
      [
        1,
        'Rinnovo delle concessioni cimiteriali scadute nel biennio 2021-2022',
        20,
        'Silvia Moretti (60%), Roberta Pellegrini (40%)',
      ],
      [2, 'Digitalizzazione dei fascicoli elettorali', 15, 'Roberta Pellegrini (40%), Silvia Moretti (60%).'],
      [3, "Riordino dell'archivio e scarto del materiale", 10, 'Marta Galli (50%); Ortensia Valli (50%).'],
      [4, 'Supporto al servizio fiere e mercati', 10, 'Marta Galli.'],
      [5, 'Sportello per la comunità energetica', 5, 'Davide Caruso'],
    ],
    transversal: [10, 10, 10, 10],
    total: 100,
  },
  {
    title: 'AREA FINANZIARIA',
    head: 'Rinaldi Paolo',
    headerWeight: 'Peso %',
    objectives: [
      [1, 'Accertamenti IMU anni pregressi', 8, 'Rinaldi Paolo 10% - Marino Federica 90%'],
      [2, 'Sportello IMU per i contribuenti non residenti', 8, '85% Marino Federica - 15% De Luca Simone'],
      [3, 'Imposta di soggiorno: sportello per le strutture ricettive', 7, '100% De Luca Simone'],
      [4, 'Sportello TARI per le utenze domestiche', 7, 'Paolo Rinaldi 5% - Simone De Luca 95%'],
      [
        5,
        'Riscossione coattiva delle entrate patrimoniali',
        6,
        '33% Marino Federica - 33% De Luca Simone - 33% Rinaldi Paolo',
      ],
      [6, 'Rendicontazione dei sospesi di entrata', 6, '100% Marino Federica'],
      [7, 'Riduzione dei tempi di pagamento', 5, '100% Marino Federica'],
      [8, 'Fascicoli del personale in formato digitale', 5, '50% Paolo Rinaldi - 50% Simone De Luca'],
    ],
    transversal: [14, 12, 12, 13],
    total: 100,
    blankBeforeTransversal: true,
    variant: true,
    staffTitle: 'AREA ECONOMICO FINANZIARIA',
  },
  {
    title: 'AREA SERVIZI ALLA PERSONA',
    head: 'Elena Sartori',
    headerWeight: 'Peso %',
    objectives: [
      [
        1,
        'Progetto "Accoglienza" sul tema dell\'affido',
        0.15,
        'Dott.ssa Chiara Bellini (80%), Dott.ssa Laura Rinaldi (20%) Responsabile Area Servizi alla Persona Dott.ssa Elena Sartori',
      ],
      [
        2,
        'Segretariato sociale itinerante per anziani',
        0.15,
        'Dott.ssa Chiara Bellini (80%), Dott.ssa Laura Rinaldi (20%) Responsabile Area Servizi alla Persona Dott.ssa Elena Sartori',
      ],
      [3, "Digitalizzazione dell'archivio dei servizi sociali", 0.1, 'Teresa Fontana'],
      [4, 'Rassegna cinematografica estiva', 0.1, 'Teresa Fontana (50%), Dott.ssa Chiara Bellini (50%)'],
      [4, 'Guida rapida ai servizi sociali', 0.1, 'Dott.ssa Laura Rinaldi (100%)'],
      [
        5,
        'Servizio Piedibus per le scuole primarie',
        0.1,
        'Dott.ssa Chiara Bellini (30%), Dott.ssa Laura Rinaldi (30%), Teresa Fontana (40%)',
      ],
    ],
    transversal: [0.08, 0.08, 0.07, 0.07],
    total: 1,
    percentFormat: true,
  },
  {
    title: 'AREA POLIZIA LOCALE',
    head: 'Luca Ferrari',
    headerWeight: 'Peso%',
    objectives: [
      [
        1,
        'Efficienza del sistema di videosorveglianza e bandi di finanziamento',
        '25',
        'Luca FERRARI 100% Paolo BRAMBILLA 100% Andrea COLOMBO 50%',
      ],
      [2, 'Potenziamento del servizio di prossimità', '25', 'Tutto il personale Area P.L.'],
      [3, 'Supporto al servizio di protezione civile', '10', 'Ferrari - Colombo'],
    ],
    transversal: ['10', '10', '10', '10'],
    total: '100',
  },
];

function transversalTitle(i: number, variant: boolean): string {
  const t = TRANSVERSAL[i][1];
  return variant ? `${t.replace(' – ', ' - ')}.` : t;
}

function weights(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(WEIGHTS);
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 80;
  ws.getColumn(3).width = 14;
  put(ws, 'A1', 'OBIETTIVI TRASVERSALI A TUTTE LE AREE');
  ws.mergeCells('A1:C1');
  bold(ws, 'A1');
  put(
    ws,
    'A2',
    "Oltre agli obiettivi di ogni area, l'Amministrazione assegna i seguenti obiettivi trasversali:",
  );
  ws.mergeCells('A2:C2');
  header(ws, 3, ['N.', 'DENOMINAZIONE', 'PESO']);
  TRANSVERSAL.forEach(([id, title], i) => row(ws, 4 + i, [id, title, NOMINAL[i]]));
  put(ws, 'A10', 'PESATURA OBIETTIVI ANNO 2023');
  bold(ws, 'A10');
  let r = 12;
  for (const a of AREAS) {
    row(ws, r, [null, a.title, `Responsabile: ${a.head}`]);
    bold(ws, `B${r}`);
    r++;
    header(ws, r, ['NR.', 'Obiettivo', a.headerWeight]);
    r++;
    const weightCell = (w: W) => {
      put(ws, `C${r}`, w, a.percentFormat ? PCT : undefined);
    };
    for (const [id, title, w] of a.objectives) {
      row(ws, r, [id, title]);
      weightCell(w);
      r++;
    }
    if (a.blankBeforeTransversal) r++;
    a.transversal.forEach((w, i) => {
      row(ws, r, [TRANSVERSAL[i][0], transversalTitle(i, a.variant === true)]);
      weightCell(w);
      r++;
    });
    row(ws, r, [null, 'TOTALE']);
    weightCell(a.total);
    bold(ws, `B${r}`);
    bold(ws, `C${r}`);
    r += 2;
    if (a.blankBeforeTransversal) r++; // a page break
  }
}

/** Staff lists: [categoria, NOME COGNOME, ore, profilo]. */
type Person = [string, string, number, string];
const STAFF_LISTS: { area: string; head: string; inline?: boolean; lists: [string, Person[]][] }[] = [
  {
    area: 'AREA AFFARI GENERALI',
    head: 'Responsabile: D.ssa Ferretti Giulia',
    lists: [
      [
        'Personale assegnato:',
        [
          ['C5', 'MARTA GALLI', 34, 'Istruttore amministrativo – Segreteria'],
          ['C4', 'SILVIA MORETTI', 36, 'Istruttore amministrativo – Servizi demografici'],
          ['C1', 'ROBERTA PELLEGRINI', 36, 'Istruttore amministrativo – Servizi demografici'],
          ['B4', 'DAVIDE CARUSO', 36, 'Collaboratore amministrativo – Messo'],
          ['B1', 'ORTENZIA VALLI', 30, 'Collaboratore amministrativo – Protocollo'],
        ],
      ],
    ],
  },
  {
    area: 'AREA SERVIZI ALLA PERSONA',
    head: 'Responsabile: Dott.ssa Sartori Elena',
    lists: [
      [
        'Personale assegnato:',
        [
          ['D1', 'CHIARA BELLINI', 36, 'Assistente sociale'],
          ['D1', 'LAURA RINALDI', 18, 'Assistente sociale'],
          ['C1', 'TERESA FONTANA', 36, 'Istruttore amministrativo – Biblioteca'],
        ],
      ],
    ],
  },
  {
    area: 'AREA POLIZIA LOCALE',
    head: 'Responsabile: Commissario Capo Dott. Ferrari Luca',
    inline: true,
    lists: [
      [
        'Personale assegnato area PL:',
        [
          ['D1', 'LUCA FERRARI', 36, 'Commissario'],
          ['C3', 'PAOLO BRAMBILLA', 36, 'Agente di polizia locale'],
          ['C1', 'ANDREA COLOMBO', 36, 'Agente di polizia locale'],
        ],
      ],
      [
        'Personale assegnato area Protezione Civile:',
        [
          ['C1', 'ANDREA COLOMBO', 36, 'Agente di polizia locale'],
          ['C2', 'MATTEO GRECO', 18, 'Istruttore tecnico'],
        ],
      ],
    ],
  },
  {
    area: 'AREA ECONOMICO FINANZIARIA',
    head: 'Responsabile: Rinaldi Paolo',
    lists: [
      [
        'Personale assegnato:',
        [
          ['D3', 'PAOLO RINALDI', 36, 'Funzionario contabile'],
          ['C5', 'FEDERICA MARINO', 36, 'Istruttore contabile'],
          ['C2', 'SIMONE DE LUCA', 30, 'Istruttore amministrativo – Tributi'],
        ],
      ],
    ],
  },
];

function staff(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(STAFF);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 28;
  ws.getColumn(4).width = 44;
  let r = 1;
  for (const s of STAFF_LISTS) {
    put(ws, `A${r}`, s.area);
    bold(ws, `A${r}`);
    if (s.inline) {
      // "AREA POLIZIA LOCALE | Responsabile: ... | Personale assegnato area PL:" on one row.
      put(ws, `B${r}`, s.head);
      r++;
    } else {
      put(ws, `A${r + 1}`, s.head);
      r += 3; // a blank row before "Personale assegnato:"
    }
    s.lists.forEach(([label, people], i) => {
      if (i > 0) r++; // a blank row between the two lists
      put(ws, `A${r}`, label);
      bold(ws, `A${r}`);
      r += s.inline ? 1 : 2; // the plan leaves a blank row under the label, except in one area
      header(ws, r, ['Categoria Giuridica', 'Cognome e Nome', 'Ore settimanali', 'Profilo']);
      r++;
      for (const p of people) row(ws, r++, p);
    });
    r++;
    put(ws, `A${r}`, 'Risorse strumentali assegnate:');
    put(ws, `A${r + 1}`, 'Tutte le risorse strumentali assegnate in inventario.');
    r += 4;
  }
}

function cards(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(CARDS);
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 90;
  let r = 1;
  put(ws, `A${r}`, 'OBIETTIVI TRASVERSALI');
  bold(ws, `A${r}`);
  r += 2;
  TRANSVERSAL.forEach(([id, title]) => {
    row(ws, r, [`OBIETTIVO N. ${id}`, `DENOMINAZIONE: ${title}`]);
    row(ws, r + 1, ['RESPONSABILE', 'Tutti i Responsabili di Area + Segretario Generale']);
    row(ws, r + 2, ['RISORSE UMANE ASSEGNATE:', 'Tutti i dipendenti + Segretario Generale']);
    r += 4;
  });
  for (const a of AREAS) {
    r++;
    put(ws, `A${r}`, a.staffTitle ?? a.title);
    bold(ws, `A${r}`);
    r += 2;
    for (const [id, title, , assignees] of a.objectives) {
      row(ws, r, [`OBIETTIVO N. ${id}`, `DENOMINAZIONE: ${title}`]);
      row(ws, r + 1, ['INDICATORI DI RISULTATO:', 'Attività svolte entro il 31/12/2023']);
      row(ws, r + 2, ['RISORSE UMANE ASSEGNATE:', assignees]);
      bold(ws, `A${r}`);
      r += 4;
    }
  }
}

export function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  weights(wb);
  staff(wb);
  cards(wb);
  return wb;
}
