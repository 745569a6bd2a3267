/**
 * What the flat objective table and the relevance table (flat-objectives.ts) should read as.
 * Issue 15: titles from OGGETTO (with the description beside), targets under RISULTATO in the
 * last block, sub-weights, budgets and penalties read in any text cell of the row (point 4),
 * deadlines that are not dates read as what they say with a warning (point 4), the same number
 * twice in a sector is an error naming both rows (point 4), "Turismo e attività produttive" is
 * "TURISMO ATTIVITA' PRODUTTIVE" (point 5), and the objectives of "TUTTE LE AREE
 * ORGANIZZATIVE" are transversal, not an area without relevance.
 */
import type { RealPlan } from './types';

const S = "'Obiettivi 2021'";
const SHEET = 'Obiettivi 2021';
const columns = { id: 'A', area: 'B', title: 'D', indicator: 'F', target: 'G', deadline: 'H' };

export const expected: Pick<RealPlan, 'tables' | 'findings'> = {
  tables: [
    {
      sheet: SHEET,
      range: 'A6:H10',
      kind: 'objectives',
      columns,
      rows: 4,
      why: 'First page: objective 1 on two indicator rows (ids merged A7:A8), then 2 and 3.',
    },
    {
      sheet: SHEET,
      range: 'A12:H16',
      kind: 'objectives',
      columns,
      rows: 4,
      why: 'Header repeated after the page break (blank row 11).',
    },
    {
      sheet: SHEET,
      range: 'A18:H27',
      kind: 'objectives',
      columns,
      rows: 9,
      why: 'Header repeated, wrapped on two lines in its cells.',
    },
    {
      sheet: SHEET,
      range: 'A29:H32',
      kind: 'objectives',
      columns,
      rows: 3,
      why: 'The last block is headed INDICATORE / RISULTATO: its targets are in G.',
    },
    {
      sheet: 'Rilevanza',
      range: 'A4:C12',
      kind: 'relevance',
      columns: { area: 'A', relevance: 'C' },
      rows: 7,
      why: '"Rilevanza obiettivi" is merged over B:C and the percents are in C.',
    },
  ],
  findings: [
    {
      code: 'SUBWEIGHTS_SUM',
      severity: 'error',
      cell: `${S}!G7`,
      why: '"(Peso 50%)" in G7 and "(Peso 30%)" in G8, in the RISULTATO ATTESO column: 80, not 100.',
    },
    {
      code: 'DEADLINE_SEVERAL_DATES',
      severity: 'warning',
      cell: `${S}!H10`,
      why: '"31/12/2021 31/12/2021": one date per indicator (two sub-weighted results in G10), not an unreadable date.',
    },
    {
      code: 'DATE_INVALID',
      severity: 'error',
      cell: `${S}!H14`,
      why: '"31/06/2021" does not exist.',
    },
    {
      code: 'OBJECTIVE_DUPLICATE_ID',
      severity: 'error',
      cell: `${S}!A20`,
      why: 'Two different objectives numbered 2 in SERVIZI SOCIALI: two objectives, one error naming both.',
    },
    {
      code: 'OBJECTIVE_DUPLICATE_ID',
      severity: 'error',
      cell: `${S}!A21`,
      why: 'The same finding names the second row.',
    },
    {
      code: 'PENALTY_FROM_TEXT',
      severity: 'warning',
      cell: `${S}!G23`,
      why: '"(-10% ogni mese ritardo)" in the target text: read as a late penalty, said at the cell.',
    },
    {
      code: 'DEADLINE_SUSPENDED',
      severity: 'warning',
      cell: `${S}!H24`,
      why: '"Sospeso": a suspended objective, not an unreadable date.',
    },
    {
      code: 'DEADLINE_NOT_A_DATE',
      severity: 'warning',
      cell: `${S}!H25`,
      why: '"Rispetto tempistica prevista dalla normativa": timeliness judged by hand.',
    },
    {
      code: 'BUDGET_FROM_TEXT',
      severity: 'warning',
      cell: `${S}!E26`,
      why: '"budget assegnato pari ad un massimo di Euro 4.500,00" in the description: read as the objective\'s budget.',
    },
    {
      code: 'BUDGET_FROM_TEXT',
      severity: 'warning',
      cell: `${S}!E27`,
      why: '"con budget 5.500,00 al raggiungimento del 100%" in the description.',
    },
    {
      code: 'READ_AREA_NAME_MATCHED',
      severity: 'warning',
      cell: 'Rilevanza!A8',
      why: '"Turismo e attività produttive" read as "TURISMO ATTIVITA\' PRODUTTIVE": a guess, said once.',
    },
    // TURISMO (B22), SEGRETERIA (B26) and POLIZIA LOCALE (B27) have one objective of their own
    // and the three common ones (A30:A32): four without weight, so they are said too.
    ...['B7', 'B14', 'B19', 'B22', 'B23', 'B26', 'B27'].map((cell) => ({
      code: 'WEIGHTS_EQUAL_ASSUMED',
      severity: 'warning' as const,
      cell: `${S}!${cell}`,
      why: "The sector's objectives carry no weight: they weigh the same, and the user is told so (first row of each sector).",
    })),
    // The objectives for "TUTTE LE AREE ORGANIZZATIVE": counted in each area as 1T, 2T, 3T, said.
    ...['A30', 'A31', 'A32'].map((cell) => ({
      code: 'READ_ALL_AREAS_SPREAD',
      severity: 'warning' as const,
      cell: `${S}!${cell}`,
      why: 'Written once for every area: each area gets its own copy, and the user is told.',
    })),
    {
      code: 'PARAM_FUND_MISSING',
      severity: 'warning',
      cell: null,
      why: 'No parameters sheet.',
    },
  ],
};
