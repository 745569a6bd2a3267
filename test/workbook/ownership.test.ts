/**
 * Ownership of Premia's sheets: fingerprints that survive a save and reload, edits and foreign
 * sheets that stop the write, and edited sheets kept aside on request.
 */
import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook } from '../../src/workbook/pipeline';
import {
  checkOwnership,
  isDateFormat,
  isKeptCopy,
  keepEditedSheets,
  keptName,
  OutputConflictError,
  OWNED_SETTING,
  parseOwned,
  snapshotFingerprint,
  specFingerprint,
  withFreeTableNames,
  writeOutputs,
} from '../../src/workbook/ownership';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import type { SheetSnapshot, SheetSpec } from '../../src/workbook/port';
import { runOperation, sampleBytes, specsFor } from '../trust/helpers';

const NOW = new Date(Date.UTC(2026, 2, 1, 10, 0, 0));

async function reload(bytes: Uint8Array) {
  const book = await XlsxWorkbook.load(bytes);
  return { book, loaded: await loadWorkbook(book) };
}

/** Edits one cell with plain ExcelJS, as a user would in Excel, and saves. */
async function editCell(bytes: Uint8Array, sheet: string, cell: string, value: unknown): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.getCell(cell).value = value as never;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function snapshot(values: SheetSnapshot['values'], formats?: string[][], top = 0, left = 0): SheetSnapshot {
  return {
    name: 'S',
    top,
    left,
    values,
    numberFormats: formats ?? values.map((r) => r.map(() => 'General')),
    formulas: values.map((r) => r.map(() => null)),
    merged: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

describe('fingerprints', () => {
  it('a spec and the sheet it became compare equal after a save and reload, for every output', async () => {
    const bytes = await runOperation(sampleBytes('clean'), 'distribute', NOW);
    const { book, loaded } = await reload(bytes);
    const specs = specsFor('distribute', loaded, NOW);
    // The second run's specs differ (one more log row), so compare against the first run's:
    const first = await loadWorkbook(await XlsxWorkbook.load(sampleBytes('clean')));
    const written = specsFor('distribute', first, NOW);
    const snaps = await book.readSheets(written.map((s) => s.name));
    for (const [i, spec] of written.entries())
      expect({ sheet: spec.name, print: snapshotFingerprint(snaps[i]) }).toEqual({
        sheet: spec.name,
        print: specFingerprint(spec),
      });
    expect(specs.find((s) => s.name === OUTPUT_SHEETS.log)!.rows.length).toBeGreaterThan(
      written.find((s) => s.name === OUTPUT_SHEETS.log)!.rows.length,
    );
  });

  it('normalises dates, long numbers, line ends and links; offsets are positions', () => {
    const spec: SheetSpec = {
      name: 'S',
      rows: [
        [{ value: 'a\r\nb' }, { value: 0.1 + 0.2 }],
        [
          { value: 46082.5, format: 'dd/mm/yyyy hh:mm:ss' },
          { value: null, link: { sheet: 'X', cell: 'B2' } },
        ],
      ],
    };
    const date = new Date(Date.UTC(2026, 2, 1, 12, 0, 0));
    const snap = snapshot([
      ['a\nb', 0.3],
      [date, 'X!B2'],
    ]);
    expect(snapshotFingerprint(snap)).toBe(specFingerprint(spec));
    // The same number as a serial with the date format read by Office.js:
    const office = snapshot(
      [
        ['a\nb', 0.3],
        [46082.5, 'X!B2'],
      ],
      [
        ['General', 'General'],
        ['dd/mm/yyyy hh:mm:ss', 'General'],
      ],
    );
    expect(snapshotFingerprint(office)).toBe(specFingerprint(spec));
    // Moved one column right: not the same sheet.
    expect(snapshotFingerprint({ ...snap, left: 1 })).not.toBe(specFingerprint(spec));
  });

  it('an edited value, an added cell or a formula with the same result changes the fingerprint', () => {
    const base = snapshot([[1, 'x']]);
    const print = snapshotFingerprint(base);
    expect(snapshotFingerprint(snapshot([[2, 'x']]))).not.toBe(print);
    expect(snapshotFingerprint(snapshot([[1, 'x', 'nota']]))).not.toBe(print);
    expect(snapshotFingerprint({ ...base, formulas: [['=0+1', null]] })).not.toBe(print);
    expect(snapshotFingerprint(snapshot([[1, 'x']]))).toBe(print);
  });

  it('tells date formats from money and percent formats', () => {
    expect(isDateFormat('dd/mm/yyyy hh:mm:ss')).toBe(true);
    expect(isDateFormat('mmm-yy')).toBe(true);
    expect(isDateFormat('#,##0.00 "€"')).toBe(false);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});

describe('kept names', () => {
  it('adds "(modificato)" within 31 characters, numbered when taken', () => {
    expect(keptName('Premia - Verifica', [])).toBe('Premia - Verifica (modificato)');
    const long = keptName('Premia - Distribuzione', []);
    expect(long).toBe('Premia - Distribuz (modificato)');
    expect(long.length).toBe(31);
    expect(keptName('Premia - Verifica', ['premia - verifica (MODIFICATO)'])).toBe(
      'Premia - Verific (modificato 2)',
    );
    expect(isKeptCopy(long)).toBe(true);
    expect(isKeptCopy('Premia - Verifica (modificato 3)')).toBe(true);
    expect(isKeptCopy('Personale (modificato)')).toBe(false);
    expect(isKeptCopy('Premia - Verifica')).toBe(false);
  });

  it('an unreadable setting counts as nothing recorded', () => {
    expect(parseOwned('{not json').size).toBe(0);
    expect(parseOwned('[1]').size).toBe(0);
    expect([...parseOwned('{"Premia - Verifica":"ab","x":3}')]).toEqual([['premia - verifica', 'ab']]);
  });
});

describe('writeOutputs', () => {
  it('records a fingerprint of every sheet it wrote, in the same run', async () => {
    const { book } = await reload(await runOperation(sampleBytes('clean'), 'validate', NOW));
    const owned = parseOwned((await book.readSettings())[OWNED_SETTING]);
    const snaps = await book.readSheets([OUTPUT_SHEETS.validation, OUTPUT_SHEETS.log]);
    expect([...owned.keys()].sort()).toEqual(['premia - registro', 'premia - verifica']);
    for (const s of snaps) expect(owned.get(s.name.toLowerCase())).toBe(snapshotFingerprint(s));
  });

  it('replaces its own untouched sheets on a re-run', async () => {
    const once = await runOperation(sampleBytes('clean'), 'validate', NOW);
    const twice = await runOperation(once, 'distribute', NOW);
    const { loaded } = await reload(twice);
    expect(checkOwnership(loaded, specsFor('distribute', loaded, NOW))).toEqual([]);
  });

  it('stops with OUTPUT_EDITED when the user edited a sheet, writing nothing', async () => {
    const once = await runOperation(sampleBytes('clean'), 'distribute', NOW);
    const edited = await editCell(once, OUTPUT_SHEETS.distribution, 'C40', 'mia nota');
    const { book, loaded } = await reload(edited);
    const before = await book.readSheets();
    const settings = await book.readSettings();
    const err = await writeOutputs(book, loaded, specsFor('distribute', loaded, NOW)).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OutputConflictError);
    const conflicts = (err as OutputConflictError).conflicts;
    expect(conflicts.map((c) => [c.code, c.sheet])).toEqual([['OUTPUT_EDITED', OUTPUT_SHEETS.distribution]]);
    expect(conflicts[0].finding.message).toContain('«Premia - Distribuzione»');
    expect(conflicts[0].finding.message).toContain('modificato');
    expect(conflicts[0].finding.severity).toBe('error');
    expect(await book.readSheets()).toEqual(before);
    expect(await book.readSettings()).toEqual(settings);
  });

  it('stops with OUTPUT_NAME_TAKEN on a user sheet with an output name, then keeps it aside on request', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(sampleBytes('clean') as unknown as ArrayBuffer);
    const mine = wb.addWorksheet('Premia - Verifica');
    mine.getCell('A1').value = 'appunti miei';
    mine.addTable({
      name: 'PremiaVerifica',
      ref: 'C1',
      columns: [{ name: 'Nota' }],
      rows: [['uno']],
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { book, loaded } = await reload(bytes);
    const specs = specsFor('validate', loaded, NOW);
    const conflicts = checkOwnership(loaded, specs);
    expect(conflicts.map((c) => c.code)).toEqual(['OUTPUT_NAME_TAKEN']);
    expect(conflicts[0].finding.message).toContain('non ha scritto');

    const result = await writeOutputs(book, loaded, specs, { keepEdited: true });
    expect(result.kept).toEqual(['Premia - Verifica (modificato)']);
    const after = await reload(await book.save());
    const kept = (await after.book.readSheets(['Premia - Verifica (modificato)']))[0];
    expect(kept.values[0][0]).toBe('appunti miei');
    // The kept copy keeps its table; Premia's new table took the next free name.
    const tables = await after.book.listTables();
    expect(tables.find((t) => t.name === 'PremiaVerifica')?.sheet).toBe('Premia - Verifica (modificato)');
    expect(tables.find((t) => t.name === 'PremiaVerifica2')?.sheet).toBe('Premia - Verifica');
    // The kept copy is not read as input, and the next run goes through without asking.
    expect(after.loaded.tables.some((t) => t.sheet.includes('modificato'))).toBe(false);
    expect(after.loaded.plan).toEqual(loaded.plan);
    await expect(
      writeOutputs(after.book, after.loaded, specsFor('validate', after.loaded, NOW)),
    ).resolves.toMatchObject({ kept: [] });
  });

  it('keepEditedSheets renames the sheet and forgets its fingerprint', async () => {
    const once = await runOperation(sampleBytes('clean'), 'score', NOW);
    const { book } = await reload(once);
    const renamed = await keepEditedSheets(book, [OUTPUT_SHEETS.scores.toUpperCase(), 'Assente']);
    expect(renamed).toEqual(['Premia - Punteggi (modificato)']);
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toContain('Premia - Punteggi (modificato)');
    expect(names).not.toContain(OUTPUT_SHEETS.scores);
    const owned = parseOwned((await book.readSettings())[OWNED_SETTING]);
    expect(owned.has('premia - punteggi')).toBe(false);
    expect(owned.has('premia - verifica')).toBe(true);
  });

  it('a run with --keep-edited after an edit writes the new sheet and keeps the edited one', async () => {
    const once = await runOperation(sampleBytes('clean'), 'validate', NOW);
    const edited = await editCell(once, OUTPUT_SHEETS.log, 'B3', 'controllo a mano');
    const out = await runOperation(edited, 'validate', NOW, { keepEdited: true });
    const { book, loaded } = await reload(out);
    const [kept] = await book.readSheets(['Premia - Registro (modificato)']);
    expect(kept.values.flat()).toContain('controllo a mano');
    expect(checkOwnership(loaded, specsFor('validate', loaded, NOW))).toEqual([]);
  });
});

describe('withFreeTableNames', () => {
  it('renames only tables that collide with tables on sheets not being replaced', () => {
    const spec: SheetSpec = {
      name: 'Premia - Verifica',
      rows: [],
      tables: [{ name: 'PremiaVerifica', range: 'A1:B2' }],
    };
    const onReplaced = [
      {
        name: 'PremiaVerifica',
        sheet: 'premia - verifica',
        range: { top: 0, left: 0, bottom: 1, right: 1 },
        showHeaders: true,
        showTotals: false,
      },
    ];
    expect(withFreeTableNames([spec], onReplaced)[0].tables![0].name).toBe('PremiaVerifica');
    const elsewhere = [
      { ...onReplaced[0], sheet: 'Altro' },
      { ...onReplaced[0], name: 'PremiaVerifica2', sheet: 'Altro2' },
    ];
    expect(withFreeTableNames([spec], elsewhere)[0].tables![0].name).toBe('PremiaVerifica3');
  });
});
