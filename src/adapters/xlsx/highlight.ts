/**
 * Premia's highlight in an .xlsx file: a conditional format with an expression that is always
 * true, so the fill shows whatever the cell holds and the cell's own format is never touched.
 * The expression names Premia, which tells it apart from the user's own rules (ExcelJS has no
 * ids for conditional formats) and tells the user, in Excel's rule manager, where it came from.
 */
import type { ConditionalFormattingRule, Worksheet } from 'exceljs';

/** Always true; the text says whose rule it is. */
export const HIGHLIGHT_FORMULA = '"Premia"<>""';
export const HIGHLIGHT_HANDLE = 'premia';
/** Excel's own "light red fill with dark red text". */
export const HIGHLIGHT_FILL = 'FFFFC7CE';
export const HIGHLIGHT_FONT = 'FF9C0006';

export function highlightRule(): ConditionalFormattingRule {
  return {
    type: 'expression',
    priority: 1,
    formulae: [HIGHLIGHT_FORMULA],
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: HIGHLIGHT_FILL } },
      font: { color: { argb: HIGHLIGHT_FONT } },
    },
  };
}

interface ConditionalFormatting {
  ref: string;
  rules: { type: string; formulae?: unknown[] }[];
}

function isPremiaRule(rule: { type: string; formulae?: unknown[] }): boolean {
  return rule.type === 'expression' && rule.formulae?.[0] === HIGHLIGHT_FORMULA;
}

/** The ranges of a sheet that carry Premia's highlight (the workbench shows them). */
export function highlightedRanges(ws: Worksheet): string[] {
  const list = (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings;
  return list.filter((cf) => cf.rules.some(isPremiaRule)).map((cf) => cf.ref);
}

/** Removes Premia's highlight from one range of a sheet; the user's own rules stay. */
export function removeHighlight(ws: Worksheet, address: string): void {
  // ExcelJS keeps the entries the filter returns true for.
  ws.removeConditionalFormatting(
    (cf: ConditionalFormatting) => !(cf.ref === address && cf.rules.every(isPremiaRule)),
  );
}
