/**
 * Audit trail: every run appends a row to "Premia - Registro" (date and time, operation, input
 * fingerprint, parameters, totals, number of errors and warnings); the same inputs give the
 * same fingerprint, an edited input a different one. Every amount of the distribution sheet is
 * traceable: each unit row has its "Calcolo" trail and a link to the cells it was read from.
 */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook, runDistribution, runValidation } from '../../src/workbook/pipeline';
import { inputSheets } from '../../src/workbook/outputs';
import { fingerprint } from '../../src/workbook/fingerprint';
import { OUTPUT_SHEETS, OUTPUT_TABLES } from '../../src/workbook/writers';
import { parseRange } from '../../src/workbook/a1';
import { runOperation, sampleBytes } from './helpers';

const T1 = new Date(2026, 2, 1, 10, 0, 0);
const T2 = new Date(2026, 2, 1, 10, 5, 30);
const T3 = new Date(2026, 2, 2, 9, 0, 0);

async function plain(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A table of a sheet written by Premia, as header -> cell for each body row. */
function tableRows(ws: Worksheet, name: string) {
  const table = ws
    .getTables()
    .map((t) => (t as unknown as { table: { name: string; tableRef?: string } }).table);
  const model = table.find((t) => t.name === name || t.name.startsWith(name));
  if (!model?.tableRef) throw new Error(`no table ${name} on ${ws.name}`);
  const r = parseRange(model.tableRef);
  const headers: string[] = [];
  for (let c = r.left; c <= r.right; c++) headers.push(String(ws.getRow(r.top + 1).getCell(c + 1).value));
  const rows = [];
  for (let i = r.top + 1; i <= r.bottom; i++) {
    const row = ws.getRow(i + 1);
    rows.push(Object.fromEntries(headers.map((h, k) => [h, row.getCell(r.left + k + 1)])));
  }
  return rows;
}

/** The cell's wall time as ExcelJS reads it back: a Date whose UTC fields are the local time. */
const wall = (d: Date) =>
  new Date(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()),
  );

describe('run log', () => {
  it('validate then distribute: two rows with time, operation, hash, parameters, totals, findings', async () => {
    const input = sampleBytes('clean');
    const loaded = await loadWorkbook(await XlsxWorkbook.load(input));
    const expectedHash = fingerprint(inputSheets(loaded));
    const findings = runValidation(loaded);
    const run = runDistribution(loaded);
    if (!run.distribution.ok) throw new Error('the clean sample distributes');

    const once = await runOperation(input, 'validate', T1);
    const twice = await runOperation(once, 'distribute', T2);
    const rows = tableRows((await plain(twice)).getWorksheet(OUTPUT_SHEETS.log)!, OUTPUT_TABLES.log);
    expect(rows).toHaveLength(2);
    const [v, d] = rows;

    expect(v['Data e ora'].value).toEqual(wall(T1));
    expect(d['Data e ora'].value).toEqual(wall(T2));
    expect([v['Operazione'].value, d['Operazione'].value]).toEqual(['Verifica', 'Distribuzione']);
    // Same inputs, same fingerprint: Premia's own sheets and settings written by the first run
    // are not inputs.
    expect(v['Impronta degli input'].value).toBe(expectedHash);
    expect(d['Impronta degli input'].value).toBe(expectedHash);
    expect(expectedHash).toMatch(/^[0-9a-f]{16}$/);

    const fund = (run.distribution.totals.fund / 100).toLocaleString('it-IT', { minimumFractionDigits: 2 });
    for (const row of [v, d]) {
      // The parameters as an officer reads them: labels and euros, not JSON in cents.
      const params = String(row['Parametri'].value);
      expect(params).toContain(`Fondo: ${fund} €`);
      expect(params).not.toContain(`${loaded.plan.params.fund}`);
    }
    expect(String(d['Totali'].value)).toContain(`fondo ${fund} €`);
    expect(String(d['Totali'].value)).toContain('pagato');
    expect(String(d['Totali'].value)).toContain('economie');
    expect(v['Totali'].value).toBeNull();

    const count = (fs: typeof findings, s: string) => fs.filter((f) => f.severity === s).length;
    expect([v['Errori'].value, v['Avvisi'].value]).toEqual([
      count(findings, 'error'),
      count(findings, 'warning'),
    ]);
    expect([d['Errori'].value, d['Avvisi'].value]).toEqual([
      count(run.findings, 'error'),
      count(run.findings, 'warning'),
    ]);
  });

  it('logs the number of findings of a run that found errors', async () => {
    const input = sampleBytes('errors');
    const findings = runValidation(await loadWorkbook(await XlsxWorkbook.load(input)));
    const [row] = tableRows(
      (await plain(await runOperation(input, 'validate', T1))).getWorksheet(OUTPUT_SHEETS.log)!,
      OUTPUT_TABLES.log,
    );
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect([row['Errori'].value, row['Avvisi'].value]).toEqual([errors, findings.length - errors]);
  });

  it('an edited input gives a different fingerprint; the rows already logged stay as they were', async () => {
    const once = await runOperation(sampleBytes('clean'), 'validate', T1);
    const wb = await plain(once);
    wb.getWorksheet('Personale')!.getCell('E4').value = 30;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const twice = await runOperation(edited, 'distribute', T3);
    const [first, second] = tableRows(
      (await plain(twice)).getWorksheet(OUTPUT_SHEETS.log)!,
      OUTPUT_TABLES.log,
    );
    expect(first['Data e ora'].value).toEqual(wall(T1));
    expect(first['Operazione'].value).toBe('Verifica');
    expect(second['Impronta degli input'].value).not.toBe(first['Impronta degli input'].value);
    const reloaded = await loadWorkbook(await XlsxWorkbook.load(edited));
    expect(second['Impronta degli input'].value).toBe(fingerprint(inputSheets(reloaded)));
  });
});

describe('traceable amounts', () => {
  it('each unit row of the distribution has its Calcolo trail and a link to its source cells', async () => {
    const out = await plain(await runOperation(sampleBytes('clean'), 'distribute', T1));
    const rows = tableRows(out.getWorksheet(OUTPUT_SHEETS.distribution)!, OUTPUT_TABLES.units);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const id = String(row['N.']?.value ?? row[Object.keys(row)[0]].value);
      const trail = row['Calcolo'].value;
      expect({ id, trail: typeof trail === 'string' && /\d/.test(trail) }).toEqual({ id, trail: true });
      const link = row['Celle'].value as { hyperlink?: string; text?: string } | null;
      expect({ id, hyperlink: typeof link?.hyperlink }).toEqual({ id, hyperlink: 'string' });
      // "#'Sheet name'!C7": an internal link to a user's sheet, to a cell that holds data.
      const m = /^#'?(.+?)'?!([A-Z]+\d+)(?::[A-Z]+\d+)?$/.exec(link!.hyperlink!);
      expect({ id, link: link!.hyperlink, ok: m !== null }).toMatchObject({ ok: true });
      const target = out.getWorksheet(m![1].replace(/''/g, "'"));
      expect({ id, sheet: m![1], exists: target !== undefined }).toMatchObject({ exists: true });
      expect(m![1].startsWith('Premia')).toBe(false);
      const r = parseRange(m![2]);
      const rowCells = target!.getRow(r.top + 1);
      let filled = 0;
      rowCells.eachCell(() => (filled += 1));
      expect({ id, filled: filled > 0 }).toEqual({ id, filled: true });
    }
  });
});
