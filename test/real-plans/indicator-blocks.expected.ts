/**
 * What the indicator blocks (indicator-blocks.ts) should read as: each DEFINIZIONE OBIETTIVO
 * table is one objective (its phases are continuation rows under the merged title), and the
 * INDICATORI table below it, which has no objective column, holds that objective's indicators
 * (issue 15, point 2). MISSIONE / PROGRAMMA and CARATTERISTICHE DELL'OBIETTIVO are not tables
 * of the plan. The area is the service heading above the blocks; the first group is transversal.
 */
import type { RealPlan } from './types';

const S = "'Obiettivi 2024'";
const SHEET = 'Obiettivi 2024';
const SERVICE_1 = 'Servizio 1 – Finanziario - Amministrativo';
const SERVICE_3 = 'Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni';
const definition = { title: 'A', area: 'D' };
const indicators = { indicator: 'A', target: 'B', actual: 'C' };

export const expected: Pick<RealPlan, 'tables' | 'findings'> = {
  tables: [
    {
      sheet: SHEET,
      range: 'A5:D8',
      kind: 'objectives',
      columns: definition,
      rows: 1,
      why: 'Objective 1 (transversal), three phases under the merged title A6:A8.',
    },
    {
      sheet: SHEET,
      range: 'A15:C16',
      kind: 'objectives',
      columns: indicators,
      rows: 1,
      why: "Objective 1's indicators: no objective column, it belongs to the block above.",
    },
    {
      sheet: SHEET,
      range: 'A26:D28',
      kind: 'objectives',
      columns: definition,
      rows: 1,
      why: 'Objective 2 (transversal).',
    },
    {
      sheet: SHEET,
      range: 'A35:C37',
      kind: 'objectives',
      columns: indicators,
      rows: 2,
      why: "Objective 2's indicators.",
    },
    {
      sheet: SHEET,
      range: 'A49:D53',
      kind: 'objectives',
      columns: definition,
      rows: 1,
      area: SERVICE_1,
      why: 'Objective 6 of Servizio 1 (heading A47, two rows above).',
    },
    {
      sheet: SHEET,
      range: 'A60:C65',
      kind: 'objectives',
      columns: indicators,
      rows: 5,
      area: SERVICE_1,
      why: "Objective 6's five indicators; two are numbered 2- (they refer to phase 2).",
    },
    {
      sheet: SHEET,
      range: 'A75:D77',
      kind: 'objectives',
      columns: definition,
      rows: 1,
      area: SERVICE_1,
      why: 'Objective 7; the header is wrapped ("ORIZZONTE TEMPO-\\nRALE").',
    },
    {
      sheet: SHEET,
      range: 'A84:C86',
      kind: 'objectives',
      columns: indicators,
      rows: 2,
      area: SERVICE_1,
      why: "Objective 7's indicators.",
    },
    {
      sheet: SHEET,
      range: 'A96:D98',
      kind: 'objectives',
      columns: definition,
      rows: 1,
      area: SERVICE_1,
      why: 'A second objective numbered 7 in the same service.',
    },
    {
      sheet: SHEET,
      range: 'A105:C106',
      kind: 'objectives',
      columns: indicators,
      rows: 1,
      area: SERVICE_1,
      why: "The second objective 7's indicator.",
    },
    {
      sheet: SHEET,
      range: 'A118:D121',
      kind: 'objectives',
      columns: definition,
      rows: 1,
      area: SERVICE_3,
      why: 'Objective 18 of Servizio 3.',
    },
    {
      sheet: SHEET,
      range: 'A128:D131',
      kind: 'objectives',
      columns: { indicator: 'A', target: 'C', actual: 'D' },
      rows: 2,
      area: SERVICE_3,
      why: 'An extra "Azione" column; row 130 ("Costo" in the action column only) continues the indicator above.',
    },
  ],
  findings: [
    {
      code: 'DATE_INVALID',
      severity: 'error',
      cell: `${S}!B85`,
      why: 'Target "Entro il 31/06/2024": June has 30 days.',
    },
    {
      code: 'OBJECTIVE_DUPLICATE_ID',
      severity: 'error',
      cell: `${S}!A76`,
      why: 'Two objectives numbered 7 in Servizio 1: one error naming both blocks.',
    },
    {
      code: 'OBJECTIVE_DUPLICATE_ID',
      severity: 'error',
      cell: `${S}!A97`,
      why: 'The same finding names the second block.',
    },
    {
      code: 'DATE_NO_YEAR',
      severity: 'warning',
      cell: `${S}!B61`,
      why: '"Entro il 31.12 anno precedente": a date without year in a target; the year is assumed and said.',
    },
    {
      code: 'DATE_NO_YEAR',
      severity: 'warning',
      cell: `${S}!B65`,
      why: '"Entro 30.4": as above.',
    },
    {
      code: 'TARGET_UNREADABLE',
      severity: 'warning',
      cell: `${S}!B64`,
      why: '"Entro la scadenza fiscale": a target judged by hand, a warning.',
    },
    {
      code: 'WEIGHTS_EQUAL_ASSUMED',
      severity: 'warning',
      cell: `${S}!A47`,
      why: "The blocks give no weights: Servizio 1's objectives weigh the same, and the user is told so.",
    },
    {
      code: 'WEIGHTS_EQUAL_ASSUMED',
      severity: 'warning',
      cell: `${S}!A116`,
      why: 'As above, Servizio 3.',
    },
    {
      code: 'PARAM_FUND_MISSING',
      severity: 'warning',
      cell: null,
      why: 'No parameters sheet.',
    },
  ],
};
