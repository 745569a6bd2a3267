/**
 * Highlighting the findings' cells: errors first, each range once, only on the user's sheets,
 * recorded in the settings, removed again exactly; the cells' own formats never change.
 */
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { finding, type Finding } from '../../src/domain/findings';
import {
  clearHighlights,
  HIGHLIGHT_SETTING,
  highlightFindings,
  highlightRanges,
  MAX_HIGHLIGHTS,
  recordedHighlights,
} from '../../src/workbook/highlight';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import { loadWorkbook } from '../../src/workbook/pipeline';

function f(severity: 'error' | 'warning', ...cells: [string, string][]): Finding {
  return finding({
    code: 'WEIGHTS_SUM',
    severity,
    params: { area: 'A', sum: 90, expected: 100, difference: '-10', cells: '' },
    cells: cells.map(([sheet, cell]) => ({ sheet, cell })),
  });
}

describe('highlightRanges', () => {
  it('puts errors first, keeps each range once (sheet names without case), skips Premia and missing sheets', () => {
    const findings = [
      f('warning', ['Pesi', 'C9']),
      f('error', ['pesi', 'C4'], ['Pesi', 'C5']),
      f('error', ['Pesi', 'C4'], [OUTPUT_SHEETS.validation, 'A2'], ['Sparito', 'A1']),
    ];
    expect(highlightRanges(findings, ['Pesi', OUTPUT_SHEETS.validation])).toEqual([
      { sheet: 'Pesi', address: 'C4' },
      { sheet: 'Pesi', address: 'C5' },
      { sheet: 'Pesi', address: 'C9' },
    ]);
  });

  it('stops at MAX_HIGHLIGHTS ranges', () => {
    const many = Array.from({ length: MAX_HIGHLIGHTS + 20 }, (_, i) => f('error', ['Pesi', `A${i + 1}`]));
    const ranges = highlightRanges(many, ['Pesi']);
    expect(ranges).toHaveLength(MAX_HIGHLIGHTS);
    expect(ranges[MAX_HIGHLIGHTS - 1]).toEqual({ sheet: 'Pesi', address: `A${MAX_HIGHLIGHTS}` });
  });

  it('reads a damaged setting as no highlight', () => {
    expect(recordedHighlights({ [HIGHLIGHT_SETTING]: '{not json' })).toEqual([]);
    expect(recordedHighlights({ [HIGHLIGHT_SETTING]: '[{"sheet":1}]' })).toEqual([]);
    expect(recordedHighlights({})).toEqual([]);
  });
});

async function book(): Promise<XlsxWorkbook> {
  const b = XlsxWorkbook.create();
  const ws = b.workbook.addWorksheet('Pesi');
  ws.getCell('C4').value = 0.3;
  ws.getCell('C4').numFmt = '0%';
  ws.getCell('C5').value = 60;
  // The user's own rule on the same cells must survive Premia's highlight and its removal.
  b.workbook.getWorksheet('Pesi')!.addConditionalFormatting({
    ref: 'C4:C5',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['50'], priority: 1, style: {} }],
  });
  return b;
}

describe('highlightFindings and clearHighlights on an .xlsx workbook', () => {
  it('adds a rule per range, records it, removes exactly its own, even after save and reload', async () => {
    let b = await book();
    const before = (await b.readSheets(['Pesi']))[0];
    const done = await highlightFindings(b, [f('error', ['Pesi', 'C4'], ['Pesi', 'C5'])]);
    expect(done).toEqual([
      { sheet: 'Pesi', address: 'C4' },
      { sheet: 'Pesi', address: 'C5' },
    ]);
    expect(b.highlighted('Pesi')).toEqual(['C4', 'C5']);
    expect(recordedHighlights(await b.readSettings()).map((m) => m.address)).toEqual(['C4', 'C5']);
    // Values and number formats as the user left them.
    expect((await b.readSheets(['Pesi']))[0]).toEqual(before);

    // Highlighting again replaces, never stacks.
    await highlightFindings(b, [f('error', ['Pesi', 'C5'])]);
    expect(b.highlighted('Pesi')).toEqual(['C5']);

    b = await XlsxWorkbook.load(await b.save());
    expect(b.highlighted('Pesi')).toEqual(['C5']);
    expect(await clearHighlights(b)).toBe(1);
    expect(b.highlighted('Pesi')).toEqual([]);
    expect((await b.readSettings())[HIGHLIGHT_SETTING]).toBeUndefined();
    const rules = (
      b.workbook.getWorksheet('Pesi') as unknown as { conditionalFormattings: { ref: string }[] }
    ).conditionalFormattings;
    expect(rules.map((r) => r.ref)).toEqual(['C4:C5']);
    expect((await loadWorkbook(b)).sheets.find((s) => s.name === 'Pesi')).toEqual(
      expect.objectContaining({ values: before.values, numberFormats: before.numberFormats }),
    );
  });

  it('does nothing, and writes no settings, when there is nothing to clear', async () => {
    const b = await book();
    expect(await clearHighlights(b)).toBe(0);
    expect(await b.readSettings()).toEqual({});
    expect((await b.listSheets()).map((s) => s.name)).toEqual(['Pesi']);
  });

  it('refuses a missing sheet before adding anything', async () => {
    const b = await book();
    await expect(
      b.addHighlights([
        { sheet: 'Pesi', address: 'C4' },
        { sheet: 'Sparito', address: 'A1' },
      ]),
    ).rejects.toThrow('Sparito');
    expect(b.highlighted('Pesi')).toEqual([]);
  });
});
