/**
 * What the stacked weight tables, staff lists and assignment cards (stacked-weights.ts) should
 * read as. Issue 15: the transversal list with nominal weights is not an area's weights (point
 * 2); a staff list takes its area from the title rows above it, across blank and label rows
 * (point 2); "AREA ECONOMICO FINANZIARIA" is "AREA FINANZIARIA" (point 5); assignment text in
 * the plan's forms is read (point 5); the same person in two lists of one area is a finding that
 * says what happens to the hours (point 5).
 */
import type { RealPlan } from './types';

const W = "'Pesatura 2023'";
const C = "'Schede obiettivi'";
const weightColumns = { id: 'A', title: 'B', weight: 'C' };
const staffColumns = { grade: 'A', employee: 'B', hours: 'C', profile: 'D' };

export const expected: Pick<RealPlan, 'tables' | 'findings'> = {
  tables: [
    {
      sheet: 'Pesatura 2023',
      range: 'A3:C7',
      kind: 'transversal',
      columns: weightColumns,
      rows: 4,
      why: 'N. / DENOMINAZIONE / PESO under "OBIETTIVI TRASVERSALI A TUTTE LE AREE": nominal weights (30 in all), not an area.',
    },
    {
      sheet: 'Pesatura 2023',
      range: 'A13:C23',
      kind: 'weights',
      columns: weightColumns,
      rows: 9,
      area: 'Area Affari Generali',
      why: 'Area in B12, head in C12, 5 objectives + 1T-4T, TOTALE.',
    },
    {
      sheet: 'Pesatura 2023',
      range: 'A26:C40',
      kind: 'weights',
      columns: weightColumns,
      rows: 12,
      area: 'Area Finanziaria',
      why: 'A blank row (35) between the objectives and 1T-4T; adds up to 103 under TOTALE 100.',
    },
    {
      sheet: 'Pesatura 2023',
      range: 'A44:C55',
      kind: 'weights',
      columns: weightColumns,
      rows: 10,
      area: 'Area Servizi alla Persona',
      why: 'Weights as fractions with a % format; number 4 twice.',
    },
    {
      sheet: 'Pesatura 2023',
      range: 'A58:C66',
      kind: 'weights',
      columns: weightColumns,
      rows: 7,
      area: 'Area Polizia Locale',
      why: 'Weights and total typed as text.',
    },
    {
      sheet: 'Personale',
      range: 'A6:D11',
      kind: 'staff',
      columns: staffColumns,
      rows: 5,
      area: 'Area Affari Generali',
      why: 'Area in A1, three rows (head, blank, "Personale assegnato:") and a blank row above the header.',
    },
    {
      sheet: 'Personale',
      range: 'A22:D25',
      kind: 'staff',
      columns: staffColumns,
      rows: 3,
      area: 'Area Servizi alla Persona',
      why: 'Area in A17, as above.',
    },
    {
      sheet: 'Personale',
      range: 'A33:D36',
      kind: 'staff',
      columns: staffColumns,
      rows: 3,
      area: 'Area Polizia Locale',
      why: 'Area and head on one row (A31, B31), "Personale assegnato area PL:" right above the header.',
    },
    {
      sheet: 'Personale',
      range: 'A39:D41',
      kind: 'staff',
      columns: staffColumns,
      rows: 2,
      area: 'Area Polizia Locale',
      why: 'The second list of the area ("Personale assegnato area Protezione Civile:"): still the area in A31.',
    },
    {
      sheet: 'Personale',
      range: 'A52:D55',
      kind: 'staff',
      columns: staffColumns,
      rows: 3,
      area: 'Area Economico Finanziaria',
      why: 'Named "AREA ECONOMICO FINANZIARIA" (A47); matched to the weights\' Area Finanziaria.',
    },
    {
      sheet: 'Schede obiettivi',
      // From the "OBIETTIVI TRASVERSALI" heading in A1.
      range: 'A1:B17',
      kind: 'objective-cards',
      columns: {},
      rows: 4,
      why: 'Cards of 1T-4T: "OBIETTIVO N. 1T" | "DENOMINAZIONE: ...", "RISORSE UMANE ASSEGNATE:" | "Tutti i dipendenti + ...".',
    },
    {
      sheet: 'Schede obiettivi',
      range: 'A20:B40',
      kind: 'objective-cards',
      columns: {},
      rows: 5,
      area: 'Area Affari Generali',
      why: 'Five objective cards with their assignees.',
    },
    {
      sheet: 'Schede obiettivi',
      range: 'A43:B75',
      kind: 'objective-cards',
      columns: {},
      rows: 8,
      area: 'Area Economico Finanziaria',
      why: 'Shares written before or after the name, with " - " between people.',
    },
    {
      sheet: 'Schede obiettivi',
      range: 'A78:B102',
      kind: 'objective-cards',
      columns: {},
      rows: 6,
      area: 'Area Servizi alla Persona',
      why: 'Trailing role after the shares; two cards numbered 4.',
    },
    {
      sheet: 'Schede obiettivi',
      range: 'A105:B117',
      kind: 'objective-cards',
      columns: {},
      rows: 3,
      area: 'Area Polizia Locale',
      why: 'Relative shares, "Tutto il personale Area P.L.", surnames alone.',
    },
  ],
  findings: [
    {
      code: 'READ_TRANSVERSAL_LIST',
      severity: 'warning',
      cell: `'Pesatura 2023'!A3:C7`,
      why: 'The list is read as such and said: a guess the user can correct in the pane.',
    },
    {
      code: 'WEIGHTS_SUM',
      severity: 'error',
      cell: `${W}!C27`,
      why: 'Area Finanziaria adds up to 103 (52 + 51).',
    },
    {
      code: 'TOTAL_MISMATCH',
      severity: 'error',
      cell: `${W}!C40`,
      why: 'TOTALE says 100, the rows add up to 103.',
    },
    {
      code: 'OBJECTIVE_DUPLICATE_ID',
      severity: 'error',
      cell: `${W}!A48`,
      why: 'Number 4 twice in Area Servizi alla Persona: two objectives, one error naming both rows.',
    },
    {
      code: 'OBJECTIVE_DUPLICATE_ID',
      severity: 'error',
      cell: `${W}!A49`,
      why: 'The same finding names the second row too.',
    },
    {
      code: 'PAYMENT_TIMES_WEIGHT',
      severity: 'warning',
      cell: `${W}!C33`,
      why: 'The payment-times objective weighs 5 %: a real warning, the plans do this.',
    },
    {
      code: 'READ_EMPLOYEE_IN_TWO_LISTS',
      severity: 'warning',
      cell: 'Personale!B40',
      why: 'ANDREA COLOMBO is in both lists of Area Polizia Locale: one person, hours counted once (the finding says so); not EMPLOYEE_DUPLICATE.',
    },
    {
      code: 'READ_AREA_NAME_MATCHED',
      severity: 'warning',
      cell: 'Personale!A47',
      why: '"AREA ECONOMICO FINANZIARIA" read as the weights\' "Area Finanziaria": a guess, said once for the area.',
    },
    {
      code: 'ASSIGNEE_UNKNOWN',
      severity: 'error',
      cell: `${C}!B32`,
      why: '"Ortensia Valli" is not in the staff list; the message suggests ORTENZIA VALLI (near miss).',
    },
    {
      code: 'SHARES_SUM',
      severity: 'error',
      cell: `${C}!B63`,
      why: '33% + 33% + 33% = 99.',
    },
    {
      code: 'READ_SHARES_NORMALISED',
      severity: 'warning',
      cell: `${C}!B109`,
      why: '"100% ... 100% ... 50%" are relative shares: normalised to 40/40/20, the result shown.',
    },
    {
      code: 'PARAM_FUND_MISSING',
      severity: 'warning',
      cell: null,
      why: 'No parameters sheet.',
    },
  ],
};
