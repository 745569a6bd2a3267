import * as fc from 'fast-check';
import {
  SETTINGS_CHUNK,
  SETTINGS_SHEET,
  chunkText,
  rowsToSettings,
  settingsToRows,
} from '../../src/workbook/settings-sheet';

describe('settings sheet layout', () => {
  it('is the sheet both adapters use', () => {
    expect(SETTINGS_SHEET).toBe('_premia');
  });

  it('writes one row per key, sorted, long values split across cells', () => {
    const long = 'a'.repeat(SETTINGS_CHUNK) + 'b'.repeat(10);
    expect(settingsToRows({ z: '1', a: '', m: long })).toEqual([
      ['a'],
      ['m', 'a'.repeat(SETTINGS_CHUNK), 'b'.repeat(10)],
      ['z', '1'],
    ]);
  });

  it('never splits a surrogate pair', () => {
    const text = 'x'.repeat(4) + '😀' + 'y';
    const chunks = chunkText(text, 5);
    expect(chunks).toEqual(['xxxx', '😀y']);
    expect(chunks.join('')).toBe(text);
  });

  it('reads rows back, skipping rows without a key and joining the value cells', () => {
    expect(
      rowsToSettings([
        ['k', 'ab', 'cd'],
        [null, 'orphan'],
        [' n ', 5, true],
        ['e'],
        ['last', 'one'],
        ['last', 'two'],
      ]),
    ).toEqual({ k: 'abcd', n: '5true', e: '', last: 'two' });
  });

  it('round-trips any settings', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((k) => k.trim() === k && k !== ''),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
        ),
        (record) => {
          const rows = settingsToRows(record);
          expect(rowsToSettings(rows)).toEqual(record);
        },
      ),
    );
  });
});
