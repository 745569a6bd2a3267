/**
 * Zip packages for the tests of the package editor: parts in and out (fflate), user content that
 * ExcelJS cannot keep (charts, pivots, macros, data tables, dynamic arrays, escaped text, control
 * characters) injected into a workbook, and the comparison "the copy minus Premia's sheets is
 * the original".
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Parts = Map<string, Uint8Array>;

export function unzipParts(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** A zip of the parts; `stored` parts are not compressed (as some generators do). */
export function zipParts(parts: Parts, stored: ReadonlySet<string> = new Set()): Uint8Array {
  const input: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, data] of parts) input[name] = [data, { level: stored.has(name) ? 0 : 6 }];
  return zipSync(input);
}

export const text = (parts: Parts, name: string): string => strFromU8(parts.get(name) ?? new Uint8Array());

/** Parts Premia may edit in the user's package (besides adding its own). */
export const EDITABLE = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
]);

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Adds a part and its content-type override. */
function addPart(parts: Parts, name: string, content: string | Uint8Array, type?: string): void {
  parts.set(name, typeof content === 'string' ? strToU8(content) : content);
  if (type) {
    const ct = text(parts, '[Content_Types].xml');
    parts.set(
      '[Content_Types].xml',
      strToU8(ct.replace('</Types>', `<Override PartName="/${name}" ContentType="${type}"/></Types>`)),
    );
  }
}

/** Appends a relationship to a rels part (created when missing). */
function addRel(parts: Parts, relsName: string, id: string, type: string, target: string): void {
  const xml =
    parts.get(relsName) === undefined
      ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
      : text(parts, relsName);
  parts.set(
    relsName,
    strToU8(
      xml.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
      ),
    ),
  );
}

/**
 * The sheet XML of the cases: a data table, a dynamic array, escaped text and a vertical
 * tab (shared strings `first` and `first + 1`, as Excel stores text), a chart's drawing.
 */
export function analysisSheet(first: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><dimension ref="A1:C6"/><sheetData>` +
    `<row r="1"><c r="A1" t="s"><v>${first}</v></c><c r="B1" t="s"><v>${first + 1}</v></c></row>` +
    `<row r="2"><c r="A2"><v>0.1</v></c><c r="B2"><f>A2*1000</f><v>100</v></c></row>` +
    `<row r="3"><c r="A3"><v>0.2</v></c><c r="B3"><f t="dataTable" ref="B3:B4" dt2D="0" dtr="0" r1="A2"/><v>200</v></c></row>` +
    `<row r="4"><c r="A4"><v>0.3</v></c><c r="B4"><v>300</v></c></row>` +
    `<row r="5"><c r="C5" cm="1"><f t="array" ref="C5:C6">SEQUENCE(2)</f><v>1</v></c></row>` +
    `<row r="6"><c r="C6"><v>2</v></c></row>` +
    `</sheetData><drawing r:id="rId1"/></worksheet>`
  );
}

const DRAWING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  `<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>` +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Analisi!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>` +
  `<c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`;

/** Bytes that look like nothing in particular (a stand-in for vbaProject.bin). */
export function pseudoRandomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * The workbook with the content the issue found lost: a sheet "Analisi" with a What-If data table,
 * a dynamic-array formula (cm="1", with its metadata part), text `Prot_x0041_` (stored escaped,
 * as Excel does) and a vertical tab, a chart in a drawing, a pivot table's parts, custom XML and,
 * with `macros`, a vbaProject.bin and the macro-enabled content type (an .xlsm).
 */
export function withHostileParts(bytes: Uint8Array, opts: { macros?: boolean } = {}): Uint8Array {
  const parts = unzipParts(bytes);
  const book = text(parts, 'xl/workbook.xml');
  const ids = [...book.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  parts.set(
    'xl/workbook.xml',
    strToU8(
      book.replace('</sheets>', `<sheet name="Analisi" sheetId="${sheetId}" r:id="rIdAnalisi"/></sheets>`),
    ),
  );
  addRel(parts, 'xl/_rels/workbook.xml.rels', 'rIdAnalisi', `${REL}/worksheet`, 'worksheets/sheet20.xml');
  // Text as Excel stores it: `Prot_x0041_` typed by the user is `Prot_x005F_x0041_` in the file.
  const sst = text(parts, 'xl/sharedStrings.xml');
  const first = (sst.match(/<si>/g) ?? []).length;
  parts.set(
    'xl/sharedStrings.xml',
    strToU8(
      sst
        .replace('</sst>', '<si><t>Prot_x005F_x0041_</t></si><si><t>riga_x000B_tab</t></si></sst>')
        .replace(/uniqueCount="\d+"/, `uniqueCount="${first + 2}"`),
    ),
  );
  addPart(
    parts,
    'xl/worksheets/sheet20.xml',
    analysisSheet(first),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  );
  addRel(parts, 'xl/worksheets/_rels/sheet20.xml.rels', 'rId1', `${REL}/drawing`, '../drawings/drawing1.xml');
  addPart(
    parts,
    'xl/drawings/drawing1.xml',
    DRAWING,
    'application/vnd.openxmlformats-officedocument.drawing+xml',
  );
  addRel(parts, 'xl/drawings/_rels/drawing1.xml.rels', 'rId1', `${REL}/chart`, '../charts/chart1.xml');
  addPart(
    parts,
    'xl/charts/chart1.xml',
    CHART,
    'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  );
  addPart(
    parts,
    'xl/metadata.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="${NS_MAIN}"><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
  );
  addRel(parts, 'xl/_rels/workbook.xml.rels', 'rIdMeta', `${REL}/sheetMetadata`, 'metadata.xml');
  // A pivot table's parts (not wired into a sheet: ExcelJS would try to read a wired one).
  addPart(
    parts,
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${NS_MAIN}" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Analisi"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  );
  addPart(
    parts,
    'xl/pivotTables/pivotTable1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${NS_MAIN}" name="Pivot1" cacheId="1" dataCaption="Valori"><location ref="A1:B2" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  );
  addPart(parts, 'customXml/item1.xml', '<premiaTest xmlns="urn:test">valore</premiaTest>');
  addRel(parts, 'customXml/_rels/item1.xml.rels', 'rId1', `${REL}/customXmlProps`, 'itemProps1.xml');
  addPart(
    parts,
    'customXml/itemProps1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>',
    'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  );
  if (opts.macros) {
    addPart(parts, 'xl/vbaProject.bin', pseudoRandomBytes(4096, 17));
    const ct = text(parts, '[Content_Types].xml')
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      );
    parts.set('[Content_Types].xml', strToU8(ct));
    addRel(
      parts,
      'xl/_rels/workbook.xml.rels',
      'rIdVba',
      'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
      'vbaProject.bin',
    );
  }
  return zipParts(parts);
}

// --- "The copy minus Premia's sheets is the original" -------------------------------------------

/** The children `<tag>` of the block `<block>` of an XML text, and the text around them. */
function block(
  xml: string,
  name: string,
  child: string,
): { before: string; children: string[]; after: string } | undefined {
  const m = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  if (!m) return undefined;
  const children = [
    ...(m[1] ?? '').matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g')),
  ].map((c) => c[0]);
  const open = m[0].slice(0, m[0].indexOf('>') + 1).replace(/\s(count|uniqueCount)="\d+"/g, '');
  return { before: xml.slice(0, m.index) + open, children, after: xml.slice(m.index + m[0].length) };
}

/**
 * `copy` with the children appended after the original's `keep` removed from each named block,
 * and the counts dropped, for comparing with the original treated alike. A block the original
 * does not have is removed from the copy.
 */
function withoutAppended(original: string, copy: string, blocks: [string, string][]): [string, string] {
  let a = original;
  let b = copy;
  for (const [name, child] of blocks) {
    const ob = block(a, name, child);
    const cb = block(b, name, child);
    if (!cb) continue;
    if (!ob) {
      b = b.replace(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`), '');
      continue;
    }
    a = `${ob.before}${ob.children.join('')}</${name}>${ob.after}`;
    b = `${cb.before}${cb.children.slice(0, ob.children.length).join('')}</${name}>${cb.after}`;
  }
  return [a, b];
}

function stripElements(xml: string, re: RegExp, drop: (el: string) => boolean): string {
  return xml.replace(re, (el) => (drop(el) ? '' : el));
}

/**
 * Differences between the original and the copy once Premia's sheets are taken out: parts of the
 * original missing or changed in the copy, besides the appended styles and strings and the
 * entries of Premia's own parts. Empty when the copy is the original plus Premia's sheets.
 */
export function differencesBesidesPremia(
  original: Parts,
  copy: Parts,
  premiaSheets: readonly string[],
): string[] {
  const premia = new Set(premiaSheets.map((n) => n.toLowerCase()));
  const out: string[] = [];
  const newParts = [...copy.keys()].filter((name) => !original.has(name));
  const isNew = (target: string) =>
    newParts.some((p) => p === target || p.endsWith(`/${target.replace(/^.*\//, '')}`));
  for (const [name, data] of original) {
    const now = copy.get(name);
    if (!now) {
      out.push(`missing: ${name}`);
      continue;
    }
    if (!EDITABLE.has(name)) {
      if (Buffer.compare(Buffer.from(data), Buffer.from(now)) !== 0) out.push(`changed: ${name}`);
      continue;
    }
    let a = strFromU8(data);
    let b = strFromU8(now);
    if (name === 'xl/workbook.xml') {
      b = stripElements(b, /<sheet\b[^>]*?\/>/g, (el) => {
        const n = /\sname="([^"]*)"/.exec(el)?.[1] ?? '';
        return premia.has(n.toLowerCase()) && !a.includes(el);
      });
    } else if (name === 'xl/_rels/workbook.xml.rels') {
      b = stripElements(
        b,
        /<Relationship\b[^>]*?\/>/g,
        (el) => !a.includes(el) && isNew(/Target="([^"]*)"/.exec(el)?.[1] ?? ''),
      );
    } else if (name === '[Content_Types].xml') {
      b = stripElements(
        b,
        /<Override\b[^>]*?\/>/g,
        (el) => !a.includes(el) && newParts.includes(/PartName="\/([^"]*)"/.exec(el)?.[1] ?? ''),
      );
    } else if (name === 'xl/styles.xml') {
      [a, b] = withoutAppended(a, b, [
        ['numFmts', 'numFmt'],
        ['fonts', 'font'],
        ['cellXfs', 'xf'],
      ]);
    } else if (name === 'xl/sharedStrings.xml') {
      [a, b] = withoutAppended(a, b, [['sst', 'si']]);
    }
    if (a !== b) out.push(`changed beyond Premia's entries: ${name}`);
  }
  return out;
}
