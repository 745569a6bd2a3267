/** The CLI refuses to replace a Premia sheet the user edited, and keeps it aside with --keep-edited. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { premia } from '../support/cli';

const root = path.join(__dirname, '..', '..');
const clean = path.join(root, 'examples', 'comune-di-valdoria.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-trust-'));

describe('premia CLI and edited output sheets', () => {
  it('exit 1 naming the edited sheet, nothing written; --keep-edited keeps it and writes', async () => {
    const first = path.join(tmp, 'first.xlsx');
    expect(premia('distribute', clean, '--out', first).code).toBe(0);

    const wb = new Workbook();
    await wb.xlsx.readFile(first);
    wb.getWorksheet('Premia - Distribuzione')!.getCell('B2').value = 'rivisto dal segretario';
    const edited = path.join(tmp, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);

    const out = path.join(tmp, 'out.xlsx');
    const refused = premia('distribute', edited, '--out', out, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('«Premia - Distribuzione»');
    expect(refused.stderr).toContain('--keep-edited');
    expect(JSON.parse(refused.stdout).refused).toBe(false); // the results are still printed
    expect(fs.existsSync(out)).toBe(false);

    const kept = premia('distribute', edited, '--out', out, '--keep-edited');
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('Premia - Distribuz (modificato)');
    const result = new Workbook();
    await result.xlsx.readFile(out);
    expect(result.getWorksheet('Premia - Distribuz (modificato)')!.getCell('B2').value).toBe(
      'rivisto dal segretario',
    );
    expect(result.getWorksheet('Premia - Distribuzione')!.getCell('B2').value).not.toBe(
      'rivisto dal segretario',
    );

    // The copy written with --keep-edited is Premia's again: a plain re-run goes through.
    expect(premia('validate', out, '--out', path.join(tmp, 'again.xlsx')).code).toBe(0);
  });

  it('an output sheet the user renamed is an archive: not read as input, not replaced', async () => {
    const first = path.join(tmp, 'archive-first.xlsx');
    expect(premia('distribute', clean, '--out', first).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(first);
    wb.getWorksheet('Premia - Dipendenti')!.name = 'Dipendenti 2024';
    wb.getWorksheet('Premia - Distribuzione')!.name = 'Distribuzione 2024';
    const renamed = path.join(tmp, 'archive-renamed.xlsx');
    await wb.xlsx.writeFile(renamed);

    const out = path.join(tmp, 'archive-out.xlsx');
    const r = premia('distribute', renamed, '--out', out, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.refused).toBe(false);
    expect(JSON.stringify(doc)).not.toContain('2024'); // nothing read from the archives
    const inspect = premia('inspect', renamed, '--json');
    const tableSheets = JSON.parse(inspect.stdout).tables.map((t: { sheet: string }) => t.sheet);
    expect(tableSheets).not.toContain('Dipendenti 2024');
    expect(tableSheets).not.toContain('Distribuzione 2024');

    const result = new Workbook();
    await result.xlsx.readFile(out);
    const names = result.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(['Dipendenti 2024', 'Distribuzione 2024', 'Premia - Dipendenti']),
    );
    const before = new Workbook();
    await before.xlsx.readFile(renamed);
    expect(result.getWorksheet('Dipendenti 2024')!.getSheetValues()).toEqual(
      before.getWorksheet('Dipendenti 2024')!.getSheetValues(),
    );
  });

  it("a defined name equal to one of Premia's table names: the table takes the next free name, no crash", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(clean);
    wb.definedNames.add("'Personale'!$A$1", 'PremiaDipendenti');
    const file = path.join(tmp, 'defined-name.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(tmp, 'defined-name-out.xlsx');
    const r = premia('distribute', file, '--out', out);
    expect(r.stderr).not.toContain('imprevisto');
    expect(r.code).toBe(0);
    const result = new Workbook();
    await result.xlsx.readFile(out);
    const tables = result.getWorksheet('Premia - Dipendenti')!.getTables() as unknown as {
      table: { name: string };
    }[];
    // The payroll table takes the next free name; the breakdown's name was free.
    expect(tables.map((t) => t.table.name)).toEqual(['PremiaDipendenti2', 'PremiaDipendentiDettaglio']);
    expect(result.definedNames.model.map((d) => d.name)).toContain('PremiaDipendenti');
  });
});
