import type { Plan } from '../../../src/domain/model';
import { validate } from '../../../src/domain/validation';
import { FIN, bad, cleanPlan } from './build';

/** Two indicators of objective 1 read from one cell listing both, as the reader splits them. */
function splitRow(p: Plan) {
  const [first, second] = p.indicators.filter((i) => i.objectiveKey === `${FIN}#1`);
  second.cell = first.cell;
  return [first, second];
}

const byCode = (p: Plan, code: string) => validate(p).filter((f) => f.code === code);

describe('dates and targets of indicators split from one cell', () => {
  it('report an impossible deadline of their shared cell once', () => {
    const p = cleanPlan();
    const deadline = bad<string>('24/40/2021', 'IMPOSSIBLE_DATE', 'Obiettivi', 'H3');
    for (const i of splitRow(p)) i.deadline = deadline;
    const found = byCode(p, 'DATE_INVALID');
    expect(found.map((f) => f.cells)).toEqual([[{ sheet: 'Obiettivi', cell: 'H3' }]]);
  });

  it('report an unreadable completion date, target or actual date once', () => {
    const p = cleanPlan();
    for (const i of splitRow(p)) {
      i.completion = bad('Sospeso', 'NOT_A_DATE', 'Obiettivi', 'I3');
      i.target = bad('boh', 'UNREADABLE', 'Obiettivi', 'F3');
      i.actual = bad('31/06/2021', 'IMPOSSIBLE_DATE', 'Obiettivi', 'G3');
    }
    expect(byCode(p, 'DATE_UNREADABLE')).toHaveLength(1);
    expect(byCode(p, 'TARGET_UNREADABLE')).toHaveLength(1);
    expect(byCode(p, 'DATE_INVALID')).toHaveLength(1);
  });

  it('still report the same problem in two different cells twice', () => {
    const p = cleanPlan();
    const [first, second] = splitRow(p);
    first.deadline = bad('24/40/2021', 'IMPOSSIBLE_DATE', 'Obiettivi', 'H3');
    second.deadline = bad('24/40/2021', 'IMPOSSIBLE_DATE', 'Obiettivi', 'H4');
    expect(byCode(p, 'DATE_INVALID')).toHaveLength(2);
  });
});
