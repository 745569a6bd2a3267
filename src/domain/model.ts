/**
 * The plan model: what the engine validates, scores and distributes.
 *
 * Every value that came from a sheet is a `Field`, which keeps the parsed value, the raw cell
 * content and the cell address, so that every finding, score and amount can point back to the
 * cells it came from. The domain core never reads sheets itself: the workbook layer builds this
 * model, tests and benchmarks build it in code.
 */

/** A cell or range on a sheet, A1 notation without the sheet ("C7", "C7:E9"). */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** What a cell held before parsing. Error values (#REF!, #N/A...) arrive as `{ error }`. */
export type RawValue = string | number | boolean | Date | null | { error: string };

/** Why a raw value could not be read as the type a column expects. */
export interface ParseProblem {
  /** Stable code, e.g. "NOT_A_NUMBER", "IMPOSSIBLE_DATE", "ERROR_VALUE". */
  code: string;
  /** Extra facts for the message (the text found, the error value...). */
  detail?: string;
}

/** A value read from a cell: `value` is set when parsing succeeded, `problem` when it failed. */
export interface Field<T> {
  value?: T;
  raw?: RawValue;
  cell?: CellRef;
  problem?: ParseProblem;
}

/** Money is always integer euro cents. */
export type Cents = number;

/** A calendar date as "YYYY-MM-DD" (no time zone games). */
export type IsoDate = string;

export interface Area {
  name: string;
  responsabile?: string;
  /** Share of the fund given to the area, in percent (0..100). */
  relevance?: Field<number>;
  /** Where the area was named (title row, relevance row...). */
  cell?: CellRef;
}

/**
 * Target expressions (docs/domain.md section 5).
 * `percent` says the target was written with a % sign, so the actual is compared as a percent.
 */
export type Target =
  | { kind: 'atLeast'; value: number; percent: boolean }
  | { kind: 'atMost'; value: number; strict: boolean; percent: boolean }
  | { kind: 'yesNo' }
  | { kind: 'deadline'; date: IsoDate }
  | { kind: 'manual'; text: string };

/** An indicator's measured value at year end. */
export type Actual =
  { kind: 'number'; value: number } | { kind: 'boolean'; value: boolean } | { kind: 'date'; date: IsoDate };

export interface Indicator {
  /** Key of the objective it measures (`Objective.key`). */
  objectiveKey: string;
  description: Field<string>;
  target: Field<Target>;
  actual: Field<Actual>;
  /** Sub-weight inside the objective, percent. Missing: equal sub-weights. */
  subWeight: Field<number>;
  deadline?: Field<IsoDate>;
  completion?: Field<IsoDate>;
  /** "Grado di raggiungimento" typed by the user, percent: wins over the computed one. */
  manualAchievement?: Field<number>;
  /**
   * Percent per month late for this indicator, when its objective states its own
   * (`Objective.latePenaltyPerMonth`): wins over the parameter. Carried by each indicator
   * because an indicator is scored alone.
   */
  latePenaltyPerMonth?: number;
  /** The row (or cell) the indicator was read from. */
  cell?: CellRef;
}

/** How an objective is shared among units (docs/domain.md "tipologia progetto"). */
export type ObjectiveScope = 'area' | 'transversal' | 'intersectoral' | 'general';

export interface Objective {
  /** Unique key in the plan: area and id ("Area finanziaria#2"), or the id alone for general ones. */
  key: string;
  /** The users' own number: "1", "2", "1T". */
  id: string;
  title: Field<string>;
  /** Area the objective (this weight) belongs to; undefined for general objectives. */
  area?: string;
  /** For intersectoral objectives, the areas involved when known. */
  areas?: string[];
  scope: ObjectiveScope;
  /**
   * A project of a project table (tipologia, category, headcount): paid from a pool by
   * coefficient, not part of an area's weight table.
   */
  project?: boolean;
  /** Weight inside its area, percent 0..100 (fractions are converted by the reader). */
  weight: Field<number>;
  /** Raw tipologia as written ("GENERALE", "INTERSETTORIALE", "SETTORE 2"). */
  tipologia?: Field<string>;
  /** Normalised category key ("strategico", "innovativo"...), see Parameters.categoryPoints. */
  category?: Field<string>;
  /** Points, coefficient and total coefficient as declared in the user's table, if any. */
  declaredPoints?: Field<number>;
  declaredCoefficient?: Field<number>;
  declaredTotalCoefficient?: Field<number>;
  /** N. dip.: declared number of employees involved. */
  headcount?: Field<number>;
  /** Soglia minima, percent 0..100. */
  soglia?: Field<number>;
  deadline?: Field<IsoDate>;
  /** Earmarked amount paid at 100 % achievement, outside the pools. */
  fixedBudget?: Field<Cents>;
  /** Achievement typed by the user, percent: wins over the indicators. */
  manualAchievement?: Field<number>;
  /**
   * The plan says the objective is suspended ("Sospeso" where its deadline belongs): it is not
   * scored from its indicators, and it is paid only on an achievement the user types
   * (docs/engine-choices.md). The field holds the cell that says so.
   */
  suspended?: Field<string>;
  /** Late penalty the objective states in its own text ("-10% ogni mese ritardo"), percent per month. */
  latePenaltyPerMonth?: Field<number>;
  /** The row the objective was read from. */
  cell?: CellRef;
}

export interface Employee {
  name: string;
  /** Name as normalised for matching (lower case, no accents, single spaces). */
  nameKey: string;
  area?: string;
  grade?: Field<string>;
  weeklyHours?: Field<number>;
  /** Individual evaluation score, percent 0..100. */
  evaluation?: Field<number>;
  daysAbsent?: Field<number>;
  cell?: CellRef;
}

export interface Assignment {
  objectiveKey: string;
  employeeName: string;
  /** Normalised like Employee.nameKey. */
  employeeKey: string;
  /** Share of the objective, percent. Missing: equal shares. */
  share: Field<number>;
  cell?: CellRef;
  /** Not written by the user: the whole staff of the objective's area, in equal shares. */
  implicit?: boolean;
}

/** A "Totale" row: the number the user declared, to be checked against the computed sum. */
export interface DeclaredTotal {
  kind: 'weights' | 'relevance' | 'subWeights' | 'shares' | 'coefficients';
  /** Area the total closes, when it closes an area block. */
  area?: string;
  declared: Field<number>;
  /** Keys of what the total adds up (objective keys, area names...). */
  covers: string[];
}

/** Payout curve band: from `from` percent achievement up to the next band's `from`. */
export interface PayoutBand {
  from: number;
  /** "proportional" pays the achievement, a number pays that fixed percent. */
  payout: 'proportional' | number;
}

export interface HeadcountBand {
  /** Smallest headcount of the band (inclusive). */
  min: number;
  coefficient: number;
}

export type SplitMethod = 'coefficient' | 'relevance' | 'weight';

export interface Pool {
  name: string;
  /** Tipologie the pool holds: "generale", "intersettoriale", "settore". Empty: everything left. */
  tipologie: string[];
  /** Fixed amount, or a percent of the fund after reserve and fixed budgets. */
  amount?: Cents;
  percent?: number;
  method: SplitMethod;
  cell?: CellRef;
}

export interface Parameters {
  fund?: Cents;
  reserve: Cents;
  pools: Pool[];
  /** Method used when no pools are declared (one pool holds everything). */
  defaultMethod?: SplitMethod;
  categoryPoints: Record<string, number>;
  headcountBands: HeadcountBand[];
  sogliaPolicy: 'proportional' | 'full';
  /** Percent taken off a deadline indicator per month (or part of a month) late. */
  latePenaltyPerMonth: number;
  atMostPolicy: 'binary' | 'proportional';
  payoutCurve: PayoutBand[];
  partTime: boolean;
  fullTimeHours: number;
  individualEvaluation: boolean;
  absenceReduction: boolean;
  /** Days absent that cost 1 % of the employee's share, when absenceReduction is on. */
  absencePercentPerDay: number;
  redistributeEconomie: boolean;
  /** CCNL art. 69: premium at least this percent above the average... */
  differentiationPremiumPercent: number;
  /** ...for at least this percent of the staff evaluated positively. */
  differentiationMinStaffPercent: number;
  /** Weight an invoice-payment-times objective must reach (art. 4-bis DL 13/2023). */
  paymentTimesMinWeight: number;
  /** Where each parameter was read from, keyed by parameter name (and pool/band index). */
  cells: Record<string, CellRef>;
}

export interface Plan {
  comune?: string;
  year?: number;
  areas: Area[];
  objectives: Objective[];
  indicators: Indicator[];
  employees: Employee[];
  assignments: Assignment[];
  totals: DeclaredTotal[];
  params: Parameters;
}
