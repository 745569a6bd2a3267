/**
 * What the project table (project-table.ts) should read as (issue 15, point 3): columns chosen
 * by content when several match one field (the GENERALE / SETTORE column for tipologia, the
 * filled class-list column for category, the numeric N. DIP. for headcount), headers matched
 * with typos and years, the category's points under PESO %, and the rows after the blank rows
 * of a page break read as the table's rows.
 */
import type { RealPlan } from './types';

const S = "'Progetti 2024'";

export const expected: Pick<RealPlan, 'tables' | 'findings'> = {
  tables: [
    {
      sheet: 'Progetti 2024',
      range: 'A3:M10',
      kind: 'projects',
      columns: {
        id: 'A',
        tipologia: 'C',
        title: 'D',
        category: 'F',
        points: 'G',
        headcount: 'I',
        coefficient: 'J',
        budget: 'K',
        soglia: 'L',
        achievement: 'M',
      },
      rows: 5,
      why: 'Five projects; rows 9-10 follow the two blank rows of a page break.',
    },
  ],
  findings: [
    {
      code: 'POINTS_MISMATCH',
      severity: 'error',
      cell: `${S}!G6`,
      why: 'Miglioramento is worth 20 in the class-list header, the row says 30.',
    },
    {
      code: 'COEFFICIENT_MISMATCH',
      severity: 'error',
      cell: `${S}!J5`,
      why: '3 employees give 1 in the headcount bands; the row says 1,5 under "COEFF. MULTIPLOC.".',
    },
    {
      code: 'READ_CATEGORY_POINTS_FROM_HEADER',
      severity: 'warning',
      cell: `${S}!F3`,
      why: 'No parameters set the category points: the class list of the header gives Mantenimento 15 (the default is 10).',
    },
    {
      code: 'PARAM_FUND_MISSING',
      severity: 'warning',
      cell: null,
      why: 'No parameters sheet.',
    },
  ],
};
