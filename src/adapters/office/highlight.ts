/**
 * Premia's highlight inside Excel: a custom conditional format whose formula is always true,
 * with Excel's "light red fill with dark red text". The cells' own formats are never touched;
 * each format's id (ExcelApi 1.6) is the handle to delete it again. The formula names Premia,
 * so that a user who finds the rule in Excel's rule manager knows where it came from.
 */
import type { HighlightMark, HighlightRange } from '../../workbook/port';

export const HIGHLIGHT_FORMULA = '="Premia"<>""';
export const HIGHLIGHT_FILL = '#FFC7CE';
export const HIGHLIGHT_FONT = '#9C0006';

/** One sync: every format added in one request, their ids loaded with it. */
export async function addHighlights(
  context: Excel.RequestContext,
  ranges: HighlightRange[],
): Promise<string[]> {
  const added = ranges.map((r) => {
    const cf = context.workbook.worksheets
      .getItem(r.sheet)
      .getRange(r.address)
      .conditionalFormats.add('Custom');
    cf.custom.rule.formula = HIGHLIGHT_FORMULA;
    cf.custom.format.fill.color = HIGHLIGHT_FILL;
    cf.custom.format.font.color = HIGHLIGHT_FONT;
    cf.load('id');
    return cf;
  });
  await context.sync();
  return added.map((cf) => cf.id);
}

/**
 * Two syncs: find which recorded formats still exist (the sheet or the rule may have been
 * deleted since), then delete those.
 */
export async function removeHighlights(context: Excel.RequestContext, marks: HighlightMark[]): Promise<void> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet => {
    const key = name.toLowerCase();
    const known = sheets.get(key);
    if (known !== undefined) return known;
    const added = context.workbook.worksheets.getItemOrNullObject(name);
    added.load('name');
    sheets.set(key, added);
    return added;
  };
  for (const m of marks) sheetOf(m.sheet);
  await context.sync();
  const found = marks
    .filter((m) => !sheetOf(m.sheet).isNullObject)
    .map((m) => {
      const cf = sheetOf(m.sheet).getRange(m.address).conditionalFormats.getItemOrNullObject(m.handle);
      cf.load('id');
      return cf;
    });
  if (found.length === 0) return;
  await context.sync();
  let deleted = 0;
  for (const cf of found)
    if (!cf.isNullObject) {
      cf.delete();
      deleted++;
    }
  if (deleted > 0) await context.sync();
}
