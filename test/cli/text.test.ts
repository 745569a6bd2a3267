import type { Finding } from '../../src/domain/findings';
import type { Distribution, Scores, UnitAllocation } from '../../src/domain/results';
import { distributionText, findingsText, scoresText } from '../../src/cli/text';

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
