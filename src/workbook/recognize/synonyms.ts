/**
 * Header synonyms (docs/domain.md section 4): which column role a header label plays in each table
 * kind. Labels are compared after `normalizeLabel` (case, accents, punctuation, repeated spaces
 * and a trailing "%" ignored), so "PESO %", "Peso (%)" and "peso" are one label.
 *
 * A label may play roles in several kinds ("Area" is the area column of a weight, staff or
 * relevance table; "Categoria" is a project's category or an employee's grade): the header
 * row as a whole decides the kind (see header.ts). Within one kind a label has one role.
 */
import { normalizeLabel } from '../../domain/values';
import type { ColumnRole, TableKind } from './types';
import { parseCategoryClasses } from './classes';
import { closestLabel } from './fuzzy';

type RoleSynonyms = Partial<Record<ColumnRole, readonly string[]>>;

const ID = [
  'nr',
  'n',
  'no',
  'num',
  'numero',
  'obiettivo n',
  'n obiettivo',
  'nr obiettivo',
  'numero obiettivo',
  'id',
  'cod',
  'codice',
  'codice obiettivo',
  'obiettivo id',
  'id obiettivo',
  'obiettivo nr',
  'obiettivo numero',
  'obiettivo codice',
];
const TITLE = [
  'obiettivo',
  'obiettivi',
  'denominazione',
  'denominazione obiettivo',
  'titolo',
  'titolo obiettivo',
  'descrizione obiettivo',
  'obiettivo di performance',
  'obiettivo operativo',
  'obiettivo gestionale',
  'definizione obiettivo',
  'definizione dell obiettivo',
  // Plans that head the short name of each objective "OGGETTO" (the description beside it).
  'oggetto',
  'oggetto obiettivo',
  'objective',
  'objective title',
];
const WEIGHT = ['peso', 'pesatura', 'peso obiettivo', 'pesatura obiettivo', 'peso percentuale', 'weight'];
const AREA = [
  'area',
  'settore',
  'servizio',
  'ufficio',
  'area settore',
  'settore servizio',
  'assegnatario',
  'assegnatario obiettivo',
  'unita organizzativa',
  'struttura',
  'area di riferimento',
  'assegnazione obiettivo',
  'unit',
  'department',
];
const RESPONSABILE = [
  'responsabile',
  'responsabile area',
  'responsabile servizio',
  'dirigente',
  'referente',
  'head',
];
const EMPLOYEE = [
  'cognome e nome',
  'nome e cognome',
  'cognome nome',
  'nome cognome',
  'nome',
  'dipendente',
  'nominativo',
  'nominativo dipendente',
  'employee',
  'name',
];
const ASSIGNEES = [
  'risorse umane assegnate',
  'risorse umane',
  'personale assegnato',
  'dipendenti assegnati',
  'risorse assegnate',
  'assigned staff',
];
const SOGLIA = ['soglia minima', 'soglia', 'soglia minima risultato atteso', 'minimum threshold'];
const BUDGET = [
  'importo stanziato',
  'budget',
  'importo',
  'stanziamento',
  'importo assegnato',
  'budget assegnato',
];

/** An objective's degree of achievement typed by hand (grado di raggiungimento). */
const ACHIEVEMENT = [
  'grado di raggiungimento',
  'grado raggiungimento',
  'percentuale di raggiungimento',
  'raggiungimento',
  'achievement',
];

/** Role synonyms per kind. Extend here; the test checks a label has one role per kind. */
export const SYNONYMS: Readonly<Record<TableKind, RoleSynonyms>> = {
  // Never detected by its header (build.ts reclassifies weights tables): no synonyms of its own.
  transversal: {},
  weights: {
    id: ID,
    title: TITLE,
    weight: WEIGHT,
    area: AREA,
    responsabile: RESPONSABILE,
    assignees: ASSIGNEES,
    // A weight table often carries the year's result of each objective beside its weight.
    soglia: SOGLIA,
    achievement: ACHIEVEMENT,
  },
  objectives: {
    id: ID,
    title: TITLE,
    weight: WEIGHT,
    area: AREA,
    responsabile: RESPONSABILE,
    indicator: [
      'indicatore',
      'indicatori',
      'indicatore performance',
      'indicatore di performance',
      'indicatore di risultato',
      'descrizione indicatore',
      'indicator',
      'indicators',
    ],
    // The objective's long description beside its title ("OGGETTO | DESCRIZIONE DEGLI OBIETTIVI
    // ASSEGNATI"): read for sub-weights, budgets and penalties written in it, and the title when
    // the header has no other (header.ts).
    description: [
      'descrizione',
      'descrizione degli obiettivi assegnati',
      'descrizione degli obiettivi',
      'descrizione obiettivi',
      'descrizione obiettivi assegnati',
      'obiettivi assegnati',
      'description',
    ],
    target: [
      'valore atteso',
      'risultato atteso',
      'risultati attesi',
      // A block headed "INDICATORE | RISULTATO": the result expected, as in "risultato atteso".
      'risultato',
      'target',
      'quantita',
      'quantita attesa',
      'valore obiettivo',
      'valore target',
      'traguardo',
      'expected',
      'expected value',
    ],
    actual: [
      'raggiunto',
      'valore raggiunto',
      'risultato raggiunto',
      'consuntivo',
      'valore consuntivo',
      'valore effettivo',
      'q effettiva',
      'quantita effettiva',
      'actual',
      'actual value',
    ],
    // Phases describe the objective ("1. Bozza ... 2. Variazioni ..."); they are not indicators.
    phases: ['fasi', 'descrizione fasi', 'fasi di attuazione', 'fasi attuative', 'descrizione delle fasi'],
    subWeight: ['peso indicatore', 'peso indicatori', 'percentuale per verifica', 'indicator weight'],
    soglia: SOGLIA,
    deadline: [
      'tempi',
      'tempi stabiliti',
      'tempistica',
      'scadenza',
      'data scadenza',
      'entro',
      'termine',
      'deadline',
    ],
    completion: [
      'data completamento',
      'data di completamento',
      'data conclusione',
      'data di conclusione',
      'data realizzazione',
      'completion',
      'completion date',
    ],
    achievement: ACHIEVEMENT,
    budget: BUDGET,
    assignees: ASSIGNEES,
  },
  projects: {
    id: ['progressivo', 'n', 'nr', 'no', 'num', 'numero', 'n progetto', 'id'],
    title: [
      'titolo del progetto',
      'titolo progetto',
      'titolo',
      'progetto',
      'denominazione progetto',
      'descrizione progetto',
      'obiettivo',
      'project',
    ],
    tipologia: ['tipologia progetto', 'tipologia', 'tipo progetto', 'tipologia obiettivo', 'project type'],
    category: ['categoria', 'macro categoria', 'macrocategoria', 'categoria progetto', 'classe', 'category'],
    headcount: [
      'n dip',
      'nr dip',
      'n dipendenti',
      'numero dipendenti',
      'personale da coinvolgere',
      'personale coinvolto',
      'dipendenti coinvolti',
      'n personale',
      'headcount',
    ],
    points: ['punti', 'punteggio', 'punti categoria', 'punteggio categoria', 'points'],
    coefficient: [
      'coeff',
      'coefficiente',
      'coeff moltiplicatore',
      'coeff moltiplicatore dipendenti',
      'coefficiente moltiplicatore',
      'coefficiente moltiplicatore dipendenti',
      'coefficient',
    ],
    totalCoefficient: [
      'totale coeff',
      'totale coefficiente',
      'coeff totale',
      'coefficiente totale',
      'total coefficient',
    ],
    budget: BUDGET,
    weight: ['peso', 'peso progetto', 'weight'],
    soglia: SOGLIA,
    area: AREA,
    responsabile: RESPONSABILE,
    achievement: [
      'grado di raggiungimento',
      'grado raggiungimento',
      'percentuale di raggiungimento',
      'achievement',
    ],
    assignees: ASSIGNEES,
  },
  relevance: {
    area: [...AREA, 'responsabili di servizio e uffici', 'servizi e uffici'],
    relevance: [
      'rilevanza',
      'rilevanza obiettivi',
      'quota',
      'quota fondo',
      'percentuale fondo',
      'percentuale',
      'relevance',
      'share of fund',
    ],
    responsabile: RESPONSABILE,
  },
  staff: {
    employee: EMPLOYEE,
    grade: ['categoria', 'categoria giuridica', 'cat', 'area contrattuale', 'inquadramento', 'grade'],
    profile: ['profilo', 'profilo professionale', 'qualifica', 'profile'],
    hours: [
      'ore settimanali',
      'ore',
      'ore sett',
      'ore settimana',
      'orario settimanale',
      'weekly hours',
      'hours',
    ],
    area: AREA,
    evaluation: [
      'valutazione individuale',
      'punteggio individuale',
      'valutazione',
      'punteggio valutazione',
      'evaluation',
      'individual score',
    ],
    absence: ['giorni di assenza', 'giorni assenza', 'assenze', 'days absent', 'absence'],
  },
  assignments: {
    id: ID,
    title: TITLE,
    area: AREA,
    employee: EMPLOYEE,
    share: [
      'quota',
      'percentuale',
      'partecipazione',
      'percentuale partecipazione',
      'quota partecipazione',
      '%',
      'share',
    ],
    assignees: ASSIGNEES,
  },
  // Cards are found by their labels (cards.ts), not by header synonyms.
  'objective-cards': {},
};

export interface HeaderRole {
  kind: TableKind;
  role: ColumnRole;
}

let index: Map<string, HeaderRole[]> | undefined;
let knownLabels: string[] | undefined;

function lookup(): Map<string, HeaderRole[]> {
  if (index) return index;
  const map = new Map<string, HeaderRole[]>();
  for (const kind of Object.keys(SYNONYMS) as TableKind[]) {
    const roles = SYNONYMS[kind];
    for (const role of Object.keys(roles) as ColumnRole[]) {
      for (const label of roles[role] ?? []) {
        const key = normalizeLabel(label);
        const list = map.get(key) ?? [];
        if (!list.some((r) => r.kind === kind)) list.push({ kind, role });
        map.set(key, list);
      }
    }
  }
  index = map;
  knownLabels = [...map.keys()];
  return map;
}

/**
 * Roles a header label plays, one per kind at most. A header listing the project classes
 * ("1.Strategico (40) 2.Innovativo (25) ...") is a project table's category column.
 */
export function headerRole(label: string): HeaderRole[] {
  return rolesOf(label).map((r) => ({ ...r }));
}

/** No header label is longer than this (the longest, a class list, is about 100 characters). */
const MAX_LABEL = 240;
const memo = new Map<string, Reading>();

/** headerRole without copying, memoised: the sheet scan asks about every text cell. */
export function rolesOf(label: string): readonly HeaderRole[] {
  return reading(label).roles;
}

/**
 * The synonym a label was read as when it matched only with a year, a unit or a typo
 * ("IMPORTE STANZIATO 2024" -> "importo stanziato"); undefined for an exact match or none.
 */
export function fuzzyReadingOf(label: string): string | undefined {
  return reading(label).readAs;
}

interface Reading {
  roles: readonly HeaderRole[];
  readAs?: string;
}

const NONE: Reading = { roles: [] };

/** A trailing remark in brackets, at least one letter long. */
const REMARK = /^(.*\p{L}.*?)\s*[([][^()[\]]*\p{L}[^()[\]]*[)\]]\s*$/su;

/**
 * The label without its trailing bracketed remark(s), or undefined when it has none. Brackets
 * holding no letter ("Peso (%)", "Importo (€)") are not remarks: normalizeLabel reads them.
 */
export function withoutRemark(label: string): string | undefined {
  let bare = label;
  for (let m = REMARK.exec(bare); m !== null; m = REMARK.exec(bare)) bare = m[1];
  return bare === label || bare.trim() === '' ? undefined : bare;
}

function reading(label: string): Reading {
  if (label.length > MAX_LABEL) return NONE;
  const cached = memo.get(label);
  if (cached) return cached;
  const map = lookup();
  const normal = normalizeLabel(label);
  let found: Reading = { roles: map.get(normal) ?? [] };
  if (found.roles.length === 0 && parseCategoryClasses(label))
    found = { roles: [{ kind: 'projects', role: 'category' }] };
  if (found.roles.length === 0 && normal !== '') {
    // Second chance: a year, a unit or a typo in a header label (fuzzy.ts).
    const known = closestLabel(normal, knownLabels ?? []);
    if (known !== undefined) found = { roles: map.get(known) ?? [], readAs: known };
  }
  if (found.roles.length === 0) {
    // Third: a remark in brackets after the label ("DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI
    // (aggiornamento novembre 2021)"), set aside when the label before it is a header label.
    const bare = withoutRemark(label);
    if (bare !== undefined) {
      const inner = reading(bare);
      if (inner.roles.length > 0)
        found = { roles: inner.roles, readAs: inner.readAs ?? normalizeLabel(bare) };
    }
  }
  if (memo.size > 20000) memo.clear();
  memo.set(label, found);
  return found;
}
