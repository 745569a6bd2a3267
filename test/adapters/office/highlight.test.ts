/** Premia's highlight through the Office.js adapter on the fake: conditional formats, by id. */
import { finding } from '../../../src/domain/findings';
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA, HIGHLIGHT_FONT } from '../../../src/adapters/office/highlight';
import { clearHighlights, highlightFindings, HIGHLIGHT_SETTING } from '../../../src/workbook/highlight';
import { fakeBook, SMALL } from './helpers';

const weightsSum = (...cells: string[]) =>
  finding({
    code: 'WEIGHTS_SUM',
    severity: 'error',
    params: { area: 'A', sum: 90, expected: 100, difference: '-10', cells: '' },
    cells: cells.map((cell) => ({ sheet: 'Pesi', cell })),
  });

/** What a user sees of a sheet: values, formats, formulas, bold, fonts. */
function userCells(fake: ReturnType<typeof fakeBook>['fake'], name: string) {
  const s = fake.book.sheet(name)!;
  return JSON.stringify({
    values: s.values,
    formats: s.formats,
    formulas: [...s.formulas],
    bold: [...s.bold],
    fonts: [...s.fonts],
  });
}

describe('OfficeWorkbook highlights', () => {
  it('adds one custom conditional format per range in one sync, leaving the cells as they were', async () => {
    const { book, fake } = fakeBook(SMALL);
    const before = userCells(fake, 'Pesi');
    const syncs = fake.syncs;
    const ids = await book.addHighlights([
      { sheet: 'Pesi', address: 'B2:B3' },
      { sheet: 'Pesi', address: 'B4' },
    ]);
    expect(fake.syncs - syncs).toBe(1);
    const formats = fake.book.sheet('Pesi')!.conditionalFormats;
    expect(formats.map((cf) => cf.id)).toEqual(ids);
    expect(formats.map(({ address, formula, fill, font }) => ({ address, formula, fill, font }))).toEqual([
      { address: 'B2:B3', formula: HIGHLIGHT_FORMULA, fill: HIGHLIGHT_FILL, font: HIGHLIGHT_FONT },
      { address: 'B4', formula: HIGHLIGHT_FORMULA, fill: HIGHLIGHT_FILL, font: HIGHLIGHT_FONT },
    ]);
    expect(userCells(fake, 'Pesi')).toBe(before);
  });

  it('removes by id in at most three syncs, skipping rules and sheets that are gone', async () => {
    const { book, fake } = fakeBook(SMALL);
    const ids = await book.addHighlights([
      { sheet: 'Pesi', address: 'B2' },
      { sheet: 'Pesi', address: 'B3' },
      { sheet: 'Vuoto', address: 'A1' },
    ]);
    // The user deleted one rule and the sheet of another meanwhile, and has a rule of their own.
    const pesi = fake.book.sheet('Pesi')!;
    pesi.conditionalFormats.splice(1, 1);
    pesi.conditionalFormats.push({
      id: '{USER}',
      address: 'B2',
      formula: '=B2>0',
      fill: '#00FF00',
      font: '',
    });
    fake.book.sheets.splice(fake.book.sheets.indexOf(fake.book.sheet('Vuoto')!), 1);
    const syncs = fake.syncs;
    await book.removeHighlights([
      { sheet: 'Pesi', address: 'B2', handle: ids[0] },
      { sheet: 'Pesi', address: 'B3', handle: ids[1] },
      { sheet: 'Vuoto', address: 'A1', handle: ids[2] },
    ]);
    expect(fake.syncs - syncs).toBeLessThanOrEqual(3);
    expect(pesi.conditionalFormats.map((cf) => cf.id)).toEqual(['{USER}']);
  });

  it('highlightFindings then clearHighlights: recorded in the settings, removed exactly', async () => {
    const { book, fake } = fakeBook(SMALL);
    const before = userCells(fake, 'Pesi');
    await highlightFindings(book, [weightsSum('B2', 'B3'), weightsSum('B3')]);
    expect(fake.book.sheet('Pesi')!.conditionalFormats.map((cf) => cf.address)).toEqual(['B2', 'B3']);
    expect((await book.readSettings())[HIGHLIGHT_SETTING]).toContain('"address":"B2"');
    expect(await clearHighlights(book)).toBe(2);
    expect(fake.book.sheet('Pesi')!.conditionalFormats).toEqual([]);
    expect((await book.readSettings())[HIGHLIGHT_SETTING]).toBeUndefined();
    expect(userCells(fake, 'Pesi')).toBe(before);
  });

  it('on a protected sheet, says so and adds nothing', async () => {
    const seed = {
      ...SMALL,
      sheets: SMALL.sheets.map((s) => (s.name === 'Pesi' ? { ...s, protected: true } : s)),
    };
    const { book, fake } = fakeBook(seed);
    await expect(book.addHighlights([{ sheet: 'Pesi', address: 'B2' }])).rejects.toMatchObject({
      code: 'protected',
    });
    expect(fake.book.sheet('Pesi')!.conditionalFormats).toEqual([]);
  });
});
