import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { observed } from '../../src/workbench/observed';

describe('observed port', () => {
  it('tells the page after every write and selection, not after reads', async () => {
    let changes = 0;
    const port = observed(XlsxWorkbook.create(), () => changes++);
    await port.writeSettings({ 'premia.test': 'uno' });
    expect(changes).toBe(1);
    expect(await port.readSettings()).toMatchObject({ 'premia.test': 'uno' });
    await port.listSheets();
    expect(changes).toBe(1);
  });

  it('over a workbook still being read, waits for it before every call', async () => {
    let changes = 0;
    let resolve: (book: XlsxWorkbook) => void = () => {};
    const book = new Promise<XlsxWorkbook>((r) => (resolve = r));
    const port = observed(book, () => changes++);
    const write = port.writeSettings({ 'premia.test': 'due' });
    const read = port.readSettings();
    let settled = false;
    void Promise.all([write, read]).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    expect(changes).toBe(0);
    resolve(XlsxWorkbook.create());
    await write;
    expect(changes).toBe(1);
    expect(typeof (await read)).toBe('object');
    expect(await port.readSettings()).toMatchObject({ 'premia.test': 'due' });
  });

  it('fails every call when the workbook cannot be read', async () => {
    let changes = 0;
    const book = Promise.reject(new Error('not a workbook'));
    const port = observed(book, () => changes++);
    await expect(port.listSheets()).rejects.toThrow('not a workbook');
    await expect(port.writeSettings({ a: 'b' })).rejects.toThrow('not a workbook');
    expect(changes).toBe(0);
  });
});
