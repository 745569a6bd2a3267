/** The mapping the Detection view saves, applied by the next reading of a real sample workbook. */
import * as fs from 'fs';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook } from '../../src/workbook/pipeline';
import { MAPPING_SETTING, parseSavedMappings } from '../../src/workbook/recognize';
import { choicesFor, ignoredMappings, mappingJson } from '../../src/taskpane/detection';

const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'comune-di-valdoria.xlsx');

describe('confirming the table mapping', () => {
  it('ignores a table, changes a kind, and keeps earlier exclusions on the next save', async () => {
    const book = await XlsxWorkbook.load(fs.readFileSync(SAMPLE));
    const first = await loadWorkbook(book);
    expect(first.tables.every((t) => !t.confirmed)).toBe(true);
    const [dropped, changed] = [first.tables[0], first.tables[1]];
    const newKind = changed.kind === 'weights' ? 'objectives' : 'weights';

    await book.writeSettings({
      [MAPPING_SETTING]: mappingJson(first.tables, { [dropped.id]: 'ignore', [changed.id]: newKind }, []),
    });
    const second = await loadWorkbook(book);
    expect(second.tables.map((t) => t.id)).not.toContain(dropped.id);
    expect(second.tables.find((t) => t.id === changed.id)?.kind).toBe(newKind);
    expect(second.tables.every((t) => t.confirmed)).toBe(true);
    const ignored = ignoredMappings(second.settings[MAPPING_SETTING]);
    expect(ignored.map((m) => m.sheet)).toEqual([dropped.sheet]);

    // Saving again from the second reading (where the ignored table is absent) keeps it ignored.
    const again = parseSavedMappings(mappingJson(second.tables, {}, ignored));
    expect(again).toHaveLength(first.tables.length);
    expect(again.filter((m) => m.ignored)).toEqual(ignored);
    // Restoring (no kept exclusions) brings the table back.
    await book.writeSettings({ [MAPPING_SETTING]: mappingJson(second.tables, {}, []) });
    const third = await loadWorkbook(book);
    expect(third.tables.map((t) => t.id)).toContain(dropped.id);
  });
});

describe('the kinds offered for a table', () => {
  it('offers a card table only cards or ignore, and any other table every kind of header', () => {
    expect(choicesFor({ kind: 'objective-cards' })).toEqual(['objective-cards', 'ignore']);
    expect(choicesFor({ kind: 'weights' })).toContain('staff');
    expect(choicesFor({ kind: 'weights' })).not.toContain('objective-cards');
  });
});
