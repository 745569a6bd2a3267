/**
 * No data lost, through the Office.js adapter (on the counting fake, seeded with the same
 * workbooks as no-data-lost.test.ts): validate, highlight and un-highlight, score, distribute,
 * an edit by the user, distribute again. Every cell outside Premia's sheets keeps its value,
 * formula, number format and bold; merges, hidden rows and columns, visibility, sheet order and
 * Excel tables stay; the highlight adds conditional formats only, and removing it leaves the
 * sheets' conditional formats as they were.
 */
import { OfficeWorkbook } from '../../src/adapters/office';
import { runValidation, loadWorkbook } from '../../src/workbook/pipeline';
import { writeOutputs } from '../../src/workbook/outputs';
import { clearHighlights, highlightFindings } from '../../src/workbook/highlight';
import { SETTINGS_SHEET } from '../../src/workbook/settings-sheet';
import { PARAMS_SHEET } from '../../src/workbook/params';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import { parseCell } from '../../src/workbook/a1';
import { FakeExcel } from '../adapters/office/fake/excel';
import { FakeBook, type FakeSheet } from '../adapters/office/fake/model';
import { seedFromXlsx } from '../adapters/office/from-xlsx';
import { OPERATIONS, specsFor } from './helpers';
import { CASES, toHighlight } from './workbooks';

const NOW = new Date(Date.UTC(2026, 2, 1, 10, 0, 0));

function sheetState(s: FakeSheet) {
  return JSON.parse(
    JSON.stringify({
      name: s.name,
      visibility: s.visibility,
      values: s.values,
      formats: s.formats,
      formulas: [...s.formulas].sort(),
      bold: [...s.bold].sort(),
      fonts: [...s.fonts].sort(),
      links: [...s.links].sort(),
      merges: s.merges,
      hiddenRows: [...s.hiddenRows].sort(),
      hiddenColumns: [...s.hiddenColumns].sort(),
      columnWidths: [...s.columnWidths].sort(),
      frozenRows: s.frozenRows,
      charts: s.charts,
    }),
  ) as unknown;
}

function userState(book: FakeBook, own: ReadonlySet<string>) {
  const mine = (name: string) => own.has(name);
  return {
    sheets: book.sheets.filter((s) => !mine(s.name)).map(sheetState),
    conditionalFormats: book.sheets
      .filter((s) => !mine(s.name))
      .map((s) => [s.name, s.conditionalFormats.map((cf) => ({ ...cf }))] as const),
    tables: book.tables
      .filter((t) => !mine(t.sheet.name))
      .map((t) => ({ name: t.name, sheet: t.sheet.name, range: t.range, style: t.style })),
  };
}

describe.each(CASES)('no data lost through Office.js: $name', ({ bytes, edit }) => {
  it('validate, highlight, un-highlight, score, distribute, edit, distribute: only Premia sheets change', async () => {
    const fake = new FakeExcel(FakeBook.seed(await seedFromXlsx(await bytes())));
    const book = new OfficeWorkbook(fake.run);
    const originalNames = fake.book.sheets.map((s) => s.name);
    const own = new Set<string>([...Object.values(OUTPUT_SHEETS), SETTINGS_SHEET]);
    if (!originalNames.some((n) => n.toLowerCase() === PARAMS_SHEET.toLowerCase())) own.add(PARAMS_SHEET);
    let expected = userState(fake.book, own);
    expect(expected.sheets.length).toBeGreaterThan(0);

    const check = () => {
      expect(userState(fake.book, own)).toEqual(expected);
      const names = fake.book.sheets.map((s) => s.name);
      expect(names.filter((n) => !own.has(n))).toEqual(originalNames.filter((n) => !own.has(n)));
      for (const n of names) expect(originalNames.includes(n) || own.has(n)).toBe(true);
    };

    for (const op of OPERATIONS) {
      const loaded = await loadWorkbook(book);
      await writeOutputs(book, loaded, specsFor(op, loaded, NOW));
      check();
      if (op !== 'validate') continue;
      // Highlight: the cells stay as they were; only conditional formats are added, then removed.
      const ranges = await highlightFindings(book, toHighlight(runValidation(loaded), edit));
      const { conditionalFormats, ...cells } = userState(fake.book, own);
      const { conditionalFormats: before, ...cellsBefore } = expected;
      expect(cells).toEqual(cellsBefore);
      const count = (all: typeof before) => all.reduce((n, [, list]) => n + list.length, 0);
      expect(ranges.length).toBeGreaterThan(0);
      expect(count(conditionalFormats)).toBe(count(before) + ranges.length);
      await clearHighlights(book);
      check();
    }
    expect(fake.book.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([OUTPUT_SHEETS.validation, OUTPUT_SHEETS.distribution, SETTINGS_SHEET]),
    );

    // The user edits an input cell between runs: that edit, and nothing else, is what stays.
    const { row, col } = parseCell(edit.cell);
    fake.book.sheet(edit.sheet)!.set(row, col, edit.value);
    expected = userState(fake.book, own);
    const loaded = await loadWorkbook(book);
    await writeOutputs(book, loaded, specsFor('distribute', loaded, NOW));
    check();
    expect(fake.book.sheet(edit.sheet)!.get(row, col)).toBe(edit.value);
  });
});
