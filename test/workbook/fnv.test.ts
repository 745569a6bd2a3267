import fc from 'fast-check';
import { Fnv64 } from '../../src/workbook/fnv';

/** The BigInt formula the limbs replace, kept as the reference. */
function reference(texts: string[]): string {
  let h = 0xcbf29ce484222325n;
  for (const text of texts) {
    for (let i = 0; i < text.length; i += 1) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    h ^= 0x1fn;
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('Fnv64', () => {
  it('gives the published FNV-1a 64 values', () => {
    expect(new Fnv64().hex()).toBe('cbf29ce484222325');
    expect(new Fnv64().text('a').hex()).toBe('af63dc4c8601ec8c');
    expect(new Fnv64().text('foobar').hex()).toBe('85944171f73967e8');
  });

  it('equals the BigInt formula on any text, any code unit included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), (texts) => {
        const h = new Fnv64();
        for (const t of texts) h.text(t).code(0x1f);
        expect(h.hex()).toBe(reference(texts));
      }),
      { numRuns: 2000 },
    );
  });
});
