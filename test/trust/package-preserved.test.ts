/**
 * Issue 17: the copy is the user's workbook plus Premia's sheets. Each copy the CLI writes is
 * compared with the original part by part: every part byte for byte, except the workbook's list
 * of sheets, its relationships, the content types, and the styles and strings Premia appends
 * (checked to be the original once Premia's entries are taken out). The workbook holds what
 * ExcelJS lost before: a chart, a pivot table's parts, macros, custom XML, a data table, a
 * dynamic array, the text `Prot_x0041_` and a vertical tab.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { OWNED_SETTING } from '../../src/workbook/ownership';
import { premia, ROOT } from '../support/cli';
import { strToU8 } from 'fflate';
import { differencesBesidesPremia, text, unzipParts, withHostileParts, zipParts } from '../support/package';

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-package-'));
const sample = new Uint8Array(fs.readFileSync(path.join(ROOT, 'examples', 'comune-di-valdoria.xlsx')));
const original = withHostileParts(sample, { macros: true });
const input = path.join(tmp, 'piano.xlsm');
fs.writeFileSync(input, original);

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  return (await (await XlsxWorkbook.load(bytes)).listSheets()).map((s) => s.name);
}

async function premiaSheets(copy: Uint8Array): Promise<string[]> {
  const before = new Set(await sheetNames(original));
  return (await sheetNames(copy)).filter((n) => !before.has(n));
}

const copies = new Map<string, Uint8Array>();

/** The copy `premia <command> piano.xlsm --out <command>.xlsm` writes (once per command). */
function copyBy(command: string): Uint8Array {
  const known = copies.get(command);
  if (known) return known;
  const out = path.join(tmp, `${command}.xlsm`);
  const r = premia(command, input, '--out', out);
  expect(r.code).toBe(0);
  const copy = new Uint8Array(fs.readFileSync(out));
  copies.set(command, copy);
  return copy;
}

describe('a copy written by the CLI is the original plus Premia sheets', () => {
  it.each(['validate', 'score', 'distribute'])('%s --out', async (command) => {
    const copy = copyBy(command);
    const names = await premiaSheets(copy);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /^(Premia - |_premia$)/.test(n))).toBe(true);
    expect(differencesBesidesPremia(unzipParts(original), unzipParts(copy), names)).toEqual([]);
  });

  it('keeps macros, the chart, the pivot parts, custom XML, the data table, the dynamic array and the odd text', async () => {
    const copy = copyBy('distribute');
    const parts = unzipParts(copy);
    const before = unzipParts(original);
    for (const name of [
      'xl/vbaProject.bin',
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'customXml/item1.xml',
      'xl/metadata.xml',
    ])
      expect(Buffer.from(parts.get(name)!).equals(Buffer.from(before.get(name)!))).toBe(true);
    expect(text(parts, '[Content_Types].xml')).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    expect(text(parts, 'xl/_rels/workbook.xml.rels')).toContain('vbaProject.bin');
    const sheet = text(parts, 'xl/worksheets/sheet20.xml');
    expect(sheet).toContain('<f t="dataTable" ref="B3:B4" dt2D="0" dtr="0" r1="A2"/>');
    expect(sheet).toContain('<c r="C5" cm="1">');
    const [analysis] = await (await XlsxWorkbook.load(copy)).readSheets(['Analisi']);
    expect(analysis.values[0]).toEqual(['Prot_x0041_', 'riga\u000btab', null]);
  });

  it('a re-run on the copy replaces Premia sheets in place: still the original plus Premia sheets, styles not grown', async () => {
    copyBy('distribute');
    const first = path.join(tmp, 'distribute.xlsm');
    const again = path.join(tmp, 'again.xlsm');
    expect(premia('distribute', first, '--out', again).code).toBe(0);
    const copy = new Uint8Array(fs.readFileSync(again));
    const names = await premiaSheets(copy);
    expect(differencesBesidesPremia(unzipParts(original), unzipParts(copy), names)).toEqual([]);
    const one = unzipParts(new Uint8Array(fs.readFileSync(first)));
    const two = unzipParts(copy);
    expect(text(two, 'xl/styles.xml')).toBe(text(one, 'xl/styles.xml'));
    // Texts seen before are used again: only the run log's new texts (time, fingerprints) are added.
    const count = (p: typeof one) => (text(p, 'xl/sharedStrings.xml').match(/<si>/g) ?? []).length;
    expect(count(two) - count(one)).toBeGreaterThanOrEqual(0);
    expect(count(two) - count(one)).toBeLessThanOrEqual(10);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
  });

  it('.xlsm in, .xlsm out: an .xlsx name for a copy with macros is refused, and an .xlsm name for one without', () => {
    const wrong = path.join(tmp, 'copia.xlsx');
    const r = premia('distribute', input, '--out', wrong);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("deve avere l'estensione .xlsm");
    expect(fs.existsSync(wrong)).toBe(false);
    const plain = path.join(ROOT, 'examples', 'comune-di-valdoria.xlsx');
    const other = path.join(tmp, 'copia.xlsm');
    const r2 = premia('validate', plain, '--out', other);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('non contiene macro');
    expect(fs.existsSync(other)).toBe(false);
  });
});

describe('a package the CLI cannot edit part for part', () => {
  it('is not re-saved through ExcelJS: exit 2, nothing written', () => {
    const parts = unzipParts(sample);
    const book = text(parts, 'xl/workbook.xml');
    // A Strict OOXML namespace: the editor leaves such a package alone.
    parts.set(
      'xl/workbook.xml',
      strToU8(
        book.replace('<workbook ', '<workbook xmlns:s="http://purl.oclc.org/ooxml/spreadsheetml/main" '),
      ),
    );
    const file = path.join(tmp, 'strict.xlsx');
    fs.writeFileSync(file, zipParts(parts));
    const out = path.join(tmp, 'strict-copia.xlsx');
    const r = premia('distribute', file, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'lasciando intatto tutto il resto della cartella di lavoro (Package not editable: Strict OOXML)',
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("a user's own sheet called _Premia", () => {
  it('is user data: kept byte for byte, while Premia keeps its settings in _premia2; a re-run finds them', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(ROOT, 'examples', 'comune-di-valdoria.xlsx'));
    const mine = wb.addWorksheet('_Premia');
    mine.getCell('A1').value = 'appunti del segretario';
    mine.getCell('B3').value = 2;
    mine.getCell('A3').value = 1;
    mine.getCell('C3').value = { formula: 'A3+B3', result: 3 };
    const file = path.join(tmp, 'utente-premia.xlsx');
    await wb.xlsx.writeFile(file);
    const before = new Uint8Array(fs.readFileSync(file));

    const out = path.join(tmp, 'utente-premia-copia.xlsx');
    expect(premia('distribute', file, '--out', out).code).toBe(0);
    const copy = new Uint8Array(fs.readFileSync(out));
    const book = await XlsxWorkbook.load(copy);
    const sheets = await book.listSheets();
    expect(sheets.find((s) => s.name === '_Premia')).toMatchObject({ visible: true });
    expect(sheets.find((s) => s.name === '_premia2')).toMatchObject({ visible: false });
    expect((await book.readSettings())[OWNED_SETTING]).toContain('Premia - Distribuzione');
    const names = (await sheetNamesOf(copy)).filter((n) => /^(Premia - |_premia2$)/.test(n));
    expect(differencesBesidesPremia(unzipParts(before), unzipParts(copy), names)).toEqual([]);

    // The next run finds its fingerprints in _premia2: no "sheet not Premia's" refusal.
    const again = path.join(tmp, 'utente-premia-di-nuovo.xlsx');
    const r = premia('distribute', out, '--out', again);
    expect(r.stderr).not.toContain('--keep-edited');
    expect(r.code).toBe(0);
  });
});

async function sheetNamesOf(bytes: Uint8Array): Promise<string[]> {
  return (await (await XlsxWorkbook.load(bytes)).listSheets()).map((s) => s.name);
}
