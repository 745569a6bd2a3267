import { parseAssignmentsText } from '../../../src/domain/values';

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
