/**
 * One stray value in the sheet's last cell made `premia inspect` allocate the whole used range
 * (17 billion cells) and die after 9 GB. Now it is one cell more.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { premia } from '../support/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-far-'));

async function write(name: string, far?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pesi');
  ws.addRow(['N.', 'Obiettivo', 'Peso']);
  ws.addRow([1, 'Verde', 60]);
  ws.addRow([2, 'Strade', 40]);
  if (far) ws.getCell(far).value = 'x';
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('premia on a sheet with a value in its last cell', () => {
  it('inspect lists the same tables as without it', async () => {
    const near = premia('inspect', await write('near.xlsx'), '--json');
    const far = premia('inspect', await write('far.xlsx', 'XFD1048576'), '--json');
    expect(near.code).toBe(0);
    expect(far.code).toBe(0);
    expect(JSON.parse(far.stdout)).toEqual(JSON.parse(near.stdout));
    expect(JSON.parse(far.stdout).tables).toHaveLength(1);
  });
});
