/**
 * A fingerprint of the inputs a run read, for the run log: FNV-1a (64 bit) over the values of
 * the input sheets. Not a security hash: it tells whether two runs read the same data.
 */
import type { SheetSnapshot } from './port';

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function fingerprint(sheets: readonly SheetSnapshot[]): string {
  let h = OFFSET;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i += 1) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * PRIME) & MASK;
    }
  };
  for (const s of sheets) {
    feed(`\u0001${s.name}\u0002${s.top},${s.left}`);
    for (const row of s.values) {
      feed('\u0003');
      for (const v of row) {
        feed(
          v === null
            ? '\u0004'
            : v instanceof Date
              ? `d${v.getTime()}`
              : typeof v === 'object'
                ? `e${v.error}`
                : `${typeof v}${v}\u0005`,
        );
      }
    }
  }
  return h.toString(16).padStart(16, '0');
}
