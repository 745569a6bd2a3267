import { normalizeLabel } from '../../../src/domain/values';
import { headerRole, parseCategoryClasses, SYNONYMS } from '../../../src/workbook/recognize';
import { fuzzyReadingOf, withoutRemark } from '../../../src/workbook/recognize/synonyms';
import type { TableKind } from '../../../src/workbook/recognize';

const roleIn = (label: string, kind: TableKind): string | undefined =>
  headerRole(label).find((r) => r.kind === kind)?.role;

describe('header synonyms', () => {
  it.each([
    ['Peso (%)', 'weights', 'weight'],
    ['PESO %', 'weights', 'weight'],
    ['Peso%', 'weights', 'weight'],
    ['Nr.', 'weights', 'id'],
    ['N°', 'weights', 'id'],
    ['N.', 'weights', 'id'],
    ['Obiettivo N.', 'weights', 'id'],
    ['Obiettivo', 'weights', 'title'],
    ['DENOMINAZIONE', 'weights', 'title'],
    ['Unità organizzativa', 'weights', 'area'],
    ['Area', 'weights', 'area'],
    ['Weight', 'weights', 'weight'],
    ['Cognome e nome', 'staff', 'employee'],
    ['Dipendente', 'staff', 'employee'],
    ['Ore sett.', 'staff', 'hours'],
    ['Categoria giuridica', 'staff', 'grade'],
    ['Area contrattuale', 'staff', 'grade'],
    ['Giorni di assenza', 'staff', 'absence'],
    ['Quota %', 'relevance', 'relevance'],
    ['Rilevanza obiettivi', 'relevance', 'relevance'],
    ['Responsabili di servizio e uffici', 'relevance', 'area'],
    ['Valore atteso', 'objectives', 'target'],
    ['Risultato atteso', 'objectives', 'target'],
    ['Valore raggiunto', 'objectives', 'actual'],
    ['Consuntivo', 'objectives', 'actual'],
    ['Q. effettiva', 'objectives', 'actual'],
    ['Grado di raggiungimento', 'objectives', 'achievement'],
    ['Data completamento', 'objectives', 'completion'],
    ['Percentuale per verifica', 'objectives', 'subWeight'],
    ['Tempi stabiliti', 'objectives', 'deadline'],
    ['Soglia minima', 'objectives', 'soglia'],
    ['Macro categoria', 'projects', 'category'],
    ['N. dip.', 'projects', 'headcount'],
    ['Personale da coinvolgere', 'projects', 'headcount'],
    ['Coeff.', 'projects', 'coefficient'],
    ['Coeff. moltiplicatore dipendenti', 'projects', 'coefficient'],
    ['Totale coeff.', 'projects', 'totalCoefficient'],
    ['Importo stanziato (€)', 'projects', 'budget'],
    ['Budget', 'projects', 'budget'],
    ['Tipologia progetto', 'projects', 'tipologia'],
    ['Titolo del progetto', 'projects', 'title'],
    ['Progressivo', 'projects', 'id'],
    ['Risorse umane assegnate', 'assignments', 'assignees'],
    ['%', 'assignments', 'share'],
    ['Partecipazione', 'assignments', 'share'],
    ['OGGETTO', 'objectives', 'title'],
    ['RISULTATO', 'objectives', 'target'],
    ['DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI', 'objectives', 'description'],
    // A remark in brackets after the label does not stop it matching, wrapped or not.
    ['DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI (aggornamento novembre 2021)', 'objectives', 'description'],
    ['TEMPI\nSTABILITI\n(entro il)', 'objectives', 'deadline'],
    ['Peso obiettivo [vedi nota]', 'weights', 'weight'],
  ] as [string, TableKind, string][])('"%s" is the %s role %s', (label, kind, role) => {
    expect(roleIn(label, kind)).toBe(role);
  });

  it('ignores case, accents, punctuation and repeated spaces', () => {
    expect(roleIn('  UNITA’   ORGANIZZATIVA ', 'weights')).toBe('area');
    expect(roleIn('quantità', 'objectives')).toBe('target');
    expect(roleIn('Peso  obiettivo  (%)', 'weights')).toBe('weight');
  });

  it('gives "Categoria" a role in projects and in staff, and nothing to unknown labels', () => {
    expect(
      headerRole('Categoria')
        .map((r) => `${r.kind}:${r.role}`)
        .sort(),
    ).toEqual(['projects:category', 'staff:grade']);
    expect(headerRole('Note')).toEqual([]);
    expect(headerRole('AREA FINANZIARIA')).toEqual([]);
  });

  it('has at most one role per label within a kind', () => {
    for (const [kind, roles] of Object.entries(SYNONYMS)) {
      const seen = new Map<string, string>();
      for (const [role, labels] of Object.entries(roles)) {
        for (const label of labels ?? []) {
          const key = normalizeLabel(label);
          const before = seen.get(key);
          expect(
            before === undefined || before === role ? 'ok' : `${kind}: "${label}" is ${before} and ${role}`,
          ).toBe('ok');
          seen.set(key, role);
        }
      }
    }
  });
});

describe('category classes in a header', () => {
  it('reads the numbered classes with their points', () => {
    const header =
      '1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (10) 5.Una tantum (5)';
    expect(parseCategoryClasses(header)).toEqual([
      { key: 'strategico', points: 40 },
      { key: 'innovativo', points: 25 },
      { key: 'miglioramento', points: 20 },
      { key: 'mantenimento', points: 10 },
      { key: 'una tantum', points: 5 },
    ]);
    expect(headerRole(header)).toEqual([{ kind: 'projects', role: 'category' }]);
  });

  it('reads a "Macro categoria:" prefix and classes without points', () => {
    expect(parseCategoryClasses('Macro categoria: Strategico (40) - Innovativo (25,5)')).toEqual([
      { key: 'strategico', points: 40 },
      { key: 'innovativo', points: 25.5 },
    ]);
    expect(parseCategoryClasses('Strategico / Innovativo / Mantenimento')).toEqual([
      { key: 'strategico' },
      { key: 'innovativo' },
      { key: 'mantenimento' },
    ]);
  });

  it('is not fooled by one class or other text', () => {
    expect(parseCategoryClasses('Strategico (40)')).toBeUndefined();
    expect(parseCategoryClasses('Peso (%)')).toBeUndefined();
    expect(parseCategoryClasses('Rossi, Bianchi')).toBeUndefined();
  });

  it('sets aside only a bracketed remark with letters, and says what it read', () => {
    expect(withoutRemark('Rilevanza (aggiornamento 2021)')).toBe('Rilevanza');
    expect(withoutRemark('Peso (%)')).toBeUndefined();
    expect(withoutRemark('(nota)')).toBeUndefined();
    expect(fuzzyReadingOf('Tempi stabiliti (entro il)')).toBe('tempi stabiliti');
    // The remark does not make an unknown label known.
    expect(headerRole('Colonna libera (nota)')).toEqual([]);
  });
});
