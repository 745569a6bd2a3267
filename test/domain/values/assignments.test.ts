import { parseAssignmentsText, readAssignmentsCell } from '../../../src/domain/values';

const people = (text: string) => {
  const r = parseAssignmentsText(text);
  return r.ok ? r.value : r.problem;
};

describe('parseAssignmentsText', () => {
  it('reads shares before the name, after a label', () => {
    expect(people('RISORSE UMANE ASSEGNATE: 40% Ferri Lucia - 5% Conti Marco')).toEqual([
      { name: 'Ferri Lucia', share: 40 },
      { name: 'Conti Marco', share: 5 },
    ]);
  });

  it('reads shares in parentheses after the name', () => {
    expect(people('Elena Brambilla (60%), Tommaso Galli (40%).')).toEqual([
      { name: 'Elena Brambilla', share: 60 },
      { name: 'Tommaso Galli', share: 40 },
    ]);
  });

  it('reads shares after the name with semicolons, colons and decimal commas', () => {
    expect(people('Mario Rossi 50%; Anna Bianchi 50%')).toEqual([
      { name: 'Mario Rossi', share: 50 },
      { name: 'Anna Bianchi', share: 50 },
    ]);
    expect(people('Mario Rossi: 12,5%, Anna Bianchi: 87,5%')).toEqual([
      { name: 'Mario Rossi', share: 12.5 },
      { name: 'Anna Bianchi', share: 87.5 },
    ]);
  });

  it('reads names without shares', () => {
    expect(people('Mario Rossi, Anna Bianchi e Luca Verdi')).toEqual([
      { name: 'Mario Rossi' },
      { name: 'Anna Bianchi' },
      { name: 'Luca Verdi' },
    ]);
    expect(people('Mario Rossi\nAnna Bianchi')).toEqual([{ name: 'Mario Rossi' }, { name: 'Anna Bianchi' }]);
  });

  it('keeps apostrophes, accents and double surnames', () => {
    expect(people("Giulia D'Angelo 30% - Niccolò Rossi-Bianchi 70%")).toEqual([
      { name: "Giulia D'Angelo", share: 30 },
      { name: 'Niccolò Rossi-Bianchi', share: 70 },
    ]);
  });

  it('refuses texts that are not a list of people', () => {
    for (const text of [
      'Tutti i dipendenti + Segretario Generale',
      'Responsabili - dipendenti',
      'Mario Rossi 50% 20%',
      '50%',
      'Mario Rossi 3 giorni',
    ]) {
      expect(people(text)).toEqual({ code: 'UNREADABLE_ASSIGNMENTS', detail: text });
    }
    expect(people('  ')).toEqual({ code: 'EMPTY' });
  });
});

describe('readAssignmentsCell', () => {
  it('reads people, also when only their shares in parentheses separate them', () => {
    expect(readAssignmentsCell('Sara Neri (80%) Luca Poli (20%)')).toEqual({
      kind: 'people',
      people: [
        { name: 'Sara Neri', share: 80 },
        { name: 'Luca Poli', share: 20 },
      ],
    });
  });

  it('reads the whole staff only when it is said in so many words, with the area it names', () => {
    for (const text of [
      'Tutto il personale',
      'tutto il personale.',
      'Tutti i dipendenti',
      "Tutto il personale dell'area",
    ])
      expect(readAssignmentsCell(text)).toEqual({ kind: 'allStaff' });
    expect(readAssignmentsCell('Tutto il personale Area Tecnica')).toEqual({
      kind: 'allStaff',
      area: 'Area Tecnica',
    });
    expect(readAssignmentsCell("Tutto il personale dell'Area Servizi alla Persona")).toEqual({
      kind: 'allStaff',
      area: 'Area Servizi alla Persona',
    });
    expect(readAssignmentsCell('Tutto il personale della Polizia Locale')).toEqual({
      kind: 'allStaff',
      area: 'Polizia Locale',
    });
    expect(readAssignmentsCell('tutto l’ufficio, come l’anno scorso').kind).toBe('unreadable');
    // The whole staff, and the secretary (not staff of the fund) set aside.
    expect(readAssignmentsCell('Tutti i dipendenti + Segretario Generale')).toEqual({
      kind: 'allStaff',
      roles: ['Segretario Generale'],
    });
    expect(readAssignmentsCell('Tutti i dipendenti + Mario Rossi').kind).toBe('unreadable');
  });

  it('says what was understood of a cell it cannot read in full, and what not', () => {
    expect(readAssignmentsCell('Sara Neri (80%) Luca Poli (20%) e personale del servizio civile')).toEqual({
      kind: 'unreadable',
      understood: [
        { name: 'Sara Neri', share: 80 },
        { name: 'Luca Poli', share: 20 },
      ],
      rest: ['personale del servizio civile'],
    });
    // The area head named last, after people with shares, is a role set aside, not a share.
    expect(
      readAssignmentsCell(
        'Sara Neri (80%) Luca Poli (20%) Responsabile Area Servizi alla Persona Dott.ssa Anna Riva',
      ),
    ).toEqual({
      kind: 'people',
      people: [
        { name: 'Sara Neri', share: 80 },
        { name: 'Luca Poli', share: 20 },
      ],
      role: 'Responsabile Area Servizi alla Persona Dott.ssa Anna Riva',
    });
    // Without shares, who the role includes is a guess: not read.
    expect(readAssignmentsCell('Sara Neri, Luca Poli Responsabile Area Tecnica').kind).toBe('unreadable');
    expect(readAssignmentsCell('Responsabili - dipendenti')).toEqual({
      kind: 'unreadable',
      understood: [],
      rest: ['Responsabili', 'dipendenti'],
    });
  });
});
