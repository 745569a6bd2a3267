/** renameSheet on the .xlsx adapter: cells, position and visibility kept; bad names refused. */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';

async function book(): Promise<XlsxWorkbook> {
  const b = XlsxWorkbook.create();
  await b.writeSheets([
    { name: 'Uno', rows: [[{ value: 'a' }]] },
    { name: 'Due', rows: [[{ value: 2 }, { value: 'b' }]] },
    { name: 'Tre', rows: [[{ value: 'c' }]] },
  ]);
  b.workbook.getWorksheet('Due')!.state = 'hidden';
  return XlsxWorkbook.load(await b.save());
}

describe('XlsxWorkbook.renameSheet', () => {
  it('renames in place, keeping cells, position and visibility, across a save', async () => {
    const b = await book();
    await b.renameSheet('due', 'Due (modificato)');
    const reloaded = await XlsxWorkbook.load(await b.save());
    expect(await reloaded.listSheets()).toEqual([
      { name: 'Uno', visible: true, position: 0 },
      { name: 'Due (modificato)', visible: false, position: 1 },
      { name: 'Tre', visible: true, position: 2 },
    ]);
    const [snap] = await reloaded.readSheets(['Due (modificato)']);
    expect(snap.values).toEqual([[2, 'b']]);
  });

  it('refuses a missing sheet, a taken name, an invalid name and the settings sheet', async () => {
    const b = await book();
    await expect(b.renameSheet('Quattro', 'X')).rejects.toThrow('No sheet named');
    await expect(b.renameSheet('Uno', 'TRE')).rejects.toThrow('already exists');
    await expect(b.renameSheet('Uno', 'a/b')).rejects.toThrow();
    await expect(b.renameSheet('Uno', 'x'.repeat(32))).rejects.toThrow('31');
    // Premia's settings sheet keeps its name (found by its marker, not by the name).
    await b.writeSettings({ k: 'v' });
    await expect(b.renameSheet('_premia', 'Altro')).rejects.toThrow('settings');
    await expect(b.renameSheet('Uno', '_PREMIA')).rejects.toThrow('already exists');
    await b.removeSheets(['_premia']);
    // Changing only the case of its own name is allowed, as in Excel.
    await b.renameSheet('Uno', 'UNO');
    expect((await b.listSheets()).map((s) => s.name)).toEqual(['UNO', 'Due', 'Tre']);
  });
});
