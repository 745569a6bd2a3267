/**
 * Which formula cells of a loaded file carry no computed value. ExcelJS reads a formula with an
 * empty text result (`<f>IF(A1="";"";A1)</f><v></v>`, Excel's way) and a formula never
 * calculated (`<f>C3/2</f>` with no `<v>`, written by a generator and never opened in Excel)
 * alike, as a formula without result. Only the sheet's XML tells them apart, so this reads it
 * from the package: the zip's central directory, the workbook part and its relationships to map
 * sheet names to parts, then each asked-for sheet's cells. Anything unexpected (a ZIP64 file, an
 * unknown compression) answers "unknown" (undefined), never throws.
 */
import { decodeXml } from './xml-text';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(bytes: Uint8Array): Map<string, Entry> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return undefined; // ZIP64
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function readEntry(bytes: Uint8Array, entry: Entry): Promise<string | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(data);
  if (entry.method !== 8) return undefined;
  return new TextDecoder().decode(await inflate(data));
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

/** Sheet name -> zip entry name of its part ("xl/worksheets/sheet1.xml"). */
async function sheetParts(bytes: Uint8Array, entries: Map<string, Entry>): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  const book = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!book || !rels) return parts;
  const [bookXml, relsXml] = await Promise.all([readEntry(bytes, book), readEntry(bytes, rels)]);
  if (bookXml === undefined || relsXml === undefined) return parts;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of bookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name');
    const id = attribute(m[0], 'r:id');
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) parts.set(name, target);
  }
  return parts;
}

/** Addresses ("C4") of the cells holding a formula and no value element at all. */
function formulasWithoutValue(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const inner = m[2];
    if (inner === undefined || !/<f[\s>/]/.test(inner) || /<v[\s>/]/.test(inner)) continue;
    const r = attribute(m[1], 'r');
    if (r !== undefined) out.add(r);
  }
  return out;
}

/**
 * For each named sheet, the addresses of its formula cells without a value element; a sheet
 * missing from the answer could not be read (treat its cells as unknown).
 */
export async function uncalculatedFormulas(
  data: Uint8Array,
  sheetNames: readonly string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  try {
    const entries = centralDirectory(data);
    if (!entries) return out;
    const parts = await sheetParts(data, entries);
    for (const name of sheetNames) {
      const part = parts.get(name);
      const entry = part === undefined ? undefined : entries.get(part);
      if (!entry) continue;
      const xml = await readEntry(data, entry);
      if (xml !== undefined) out.set(name, formulasWithoutValue(xml));
    }
  } catch {
    // A package this reader does not understand: nothing is known.
  }
  return out;
}
