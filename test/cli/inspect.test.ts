/**
 * `premia inspect` says what recognition noticed (hidden rows and columns, a repeated header...)
 * under each table, in the text and in --json. Before, it printed only the table line.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { premia } from '../support/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-inspect-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function book(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pesi');
  ws.addRow(['AREA TECNICA']);
  ws.addRow(['N.', 'Obiettivo', 'Peso %', 'Note']);
  ws.addRow([1, 'Verde', 40, 'x']);
  ws.addRow([2, 'Strade', 30, 'x']);
  ws.getRow(4).hidden = true;
  ws.addRow(['N.', 'Obiettivo', 'Peso %', 'Note']);
  ws.addRow([3, 'Cimiteri', 30, 'x']);
  ws.getColumn(4).hidden = true;
  const old = wb.addWorksheet('Pesi 2022', { state: 'hidden' });
  old.addRow(['N.', 'Obiettivo', 'Peso %']);
  old.addRow([1, 'Verde', 100]);
  const file = path.join(tmp, 'notes.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('premia inspect with recognition notes', () => {
  it('prints each remark in Italian, indented under its table', async () => {
    const r = premia('inspect', await book());
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const table = lines.findIndex((l) => l.includes('Pesi!A2:D6'));
    expect(table).toBeGreaterThan(0);
    expect(lines.slice(table + 1, table + 5)).toEqual([
      '      area «Area Tecnica» dal titolo in A1',
      "      righe che ripetono l'intestazione, saltate: 5",
      '      righe nascoste, lette comunque: 4',
      '      colonne nascoste, lette comunque: D',
    ]);
    expect(lines).toContain('Foglio nascosto, non letto: Pesi 2022 (tabelle riconoscibili: 1)');
    // The header match is the table line itself: not repeated in the text.
    expect(r.stdout).not.toContain('intestazione riconosciuta');
  });

  it('--json gives every remark as code, params and message', async () => {
    const r = premia('inspect', await book(), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.hiddenSheets).toEqual([{ sheet: 'Pesi 2022', tables: 1, read: false }]);
    const [table] = doc.tables;
    expect(table.remarks.map((m: { code: string }) => m.code)).toEqual([
      'HEADER_MATCHED',
      'AREA_FROM_TITLE',
      'REPEATED_HEADER_SKIPPED',
      'HIDDEN_ROWS',
      'HIDDEN_COLUMNS',
    ]);
    expect(table.remarks[3]).toEqual({
      code: 'HIDDEN_ROWS',
      params: { rows: '4' },
      message: 'righe nascoste, lette comunque: 4',
    });
  });
});
