import { finding } from '../../src/domain/findings';
import { countBySeverity, groupByArea } from '../../src/taskpane/findings';

describe('findings in the pane', () => {
  const list = [
    finding({ code: 'A', severity: 'warning', area: 'Tecnica' }),
    finding({ code: 'B', severity: 'warning', area: 'Finanziaria' }),
    finding({ code: 'C', severity: 'error' }),
    finding({ code: 'D', severity: 'error', area: 'Finanziaria' }),
  ];

  it('groups by area, areas with errors first, errors first inside each', () => {
    const groups = groupByArea(list, 'Generale');
    expect(groups.map(([area, fs]) => [area, fs.map((f) => f.code)])).toEqual([
      ['Finanziaria', ['D', 'B']],
      ['Generale', ['C']],
      ['Tecnica', ['A']],
    ]);
  });

  it('counts errors and warnings', () => {
    expect(countBySeverity(list)).toEqual({ errors: 2, warnings: 2 });
  });
});
