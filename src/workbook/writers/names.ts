/**
 * Names of the sheets and Excel tables Premia owns. Sheet names are Italian whatever the
 * display language, so that a workbook passed between colleagues keeps one set of sheets and
 * a re-run finds (and replaces) what an earlier run wrote.
 */

export const OUTPUT_SHEETS = {
  validation: 'Premia - Verifica',
  scores: 'Premia - Punteggi',
  distribution: 'Premia - Distribuzione',
  employees: 'Premia - Dipendenti',
  transparency: 'Premia - Trasparenza',
  log: 'Premia - Registro',
} as const;

export type OutputSheetKind = keyof typeof OUTPUT_SHEETS;

/**
 * Excel table names (letters, digits, underscores; one namespace per workbook). Each is used
 * on exactly one sheet, so writing all the sheets never collides.
 */
export const OUTPUT_TABLES = {
  validation: 'PremiaVerifica',
  objectives: 'PremiaObiettivi',
  areas: 'PremiaAree',
  pools: 'PremiaPool',
  units: 'PremiaUnita',
  byArea: 'PremiaPerArea',
  warnings: 'PremiaAvvisi',
  reasons: 'PremiaMotivi',
  employees: 'PremiaDipendenti',
  employeeDetail: 'PremiaDipendentiDettaglio',
  transparency: 'PremiaTrasparenza',
  log: 'PremiaRegistro',
} as const;

/** Tab colours (RRGGBB), one per sheet, so Premia's sheets stand out from the user's. */
export const TAB_COLORS: Record<OutputSheetKind, string> = {
  validation: 'C0504D',
  scores: '4F81BD',
  distribution: '9BBB59',
  employees: '8064A2',
  transparency: '4BACC6',
  log: '7F7F7F',
};

const OWNED = new Set<string>(Object.values(OUTPUT_SHEETS).map((n) => n.toLowerCase()));

/** True for a sheet Premia writes (Excel compares sheet names without case). */
export function isOutputSheet(name: string): boolean {
  return OWNED.has(name.trim().toLowerCase());
}
