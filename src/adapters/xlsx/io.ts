/**
 * Bytes <-> ExcelJS workbook. No file system here: the caller (CLI, browser) does the I/O, so
 * the same code runs in Node and in the browser.
 */
import { Workbook } from 'exceljs';

type LoadInput = Parameters<Workbook['xlsx']['load']>[0];

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  // ExcelJS declares a Node Buffer parameter but hands the data to JSZip, which takes an
  // ArrayBuffer or a Uint8Array in Node and in the browser alike.
  await wb.xlsx.load(data as unknown as LoadInput);
  return wb;
}

export async function saveWorkbook(wb: Workbook): Promise<Uint8Array> {
  const out: unknown = await wb.xlsx.writeBuffer();
  // A Node Buffer (or the browser polyfill) is already a Uint8Array; normalise the rest.
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new Error('ExcelJS returned an unexpected buffer type');
}
