import { localizeUsageError } from '../../src/cli/commanderText';
import { premia } from '../support/cli';

describe('usage errors in Italian', () => {
  it.each([
    ["error: unknown option '--bogus'", "errore: l'opzione «--bogus» non esiste.\n"],
    [
      "error: unknown option '--jsn'\n(Did you mean --json?)",
      "errore: l'opzione «--jsn» non esiste. Forse «--json»?\n",
    ],
    [
      "error: unknown command 'valdate'\n(Did you mean validate?)",
      'errore: il comando «valdate» non esiste. Forse «validate»?\n',
    ],
    [
      "error: missing required argument 'cartella.xlsx'",
      'errore: manca la cartella di lavoro da leggere (cartella.xlsx).\n',
    ],
    [
      "error: option '--out <copia.xlsx>' argument missing",
      "errore: l'opzione «--out <copia.xlsx>» vuole un valore.\n",
    ],
    [
      "error: too many arguments for 'validate'. Expected 1 argument but got 2.",
      'errore: troppi argomenti; il comando legge una sola cartella di lavoro.\n',
    ],
  ])('%p', (english, italian) => {
    expect(localizeUsageError(english)).toBe(italian);
  });

  it('passes an error it does not know through as commander wrote it', () => {
    expect(localizeUsageError('error: something new\n')).toBe('error: something new\n');
  });

  it('answers bad usage from the real command line in Italian, with the Italian help', () => {
    const r = premia('validate', '--bogus', 'x.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("errore: l'opzione «--bogus» non esiste.");
    expect(r.stderr).toContain('Uso: premia validate [opzioni] <cartella.xlsx>');
    expect(r.stderr).toContain('mostra questo aiuto');
    expect(r.stderr).not.toMatch(/error:|Usage:|display help/);
  });
});
