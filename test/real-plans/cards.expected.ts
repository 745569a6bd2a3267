/**
 * What the objective cards (cards.ts) should read as: one block of cards per group heading,
 * each card an objective of the heading's area (issue 15, point 2: "labelled rows under group
 * headings, read as objectives of their group's area"); the first group holds transversal
 * objectives. Deadlines written as text are read as what they say, with a warning, never an
 * unreadable-date error (point 4); the impossible date stays an error. The cards give no
 * weights: each area's objectives (its own and a copy of each transversal one) weigh the same,
 * said once per area, never once per objective.
 */
import type { RealPlan } from './types';

const S = "'Obiettivi 2025'";

export const expected: Pick<RealPlan, 'tables' | 'findings'> = {
  tables: [
    {
      sheet: 'Obiettivi 2025',
      range: 'A4:B24',
      kind: 'objective-cards',
      columns: {},
      rows: 2,
      why: 'Group "OBIETTIVI DI PERFORMANCE TRASVERSALI": two transversal cards (title in the label cell A6, A16).',
    },
    {
      sheet: 'Obiettivi 2025',
      range: 'A27:B57',
      kind: 'objective-cards',
      columns: {},
      rows: 3,
      area: 'Area Amministrativa',
      why: 'Three cards, one of them transversal inside the area (A39); the area is the heading without "OBIETTIVI".',
    },
    {
      sheet: 'Obiettivi 2025',
      range: 'A60:B80',
      kind: 'objective-cards',
      columns: {},
      rows: 2,
      area: 'Area Contabile - Tributaria',
      why: 'Two cards whose title is beside the label (B62, B72), not in it.',
    },
    {
      sheet: 'Obiettivi 2025',
      range: 'A83:B104',
      kind: 'objective-cards',
      columns: {},
      rows: 2,
      area: 'Area Vigilanza',
      why: 'Two cards; the first has its title on the row under the label (B86).',
    },
  ],
  findings: [
    {
      code: 'DATE_INVALID',
      severity: 'error',
      cell: `${S}!B53`,
      why: '"Entro il 31/06/2025": June has 30 days.',
    },
    {
      code: 'DEADLINE_NOT_A_DATE',
      severity: 'warning',
      cell: `${S}!B10`,
      why: '"Tutto l\'anno 2025": read as the end of 2025 (or manual), said with a warning.',
    },
    {
      code: 'DEADLINE_SEVERAL_DATES',
      severity: 'warning',
      cell: `${S}!B20`,
      why: 'Two dates for two kinds of acts in one deadline cell.',
    },
    {
      code: 'DEADLINE_NOT_A_DATE',
      severity: 'warning',
      cell: `${S}!B66`,
      why: '"In continuo": no deadline, timeliness judged by hand.',
    },
    {
      code: 'DEADLINE_NOT_A_DATE',
      severity: 'warning',
      cell: `${S}!B90`,
      why: '"Da giugno a settembre 2025": a period, not a date.',
    },
    {
      code: 'DEADLINE_NOT_A_DATE',
      severity: 'warning',
      cell: `${S}!B100`,
      why: '"Collegati al calendario delle manifestazioni".',
    },
    {
      code: 'WEIGHTS_EQUAL_ASSUMED',
      severity: 'warning',
      cell: `${S}!A27`,
      why: "The cards give no weights: the area's objectives weigh the same, and the user is told so.",
    },
    {
      code: 'WEIGHTS_EQUAL_ASSUMED',
      severity: 'warning',
      cell: `${S}!A60`,
      why: 'As above, Area Contabile - Tributaria.',
    },
    {
      code: 'WEIGHTS_EQUAL_ASSUMED',
      severity: 'warning',
      cell: `${S}!A83`,
      why: 'As above, Area Vigilanza.',
    },
    {
      code: 'PAYMENT_TIMES_WEIGHT',
      severity: 'warning',
      cell: `${S}!A27`,
      why: 'The transversal payment-times objective weighs 20% of the area (five equal weights), under the legal minimum of 30%.',
    },
    {
      code: 'PAYMENT_TIMES_WEIGHT',
      severity: 'warning',
      cell: `${S}!A60`,
      why: 'As above, 25% (four equal weights).',
    },
    {
      code: 'PAYMENT_TIMES_WEIGHT',
      severity: 'warning',
      cell: `${S}!A83`,
      why: 'As above, 25%.',
    },
    {
      code: 'PARAM_FUND_MISSING',
      severity: 'warning',
      cell: null,
      why: 'The plan has no parameters sheet (true of every real plan here).',
    },
  ],
};
