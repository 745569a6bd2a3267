import fc from 'fast-check';
import {
  NaturalSplitter,
  TieSplitter,
  naturalCompare,
  naturalKey,
  splitByTieOrder,
  splitInOrder,
} from '../../../src/domain/distribution/order';
import { normaliseTipologia } from '../../../src/domain/distribution/tipologia';

/** The first implementation (a regular expression per comparison), kept as the reference. */
function referenceCompare(a: string, b: string): number {
  const ta = a.toLowerCase().match(/\d+|\D+/g) ?? [];
  const tb = b.toLowerCase().match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ta.length !== tb.length) return ta.length - tb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
/** A weight as the exact fraction its decimal text states ("33.33" is 3333/100, "1e+21" is 10^21). */
function decimalFraction(w: number): { num: bigint; den: bigint } {
  const [mantissa, exponent = '0'] = String(w).split('e');
  const [int, frac = ''] = mantissa.split('.');
  let num = BigInt(int + frac);
  let den = 10n ** BigInt(frac.length);
  const e = Number(exponent);
  if (e >= 0) num *= 10n ** BigInt(e);
  else den *= 10n ** BigInt(-e);
  return { num, den };
}

/**
 * Largest remainder written out the long way, independent of money.ts: the weights over one
 * common denominator (exact BigInt fractions), each part floor(total x w / W), then the cents
 * left one each to the rows sorted by remainder (largest first), equal remainders by `compare`
 * on the items, then by row.
 */
function naiveSplit<T>(
  total: number,
  items: readonly T[],
  weights: readonly number[],
  compare: (a: T, b: T) => number,
): number[] {
  const fractions = weights.map(decimalFraction);
  const common = fractions.reduce((d, f) => d * f.den, 1n);
  const whole = fractions.map((f) => (f.num * common) / f.den);
  const sum = whole.reduce((a, b) => a + b, 0n);
  const t = BigInt(total);
  const parts = whole.map((w) => (t * w) / sum);
  const remainders = whole.map((w, i) => t * w - parts[i] * sum);
  let left = t - parts.reduce((a, b) => a + b, 0n);
  const rows = items.map((_, i) => i);
  rows.sort((i, j) => {
    if (remainders[i] !== remainders[j]) return remainders[i] > remainders[j] ? -1 : 1;
    return compare(items[i], items[j]) || i - j;
  });
  for (const i of rows) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

describe('naturalCompare', () => {
  it('orders ids as people number them', () => {
    const ids = ['10', '1T', '2', '1', '2T', '01b', 'a'];
    expect([...ids].sort(naturalCompare)).toEqual(['1', '01b', '1T', '2', '2T', '10', 'a']);
  });

  it('orders every pair of strings as the regular-expression version did', () => {
    const text = fc.string({
      unit: fc.constantFrom('0', '1', '2', '9', '00', 'a', 'B', 'b', ' ', '#', 'À', 'é', 'İ'),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(naturalCompare(a, b))).toBe(Math.sign(referenceCompare(a, b)));
      }),
      { numRuns: 3000 },
    );
    expect(Math.sign(naturalCompare('Rossi 010', 'rossi 10'))).toBe(
      Math.sign(referenceCompare('Rossi 010', 'rossi 10')),
    );
  });

  it('orders ASCII text read in place as the lower-cased strings, non-ASCII after it too', () => {
    // Capitals against the symbols between 'Z' and 'a' ('_' sorts after 'A' only once lowered),
    // and non-ASCII letters that lower-case to longer strings or to ASCII ('İ', Kelvin sign).
    const ascii = fc.string({
      unit: fc.constantFrom('0', '1', '9', '007', 'A', 'Z', 'a', 'z', '_', '[', '`', '~', ' ', '#'),
    });
    const tail = fc.string({ unit: fc.constantFrom('', 'a', 'İ', '\u212a', 'ß', 'Σ', '1') });
    const text = fc.tuple(ascii, tail).map(([a, t]) => a + t);
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(naturalCompare(a, b))).toBe(Math.sign(referenceCompare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('splitInOrder', () => {
  it('gives tie cents by the comparison, returning parts in the items own order', () => {
    // 5 cents over three equal weights: 2 + 2 + 1, the 1 going to the last in name order
    expect(splitInOrder(5, ['Carla', 'Anna', 'Bruno'], [1, 1, 1], naturalCompare)).toEqual([1, 2, 2]);
  });

  it('gives the parts of a naive exact largest remainder, ties by the comparison then the row', () => {
    const weights = fc.array(
      // Small weights make ties in the remainders common; the others take the BigInt path.
      fc.oneof(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.constantFrom(0.5, 0.1, 33.33, 12.5, 1e15, 1e21, 2.5e-7),
      ),
      { minLength: 1, maxLength: 12 },
    );
    const total = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e11 }));
    // Few ranks, so that the comparison itself ties too and the row decides.
    const ranks = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(total, weights, ranks, (t, w, r) => {
        if (w.every((x) => x === 0)) return;
        const items = w.map((_, i) => r[i]);
        const byRank = (a: number, b: number) => a - b;
        const naive = naiveSplit(t, items, w, byRank);
        expect(splitInOrder(t, items, w, byRank)).toEqual(naive);
        // The same split with the tie order handed to money.ts instead of sorted rows.
        expect(splitByTieOrder(t, items, w, byRank)).toEqual(naive);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the naive parts when many parts tie (the tie order sorted in one piece)', () => {
    const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(1, 2)), {
      minLength: 30,
      maxLength: 80,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), rows, (t, r) => {
        const items = r.map(([rank]) => rank);
        const weights = r.map(([, w]) => w);
        const byRank = (a: number, b: number) => b - a;
        expect(splitInOrder(t, items, weights, byRank)).toEqual(naiveSplit(t, items, weights, byRank));
        expect(splitByTieOrder(t, items, weights, byRank)).toEqual(naiveSplit(t, items, weights, byRank));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the naive split on a hand-checked tie', () => {
    // 100 cents over 1 : 1 : 1 is 33 each and one cent left, remainders all equal: it goes to
    // the item the comparison puts first ('b' ranks 0), not to the first row.
    const rank: Record<string, number> = { a: 2, b: 0, c: 1 };
    const compare = (x: string, y: string) => rank[x] - rank[y];
    expect(naiveSplit(100, ['a', 'b', 'c'], [1, 1, 1], compare)).toEqual([33, 34, 33]);
    expect(splitInOrder(100, ['a', 'b', 'c'], [1, 1, 1], compare)).toEqual([33, 34, 33]);
  });
});

describe('NaturalSplitter', () => {
  it('gives the parts of splitInOrder by name, split after split on the same scratch arrays', () => {
    const names = fc.constantFrom('Anna', 'anna', 'Bruno', 'Carla 2', 'Carla 10', 'Dario', 'ELENA');
    const split = fc.record({
      total: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e11 })),
      rows: fc.array(
        fc.tuple(names, fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0.5, 33.33, 36, 1e15))),
        { minLength: 1, maxLength: 9 },
      ),
    });
    fc.assert(
      fc.property(fc.array(split, { minLength: 1, maxLength: 6 }), (splits) => {
        // One splitter for the whole sequence: a longer split before a shorter one must not leak.
        const splitter = new NaturalSplitter();
        for (const { total, rows } of splits) {
          if (rows.every(([, w]) => w === 0)) continue;
          rows.forEach(([name, w], i) => {
            splitter.weights[i] = w;
            splitter.keys[i] = naturalKey(name);
          });
          splitter.split(total, rows.length);
          const expected = splitInOrder(
            total,
            rows.map(([name]) => name),
            rows.map(([, w]) => w),
            naturalCompare,
          );
          expect(splitter.parts.slice(0, rows.length)).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('TieSplitter', () => {
  it('gives the parts of splitInOrder with its tie order, split after split on the same arrays', () => {
    // Items are ranks; ties go to the lower rank, then the lower position.
    const split = fc.record({
      total: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e11 })),
      rows: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 3 }),
          fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(2.5, 1e15)),
        ),
        { minLength: 1, maxLength: 40 },
      ),
    });
    const byRank = (a: number, b: number) => a - b;
    fc.assert(
      fc.property(fc.array(split, { minLength: 1, maxLength: 6 }), (splits) => {
        const splitter = new TieSplitter<number>(byRank);
        for (const { total, rows } of splits) {
          if (rows.every(([, w]) => w === 0)) continue;
          rows.forEach(([rank, w], i) => {
            splitter.weights[i] = w;
            splitter.items[i] = rank;
          });
          splitter.split(total, rows.length);
          const expected = splitInOrder(
            total,
            rows.map(([rank]) => rank),
            rows.map(([, w]) => w),
            byRank,
          );
          expect(splitter.parts.slice(0, rows.length)).toEqual(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('NaturalSplitter, a short split after a long one', () => {
  it('ties only among the parts of the split, not what the long one left in the arrays', () => {
    const splitter = new NaturalSplitter();
    const fill = (names: string[]) =>
      names.forEach((name, i) => {
        splitter.weights[i] = 1;
        splitter.keys[i] = naturalKey(name);
      });
    // 1 cent over five equal weights: every remainder is 1, the cent goes to Anna.
    fill(['Anna', 'Bruno', 'Carla', 'Dario', 'Elena']);
    splitter.split(1, 5);
    expect(splitter.parts.slice(0, 5)).toEqual([1, 0, 0, 0, 0]);
    // 1 cent over two: remainders 1 again, as the long split's left over; Zeno comes first.
    fill(['Zoe', 'Zeno']);
    splitter.split(1, 2);
    expect(splitter.parts.slice(0, 2)).toEqual([0, 1]);
  });
});

describe('normaliseTipologia', () => {
  it('reads the tipologie as users write them', () => {
    expect(normaliseTipologia('SETTORE 2')).toBe('settore');
    expect(normaliseTipologia('  Settore n. 12 ')).toBe('settore');
    expect(normaliseTipologia('INTERSETTORIALE')).toBe('intersettoriale');
    expect(normaliseTipologia('Generale')).toBe('generale');
    expect(normaliseTipologia('Progetto speciale')).toBe('progetto speciale');
  });
});
