/**
 * Seeds the Office.js fake with the content of an .xlsx file, as Excel would hold it after
 * opening the file: values (dates as serial numbers, rich text as plain text), formulas with
 * their results, error values, number formats, bold, merges, hidden rows and columns, sheet
 * visibility and Excel tables. Lets the same workbooks go through both adapters.
 */
import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';
import type { SeedBook, SeedCell, SeedSheet } from './fake/model';
import type { Visibility } from './fake/model';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function plain(v: CellValue): { value?: string | number | boolean; error?: string } {
  if (v === null || v === undefined) return {};
  if (v instanceof Date) return { value: (v.getTime() - EXCEL_EPOCH) / DAY_MS };
  if (typeof v !== 'object') return { value: v };
  if ('error' in v) return { error: v.error };
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
  if ('text' in v && 'hyperlink' in v) return { value: typeof v.text === 'string' ? v.text : '' };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: CellValue }).result;
    return result === undefined ? {} : plain(result);
  }
  return {};
}

const VISIBILITY: Record<string, Visibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

export async function seedFromXlsx(bytes: Uint8Array): Promise<SeedBook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: SeedSheet[] = [];
  const tables: SeedBook['tables'] = [];
  for (const ws of wb.worksheets) {
    const cells: Record<string, SeedCell> = {};
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.hidden) hiddenRows.push(row.number - 1);
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.isMerged && c.master !== c) return;
        const cell: SeedCell = { ...plain(c.value) };
        if (c.formula) cell.formula = `=${c.formula}`;
        if (c.numFmt) cell.format = c.numFmt;
        if (c.font?.bold) cell.bold = true;
        cells[c.address] = cell;
      });
    });
    const hiddenColumns = (ws.columns ?? []).flatMap((col, i) => (col.hidden ? [i] : []));
    sheets.push({
      name: ws.name,
      cells,
      merges: [...ws.model.merges],
      hiddenRows,
      hiddenColumns,
      visibility: VISIBILITY[ws.state] ?? 'Visible',
    });
    for (const t of ws.getTables() as unknown as {
      table: { name: string; tableRef?: string; ref: string };
    }[])
      tables.push({ name: t.table.name, sheet: ws.name, range: t.table.tableRef ?? t.table.ref });
  }
  return { sheets, tables };
}
