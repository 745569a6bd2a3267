import type { Finding } from '../../src/domain/findings';
import type { Distribution, Scores, UnitAllocation } from '../../src/domain/results';
import { distributionText, findingsText, inspectText, remarkLines, scoresText } from '../../src/cli/text';
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
