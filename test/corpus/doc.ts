/**
 * docs/malformed-corpus.md, made from the corpus and what Premia answered to each case: the
 * test compares the file with this text, and `npx tsx test/corpus/write-doc.ts` rewrites it.
 */
import type { Finding } from '../../src/domain/findings';
import type { Case, Theme } from './cases';

export interface Answer {
  all: Finding[];
  exit: 0 | 1;
  refused: boolean;
  writeRefused: boolean;
}

const THEMES: Record<Theme, string> = {
  tipi: 'Tipi sbagliati in ogni genere di colonna',
  numeri: 'Numeri in formato italiano e inglese',
  percentuali: 'Percentuali e frazioni',
  date: 'Date impossibili o scritte a mano',
  errori: 'Valori di errore di Excel',
  unioni: 'Celle unite e righe o colonne nascoste',
  vuote: 'Tabelle vuote e sole intestazioni',
  intestazioni: 'Intestazioni doppie, mancanti o diverse',
  testi: 'Testi enormi o strani',
  grandi: 'Tabelle molto grandi',
  fogli: 'Fogli con nomi insoliti',
  formule: 'Formule',
  layout: 'Disposizioni miste',
};

const cellOf = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.cell}`)[0];
const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const clip = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

function answer(c: Case, a: Answer): string {
  const parts: string[] = [];
  if (c.expect.codes.length === 0) parts.push('nessun errore');
  for (const code of c.expect.codes) {
    const f = a.all.find((x) => x.code === code);
    const where = f && cellOf(f) ? ` (${cellOf(f)})` : '';
    parts.push(`\`${code}\`${where}: «${f ? escape(clip(f.message)) : '—'}»`);
  }
  return parts.join('<br>');
}

function outcome(a: Answer): string {
  if (a.writeRefused) return `exit ${a.exit}; scrittura rifiutata`;
  return `exit ${a.exit}; ${a.refused ? 'distribuzione rifiutata' : 'distribuzione fatta'}`;
}

export function corpusDoc(cases: Case[], answers: Map<string, Answer>): string {
  const out: string[] = [
    '# The malformed-workbook corpus',
    '',
    '<!-- Written by `npx tsx test/corpus/write-doc.ts` from test/corpus/cases.ts; test/corpus/corpus.test.ts fails when it drifts. -->',
    '',
    `${cases.length} workbooks, generated in code (\`test/corpus/cases.ts\`), each a small valid plan`,
    '(`test/corpus/base.ts`) with one mistake that users make. Every case runs through the .xlsx',
    'adapter, validation, scoring, distribution and the writers, as the CLI and the workbench do.',
    'For each, the test checks: no exception; the expected findings, each naming its cell; every',
    'message in Italian from the catalogue; the exit code of `premia validate`; whether the',
    'distribution is refused; and that no sheet of the user changed (values, formulas, formats,',
    'merges, hidden rows and columns), also when the write is refused.',
    '',
    'Three more files go through the real CLI and must exit with code 2 and an Italian message:',
    'a text file named `.xlsx`, an empty zip, and a truncated `.xlsx`.',
    '',
    'The answer column is what Premia says (the first finding of each expected code, with its',
    'first cell). "exit" is the exit code of `premia validate` (0: no errors, 1: errors).',
    '',
  ];
  for (const theme of Object.keys(THEMES) as Theme[]) {
    const inTheme = cases.filter((c) => c.theme === theme);
    if (inTheme.length === 0) continue;
    out.push(
      `## ${THEMES[theme]}`,
      '',
      '| Case | What is wrong | Premia answers | Outcome |',
      '| --- | --- | --- | --- |',
    );
    for (const c of inTheme) {
      const a = answers.get(c.id);
      if (!a) throw new Error(`no answer for ${c.id}`);
      const gap = c.gap ? `<br>Known gap: ${escape(c.gap)}` : '';
      out.push(`| \`${c.id}\` | ${escape(c.title)}${gap} | ${answer(c, a)} | ${outcome(a)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
