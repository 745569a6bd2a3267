/**
 * A generated project plan as a comune publishes it at the start of the year (invented titles
 * and names): 24 projects by coefficient in two pools, one per-presence project with its own
 * budget, an "Importo stanziato" column computed by the officer (each quotient rounded half up
 * on its own), staff and assignments, and no achievement at all. Shared by the workbook and CLI
 * tests of the allocation phase.
 */
import ExcelJS from 'exceljs';

export const POINTS: Record<string, number> = {
  Strategico: 40,
  Innovativo: 25,
  Miglioramento: 20,
  Mantenimento: 10,
  'Una tantum': 5,
};
const CATEGORIES = Object.keys(POINTS);

/** Headcount band as the plan's table: 1 -> 0.5, 2-3 -> 1, 4-5 -> 1.5, 6-7 -> 2, 8-9 -> 2.5, >= 10 -> 3. */
export function band(headcount: number): number {
  if (headcount >= 10) return 3;
  if (headcount >= 8) return 2.5;
  if (headcount >= 6) return 2;
  if (headcount >= 4) return 1.5;
  if (headcount >= 2) return 1;
  return 0.5;
}

export interface PlannedProject {
  id: string;
  pool: 'general' | 'sector';
  tipologia: string;
  title: string;
  category: string;
  headcount: number;
  /** The officer's amount in cents: the exact quotient rounded half up on its own. */
  declared: number;
  /** Row on the Progetti sheet. */
  row: number;
}

export const FUND = 10_000_000; // 100.000,00 €
export const RESERVE = 200_000; // 2.000,00 €
export const PRESENCE_BUDGET = 350_000; // 3.500,00 €
export const GENERAL_POOL = 3_999_999; // 39.999,99 €: an amount whose quotients all have cents
/** The sector pool takes the rest: fund - reserve - per-presence budget - general pool. */
export const SECTOR_POOL = FUND - RESERVE - PRESENCE_BUDGET - GENERAL_POOL;

const TOPICS = [
  'Archivio digitale delle pratiche edilizie',
  'Sportello unico per le associazioni',
  'Mappatura dei percorsi ciclabili',
  'Riordino dei contratti di locazione',
  'Anagrafe dei passi carrai',
  'Catasto delle alberature stradali',
  'Recupero dei crediti tributari minori',
  'Piano delle manutenzioni scolastiche',
  'Biblioteca aperta la domenica',
  'Censimento delle fontane pubbliche',
  'Protocollo informatico unico',
  'Prenotazione online dei servizi cimiteriali',
];

/** Headcounts cycling through every band, some more than once. */
const HEADCOUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 3];

export function plannedProjects(): PlannedProject[] {
  const list: PlannedProject[] = [];
  for (let i = 0; i < 24; i++) {
    const general = i < 12;
    list.push({
      id: `P${i + 1}`,
      pool: general ? 'general' : 'sector',
      tipologia: general ? 'GENERALE' : `SETTORE ${(i % 4) + 1}`,
      title: `${TOPICS[i % 12]}${general ? '' : ' (settore)'}`,
      category: CATEGORIES[(i * 3) % 5],
      headcount: HEADCOUNTS[(i * 5) % 12],
      declared: 0,
      row: 5 + i,
    });
  }
  for (const pool of ['general', 'sector'] as const) {
    const members = list.filter((p) => p.pool === pool);
    const amount = pool === 'general' ? GENERAL_POOL : SECTOR_POOL;
    // Coefficients x 2 are integers (bands are halves): exact integer arithmetic.
    const twice = members.map((p) => POINTS[p.category] * band(p.headcount) * 2);
    const sum = twice.reduce((a, b) => a + b, 0);
    members.forEach((p, k) => (p.declared = Math.floor((2 * amount * twice[k] + sum) / (2 * sum))));
  }
  return list;
}

/** The exact quotient of a project, as numerator / denominator in cents. */
export function exactShare(p: PlannedProject, all: readonly PlannedProject[]): { num: number; den: number } {
  const members = all.filter((q) => q.pool === p.pool);
  const twice = (q: PlannedProject) => POINTS[q.category] * band(q.headcount) * 2;
  const den = members.reduce((s, q) => s + twice(q), 0);
  return { num: (p.pool === 'general' ? GENERAL_POOL : SECTOR_POOL) * twice(p), den };
}

const euro = (cents: number) => cents / 100;
const EURO = '#,##0.00 "€"';

/**
 * The workbook; `achievements` (percent by project id) adds a "Grado di raggiungimento" column,
 * as at the end of the year, blank for the projects not listed; `wrongDeclared` names a project
 * whose declared amount is 10,00 € off.
 */
export function projectPlanWorkbook(
  achievements?: Record<string, number>,
  options: { wrongDeclared?: string } = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const projects = plannedProjects();
  // The officer's slip on one project: 10,00 € more than its share.
  for (const p of projects) if (p.id === options.wrongDeclared) p.declared += 1000;

  const pr = wb.addWorksheet('Progetti');
  pr.getCell('A1').value = 'PROGETTI DI PRODUTTIVITÀ - RIPARTIZIONE PREVENTIVA';
  pr.getRow(4).values = [
    'Progressivo',
    'Tipologia progetto',
    'Titolo del progetto',
    'Macro categoria',
    'N. dip.',
    'Coeff.',
    'Totale coeff.',
    'Importo stanziato',
    ...(achievements ? ['Grado di raggiungimento'] : []),
  ];
  for (const p of projects) {
    const coefficient = band(p.headcount);
    pr.getRow(p.row).values = [
      p.id,
      p.tipologia,
      p.title,
      p.category,
      p.headcount,
      coefficient,
      POINTS[p.category] * coefficient,
      euro(p.declared),
      ...(achievements ? [achievements[p.id] ?? null] : []),
    ];
    pr.getCell(`H${p.row}`).numFmt = EURO;
  }
  // Paid per presence within its own budget: no category, no coefficient.
  const presence = 5 + projects.length;
  pr.getRow(presence).values = [
    'P25',
    'GENERALE',
    'Presenze serali alle sagre',
    null,
    2,
    null,
    null,
    euro(PRESENCE_BUDGET),
    ...(achievements ? [achievements.P25 ?? null] : []),
  ];
  pr.getCell(`H${presence}`).numFmt = EURO;

  const names: string[] = [];
  for (let n = 1; n <= 14; n++) names.push(`Dipendente ${String(n).padStart(2, '0')}`);
  const st = wb.addWorksheet('Personale');
  st.getRow(1).values = ['Cognome e nome', 'Area', 'Ore settimanali'];
  names.forEach((name, i) => (st.getRow(2 + i).values = [name, 'Area unica', 36]));

  const as = wb.addWorksheet('Assegnazioni');
  as.getRow(1).values = ['Obiettivo (id)', 'Dipendente', 'Quota %'];
  let r = 2;
  const assign = (id: string, count: number, from: number) => {
    for (let k = 0; k < count; k++) as.getRow(r++).values = [id, names[(from + k) % names.length]];
  };
  projects.forEach((p, i) => assign(p.id, p.headcount, i));
  assign('P25', 2, 0);

  const pa = wb.addWorksheet('Parametri Premia');
  pa.getRow(4).values = ['Parametro', 'Valore', 'Note'];
  const rows: [string, number | string][] = [
    ['Comune', 'Comune di Montesereno'],
    ['Anno', 2026],
    ['Fondo', euro(FUND)],
    ['Riserva', euro(RESERVE)],
  ];
  rows.forEach((row, i) => (pa.getRow(5 + i).values = row));
  pa.getCell('A11').value = 'Fondi / pool';
  pa.getRow(12).values = ['Nome', 'Tipologie', 'Importo', 'Percentuale', 'Metodo'];
  pa.getRow(13).values = ['Progetti generali', 'GENERALE', euro(GENERAL_POOL), null, 'coefficiente'];
  pa.getRow(14).values = ['Progetti di settore', 'SETTORE', null, null, 'coefficiente'];
  return wb;
}
