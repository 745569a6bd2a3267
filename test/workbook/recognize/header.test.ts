import { normalizeLabel } from '../../../src/domain/values';
import { classifyHeader, headerRole } from '../../../src/workbook/recognize';
import type { HeaderCell } from '../../../src/workbook/recognize/header';

const cells = (...labels: string[]): HeaderCell[] =>
  labels.map((text, col) => ({ col, text, label: normalizeLabel(text), roles: headerRole(text) }));

describe('header kind decision', () => {
  it.each([
    [['NR.', 'Obiettivo', 'Peso %'], 'weights', { id: 0, title: 1, weight: 2 }],
    [['Obiettivo', 'Peso'], 'weights', { title: 0, weight: 1 }],
    [['Objective', 'Weight', 'Unit'], 'weights', { title: 0, weight: 1, area: 2 }],
    [
      ['N.', 'Obiettivo', 'Indicatore', 'Valore atteso', 'Valore raggiunto'],
      'objectives',
      { id: 0, title: 1, indicator: 2, target: 3, actual: 4 },
    ],
    [['Obiettivo N.', 'Target', 'Actual'], 'objectives', { id: 0, target: 1, actual: 2 }],
    [
      ['Progressivo', 'Tipologia progetto', 'Titolo del progetto', 'Macro categoria', 'N. dip.'],
      'projects',
      { id: 0, tipologia: 1, title: 2, category: 3, headcount: 4 },
    ],
    [['Area', 'Rilevanza obiettivi'], 'relevance', { area: 0, relevance: 1 }],
    [['Settore', 'Quota %'], 'relevance', { area: 0, relevance: 1 }],
    [['Cognome e nome', 'Categoria', 'Ore settimanali'], 'staff', { employee: 0, grade: 1, hours: 2 }],
    [['Employee', 'Hours'], 'staff', { employee: 0, hours: 1 }],
    [['Obiettivo', 'Dipendente', 'Quota'], 'assignments', { title: 0, employee: 1, share: 2 }],
    [['N.', 'Risorse umane assegnate'], 'assignments', { id: 0, assignees: 1 }],
    [
      [
        'n.',
        'OGGETTO',
        'DESCRIZIONE DEGLI OBIETTIVI ASSEGNATI (aggiornamento 2021)',
        'INDICATORE',
        'RISULTATO',
      ],
      'objectives',
      { id: 0, title: 1, description: 2, indicator: 3, target: 4 },
    ],
    // "Risultato" after the result expected is the result reached.
    [
      ['N.', 'Obiettivo', 'Risultato atteso', 'Risultato'],
      'objectives',
      { id: 0, title: 1, target: 2, actual: 3 },
    ],
    // A description with no title beside it is the title.
    [
      ['N.', 'Descrizione', 'Indicatore', 'Risultato atteso'],
      'objectives',
      { id: 0, title: 1, indicator: 2, target: 3 },
    ],
  ] as [string[], string, Record<string, number>][])('%j is %s', (labels, kind, columns) => {
    const m = classifyHeader(cells(...labels));
    expect(m?.kind).toBe(kind);
    expect(m?.columns).toEqual(columns);
  });

  it('prefers the kind with more recognised labels', () => {
    // Weights and objectives both eligible; the objective table has more roles.
    expect(classifyHeader(cells('N.', 'Obiettivo', 'Peso', 'Indicatore', 'Target'))?.kind).toBe('objectives');
  });

  it('needs the required roles, not just two labels', () => {
    expect(classifyHeader(cells('N.', 'Obiettivo'))).toBeUndefined(); // no weight, no indicator
    expect(classifyHeader(cells('Area', 'Responsabile'))).toBeUndefined();
    expect(classifyHeader(cells('Peso', 'Note'))).toBeUndefined();
    expect(classifyHeader(cells('Categoria', 'Peso'))).toBeUndefined();
    expect(classifyHeader(cells('AREA FINANZIARIA'))).toBeUndefined();
  });

  it('keeps the first column for a repeated role and notes the duplicate', () => {
    const m = classifyHeader(cells('N.', 'Obiettivo', 'Peso', 'Peso %'));
    expect(m?.columns.weight).toBe(2);
    expect(m?.duplicates).toEqual([{ col: 3, role: 'weight' }]);
  });

  it('reads the category classes of a project header', () => {
    const m = classifyHeader(
      cells('N.', 'Tipologia progetto', '1.Strategico (40) 2.Innovativo (25)', 'N. dip.'),
    );
    expect(m?.kind).toBe('projects');
    expect(m?.columns.category).toBe(2);
    expect(m?.categoryClasses).toEqual([
      { key: 'strategico', points: 40 },
      { key: 'innovativo', points: 25 },
    ]);
  });
});
