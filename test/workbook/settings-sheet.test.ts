import * as fc from 'fast-check';
import {
  SETTINGS_CHUNK,
  SETTINGS_MARKER,
  SETTINGS_SHEET,
  findSettingsSheet,
  freeSettingsName,
  isSettingsSheet,
  isSettingsSnapshot,
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

describe("recognising Premia's settings sheet", () => {
  const sheet = (name: string, veryHidden: boolean, a1: string | null) => ({ name, veryHidden, a1 });

  it('is very hidden and marked, or very hidden and named exactly _premia (written before the marker)', () => {
    expect(isSettingsSheet(sheet('_premia2', true, SETTINGS_MARKER))).toBe(true);
    expect(isSettingsSheet(sheet('qualsiasi', true, SETTINGS_MARKER))).toBe(true);
    expect(isSettingsSheet(sheet('_premia', true, 'year'))).toBe(true);
    expect(isSettingsSheet(sheet('_Premia', true, 'year'))).toBe(false);
    expect(isSettingsSheet(sheet('_premia', false, SETTINGS_MARKER))).toBe(false);
  });

  it('prefers a marked sheet, and picks a free name for a new one', () => {
    expect(findSettingsSheet([sheet('_premia', true, 'a'), sheet('_premia2', true, SETTINGS_MARKER)])).toBe(
      '_premia2',
    );
    expect(findSettingsSheet([sheet('_PREMIA', false, 'a')])).toBeUndefined();
    expect(freeSettingsName(['Dati'])).toBe('_premia');
    expect(freeSettingsName(['_PREMIA', '_Premia2'])).toBe('_premia3');
  });

  it('the marker row is no setting; a snapshot is the settings sheet when hidden and marked', () => {
    expect(rowsToSettings([[SETTINGS_MARKER], ['k', 'v']])).toEqual({ k: 'v' });
    const snap = (name: string, hidden: boolean, a1: string) => ({
      name,
      top: 0,
      left: 0,
      values: [[a1]],
      ...(hidden ? { hidden: true as const } : {}),
    });
    expect(isSettingsSnapshot(snap('_premia2', true, SETTINGS_MARKER))).toBe(true);
    expect(isSettingsSnapshot(snap('_premia', true, 'k'))).toBe(true);
    expect(isSettingsSnapshot(snap('_premia', false, SETTINGS_MARKER))).toBe(false);
    expect(isSettingsSnapshot(snap('_Premia', true, 'k'))).toBe(false);
  });
});
