/**
 * Formula injection: user text that starts with "=", "+", "-", "@" or a tab (objective titles,
 * people, areas, messages that quote them) is written as text in every sheet Premia writes.
 * Saved and reloaded with plain ExcelJS: no cell of Premia's sheets holds a formula, and the
 * injected strings come back as the same strings.
 */
import { Workbook, ValueType } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook, runDistribution } from '../../src/workbook/pipeline';
import { SETTINGS_SHEET } from '../../src/workbook/settings-sheet';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import { runOperation, sampleBytes } from './helpers';

/** Replacements made in every text cell of the user's sheets, so the plan stays consistent. */
const INJECTED: [string, string][] = [
  ['Rossi Maria', '=Rossi Maria'],
  ['Bianchi Luca', '+Bianchi Luca'],
  ['Fontana Davide', '-Fontana Davide'],
  ['Sala Roberto', '@Sala Roberto'],
  ["Inventario dell'archivio storico comunale", '=HYPERLINK("https://example.org";"archivio")'],
  ['Digitalizzazione dei registri di stato civile 1950-1980', '\tDigitalizzazione dei registri'],
  ['Sportello di prossimità per i cittadini anziani', '+39 sportello anziani'],
  ['Area Vigilanza', '@Area Vigilanza'],
  ['AREA VIGILANZA', '@Area Vigilanza'],
];

async function inject(bytes: Uint8Array, extra?: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ValueType.String) return;
        let text = cell.value as string;
        for (const [from, to] of INJECTED) text = text.split(from).join(to);
        if (text !== cell.value) cell.value = text;
      }),
    );
  }
  extra?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function premiaSheets(wb: Workbook): Worksheet[] {
  const own = new Set<string>([...Object.values(OUTPUT_SHEETS), SETTINGS_SHEET]);
  return wb.worksheets.filter((ws) => own.has(ws.name));
}

/** Every cell of Premia's sheets: none a formula; the texts they hold. */
function texts(wb: Workbook): string[] {
  const out: string[] = [];
  for (const ws of premiaSheets(wb)) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect({ at: `${ws.name}!${cell.address}`, type: cell.type }).not.toEqual({
          at: `${ws.name}!${cell.address}`,
          type: ValueType.Formula,
        });
        expect(cell.formula).toBeFalsy();
        const v = cell.value as unknown;
        if (typeof v === 'string') out.push(v);
        else if (v && typeof v === 'object' && 'text' in v && typeof v.text === 'string') out.push(v.text);
      }),
    );
  }
  return out;
}

async function reloadPlain(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('formula injection', () => {
  it('a distribution over injected names, titles and areas writes them all as text', async () => {
    const input = await inject(sampleBytes('clean'));
    const run = runDistribution(await loadWorkbook(await XlsxWorkbook.load(input)));
    if (!run.distribution.ok) throw new Error(run.distribution.reasons.map((r) => r.message).join('\n'));
    const wb = await reloadPlain(await runOperation(input, 'distribute'));
    const names = premiaSheets(wb).map((ws) => ws.name);
    for (const sheet of [
      OUTPUT_SHEETS.validation,
      OUTPUT_SHEETS.scores,
      OUTPUT_SHEETS.distribution,
      OUTPUT_SHEETS.employees,
      OUTPUT_SHEETS.transparency,
      OUTPUT_SHEETS.log,
    ])
      expect(names).toContain(sheet);
    const all = texts(wb);
    const shown = (s: string) => all.some((t) => t.startsWith(s) || t.includes(s));
    // People, titles and areas are shown as they were typed, the dangerous first character kept.
    for (const s of [
      '=Rossi Maria',
      '+Bianchi Luca',
      '-Fontana Davide',
      '@Sala Roberto',
      '=HYPERLINK("https://example.org";"archivio")',
      '+39 sportello anziani',
      '@Area Vigilanza',
    ])
      expect({ s, shown: shown(s) }).toEqual({ s, shown: true });
    // The strings that begin with one of the characters are whole cells somewhere.
    expect(all).toContain('=Rossi Maria');
    expect(all).toContain('=HYPERLINK("https://example.org";"archivio")');
    // A leading tab may be trimmed by the reader, but it never turns into anything else.
    expect(all.some((t) => t.includes('Digitalizzazione dei registri'))).toBe(true);
  });

  it('a finding that quotes injected text is written as text in the validation report', async () => {
    const input = await inject(sampleBytes('clean'), (wb) => {
      // Two assigned people who are not in the staff table: their findings quote the names.
      const ws = wb.getWorksheet('Assegnazioni')!;
      expect([ws.getCell('C5').value, ws.getCell('C7').value]).toEqual(['Neri Paolo', 'Galli Stefano']);
      ws.getCell('C5').value = '=1+1 Ignoto';
      ws.getCell('C7').value = '-2+3 Sconosciuto';
    });
    const wb = await reloadPlain(await runOperation(input, 'validate'));
    const all = texts(wb);
    expect(all.some((t) => t.includes('=1+1 Ignoto') && t !== '=1+1 Ignoto')).toBe(true);
    expect(all.some((t) => t.includes('-2+3 Sconosciuto'))).toBe(true);
  });
});
