/** Recognition remarks said in the user's language: a catalogue key per code the docs list. */
import * as fs from 'fs';
import * as path from 'path';
import { it as itCatalogue } from '../../../src/i18n/it';
import { en } from '../../../src/i18n/en';
import { remarkMessage } from '../../../src/workbook/recognize/notes';

/** The codes of the table under "## Notes" in docs/recognition.md. */
function documentedCodes(): string[] {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'recognition.md'), 'utf8');
  const notes = doc.slice(doc.indexOf('## Notes'), doc.indexOf('## Saved mappings'));
  return [...notes.matchAll(/^\| ([A-Z_]+) +\|/gm)].map((m) => m[1]);
}

describe('recognition remarks', () => {
  it('the docs list every code', () => {
    expect(documentedCodes()).toHaveLength(27);
  });

  it.each([
    ['it', itCatalogue],
    ['en', en],
  ])('%s has recognize.<CODE> for every documented code', (_, catalogue) => {
    expect(documentedCodes().filter((c) => !(`recognize.${c}` in catalogue))).toEqual([]);
  });

  it('says a remark in Italian and in English, row numbers as written', () => {
    const remark = { code: 'HIDDEN_ROWS' as const, params: { rows: '4, 1234' } };
    expect(remarkMessage('it', remark)).toBe('righe nascoste, lette comunque: 4, 1234');
    expect(remarkMessage('en', remark)).toBe('hidden rows, read as well: 4, 1234');
    const repeated = { code: 'REPEATED_HEADER_SKIPPED' as const, params: { row: 1234 } };
    expect(remarkMessage('it', repeated)).toContain(': 1234');
    const merged = {
      code: 'VALUES_UNDER_MERGED_HEADER' as const,
      params: { role: 'relevance', header: 'B4:C4', column: 'C' },
    };
    expect(remarkMessage('it', merged)).toContain('B4:C4');
    expect(remarkMessage('en', merged)).toContain('column C');
  });
});
