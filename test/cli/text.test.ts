import type { Finding } from '../../src/domain/findings';
import type { Distribution, Scores, UnitAllocation } from '../../src/domain/results';
import {
  distributionText,
  findingsText,
  inspectText,
  remarkLines,
  scoresText,
  wrapWords,
} from '../../src/cli/text';
import type { RecognizedTable } from '../../src/workbook/recognize/types';

// More rows than a function call takes arguments: the summaries must not spread them into one.
const MANY = 150_000;

function unit(i: number): UnitAllocation {
  return {
    key: `A#${i}`,
    id: String(i),
    title: `Obiettivo ${i}`,
    pool: 'Obiettivi',
    allocated: 10_000,
    achievement: 0.5,
    paid: 5_000,
    economie: 5_000,
    redistributed: 0,
    trail: [],
  };
}

describe('CLI summaries of very large plans', () => {
  it('lists 150,000 units and employees, one line each', () => {
    const d: Distribution = {
      ok: true,
      phase: 'payment',
      paymentWaits: false,
      paymentReasons: [],
      totals: {
        fund: 0,
        reserve: 0,
        fixedBudgets: 0,
        distributed: 0,
        paid: 0,
        economie: 0,
        unassigned: 0,
        withoutStaff: 0,
      },
      pools: [],
      units: Array.from({ length: MANY }, (_, i) => unit(i)),
      employees: Array.from({ length: MANY }, (_, i) => ({
        name: `Persona ${i}`,
        total: i,
        byObjective: [],
      })),
      transparency: {
        allocated: 0,
        paid: 0,
        withoutStaff: 0,
        economie: 0,
        employees: 0,
        minimum: 0,
        median: 0,
        maximum: 0,
        average: 0,
        aboveAveragePercent: 0,
      },
      warnings: [],
    };
    const text = distributionText(d, []);
    const rows = text.split('\n');
    expect(rows.filter((r) => r.includes('Obiettivo '))).toHaveLength(MANY);
    expect(rows.filter((r) => r.includes('Persona '))).toHaveLength(MANY);
    expect(text).toContain('€ 50,00'); // the last unit's paid amount, as the others
  });

  it('lists 150,000 findings and objective scores', () => {
    const finding: Finding = {
      code: 'X',
      severity: 'error',
      message: 'm',
      params: {},
      cells: [{ sheet: 'S', cell: 'A1' }],
    };
    const findings = Array.from({ length: MANY }, () => finding);
    expect(
      findingsText(findings)
        .split('\n')
        .filter((r) => r.includes('[S!A1]')),
    ).toHaveLength(MANY);
    const scores: Scores = {
      areas: [],
      findings: [],
      objectives: Array.from({ length: MANY }, (_, i) => ({
        key: `k${i}`,
        id: `${i}`,
        title: 't',
        source: 'none',
        belowSoglia: false,
        indicators: [],
        cells: [],
      })),
    };
    expect(scoresText(scores, []).split('\n').length).toBeGreaterThan(MANY);
  });
});

describe('inspect: recognition remarks', () => {
  const merged = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      code: 'MERGED_CELLS_FILLED' as const,
      params: { range: `A${5 + 3 * i}:A${7 + 3 * i}` },
    }));

  it('one line per code that names cells, the first ten and how many more', () => {
    const lines = remarkLines(
      [
        { code: 'HEADER_MATCHED', params: { header: 'A4:C4', kind: 'weights', labels: 'id=A' } },
        ...merged(12),
        { code: 'REPEATED_HEADER_SKIPPED', params: { row: 20 } },
        { code: 'REPEATED_HEADER_SKIPPED', params: { row: 31 } },
      ],
      'it',
    );
    expect(lines).toEqual([
      'celle unite, il valore vale per ogni riga che coprono: A5:A7, A8:A10, A11:A13, A14:A16, ' +
        'A17:A19, A20:A22, A23:A25, A26:A28, A29:A31, A32:A34 e altre 2',
      "righe che ripetono l'intestazione, saltate: 20, 31",
    ]);
  });

  it('in English when asked', () => {
    const table = {
      kind: 'weights',
      sheet: 'Pesi',
      range: { top: 1, left: 0, bottom: 5, right: 3 },
      dataRows: [2, 3, 5],
      remarks: [{ code: 'HIDDEN_COLUMNS', params: { columns: 'D' } }],
    } as unknown as RecognizedTable;
    expect(inspectText([table], 'en').split('\n')).toEqual([
      'Tables recognised: 1',
      `  ${'Objective weights'.padEnd(24)} Pesi!A2:D6 (3 rows)`,
      '      hidden columns, read as well: D',
      '',
    ]);
  });
});

describe('CLI counts', () => {
  const reason: Finding = { code: 'DIST_NO_FUND', severity: 'error', message: 'm', params: {}, cells: [] };

  it('says "1 motivo" for one reason and "2 motivi" for two', () => {
    expect(distributionText({ ok: false, reasons: [reason] }, [])).toMatch(
      /^Distribuzione rifiutata \(1 motivo\):/,
    );
    expect(distributionText({ ok: false, reasons: [reason, reason] }, [])).toMatch(
      /^Distribuzione rifiutata \(2 motivi\):/,
    );
  });
});

describe('CLI text: objectives by area, full titles wrapped, employees with area and total', () => {
  const long = 'Pagamento delle fatture commerciali entro trenta giorni dal ricevimento della fattura';
  const objective = (key: string, id: string, title: string, area?: string) => ({
    key,
    id,
    title,
    ...(area !== undefined ? { area } : {}),
    achievement: 0.95,
    effective: 0.95,
    source: 'manual' as const,
    belowSoglia: false,
    indicators: [],
    cells: [],
  });
  const scores: Scores = {
    areas: [],
    findings: [],
    objectives: [
      objective('a1', '1', 'Inventario', 'Area Amministrativa'),
      objective('a2', '1T', long, 'Area Amministrativa'),
      objective('p1', 'P1', 'Sportello unico'),
      objective('b1', '1', 'Recupero IMU', 'Area Finanziaria'),
      objective('b2', '1T', long, 'Area Finanziaria'),
    ],
  };

  it('wraps words to a width, cutting only a word longer than it', () => {
    expect(wrapWords('uno due tre quattro', 8)).toEqual(['uno due', 'tre', 'quattro']);
    expect(wrapWords('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
    expect(wrapWords('', 10)).toEqual(['']);
  });

  it('groups the objectives under their area, those without area last, titles whole', () => {
    const rows = scoresText(scores, [], 80).split('\n');
    const at = (s: string) => rows.findIndex((r) => r === s);
    expect(at('  Area Amministrativa')).toBeGreaterThan(0);
    expect(at('  Area Finanziaria')).toBeGreaterThan(at('  Area Amministrativa'));
    expect(at('  (senza area)')).toBeGreaterThan(at('  Area Finanziaria'));
    // "1" of the second area comes under its area's name, after the first area's objectives.
    const recupero = rows.findIndex((r) => r.includes('Recupero IMU'));
    expect(recupero).toBe(at('  Area Finanziaria') + 1);
    // The whole title is there, over several lines, none wider than the terminal.
    const words = rows.join(' ').replace(/\s+/g, ' ');
    expect(words).toContain(long.split(' ').slice(0, 5).join(' '));
    expect(words).toContain('ricevimento della fattura');
    expect(rows.every((r) => r.length <= 80)).toBe(true);
    const first = rows.findIndex((r) => r.includes('1T    Pagamento'));
    expect(rows[first]).toMatch(/ 95% → +95%$/);
    expect(rows[first + 1]).toMatch(/^ {10}\S/);
  });

  it('uses the width it is given: one line each on a wide terminal', () => {
    const rows = scoresText(scores, [], 200).split('\n');
    expect(rows.filter((r) => r.includes(long))).toHaveLength(2);
  });

  it('lists employees with their area and a total line, in both phases', () => {
    const unit = (key: string, id: string, area: string): UnitAllocation => ({
      key,
      id,
      title: long,
      area,
      pool: 'Obiettivi',
      allocated: 100_000,
      achievement: 1,
      paid: 100_000,
      economie: 0,
      redistributed: 0,
      trail: [],
    });
    const d: Distribution = {
      ok: true,
      phase: 'payment',
      paymentWaits: false,
      paymentReasons: [],
      totals: {
        fund: 200_000,
        reserve: 0,
        fixedBudgets: 0,
        distributed: 200_000,
        paid: 200_000,
        economie: 0,
        unassigned: 0,
        withoutStaff: 0,
      },
      pools: [],
      units: [unit('a', '1T', 'Area Amministrativa'), unit('b', '1T', 'Area Finanziaria')],
      employees: [
        { name: 'Rossi Maria', area: 'Area Amministrativa', total: 100_001, byObjective: [] },
        { name: 'Neri Paolo', area: 'Area Finanziaria', total: 99_999, byObjective: [] },
        { name: 'Senza Area', total: 0, byObjective: [] },
      ],
      transparency: {
        allocated: 0,
        paid: 0,
        withoutStaff: 0,
        economie: 0,
        employees: 0,
        minimum: 0,
        median: 0,
        maximum: 0,
        average: 0,
        aboveAveragePercent: 0,
      },
      warnings: [],
    };
    for (const phase of ['payment', 'allocation'] as const) {
      const rows = distributionText({ ...d, phase, paymentWaits: phase === 'allocation' }, [], 90).split(
        '\n',
      );
      expect(rows.find((r) => r.includes('Rossi Maria'))).toMatch(
        /^ {2}Rossi Maria +Area Amministrativa +€ 1\.000,01$/,
      );
      expect(rows.find((r) => r.includes('Senza Area'))).toMatch(/\(senza area\) +€ 0,00$/);
      expect(rows.find((r) => r.trim().startsWith('Totale'))).toMatch(/^ {2}Totale +€ 2\.000,00$/);
      expect(rows.filter((r) => /^ {2}Area (Amministrativa|Finanziaria)$/.test(r))).toHaveLength(2);
      expect(rows.every((r) => r.length <= 90)).toBe(true);
    }
  });
});
