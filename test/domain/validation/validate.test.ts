import type { Plan } from '../../../src/domain/model';
import type { Finding, Severity } from '../../../src/domain/findings';
import { validate } from '../../../src/domain/validation';
import { hasMessage } from '../../../src/i18n';
import { localizeFinding } from '../../../src/domain/findings';
import { FIN, TEC, at, area, bad, cleanPlan, empty, employee, objective, ok, pool, refs } from './build';

interface Case {
  code: string;
  severity: Severity;
  /** Bends the clean plan so that the check fires once. */
  trigger: (p: Plan) => void;
  /** Pieces the Italian message must contain (the numbers, the area, the cells). */
  message: string[];
  cells: string[];
  /** A close change that must not fire the check. */
  near: (p: Plan) => void;
  /** Findings the near case may still produce (by code); none by default. */
  nearCodes?: string[];
}

const f1 = `${FIN}#1`;
const f2 = `${FIN}#2`;
const f1t = `${FIN}#1T`;
const t1 = `${TEC}#1`;
const t1t = `${TEC}#1T`;

const cases: Case[] = [
  // --- weights ---
  {
    code: 'WEIGHT_MISSING',
    severity: 'error',
    trigger: (p) => (objective(p, f1).weight = empty('Pesi', 'C2')),
    message: [FIN, 'obiettivo 1', 'Pesi!C2'],
    cells: ['Pesi!C2'],
    // A whole area without a weight column, in a plan that splits by coefficient only.
    near: (p) => {
      p.params.pools = p.params.pools.filter((x) => x.name !== 'Aree');
      objective(p, t1).weight = {};
      objective(p, t1t).weight = {};
    },
  },
  {
    code: 'WEIGHT_NOT_NUMBER',
    severity: 'error',
    trigger: (p) => (objective(p, f1).weight = bad('quaranta', 'NOT_A_NUMBER', 'Pesi', 'C2')),
    message: [FIN, 'obiettivo 1', '«quaranta»', 'Pesi!C2'],
    cells: ['Pesi!C2'],
    near: (p) => (objective(p, f1).weight = ok(40, 'Pesi', 'C2', '40 %')),
  },
  {
    code: 'WEIGHT_NEGATIVE',
    severity: 'error',
    trigger: (p) => {
      objective(p, f1).weight.value = -10;
      objective(p, f2).weight.value = 80;
    },
    message: [FIN, 'obiettivo 1', '-10', 'Pesi!C2'],
    cells: ['Pesi!C2'],
    near: (p) => {
      objective(p, f1).weight.value = 0;
      objective(p, f2).weight.value = 70;
    },
  },
  {
    code: 'WEIGHT_OVER_100',
    severity: 'error',
    trigger: (p) => (objective(p, f1).weight.value = 140),
    message: [FIN, 'obiettivo 1', '140', 'Pesi!C2'],
    cells: ['Pesi!C2'],
    near: (p) => {
      objective(p, f1).weight.value = 100;
      objective(p, f2).weight.value = 0;
      objective(p, f1t).weight.value = 0;
    },
    nearCodes: ['PAYMENT_TIMES_WEIGHT'],
  },
  {
    code: 'WEIGHTS_SUM',
    severity: 'error',
    trigger: (p) => (objective(p, f1).weight.value = 43),
    message: ['Area Finanziaria: i pesi degli obiettivi sommano a 103 invece di 100 (differenza +3).'],
    cells: ['Pesi!C2', 'Pesi!C3', 'Pesi!C4'],
    near: (p) => {
      objective(p, f1).weight.value = 33.33;
      objective(p, f2).weight.value = 33.33;
      objective(p, f1t).weight.value = 33.34;
    },
  },
  {
    code: 'WEIGHTS_MIXED_FRACTIONS',
    severity: 'warning',
    trigger: (p) => (objective(p, f1).weight.value = 0.4),
    message: [FIN, '0,4 (Pesi!C2)', 'la somma è 60,4', 'sommerebbero a 100'],
    cells: ['Pesi!C2'],
    // A 1 % weight in an area that adds up is a real weight.
    near: (p) => {
      objective(p, f1).weight.value = 1;
      objective(p, f1t).weight.value = 69;
    },
  },
  // --- declared totals ---
  {
    code: 'TOTAL_MISMATCH',
    severity: 'error',
    trigger: (p) => (p.totals[0].declared = ok(103, 'Pesi', 'C5')),
    message: [
      'pesi degli obiettivi (Area Finanziaria)',
      'Pesi!C5',
      'dichiarato 103',
      'sommano a 100',
      'differenza -3',
    ],
    cells: ['Pesi!C5'],
    // A percent-formatted total cell holds 1 for 100 %.
    near: (p) => (p.totals[0].declared = ok(1, 'Pesi', 'C5')),
  },
  {
    code: 'TOTAL_NOT_NUMBER',
    severity: 'warning',
    trigger: (p) => (p.totals[0].declared = bad({ error: '#REF!' }, 'ERROR_VALUE', 'Pesi', 'C5')),
    message: ['«#REF!»', 'Pesi!C5'],
    cells: ['Pesi!C5'],
    near: (p) => (p.totals[0].declared = empty('Pesi', 'C5')),
  },
  // --- objectives ---
  {
    code: 'OBJECTIVE_DUPLICATE_ID',
    severity: 'error',
    trigger: (p) => (objective(p, f2).id = '1'),
    message: ['Area Finanziaria: ', 'obiettivo 1 compare 2 volte', 'Pesi!A2, Pesi!A3'],
    cells: ['Pesi!A2', 'Pesi!A3'],
    // The same number in another group (a general project) is not a duplicate.
    near: (p) => (objective(p, 'P1').id = '1'),
  },
  {
    code: 'TRANSVERSAL_TITLE_MISMATCH',
    severity: 'error',
    trigger: (p) => (objective(p, t1t).title = ok('Aggiornamento piano anticorruzione', 'Pesi', 'B7')),
    message: [
      '1T',
      '«Aggiornamento PTPCT» (Area Finanziaria, Pesi!B4)',
      '«Aggiornamento piano anticorruzione» (Area Tecnica, Pesi!B7)',
    ],
    cells: ['Pesi!B4', 'Pesi!B7'],
    near: (p) => (objective(p, t1t).title = ok(' Aggiornaménto   PTPCT ', 'Pesi', 'B7')),
  },
  {
    code: 'PAYMENT_TIMES_WEIGHT',
    severity: 'warning',
    trigger: (p) => {
      objective(p, f2).weight.value = 20;
      objective(p, f1).weight.value = 50;
    },
    message: [FIN, '(2)', 'pesano 20 %', 'minimo di 30 %'],
    cells: ['Pesi!C3'],
    near: (p) => {
      objective(p, f2).title = ok('Gestione economato', 'Pesi', 'B3');
      objective(p, f2).weight.value = 20;
      objective(p, f1).weight.value = 50;
    },
  },
  // --- indicators ---
  {
    code: 'SUBWEIGHT_NOT_NUMBER',
    severity: 'error',
    trigger: (p) => (p.indicators[0].subWeight = bad('sessanta', 'NOT_A_NUMBER', 'Indicatori', 'D2')),
    message: ['Obiettivo 1 (Area Finanziaria)', '«sessanta»', 'Indicatori!D2'],
    cells: ['Indicatori!D2'],
    near: (p) => (p.indicators[0].subWeight = ok(60, 'Indicatori', 'D2', '60%')),
  },
  {
    code: 'SUBWEIGHT_NEGATIVE',
    severity: 'error',
    trigger: (p) => {
      p.indicators[0].subWeight.value = -10;
      p.indicators[1].subWeight.value = 110;
    },
    message: ['Obiettivo 1 (Area Finanziaria)', '-10', 'Indicatori!D2'],
    cells: ['Indicatori!D2'],
    near: (p) => {
      p.indicators[0].subWeight.value = 0;
      p.indicators[1].subWeight.value = 100;
    },
  },
  {
    code: 'SUBWEIGHTS_PARTIAL',
    severity: 'error',
    trigger: (p) => (p.indicators[1].subWeight = empty('Indicatori', 'D3')),
    message: ['Obiettivo 1 (Area Finanziaria)', '1 indicatore su 2'],
    cells: ['Indicatori!D3'],
    near: (p) => {
      p.indicators[0].subWeight = empty('Indicatori', 'D2');
      p.indicators[1].subWeight = empty('Indicatori', 'D3');
    },
  },
  {
    code: 'SUBWEIGHTS_SUM',
    severity: 'error',
    trigger: (p) => (p.indicators[1].subWeight.value = 20),
    message: [
      'Obiettivo 1 (Area Finanziaria): i pesi degli indicatori sommano a 80 invece di 100 (differenza -20).',
    ],
    cells: ['Indicatori!D2', 'Indicatori!D3'],
    near: (p) => {
      p.indicators[0].subWeight.value = 50;
      p.indicators[1].subWeight.value = 50;
    },
  },
  // --- assignments ---
  {
    code: 'STAFF_TABLE_MISSING',
    severity: 'warning',
    trigger: (p) => (p.employees = []),
    message: ['Ci sono 2 persone'],
    cells: ['Assegnazioni!B2'],
    near: (p) => {
      p.employees = [];
      p.assignments = [];
    },
  },
  {
    code: 'ASSIGNMENT_OBJECTIVE_UNKNOWN',
    severity: 'error',
    trigger: (p) => (p.assignments[0].objectiveKey = `${FIN}#9`),
    message: ['Rossi Mario', 'Assegnazioni!B2', `${FIN}#9`],
    cells: ['Assegnazioni!B2'],
    near: (p) => {
      p.assignments[0].objectiveKey = t1;
      p.assignments[1].objectiveKey = t1;
    },
  },
  {
    code: 'ASSIGNEE_UNKNOWN',
    severity: 'error',
    trigger: (p) => {
      p.assignments[0].employeeName = 'Verdi Luca';
      p.assignments[0].employeeKey = 'verdi luca';
    },
    message: ['Obiettivo 1 (Area Finanziaria)', 'Verdi Luca', 'Assegnazioni!B2'],
    cells: ['Assegnazioni!B2'],
    near: (p) => (p.assignments[0].employeeName = 'ROSSI  Mario'),
  },
  {
    code: 'SHARE_NOT_NUMBER',
    severity: 'error',
    trigger: (p) => (p.assignments[1].share = bad('metà', 'NOT_A_NUMBER', 'Assegnazioni', 'C3')),
    message: ['Bianchi Anna', '«metà»', 'Assegnazioni!C3'],
    cells: ['Assegnazioni!C3'],
    near: (p) => (p.assignments[1].share = ok(40, 'Assegnazioni', 'C3', '40%')),
  },
  {
    code: 'SHARE_OUT_OF_RANGE',
    severity: 'error',
    trigger: (p) => (p.assignments[0].share.value = 150),
    message: ['Rossi Mario', '150 %', 'Assegnazioni!C2'],
    cells: ['Assegnazioni!C2'],
    near: (p) => {
      p.assignments[0].share.value = 100;
      p.assignments[1].share.value = 0;
    },
  },
  {
    code: 'SHARES_PARTIAL',
    severity: 'error',
    trigger: (p) => (p.assignments[1].share = empty('Assegnazioni', 'C3')),
    message: ['Obiettivo 1 (Area Finanziaria)', '1 persona su 2', 'Bianchi Anna'],
    cells: ['Assegnazioni!C3'],
    near: (p) => {
      p.assignments[0].share = empty('Assegnazioni', 'C2');
      p.assignments[1].share = empty('Assegnazioni', 'C3');
    },
  },
  {
    code: 'SHARES_SUM',
    severity: 'error',
    trigger: (p) => (p.assignments[1].share.value = 45),
    message: ['Obiettivo 1 (Area Finanziaria)', 'sommano a 105 %', 'differenza +5'],
    cells: ['Assegnazioni!C2', 'Assegnazioni!C3'],
    near: (p) => {
      p.assignments[0].share.value = 33.33;
      p.assignments[1].share.value = 66.67;
    },
  },
  // --- staff ---
  {
    code: 'HOURS_NOT_NUMBER',
    severity: 'error',
    trigger: (p) =>
      (employee(p, 'bianchi anna').weeklyHours = bad('part-time', 'NOT_A_NUMBER', 'Personale', 'C3')),
    message: ['Bianchi Anna', '«part-time»', 'Personale!C3'],
    cells: ['Personale!C3'],
    near: (p) => (employee(p, 'bianchi anna').weeklyHours = ok(18, 'Personale', 'C3', '18 ore')),
  },
  {
    code: 'HOURS_NOT_POSITIVE',
    severity: 'error',
    trigger: (p) => (employee(p, 'bianchi anna').weeklyHours = ok(0, 'Personale', 'C3')),
    message: ['Bianchi Anna', '0 ore', 'Personale!C3'],
    cells: ['Personale!C3'],
    near: (p) => (employee(p, 'bianchi anna').weeklyHours = ok(1, 'Personale', 'C3')),
  },
  {
    code: 'HOURS_OVER_FULL_TIME',
    severity: 'error',
    trigger: (p) => (employee(p, 'rossi mario').weeklyHours = ok(38, 'Personale', 'C2')),
    message: ['Rossi Mario', '38 ore', 'Personale!C2', 'tempo pieno di 36 ore'],
    cells: ['Personale!C2'],
    near: (p) => (employee(p, 'rossi mario').weeklyHours = ok(36, 'Personale', 'C2')),
  },
  {
    code: 'EVALUATION_NOT_NUMBER',
    severity: 'warning',
    trigger: (p) =>
      (employee(p, 'bianchi anna').evaluation = bad('ottimo', 'NOT_A_NUMBER', 'Personale', 'D3')),
    message: ['Bianchi Anna', '«ottimo»', 'Personale!D3'],
    cells: ['Personale!D3'],
    near: (p) => (employee(p, 'bianchi anna').evaluation = empty('Personale', 'D3')),
  },
  {
    code: 'EVALUATION_OUT_OF_RANGE',
    severity: 'warning',
    trigger: (p) => (employee(p, 'bianchi anna').evaluation = ok(105, 'Personale', 'D3')),
    message: ['Bianchi Anna', '105', 'Personale!D3'],
    cells: ['Personale!D3'],
    near: (p) => (employee(p, 'bianchi anna').evaluation = ok(100, 'Personale', 'D3')),
  },
  {
    code: 'EMPLOYEE_DUPLICATE',
    severity: 'error',
    trigger: (p) =>
      p.employees.push({ name: 'Rossi Mario', nameKey: 'rossi mario', cell: at('Personale', 'A4') }),
    message: ['Rossi Mario compare 2 volte', 'Personale!A2, Personale!A4'],
    cells: ['Personale!A2', 'Personale!A4'],
    near: (p) =>
      p.employees.push({ name: 'Rossi Maria', nameKey: 'rossi maria', cell: at('Personale', 'A4') }),
  },
  // --- relevance ---
  {
    code: 'RELEVANCE_NOT_NUMBER',
    severity: 'error',
    trigger: (p) => (area(p, FIN).relevance = bad('sessanta', 'NOT_A_NUMBER', 'Rilevanza', 'B2')),
    message: [FIN, '«sessanta»', 'Rilevanza!B2'],
    cells: ['Rilevanza!B2'],
    near: (p) => (area(p, FIN).relevance = ok(60, 'Rilevanza', 'B2', '60%')),
  },
  {
    code: 'RELEVANCE_OUT_OF_RANGE',
    severity: 'error',
    trigger: (p) => (area(p, FIN).relevance = ok(110, 'Rilevanza', 'B2')),
    message: [FIN, '110 %', 'Rilevanza!B2'],
    cells: ['Rilevanza!B2'],
    near: (p) => {
      area(p, FIN).relevance = ok(100, 'Rilevanza', 'B2');
      area(p, TEC).relevance = ok(0, 'Rilevanza', 'B3');
    },
  },
  {
    code: 'RELEVANCE_WITHOUT_OBJECTIVES',
    severity: 'error',
    trigger: (p) => {
      area(p, FIN).relevance = ok(50, 'Rilevanza', 'B2');
      p.areas.push({
        name: 'Area Vigilanza',
        relevance: ok(10, 'Rilevanza', 'B4'),
        cell: at('Rilevanza', 'A4'),
      });
    },
    message: ['Area Vigilanza', '10 %', 'Rilevanza!B4'],
    cells: ['Rilevanza!B4'],
    near: (p) =>
      p.areas.push({
        name: 'Area Vigilanza',
        relevance: ok(0, 'Rilevanza', 'B4'),
        cell: at('Rilevanza', 'A4'),
      }),
  },
  {
    code: 'RELEVANCE_MISSING',
    severity: 'error',
    trigger: (p) => {
      area(p, FIN).relevance = ok(100, 'Rilevanza', 'B2');
      area(p, TEC).relevance = undefined;
    },
    message: ['Area Tecnica: ha 2 obiettivi ma nessuna rilevanza'],
    cells: ['Rilevanza!A3'],
    // No relevance anywhere, in a plan that splits by weight: relevance is not used.
    near: (p) => {
      area(p, FIN).relevance = undefined;
      area(p, TEC).relevance = undefined;
      pool(p, 'Aree').method = 'weight';
    },
  },
  {
    code: 'RELEVANCE_SUM',
    severity: 'error',
    trigger: (p) => (area(p, FIN).relevance = ok(65, 'Rilevanza', 'B2')),
    message: ['Le rilevanze delle 2 aree sommano a 105 % invece di 100 (differenza +5).'],
    cells: ['Rilevanza!B2', 'Rilevanza!B3'],
    near: (p) => (area(p, TEC).relevance = ok(40.004, 'Rilevanza', 'B3')),
  },
  // --- fund ---
  {
    code: 'FIXED_BUDGET_NOT_NUMBER',
    severity: 'error',
    trigger: (p) => (objective(p, f1).fixedBudget = bad('seimila', 'NOT_A_NUMBER', 'Pesi', 'F2')),
    message: ['Obiettivo 1', '«seimila»', 'Pesi!F2'],
    cells: ['Pesi!F2'],
    near: (p) => (objective(p, f1).fixedBudget = ok(600_000, 'Pesi', 'F2', '6.000,00')),
  },
  {
    code: 'FIXED_BUDGET_NEGATIVE',
    severity: 'error',
    trigger: (p) => (objective(p, f1).fixedBudget = ok(-100, 'Pesi', 'F2')),
    message: ['Obiettivo 1', '-1,00 €', 'Pesi!F2'],
    cells: ['Pesi!F2'],
    near: (p) => (objective(p, f1).fixedBudget = ok(0, 'Pesi', 'F2')),
  },
  {
    code: 'BUDGETS_OVER_FUND',
    severity: 'error',
    trigger: (p) => (objective(p, f1).fixedBudget = ok(4_000_000, 'Pesi', 'F2')),
    message: [
      'Riserva (5.000,00 €)',
      'budget fissi (40.000,00 €)',
      'fondi a importo (10.000,00 €)',
      'fondi in percentuale (0,00 €)',
      'sommano a 55.000,00 €',
      'fondo di 50.000,00 €',
      'eccedenza 5.000,00 €',
    ],
    cells: ['Parametri!B2', 'Parametri!B3', 'Pesi!F2', 'Parametri!A5'],
    near: (p) => (objective(p, f1).fixedBudget = ok(3_500_000, 'Pesi', 'F2')),
  },
  // --- projects ---
  {
    code: 'CATEGORY_UNKNOWN',
    severity: 'error',
    trigger: (p) => {
      const o = objective(p, 'P1');
      o.category = ok('eccellenza', 'Progetti', 'D2', 'Eccellenza');
      o.declaredTotalCoefficient = undefined;
    },
    message: [
      'Obiettivo P1 (Digitalizzazione archivio)',
      '«Eccellenza»',
      'Progetti!D2',
      'strategico, innovativo',
    ],
    cells: ['Progetti!D2'],
    nearCodes: [],
    near: (p) => {
      const o = objective(p, 'P1');
      o.category = ok('miglioramento', 'Progetti', 'D2', 'Miglioramento');
      o.declaredPoints = ok(20, 'Progetti', 'F2');
      o.declaredTotalCoefficient = ok(20, 'Progetti', 'H2');
    },
  },
  {
    code: 'CATEGORY_EMPTY',
    severity: 'error',
    trigger: (p) => (objective(p, 'P1').category = empty('Progetti', 'D2')),
    message: ['Progetto P1', 'Progetti!D2', 'pool «Progetti»', 'per coefficiente'],
    cells: ['Progetti!D2'],
    // A per-presence project: no category, no coefficient, an amount of its own.
    near: (p) => {
      const o = objective(p, 'P1');
      o.category = empty('Progetti', 'D2');
      o.declaredPoints = undefined;
      o.declaredCoefficient = undefined;
      o.declaredTotalCoefficient = undefined;
      o.fixedBudget = ok(100_000, 'Progetti', 'I2', '1.000,00');
    },
    // P1 was the pool's only project: the pool is left with nothing to split.
    nearCodes: ['POOL_COEFFICIENTS_ZERO'],
  },
  {
    code: 'TIPOLOGIA_UNKNOWN',
    severity: 'warning',
    trigger: (p) => (objective(p, 'P1').tipologia = ok('SPECIALE', 'Progetti', 'B2')),
    message: ['Progetto P1', '«SPECIALE»', 'Progetti!B2', '(generale)', 'pool «Aree»'],
    cells: ['Progetti!B2'],
    // Written in other words, the same tipologia.
    near: (p) => (objective(p, 'P1').tipologia = ok('Generale', 'Progetti', 'B2')),
  },
  {
    code: 'TIPOLOGIA_UNKNOWN_NO_POOL',
    severity: 'warning',
    trigger: (p) => {
      pool(p, 'Aree').tipologie = ['obiettivi'];
      objective(p, 'P1').tipologia = ok('SPECIALE', 'Progetti', 'B2');
    },
    message: ['Progetto P1', '«SPECIALE»', 'Progetti!B2', 'nessun pool'],
    cells: ['Progetti!B2'],
    near: (p) => (pool(p, 'Aree').tipologie = ['obiettivi']),
  },
  {
    code: 'HEADCOUNT_INVALID',
    severity: 'error',
    trigger: (p) => (objective(p, 'P1').headcount = bad('tutti', 'NOT_A_NUMBER', 'Progetti', 'E2')),
    message: ['Obiettivo P1', '«tutti»', 'Progetti!E2'],
    cells: ['Progetti!E2'],
    near: (p) => (objective(p, 'P1').headcount = ok(2, 'Progetti', 'E2', '2 dipendenti')),
  },
  {
    code: 'HEADCOUNT_MISMATCH',
    severity: 'error',
    trigger: (p) => (objective(p, 'P1').headcount = ok(3, 'Progetti', 'E2')),
    message: ['Obiettivo P1', 'N. dip. dichiarato 3 (Progetti!E2)', 'le persone assegnate sono 2'],
    cells: ['Progetti!E2'],
    // Without assignments the declared headcount is all there is.
    near: (p) => {
      objective(p, 'P1').headcount = ok(3, 'Progetti', 'E2');
      p.assignments = p.assignments.filter((a) => a.objectiveKey !== 'P1');
    },
  },
  {
    code: 'POINTS_MISMATCH',
    severity: 'error',
    trigger: (p) => (objective(p, 'P1').declaredPoints = ok(20, 'Progetti', 'F2')),
    message: ['Obiettivo P1', 'punti dichiarati 20 (Progetti!F2)', 'categoria innovativo vale 25 punti'],
    cells: ['Progetti!F2'],
    near: (p) => {
      p.params.categoryPoints.innovativo = 20;
      objective(p, 'P1').declaredPoints = ok(20, 'Progetti', 'F2');
      objective(p, 'P1').declaredTotalCoefficient = ok(20, 'Progetti', 'H2');
    },
  },
  {
    code: 'COEFFICIENT_MISMATCH',
    severity: 'error',
    trigger: (p) => (objective(p, 'P1').declaredCoefficient = ok(1.5, 'Progetti', 'G2')),
    message: ['Obiettivo P1', 'coefficiente dichiarato 1,5 (Progetti!G2)', 'per 2 dipendenti', 'danno 1.'],
    cells: ['Progetti!G2'],
    // 3 people are in the same band as 2.
    near: (p) => {
      objective(p, 'P1').headcount = ok(3, 'Progetti', 'E2');
      p.assignments = p.assignments.filter((a) => a.objectiveKey !== 'P1');
    },
  },
  {
    code: 'TOTAL_COEFFICIENT_MISMATCH',
    severity: 'error',
    trigger: (p) => (objective(p, 'P1').declaredTotalCoefficient = ok(30, 'Progetti', 'H2')),
    message: ['Obiettivo P1', 'totale coefficiente dichiarato 30 (Progetti!H2)', '25 punti x 1 = 25'],
    cells: ['Progetti!H2'],
    near: (p) => {
      const o = objective(p, 'P1');
      o.headcount = ok(4, 'Progetti', 'E2');
      o.declaredCoefficient = ok(1.5, 'Progetti', 'G2');
      o.declaredTotalCoefficient = ok(37.5, 'Progetti', 'H2');
      p.assignments = p.assignments.filter((a) => a.objectiveKey !== 'P1');
    },
  },
  {
    code: 'POOL_COEFFICIENTS_ZERO',
    severity: 'error',
    trigger: (p) => {
      const o = objective(p, 'P1');
      o.category = undefined;
      o.declaredPoints = undefined;
      o.declaredTotalCoefficient = undefined;
    },
    message: ['fondo «Progetti»', 'del suo unico obiettivo è 0'],
    cells: ['Parametri!A5', 'Progetti!A2'],
    // A pool with nothing to give cannot strand money.
    near: (p) => {
      const o = objective(p, 'P1');
      o.category = undefined;
      o.declaredPoints = undefined;
      o.declaredTotalCoefficient = undefined;
      pool(p, 'Progetti').amount = 0;
    },
  },
  // --- dates, soglia, targets, typed achievements ---
  {
    code: 'DATE_INVALID',
    severity: 'error',
    trigger: (p) => (objective(p, t1).deadline = bad('31/06/2024', 'IMPOSSIBLE_DATE', 'Pesi', 'E6')),
    message: ['Obiettivo 1 (Area Tecnica)', '«31/06/2024»', 'Pesi!E6', 'non esiste'],
    cells: ['Pesi!E6'],
    near: (p) => (objective(p, t1).deadline = ok('2024-06-30', 'Pesi', 'E6', '30/06/2024')),
  },
  {
    code: 'DATE_UNREADABLE',
    severity: 'error',
    trigger: (p) => (p.indicators[2].completion = bad('fine anno', 'NOT_A_DATE', 'Indicatori', 'F4')),
    message: ['Obiettivo 1 (Area Tecnica)', '«fine anno»', 'Indicatori!F4'],
    cells: ['Indicatori!F4'],
    near: (p) => (p.indicators[2].completion = empty('Indicatori', 'F4')),
  },
  {
    code: 'SOGLIA_OUT_OF_RANGE',
    severity: 'error',
    trigger: (p) => (objective(p, t1).soglia = ok(120, 'Pesi', 'D6')),
    message: ['Obiettivo 1 (Area Tecnica)', '120 %', 'Pesi!D6'],
    cells: ['Pesi!D6'],
    near: (p) => (objective(p, t1).soglia = ok(100, 'Pesi', 'D6')),
  },
  {
    code: 'SOGLIA_NOT_NUMBER',
    severity: 'error',
    trigger: (p) => (objective(p, t1).soglia = bad('alta', 'NOT_A_NUMBER', 'Pesi', 'D6')),
    message: ['Obiettivo 1 (Area Tecnica)', '«alta»', 'Pesi!D6'],
    cells: ['Pesi!D6'],
    near: (p) => (objective(p, t1).soglia = ok(50, 'Pesi', 'D6', '50%')),
  },
  {
    code: 'TARGET_UNREADABLE',
    severity: 'error',
    trigger: (p) => (p.indicators[1].target = bad({ error: '#N/A' }, 'ERROR_VALUE', 'Indicatori', 'C3')),
    message: ['Obiettivo 1 (Area Finanziaria)', '«#N/A»', 'Indicatori!C3'],
    cells: ['Indicatori!C3'],
    // Free text is a readable target that needs a typed % at scoring time, not a finding here.
    near: (p) =>
      (p.indicators[1].target = ok(
        { kind: 'manual', text: 'Tutti quelli possibili' },
        'Indicatori',
        'C3',
        'Tutti quelli possibili',
      )),
  },
  {
    code: 'MANUAL_ACHIEVEMENT_NOT_NUMBER',
    severity: 'error',
    trigger: (p) => (objective(p, t1).manualAchievement = bad('quasi', 'NOT_A_NUMBER', 'Pesi', 'G6')),
    message: ['Obiettivo 1 (Area Tecnica)', '«quasi»', 'Pesi!G6'],
    cells: ['Pesi!G6'],
    near: (p) => (objective(p, t1).manualAchievement = ok(90, 'Pesi', 'G6', '90%')),
  },
  {
    code: 'MANUAL_ACHIEVEMENT_OUT_OF_RANGE',
    severity: 'error',
    trigger: (p) => (p.indicators[0].manualAchievement = ok(130, 'Indicatori', 'G2')),
    message: ['Obiettivo 1 (Area Finanziaria)', '130 %', 'Indicatori!G2'],
    cells: ['Indicatori!G2'],
    near: (p) => (p.indicators[0].manualAchievement = ok(0, 'Indicatori', 'G2')),
  },
  // --- parameters ---
  {
    code: 'PARAM_FUND_MISSING',
    severity: 'warning',
    trigger: (p) => (p.params.fund = undefined),
    message: ['fondo non è indicato'],
    cells: ['Parametri!B2'],
    near: (p) => {
      p.params.fund = 0;
      p.params.reserve = 0;
      pool(p, 'Progetti').amount = 0;
    },
  },
  {
    code: 'PARAM_FUND_NEGATIVE',
    severity: 'error',
    trigger: (p) => (p.params.fund = -100),
    message: ['negativo (-1,00 €)'],
    cells: ['Parametri!B2'],
    near: (p) => {
      p.params.fund = 1_500_000;
    },
  },
  {
    code: 'PARAM_RESERVE_NEGATIVE',
    severity: 'error',
    trigger: (p) => (p.params.reserve = -1),
    message: ['negativa (-0,01 €)'],
    cells: ['Parametri!B3'],
    near: (p) => (p.params.reserve = 0),
  },
  {
    code: 'PARAM_RESERVE_OVER_FUND',
    severity: 'error',
    trigger: (p) => (p.params.reserve = 6_000_000),
    message: ['riserva (60.000,00 €) supera il fondo (50.000,00 €) di 10.000,00 €'],
    cells: ['Parametri!B3', 'Parametri!B2'],
    near: (p) => (p.params.reserve = 4_000_000),
  },
  {
    code: 'PARAM_POOL_AMOUNT_AND_PERCENT',
    severity: 'error',
    trigger: (p) => (pool(p, 'Progetti').percent = 10),
    message: ['«Progetti»', '10.000,00 €', '10 %'],
    cells: ['Parametri!A5'],
    near: (p) => {
      pool(p, 'Progetti').amount = undefined;
      pool(p, 'Progetti').percent = 10;
    },
  },
  {
    code: 'PARAM_POOL_AMOUNT_NEGATIVE',
    severity: 'error',
    trigger: (p) => (pool(p, 'Progetti').amount = -500),
    message: ['«Progetti»', '-5,00 €'],
    cells: ['Parametri!A5'],
    near: (p) => (pool(p, 'Progetti').amount = 0),
  },
  {
    code: 'PARAM_POOL_PERCENT_OUT_OF_RANGE',
    severity: 'error',
    trigger: (p) => {
      pool(p, 'Progetti').amount = undefined;
      pool(p, 'Progetti').percent = -5;
    },
    message: ['«Progetti»', '-5 %'],
    cells: ['Parametri!A5'],
    near: (p) => {
      pool(p, 'Progetti').amount = undefined;
      pool(p, 'Progetti').percent = 100;
    },
  },
  {
    code: 'PARAM_POOL_WITHOUT_AMOUNT',
    severity: 'error',
    trigger: (p) =>
      p.params.pools.push({
        name: 'Altro',
        tipologie: ['intersettoriale'],
        method: 'weight',
        cell: at('Parametri', 'A7'),
      }),
    message: ['2 fondi', '«Aree», «Altro»'],
    cells: ['Parametri!A6', 'Parametri!A7'],
    near: (p) =>
      p.params.pools.push({
        name: 'Altro',
        tipologie: ['intersettoriale'],
        method: 'weight',
        percent: 10,
        cell: at('Parametri', 'A7'),
      }),
  },
  {
    code: 'PARAM_POOL_PERCENTS_OVER_100',
    severity: 'error',
    trigger: (p) => {
      pool(p, 'Progetti').amount = undefined;
      pool(p, 'Progetti').percent = 60;
      p.params.pools.push({
        name: 'Altro',
        tipologie: ['intersettoriale'],
        method: 'weight',
        percent: 50,
        cell: at('Parametri', 'A7'),
      });
    },
    message: ['sommano a 110 %, oltre 100 di 10'],
    cells: ['Parametri!A5', 'Parametri!A7'],
    near: (p) => {
      pool(p, 'Progetti').amount = undefined;
      pool(p, 'Progetti').percent = 60;
      p.params.pools.push({
        name: 'Altro',
        tipologie: ['intersettoriale'],
        method: 'weight',
        percent: 40,
        cell: at('Parametri', 'A7'),
      });
    },
  },
  {
    code: 'PARAM_CATEGORY_POINTS_NEGATIVE',
    severity: 'error',
    trigger: (p) => (p.params.categoryPoints['una tantum'] = -5),
    message: ['«una tantum»', '(-5)'],
    cells: ['Parametri!B24'],
    near: (p) => (p.params.categoryPoints['una tantum'] = 0),
  },
  {
    code: 'PARAM_HEADCOUNT_BANDS_FIRST_MIN',
    severity: 'error',
    trigger: (p) => (p.params.headcountBands[0].min = 0),
    message: ['parte da 0 invece che da 1'],
    cells: ['Parametri!A30'],
    near: (p) => (p.params.headcountBands[0].coefficient = 0.6),
  },
  {
    code: 'PARAM_HEADCOUNT_BANDS_UNORDERED',
    severity: 'error',
    trigger: (p) => {
      const b = p.params.headcountBands;
      [b[1], b[2]] = [b[2], b[1]];
    },
    message: ['fascia 3 parte da 2 dipendenti', 'precedente (4)'],
    cells: ['Parametri!A32'],
    near: (p) => (p.params.headcountBands = p.params.headcountBands.slice(0, 3)),
  },
  {
    code: 'PARAM_HEADCOUNT_BANDS_DUPLICATE',
    severity: 'error',
    trigger: (p) => p.params.headcountBands.splice(3, 0, { min: 4, coefficient: 1.6 }),
    message: ['fasce 3 e 4 partono entrambe da 4'],
    cells: ['Parametri!A32', 'Parametri!A33'],
    near: (p) => p.params.headcountBands.splice(3, 0, { min: 5, coefficient: 1.6 }),
  },
  {
    code: 'PARAM_HEADCOUNT_COEFFICIENT_NEGATIVE',
    severity: 'error',
    trigger: (p) => (p.params.headcountBands[5].coefficient = -3),
    message: ['fascia 6 (da 10 dipendenti)', '(-3)'],
    cells: ['Parametri!A35'],
    near: (p) => (p.params.headcountBands[5].coefficient = 0),
  },
  {
    code: 'PARAM_PENALTY_OUT_OF_RANGE',
    severity: 'error',
    trigger: (p) => (p.params.latePenaltyPerMonth = 150),
    message: ['150 %'],
    cells: ['Parametri!B10'],
    near: (p) => (p.params.latePenaltyPerMonth = 100),
  },
  {
    code: 'PARAM_FULL_TIME_HOURS',
    severity: 'error',
    trigger: (p) => (p.params.fullTimeHours = 0),
    message: ['sono 0'],
    cells: ['Parametri!B11'],
    near: (p) => (p.params.fullTimeHours = 40),
  },
];

function run(change: (p: Plan) => void): Finding[] {
  const plan = cleanPlan();
  change(plan);
  return validate(plan);
}

function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}: ${f.message}`);
}

describe('validate', () => {
  it('finds nothing in a clean plan', () => {
    expect(summary(validate(cleanPlan()))).toEqual([]);
  });

  describe.each(cases)('$code', (c) => {
    it('fires with its severity, numbers and cells', () => {
      const found = run(c.trigger).filter((f) => f.code === c.code);
      expect(found).toHaveLength(1);
      const [f] = found;
      expect(f.severity).toBe(c.severity);
      for (const piece of c.message) expect(f.message).toContain(piece);
      expect(refs(f.cells)).toEqual(c.cells);
      expect(hasMessage('it', `finding.${c.code}`)).toBe(true);
      expect(hasMessage('en', `finding.${c.code}`)).toBe(true);
      // Every placeholder of the template was filled, in both languages.
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(localizeFinding(f, 'en').message).not.toMatch(/\{\w+\}/);
    });

    it('stays quiet on a close case', () => {
      const codes = run(c.near).map((f) => f.code);
      expect(codes).not.toContain(c.code);
      expect(codes).toEqual(c.nearCodes ?? []);
    });
  });
});

describe('pools against the fund', () => {
  it('rounds percent pools together as the distribution does: two halves of odd cents do not exceed the fund', () => {
    const p = cleanPlan();
    p.params.fund = 100_001;
    p.params.reserve = 0;
    p.params.pools = [
      {
        name: 'Progetti',
        tipologie: ['generale'],
        percent: 50,
        method: 'coefficient',
        cell: at('Parametri', 'A5'),
      },
      { name: 'Aree', tipologie: [], percent: 50, method: 'relevance', cell: at('Parametri', 'A6') },
    ];
    expect(validate(p).filter((f) => f.code === 'BUDGETS_OVER_FUND')).toEqual([]);
    // Percents past 100 are: 510,01 € + 500,01 € (each rounded alone) over 1.000,01 €.
    p.params.pools[1].percent = 51;
    const over = validate(p).filter((f) => f.code === 'BUDGETS_OVER_FUND');
    expect(over).toHaveLength(1);
    expect(localizeFinding(over[0], 'it').message).toContain('eccedenza 10,01 €');
  });
});

describe('payment-times weight', () => {
  it('is not compared while a payment-times weight is invalid (the weight checks report it)', () => {
    const p = cleanPlan();
    objective(p, f2).weight.value = -31; // f2 is the payment-times objective of the clean plan
    const codes = validate(p).map((f) => f.code);
    expect(codes).toContain('WEIGHT_NEGATIVE');
    expect(codes).not.toContain('PAYMENT_TIMES_WEIGHT');
  });
});
