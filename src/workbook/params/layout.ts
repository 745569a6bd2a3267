/**
 * The layout of the parameters sheet (docs/parameters-sheet.md): the sheet name, the labels of
 * the single parameters, the section titles and their column headers, and the keywords. The
 * reader and the writer both use these tables, so they cannot disagree. Labels are Italian on
 * purpose and are not translated: they are what the reader matches in the user's sheet.
 */
import type { Parameters, SplitMethod } from '../../domain/model';
import { normalizeLabel } from '../../domain/values';

export const PARAMS_SHEET = 'Parametri Premia';

/** Euro format of money cells, as in the user's own sheets. */
export const EURO_FORMAT = '#,##0.00 "€"';

/** Keys of the single parameters: `Parameters` fields plus the plan's comune and year. */
export type ScalarKey =
  | 'comune'
  | 'year'
  | 'fund'
  | 'reserve'
  | 'defaultMethod'
  | 'sogliaPolicy'
  | 'latePenaltyPerMonth'
  | 'atMostPolicy'
  | 'partTime'
  | 'fullTimeHours'
  | 'individualEvaluation'
  | 'absenceReduction'
  | 'absencePercentPerDay'
  | 'redistributeEconomie'
  | 'differentiationPremiumPercent'
  | 'differentiationMinStaffPercent'
  | 'paymentTimesMinWeight';

export type ScalarKind =
  'text' | 'year' | 'money' | 'percent' | 'number' | 'yesno' | 'method' | 'soglia' | 'atMost';

export interface ScalarDef {
  key: ScalarKey;
  /** Label written in column A (and matched after normalisation). */
  label: string;
  kind: ScalarKind;
  /**
   * Range the reader checks itself. Ranges that validation already checks on the model
   * (penalty 0-100, full-time hours > 0, reserve vs fund) are left to it, so that one mistake
   * gives one finding.
   */
  range?: { min: number; max: number };
}

/** The single parameters, in the order the writer lays them out. */
export const SCALARS: readonly ScalarDef[] = [
  { key: 'comune', label: 'Comune', kind: 'text' },
  { key: 'year', label: 'Anno', kind: 'year', range: { min: 2000, max: 2100 } },
  { key: 'fund', label: 'Fondo', kind: 'money' },
  { key: 'reserve', label: 'Riserva', kind: 'money' },
  { key: 'defaultMethod', label: 'Metodo di ripartizione', kind: 'method' },
  { key: 'sogliaPolicy', label: 'Politica soglia minima', kind: 'soglia' },
  { key: 'latePenaltyPerMonth', label: 'Penalità per mese di ritardo %', kind: 'percent' },
  { key: 'atMostPolicy', label: 'Obiettivi "al massimo"', kind: 'atMost' },
  { key: 'partTime', label: 'Proporziona al part-time', kind: 'yesno' },
  { key: 'fullTimeHours', label: 'Ore tempo pieno', kind: 'number' },
  { key: 'individualEvaluation', label: 'Valutazione individuale', kind: 'yesno' },
  { key: 'absenceReduction', label: 'Riduzione per assenze', kind: 'yesno' },
  {
    key: 'absencePercentPerDay',
    label: 'Riduzione % per giorno di assenza',
    kind: 'percent',
    range: { min: 0, max: 100 },
  },
  { key: 'redistributeEconomie', label: 'Ridistribuisci economie', kind: 'yesno' },
  {
    key: 'differentiationPremiumPercent',
    label: 'Maggiorazione differenziazione %',
    kind: 'percent',
    range: { min: 0, max: 100 },
  },
  {
    key: 'differentiationMinStaffPercent',
    label: 'Quota minima personale differenziato %',
    kind: 'percent',
    range: { min: 0, max: 100 },
  },
  {
    key: 'paymentTimesMinWeight',
    label: 'Peso minimo obiettivo tempi di pagamento %',
    kind: 'percent',
    range: { min: 0, max: 100 },
  },
];

const SCALAR_BY_LABEL = new Map(SCALARS.map((d) => [normalizeLabel(d.label), d]));

/** The single parameter a column-A label names, if any. */
export function scalarByLabel(label: string): ScalarDef | undefined {
  return SCALAR_BY_LABEL.get(normalizeLabel(label));
}

/** Header of the single parameters block. */
export const SCALAR_HEADER = ['Parametro', 'Valore', 'Note'] as const;

export type SectionKey = 'pools' | 'categoryPoints' | 'headcountBands' | 'payoutCurve';

export interface SectionDef {
  key: SectionKey;
  title: string;
  /** Column roles in writing order, each with the header written and the labels accepted. */
  columns: readonly { role: string; header: string; accepted: readonly string[]; required: boolean }[];
  /** A present section with no rows: "none" (pools) or an error (the others). */
  mayBeEmpty: boolean;
}

export const SECTIONS: readonly SectionDef[] = [
  {
    key: 'pools',
    title: 'Fondi / pool',
    columns: [
      { role: 'name', header: 'Nome', accepted: ['nome', 'pool', 'nome pool', 'nome fondo'], required: true },
      { role: 'tipologie', header: 'Tipologie', accepted: ['tipologie', 'tipologia'], required: false },
      { role: 'amount', header: 'Importo', accepted: ['importo'], required: false },
      { role: 'percent', header: 'Percentuale', accepted: ['percentuale', 'quota'], required: false },
      { role: 'method', header: 'Metodo', accepted: ['metodo'], required: false },
    ],
    mayBeEmpty: true,
  },
  {
    key: 'categoryPoints',
    title: 'Punti per categoria',
    columns: [
      { role: 'category', header: 'Categoria', accepted: ['categoria'], required: true },
      { role: 'points', header: 'Punti', accepted: ['punti'], required: true },
    ],
    mayBeEmpty: false,
  },
  {
    key: 'headcountBands',
    title: 'Fasce di personale',
    columns: [
      { role: 'min', header: 'Da N. dip.', accepted: ['da n dip', 'da n dipendenti', 'da'], required: true },
      { role: 'coefficient', header: 'Coefficiente', accepted: ['coefficiente', 'coeff'], required: true },
    ],
    mayBeEmpty: false,
  },
  {
    key: 'payoutCurve',
    title: 'Curva di pagamento',
    columns: [
      { role: 'from', header: 'Da %', accepted: ['da', 'da raggiungimento'], required: true },
      { role: 'payout', header: 'Pagamento', accepted: ['pagamento'], required: true },
    ],
    mayBeEmpty: false,
  },
];

const SECTION_BY_TITLE = new Map(SECTIONS.map((s) => [normalizeLabel(s.title), s]));

export function sectionByTitle(label: string): SectionDef | undefined {
  return SECTION_BY_TITLE.get(normalizeLabel(label));
}

// --- keywords (matched after normalizeLabel) -------------------------------------------------

export const METHOD_WORDS: Readonly<Record<string, SplitMethod>> = {
  coefficiente: 'coefficient',
  coefficienti: 'coefficient',
  coefficient: 'coefficient',
  rilevanza: 'relevance',
  relevance: 'relevance',
  peso: 'weight',
  pesi: 'weight',
  weight: 'weight',
};
export const METHOD_WRITTEN: Readonly<Record<SplitMethod, string>> = {
  coefficient: 'coefficiente',
  relevance: 'rilevanza',
  weight: 'peso',
};

export const SOGLIA_WORDS: Readonly<Record<string, Parameters['sogliaPolicy']>> = {
  proporzionale: 'proportional',
  proportional: 'proportional',
  piena: 'full',
  pieno: 'full',
  full: 'full',
};
export const SOGLIA_WRITTEN: Readonly<Record<Parameters['sogliaPolicy'], string>> = {
  proportional: 'proporzionale',
  full: 'piena',
};

export const AT_MOST_WORDS: Readonly<Record<string, Parameters['atMostPolicy']>> = {
  'si no': 'binary',
  binario: 'binary',
  binary: 'binary',
  proporzionale: 'proportional',
  proportional: 'proportional',
};
export const AT_MOST_WRITTEN: Readonly<Record<Parameters['atMostPolicy'], string>> = {
  binary: 'sì/no',
  proportional: 'proporzionale',
};

/** Payout of a curve band that pays the achievement. */
export const PROPORTIONAL_WORDS: readonly string[] = ['proporzionale', 'proportional'];
export const PROPORTIONAL_WRITTEN = 'proporzionale';

export const YES_WRITTEN = 'SÌ';
export const NO_WRITTEN = 'NO';

/** The keywords of a kind, as written, for messages ("proporzionale, piena"). */
export function acceptedWords(kind: ScalarKind): string {
  switch (kind) {
    case 'method':
      return Object.values(METHOD_WRITTEN).join(', ');
    case 'soglia':
      return Object.values(SOGLIA_WRITTEN).join(', ');
    case 'atMost':
      return Object.values(AT_MOST_WRITTEN).join(', ');
    default:
      return '';
  }
}

/** Tipologie a pool may hold, as stored in `Pool.tipologie`. */
/** "obiettivi": the objectives of the areas' weight tables, which are not projects. */
export const TIPOLOGIE = ['generale', 'intersettoriale', 'settore', 'obiettivi'] as const;
export type Tipologia = (typeof TIPOLOGIE)[number];

/** "GENERALE", "Intersettoriali", "SETTORE 2" -> the pool class; undefined when unknown. */
export function tipologiaOf(text: string): Tipologia | undefined {
  const t = normalizeLabel(text);
  if (/^general[ei]$/.test(t)) return 'generale';
  if (/^intersettorial[ei]$/.test(t)) return 'intersettoriale';
  if (/^settor[ei]( \d+)?$/.test(t)) return 'settore';
  if (/^obiettiv[oi]( (di|delle) aree?)?$/.test(t)) return 'obiettivi';
  return undefined;
}

/** Category key as stored in `Parameters.categoryPoints`: "Una tantum" -> "una tantum". */
export function categoryKey(name: string): string {
  return normalizeLabel(name);
}

/** Category name as the writer shows it: "una tantum" -> "Una tantum". */
export function categoryName(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}
