/**
 * The package editor (src/adapters/xlsx/package.ts): random workbooks with random extra parts,
 * random Premia sheets; the copy minus Premia's sheets is the original, and the fingerprint of
 * each Premia sheet as read back equals the fingerprint of its spec (what was saved is what was
 * fingerprinted).
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { xstring } from '../../../src/adapters/xlsx/sheet-xml';
import { readZip, writeZip, crc32, entryContent } from '../../../src/adapters/xlsx/zip';
import { snapshotFingerprint, specFingerprint } from '../../../src/workbook/ownership';
import { SETTINGS_SHEET } from '../../../src/workbook/settings-sheet';
import type { OutputCell, SheetSpec } from '../../../src/workbook/port';
import {
  differencesBesidesPremia,
  pseudoRandomBytes,
  unzipParts,
  zipParts,
  type Parts,
} from '../../support/package';

jest.setTimeout(120_000);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

interface UserSheet {
  name: string;
  cells: (number | string | null)[][];
}

interface RandomBook {
  sheets: UserSheet[];
  extras: { name: string; data: Uint8Array; stored: boolean }[];
  sharedStrings: boolean;
  styles: boolean;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A package written by hand, as a generator other than Excel or ExcelJS might write one. */
function buildPackage(book: RandomBook): Uint8Array {
  const parts: Parts = new Map();
  const overrides: string[] = [`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`];
  const rels: string[] = [];
  const strings: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const rows = sheet.cells
      .map((row, r) => {
        const cells = row
          .map((v, c) => {
            const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
            if (v === null) return '';
            if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
            if (book.sharedStrings) {
              strings.push(v);
              return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
            }
            return `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join('');
    parts.set(
      `xl/worksheets/sheet${i + 1}.xml`,
      strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`,
      ),
    );
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
  });
  if (book.styles) {
    parts.set(
      'xl/styles.xml',
      strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>` +
          `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
          `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
          `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
      ),
    );
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
    rels.push(`<Relationship Id="rIdS" Type="${NS_R}/styles" Target="styles.xml"/>`);
  }
  if (book.sharedStrings) {
    parts.set(
      'xl/sharedStrings.xml',
      strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">` +
          `${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`,
      ),
    );
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
    rels.push(`<Relationship Id="rIdT" Type="${NS_R}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  parts.set(
    'xl/workbook.xml',
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>` +
        book.sheets
          .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        `</sheets></workbook>`,
    ),
  );
  parts.set(
    'xl/_rels/workbook.xml.rels',
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_R}">${rels.join('')}</Relationships>`,
    ),
  );
  parts.set(
    '_rels/.rels',
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  for (const extra of book.extras) parts.set(extra.name, extra.data);
  parts.set(
    '[Content_Types].xml',
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Default Extension="bin" ContentType="application/octet-stream"/>${overrides.join('')}</Types>`,
    ),
  );
  return zipParts(parts, new Set(book.extras.filter((e) => e.stored).map((e) => e.name)));
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,8}$/);

const userSheet = (i: number): fc.Arbitrary<UserSheet> =>
  fc.record({
    name: fc.constant(`Foglio ${i + 1}`),
    cells: fc.array(
      fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -1e6, max: 1e6 }), word), { maxLength: 4 }),
      {
        maxLength: 5,
      },
    ),
  });

const randomBook: fc.Arbitrary<RandomBook> = fc.record({
  sheets: fc
    .integer({ min: 1, max: 3 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => userSheet(i)))),
  extras: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom(
        'xl/vbaProject.bin',
        'customXml/item1.xml',
        'xl/media/image1.png',
        'xl/charts/chart1.xml',
        'docs/nota.bin',
        'xl/pivotTables/pivotTable1.xml',
      ),
      data: fc
        .integer({ min: 0, max: 3000 })
        .chain((n) => fc.integer().map((seed) => pseudoRandomBytes(n, seed))),
      stored: fc.boolean(),
    }),
    { selector: (e) => e.name, maxLength: 4 },
  ),
  sharedStrings: fc.boolean(),
  styles: fc.boolean(),
});

/** Text Premia might write, hostile for a serialiser. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    'Prot_x0041_',
    '_x005F_',
    '_x00e9_',
    'a\u000bb',
    '\u001b[2J',
    'x\r\ny',
    'r\rs',
    'tab\tz',
    '\uD800',
    '\uDFFF!',
    ' lead',
    'trail ',
    '=SUM(A1)',
    '&<>"\'',
  ),
);

const outputCell: fc.Arbitrary<OutputCell> = fc.record(
  {
    value: fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      hostileText,
    ),
    format: fc.constantFrom('0.00', '#,##0.00 "€"', '0%', '@', 'General'),
    bold: fc.boolean(),
    wrap: fc.boolean(),
  },
  { requiredKeys: ['value'] },
);

const premiaSpecs: fc.Arbitrary<SheetSpec[]> = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc
        .record({
          rows: fc.array(fc.array(outputCell, { maxLength: 4 }), { maxLength: 5 }),
          widths: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
          freeze: fc.integer({ min: 0, max: 2 }),
          withTable: fc.boolean(),
        })
        .map(({ rows, widths, freeze, withTable }): SheetSpec => {
          const spec: SheetSpec = {
            name: `Premia - R${i + 1}`,
            rows,
            columnWidths: widths,
            freezeRows: freeze,
            tabColor: '1F4E79',
          };
          if (!withTable) return spec;
          // A table over two header cells and the rows under them.
          const table = [
            [{ value: 'Voce' }, { value: 'Importo' }],
            ...rows.map((r) => [{ value: `v${r.length}` }, { value: r.length }]),
          ];
          return {
            ...spec,
            rows: table,
            tables: [{ name: `PremiaT${i + 1}`, range: `A1:B${table.length}` }],
          };
        }),
    ),
  ),
);

async function writeAndSave(bytes: Uint8Array, specs: SheetSpec[], round: number): Promise<Uint8Array> {
  const book = await XlsxWorkbook.load(bytes);
  await book.writeSheets(specs);
  await book.writeSettings({ 'premia.test': `giro ${round}`, 'premia.empty': '' });
  const out = await book.save();
  expect(book.notes.filter((n) => !n.includes('Chart'))).toEqual([]);
  return out;
}

describe('package editor', () => {
  it('property: the copy minus Premia sheets is the original, and what is saved is what is fingerprinted', async () => {
    await fc.assert(
      fc.asyncProperty(randomBook, premiaSpecs, async (book, specs) => {
        const original = buildPackage(book);
        const names = [...specs.map((s) => s.name), SETTINGS_SHEET];
        const copy = await writeAndSave(original, specs, 1);
        expect(differencesBesidesPremia(unzipParts(original), unzipParts(copy), names)).toEqual([]);
        // A second run on the copy replaces Premia's sheets in place.
        const again = await writeAndSave(copy, specs, 2);
        expect(differencesBesidesPremia(unzipParts(original), unzipParts(again), names)).toEqual([]);

        const read = await XlsxWorkbook.load(again);
        expect((await read.listSheets()).map((s) => s.name)).toEqual([
          ...book.sheets.map((s) => s.name),
          ...names,
        ]);
        for (const spec of specs) {
          const [snapshot] = await read.readSheets([spec.name]);
          expect(snapshotFingerprint(snapshot)).toBe(specFingerprint(spec));
        }
        expect((await read.readSettings())['premia.test']).toBe('giro 2');
        const tables = await read.listTables();
        for (const spec of specs)
          for (const t of spec.tables ?? []) expect(tables.map((x) => x.name)).toContain(t.name);
      }),
      { numRuns: 25 },
    );
  });

  it('xstring escapes what XML cannot hold and what looks like an escape', () => {
    expect(xstring('Prot_x0041_')).toBe('Prot_x005F_x0041_');
    expect(xstring('a\u000bb')).toBe('a_x000B_b');
    expect(xstring('r\rs&<>"')).toBe('r&#13;s&amp;&lt;&gt;&quot;');
    expect(xstring('\uD83D\uDE00 ok')).toBe('\uD83D\uDE00 ok');
    expect(xstring('\uD800')).toBe('_xD800_');
  });

  it('zip: copied entries keep their stored bytes and CRC; new ones get a correct CRC', () => {
    const parts: Parts = new Map([
      ['a.xml', strToU8('<a>uno</a>')],
      ['b.bin', pseudoRandomBytes(5000, 3)],
    ]);
    const bytes = zipParts(parts, new Set(['b.bin']));
    const entries = readZip(bytes);
    const again = readZip(writeZip(entries));
    expect(again.map((e) => e.name)).toEqual(['a.xml', 'b.bin']);
    again.forEach((e, i) => {
      expect(Buffer.from(e.data).equals(Buffer.from(entries[i].data))).toBe(true);
      expect(e.crc).toBe(crc32(entryContent(e)));
    });
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });

  it('a removed settings sheet takes its part, relationship and content type with it; names scoped to later sheets follow', async () => {
    const original = buildPackage({
      sheets: [{ name: 'Uno', cells: [[1]] }],
      extras: [],
      sharedStrings: true,
      styles: true,
    });
    const book = await XlsxWorkbook.load(original);
    await book.writeSettings({ k: 'v' });
    await book.writeSheets([{ name: 'Premia - X', rows: [[{ value: 'x' }]] }]);
    const withSettings = await XlsxWorkbook.load(await book.save());
    await withSettings.writeSettings({ k: null });
    const copy = unzipParts(await withSettings.save());
    const wbXml = new TextDecoder().decode(copy.get('xl/workbook.xml'));
    expect(wbXml).not.toContain(SETTINGS_SHEET);
    expect(wbXml).toContain('Premia - X');
    const settingsParts = [...copy.keys()].filter((p) => /sheet\d+\.xml$/.test(p));
    expect(settingsParts).toHaveLength(2);
    expect(differencesBesidesPremia(unzipParts(original), copy, ['Premia - X'])).toEqual([]);
  });

  it('a package it cannot edit (ZIP64 marker) is saved by ExcelJS, with a note', async () => {
    const original = buildPackage({
      sheets: [{ name: 'Uno', cells: [[1]] }],
      extras: [],
      sharedStrings: false,
      styles: true,
    });
    // A zip comment cannot hide the end record; corrupting the entry count to 0xffff marks ZIP64.
    const broken = new Uint8Array(original);
    const view = new DataView(broken.buffer);
    const end = broken.length - 22;
    view.setUint16(end + 10, 0xffff, true);
    const book = await XlsxWorkbook.load(original);
    (book as unknown as { data: Uint8Array }).data = broken; // the editor sees the marked package
    await book.writeSheets([{ name: 'Premia - X', rows: [[{ value: 1 }]] }]);
    const saved = await book.save();
    expect(book.notes.some((n) => n.includes('ZIP64'))).toBe(true);
    const again = await XlsxWorkbook.load(saved);
    expect((await again.listSheets()).map((s) => s.name)).toEqual(['Uno', 'Premia - X']);
  });
});

describe('dates in a workbook of the 1904 date system', () => {
  it('a date written by Premia shows the same day, and reads back with its spec fingerprint', async () => {
    const wb = new (await import('exceljs')).Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet('Dati').getCell('A1').value = new Date(Date.UTC(2025, 0, 15));
    const original = new Uint8Array(await wb.xlsx.writeBuffer());
    // 45672 is 2025-01-15 in the 1900 system, the serial Premia's specs hold.
    const spec: SheetSpec = {
      name: 'Premia - Registro',
      rows: [[{ value: 45672, format: 'dd/mm/yyyy' }, { value: 3 }]],
    };
    const book = await XlsxWorkbook.load(original);
    await book.writeSheets([spec]);
    const copy = await book.save();
    expect(new TextDecoder().decode(unzipParts(copy).get('xl/worksheets/sheet2.xml'))).toContain(
      '<v>44210</v>',
    );
    const [read] = await (await XlsxWorkbook.load(copy)).readSheets(['Premia - Registro']);
    expect((read.values[0][0] as Date).toISOString().slice(0, 10)).toBe('2025-01-15');
    expect(read.values[0][1]).toBe(3);
    expect(snapshotFingerprint(read)).toBe(specFingerprint(spec));
  });

  it('a wrapped cell (a "Calcolo" trail) is wrapped at the top in the copy, one style for all', async () => {
    const wb = new (await import('exceljs')).Workbook();
    wb.addWorksheet('Dati').getCell('A1').value = 1;
    const book = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    const long = 'Quota 40 % di 1.000,00 € = 400,00 €';
    await book.writeSheets([
      {
        name: 'Premia - X',
        rows: [[{ value: long, wrap: true }, { value: long, wrap: true }, { value: 'b' }]],
      },
    ]);
    const copy = await book.save();
    const styles = new TextDecoder().decode(unzipParts(copy).get('xl/styles.xml'));
    expect(styles.match(/wrapText="1"/g)).toHaveLength(1);
    const read = new (await import('exceljs')).Workbook();
    await read.xlsx.load(copy as unknown as ArrayBuffer);
    const ws = read.getWorksheet('Premia - X');
    expect(ws?.getCell('A1').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws?.getCell('B1').alignment).toMatchObject({ wrapText: true });
    expect(ws?.getCell('C1').alignment?.wrapText).toBeFalsy();
  });
});

describe('packages the editor leaves to ExcelJS', () => {
  it('Strict OOXML: not edited, a note says so', async () => {
    const parts = unzipParts(
      buildPackage({
        sheets: [{ name: 'Uno', cells: [[1]] }],
        extras: [],
        sharedStrings: false,
        styles: true,
      }),
    );
    const book = new TextDecoder().decode(parts.get('xl/workbook.xml'));
    parts.set(
      'xl/workbook.xml',
      strToU8(
        book.replace('<workbook ', '<workbook xmlns:s="http://purl.oclc.org/ooxml/spreadsheetml/main" '),
      ),
    );
    const loaded = await XlsxWorkbook.load(zipParts(parts));
    await loaded.writeSheets([{ name: 'Premia - X', rows: [[{ value: 1 }]] }]);
    await loaded.save();
    expect(loaded.notes.some((n) => n.includes('Strict OOXML'))).toBe(true);
  });
});

describe('workbook.xml written by other tools', () => {
  it('a <sheet> element that is not self-closing is renamed in its opening tag', async () => {
    const parts = unzipParts(
      buildPackage({
        sheets: [{ name: 'Uno', cells: [[1]] }],
        extras: [],
        sharedStrings: false,
        styles: true,
      }),
    );
    const xml = new TextDecoder().decode(parts.get('xl/workbook.xml'));
    parts.set('xl/workbook.xml', strToU8(xml.replace('r:id="rId1"/>', 'r:id="rId1"></sheet>')));
    const book = await XlsxWorkbook.load(zipParts(parts));
    await book.writeSheets([{ name: 'Premia - X', rows: [[{ value: 1 }]] }]);
    await book.renameSheet('Uno', 'Uno (modificato)');
    const copy = unzipParts(await book.save());
    const after = new TextDecoder().decode(copy.get('xl/workbook.xml'));
    expect(after).toContain('<sheet name="Uno (modificato)" sheetId="1" r:id="rId1"></sheet>');
    const again = await XlsxWorkbook.load(zipParts(copy));
    expect((await again.listSheets()).map((s) => s.name)).toEqual(['Uno (modificato)', 'Premia - X']);
  });
});
