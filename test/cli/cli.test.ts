/**
 * End-to-end CLI tests on the sample workbooks, through the real `bin/premia.js` as a user runs it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { premia } from '../support/cli';

const root = path.join(__dirname, '..', '..');
const clean = path.join(root, 'examples', 'comune-di-valdoria.xlsx');
const errors = path.join(root, 'examples', 'comune-di-valdoria-con-errori.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-cli-'));

const cents = (s: string) => {
  expect(s).toMatch(/^-?\d+\.\d{2}$/);
  return Math.round(Number(s) * 100);
};

describe('premia CLI', () => {
  it('inspect --json lists every table kind with ranges', () => {
    const r = premia('inspect', clean, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const kinds = new Set(doc.tables.map((t: { kind: string }) => t.kind));
    expect([...kinds].sort()).toEqual([
      'assignments',
      'objectives',
      'projects',
      'relevance',
      'staff',
      'weights',
    ]);
    for (const t of doc.tables) expect(t.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  });

  it('validate: exit 0 on the clean sample, 1 with the findings on the other', () => {
    const ok = premia('validate', clean, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).errors).toBe(0);
    const bad = premia('validate', errors, '--json');
    expect(bad.code).toBe(1);
    const doc = JSON.parse(bad.stdout);
    expect(doc.errors).toBeGreaterThan(0);
    expect(doc.errors + doc.warnings).toBe(doc.findings.length);
    const weights = doc.findings.find((f: { code: string }) => f.code === 'WEIGHTS_SUM');
    expect(weights).toMatchObject({ severity: 'error', sheet: 'Pesatura obiettivi' });
    expect(weights.message).toContain('103');
  });

  it('distribute --json reconciles to the cent', () => {
    const r = premia('distribute', clean, '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.refused).toBe(false);
    expect(d.phase).toBe('payment');
    const units = d.units as { allocated: string; paid: string; economie: string }[];
    for (const u of units) expect(cents(u.paid) + cents(u.economie)).toBe(cents(u.allocated));
    const paid = units.reduce((s, u) => s + cents(u.paid), 0);
    expect(paid).toBe(cents(d.paid));
    expect(cents(d.paid) + cents(d.economie) + cents(d.reserve) + cents(d.unassigned)).toBe(cents(d.fund));
    const employees = (d.employees as { total: string; amounts: Record<string, string> }[]).map((e) => {
      const byObjective = Object.values(e.amounts).reduce((s, a) => s + cents(a), 0);
      expect(byObjective).toBe(cents(e.total));
      return cents(e.total);
    });
    expect(employees.reduce((s, c) => s + c, 0)).toBeLessThanOrEqual(paid);
  });

  it('distribute refuses the sample with mistakes: exit 1 and the reasons', () => {
    const r = premia('distribute', errors, '--json');
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect(d.refused).toBe(true);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('distribute --out writes the sheets into a copy and leaves the input untouched', async () => {
    const before = fs.readFileSync(clean);
    const out = path.join(tmp, 'out.xlsx');
    const r = premia('distribute', clean, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Distribuzione del fondo');
    // Said even off a terminal (CI=true here), on a line of its own.
    expect(r.stderr.split('\n')).toContain(`Scritto ${out}.`);
    expect(fs.readFileSync(clean).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    for (const n of [
      'Premia - Verifica',
      'Premia - Distribuzione',
      'Premia - Dipendenti',
      'Premia - Trasparenza',
      'Premia - Registro',
    ])
      expect(names).toContain(n);
  });

  it('--params overrides the sheet: a bigger fund is distributed', () => {
    const file = path.join(tmp, 'params.json');
    fs.writeFileSync(file, JSON.stringify({ fund: '70000.00' }));
    const d = JSON.parse(premia('distribute', clean, '--params', file, '--json').stdout);
    expect(d.fund).toBe('70000.00');
  });

  it('exit 2 on bad usage, an unreadable file, bad params or --out over the input', () => {
    expect(premia('frobnicate').code).toBe(2);
    expect(premia('validate').code).toBe(2);
    const nope = path.join(tmp, 'nope.xlsx');
    const missing = premia('validate', nope);
    expect(missing.code).toBe(2);
    // In words and naming the file, never Node's raw code.
    expect(missing.stderr).toBe(`premia: impossibile leggere ${nope}: il file o la cartella non esiste.\n`);
    const folder = premia('validate', tmp);
    expect(folder.stderr).toBe(`premia: ${tmp} non è un file (è una cartella o un dispositivo).\n`);
    const unwritable = premia('validate', clean, '--out', path.join(tmp, 'no-such-folder', 'out.xlsx'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('impossibile scrivere');
    expect(unwritable.stderr).toContain('il file o la cartella non esiste');
    expect(`${missing.stderr}${folder.stderr}${unwritable.stderr}`).not.toMatch(/E[A-Z]{3,}/);
    const notXlsx = path.join(tmp, 'x.xlsx');
    fs.writeFileSync(notXlsx, 'hello');
    expect(premia('validate', notXlsx).code).toBe(2);
    const badParams = path.join(tmp, 'bad.json');
    fs.writeFileSync(badParams, JSON.stringify({ fnd: 1 }));
    expect(premia('distribute', clean, '--params', badParams).code).toBe(2);
    const same = premia('validate', clean, '--out', clean);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('copia');
  });
});
