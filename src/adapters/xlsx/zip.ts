/**
 * The zip container of an .xlsx package, read and written without touching the parts Premia
 * does not change: an unchanged part is copied as its stored (compressed) bytes, with its CRC,
 * so its content is byte for byte the original and copying it costs no compression. Only the
 * parts Premia edits or adds are deflated (fflate, synchronous, the same code in Node and the
 * browser). No ZIP64, no encryption: such a package is refused (UnsupportedZip) and the caller
 * falls back.
 */
import { deflateSync, inflateSync } from 'fflate';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A package this module cannot edit safely (ZIP64, encrypted, damaged...). */
export class UnsupportedZip extends Error {
  constructor(reason: string) {
    super(`Zip package not editable: ${reason}`);
    this.name = 'UnsupportedZip';
  }
}

/** One entry of the central directory. */
export interface ZipEntry {
  /** The name as stored (bytes) and decoded (UTF-8). */
  nameBytes: Uint8Array;
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  externalAttributes: number;
  /** The stored bytes (compressed with `method`). */
  data: Uint8Array;
}

/** The entries of a zip, in the order of its central directory. Throws UnsupportedZip. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new UnsupportedZip('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new UnsupportedZip('ZIP64');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw new UnsupportedZip('damaged central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (flags & 0x1) throw new UnsupportedZip('encrypted entry');
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new UnsupportedZip('ZIP64');
    if (method !== 0 && method !== 8) throw new UnsupportedZip(`compression method ${method}`);
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL)
      throw new UnsupportedZip('damaged local header');
    const start =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (start + compressedSize > bytes.length) throw new UnsupportedZip('truncated entry');
    entries.push({
      nameBytes,
      name: decoder.decode(nameBytes),
      flags,
      method,
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size,
      externalAttributes: view.getUint32(at + 38, true),
      data: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed content of an entry. */
export function entryContent(entry: ZipEntry): Uint8Array {
  return entry.method === 0 ? entry.data : inflateSync(entry.data, { out: new Uint8Array(entry.size) });
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (the zip one: polynomial 0xEDB88320). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new entry holding `content`, deflated, dated like `like` (or 1980-01-01). */
export function newEntry(name: string, content: Uint8Array, like?: ZipEntry): ZipEntry {
  const data = deflateSync(content, { level: 6 });
  return {
    nameBytes: new TextEncoder().encode(name),
    name,
    flags: 0x800, // names are UTF-8
    method: 8,
    time: like?.time ?? 0,
    date: like?.date ?? 0x21, // 1980-01-01
    crc: crc32(content),
    compressedSize: data.length,
    size: content.length,
    externalAttributes: 0,
    data,
  };
}

/**
 * The zip of `entries`, in order. Local headers are written afresh from the central directory's
 * data (sizes and CRC in the header, no data descriptor), so a copied entry's stored bytes and
 * CRC are the original's.
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length >= 0xffff) throw new UnsupportedZip('too many entries');
  let total = 22;
  for (const e of entries) total += 30 + e.nameBytes.length + e.data.length + 46 + e.nameBytes.length;
  if (total >= 0xffffffff) throw new UnsupportedZip('too large');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  // Bit 3 (sizes in a data descriptor) is cleared: the sizes are in the header.
  const flagsOf = (e: ZipEntry) => e.flags & ~0x8;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flagsOf(e), true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, e.time, true);
    view.setUint16(at + 12, e.date, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.compressedSize, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.nameBytes.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.nameBytes, at + 30);
    out.set(e.data, at + 30 + e.nameBytes.length);
    at += 30 + e.nameBytes.length + e.data.length;
  }
  const central = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, flagsOf(e), true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, e.time, true);
    view.setUint16(at + 14, e.date, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.compressedSize, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.nameBytes.length, true);
    view.setUint32(at + 38, e.externalAttributes, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(e.nameBytes, at + 46);
    at += 46 + e.nameBytes.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
