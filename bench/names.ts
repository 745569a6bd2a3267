/**
 * Invented names and titles for the benchmark plans: plausible Italian text of realistic length,
 * so that messages, trails and name matching do the work they do on a real plan.
 */

const SURNAMES = [
  'Albertini',
  'Bassi',
  'Bellini',
  'Benedetti',
  'Bonetti',
  'Caputo',
  'Carraro',
  'Castelli',
  'Cattaneo',
  'Colombo',
  'Conti',
  'Costa',
  'D\u2019Angelo',
  'De Luca',
  'Donati',
  'Esposito',
  'Fabbri',
  'Ferrari',
  'Fontana',
  'Galli',
  'Gentile',
  'Giordano',
  'Grasso',
  'Greco',
  'Guerra',
  'Lombardi',
  'Longo',
  'Mancini',
  'Marchetti',
  'Mariani',
  'Martini',
  'Messina',
  'Monti',
  'Moretti',
  'Negri',
  'Orlando',
  'Pace',
  'Palumbo',
  'Parisi',
  'Pellegrini',
  'Rinaldi',
  'Rizzo',
  'Romano',
  'Ruggiero',
  'Sala',
  'Santoro',
  'Serra',
  'Testa',
  'Valentini',
  'Vitale',
];
const FIRST = [
  'Alessandra',
  'Andrea',
  'Anna',
  'Antonio',
  'Barbara',
  'Carla',
  'Chiara',
  'Claudio',
  'Cristina',
  'Daniela',
  'Davide',
  'Elena',
  'Enrico',
  'Federica',
  'Francesco',
  'Giacomo',
  'Giorgio',
  'Giulia',
  'Ilaria',
  'Laura',
  'Lorenzo',
  'Luca',
  'Marco',
  'Maria',
  'Massimo',
  'Matteo',
  'Michela',
  'Nicola',
  'Niccol\u00f2',
  'Paola',
  'Paolo',
  'Roberta',
  'Roberto',
  'Sara',
  'Simona',
  'Stefano',
  'Tiziana',
  'Valeria',
  'Vittorio',
  'Zeno',
];
const SECOND = [
  '',
  'Angela',
  'Beatrice',
  'Carlo',
  'Domenico',
  'Elisa',
  'Fabio',
  'Gabriele',
  'Giovanni',
  'Grazia',
  'Ida',
  'Leone',
  'Lucia',
  'Luigi',
  'Marta',
  'Nadia',
  'Olga',
  'Pietro',
  'Rita',
  'Rosa',
  'Sergio',
  'Teresa',
  'Ugo',
  'Vanna',
  'Walter',
  'Anita',
  'Bruno',
  'Dario',
  'Emma',
  'Fiorella',
];

/** Distinct names for indices 0..n-1, spread over the combinations so neighbours differ. */
export function personName(i: number): string {
  const combos = SURNAMES.length * FIRST.length * SECOND.length;
  // 7919 is prime and does not divide `combos`: i -> i x 7919 mod combos is a permutation.
  const k = (i * 7919) % combos;
  const surname = SURNAMES[k % SURNAMES.length];
  const first = FIRST[Math.floor(k / SURNAMES.length) % FIRST.length];
  const second = SECOND[Math.floor(k / (SURNAMES.length * FIRST.length)) % SECOND.length];
  const round = Math.floor(i / combos);
  const base = second === '' ? `${surname} ${first}` : `${surname} ${first} ${second}`;
  return round === 0 ? base : `${base} ${round + 1}`;
}

/** As Employee.nameKey: lower case, no accents, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const SECTORS = [
  'Servizi finanziari',
  'Lavori pubblici',
  'Polizia locale',
  'Servizi sociali',
  'Urbanistica ed edilizia privata',
  'Servizi demografici',
  'Cultura, sport e turismo',
  'Ambiente',
  'Segreteria generale',
  'Tributi',
  'Personale e organizzazione',
  'Istruzione',
];

export function areaName(i: number): string {
  return `Settore ${i + 1} - ${SECTORS[i % SECTORS.length]}`;
}

const ACTIONS = [
  'Digitalizzazione',
  'Riorganizzazione',
  'Aggiornamento',
  'Semplificazione',
  'Monitoraggio',
  'Potenziamento',
  'Revisione',
  'Attivazione',
  'Completamento',
  'Miglioramento',
];
const SUBJECTS = [
  'delle pratiche edilizie',
  'dell\u2019archivio corrente',
  'del regolamento di contabilit\u00e0',
  'dei controlli sul territorio',
  'dello sportello al cittadino',
  'della riscossione coattiva',
  'del servizio di assistenza domiciliare',
  'delle procedure di gara',
  'del sito istituzionale',
  'della manutenzione del verde pubblico',
  'dell\u2019inventario dei beni',
  'delle iscrizioni ai servizi scolastici',
];
const CONTEXT = [
  '',
  ' con riduzione dei tempi di risposta',
  ' in collaborazione con gli altri settori',
  ' entro l\u2019anno',
];

export function objectiveTitle(i: number): string {
  return `${ACTIONS[i % ACTIONS.length]} ${SUBJECTS[Math.floor(i / 7) % SUBJECTS.length]}${
    CONTEXT[Math.floor(i / 11) % CONTEXT.length]
  }`;
}

export const INDICATOR_TEXTS = {
  atLeastPercent: ['Pratiche evase nei termini', 'Percentuale di riscossione', 'Utenti soddisfatti'],
  atLeastCount: ['Numero di controlli effettuati', 'Atti pubblicati', 'Incontri con i cittadini'],
  atMost: ['Tempo medio di risposta (giorni)', 'Reclami ricevuti', 'Errori rilevati in verifica'],
  yesNo: ['Attivazione del nuovo servizio', 'Approvazione del regolamento', 'Adozione della procedura'],
  deadline: ['Consegna della relazione finale', 'Pubblicazione del bando', 'Chiusura del procedimento'],
  manual: ['Tutti gli interventi possibili', 'Supporto agli altri uffici', 'Qualit\u00e0 del servizio reso'],
};

export const GRADES = ['Operatori', 'Operatori esperti', 'Istruttori', 'Funzionari e EQ'];
