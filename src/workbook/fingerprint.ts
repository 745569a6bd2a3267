/**
 * A fingerprint of the inputs a run read, for the run log: FNV-1a (64 bit) over the values of
 * the input sheets. Not a security hash: it tells whether two runs read the same data.
 */
import { Fnv64 } from './fnv';
import type { SheetSnapshot } from './port';

export function fingerprint(sheets: readonly SheetSnapshot[]): string {
  const h = new Fnv64();
  const feed = (text: string) => h.text(text);
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
  return h.hex();
}
