/**
 * The CLI in the allocation phase, through the real `bin/premia.js`: a plan with no achievement
 * is allocated (exit 0, `phase: "allocation"`), one with some missing has its payment refused
 * (exit 1) and the allocation all the same.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { premia } from '../support/cli';
import { plannedProjects, projectPlanWorkbook, PRESENCE_BUDGET } from '../workbook/projectPlan';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'premia-allocation-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function file(
  name: string,
  achievements?: Record<string, number>,
  wrongDeclared?: string,
): Promise<string> {
  const target = path.join(tmp, name);
  await projectPlanWorkbook(achievements, { wrongDeclared }).xlsx.writeFile(target);
  return target;
}

interface UnitJson {
  id: string;
  allocated: string;
  achievement: number | null;
  paid: string | null;
}

describe('premia distribute before the achievements', () => {
  it('exits 0 with phase "allocation", every unit allocated and nothing paid', async () => {
    const r = premia('distribute', await file('start.xlsx'), '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ refused: false, phase: 'allocation', paymentWaits: true, paymentReasons: [] });
    expect(d.paid).toBeNull();
    expect(d.transparency).toBeNull();
    const units = d.units as UnitJson[];
    expect(units).toHaveLength(25);
    expect(
      units.every((u) => /^\d+\.\d\d$/.test(u.allocated) && u.paid === null && u.achievement === null),
    ).toBe(true);
    expect(units.find((u) => u.id === 'P25')?.allocated).toBe((PRESENCE_BUDGET / 100).toFixed(2));
    expect(d.errors).toBe(0);
  });

  it('says in the text that the payment waits for the achievements', async () => {
    const r = premia('distribute', await file('start-text.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ripartizione preventiva del fondo (stanziamento)');
    expect(r.stdout).toContain('Liquidazione: attende i raggiungimenti');
    expect(r.stdout).toContain('Dipendenti, quota potenziale');
  });

  it('exits 1 before the achievements when a declared amount is to fix, naming its cell', async () => {
    const r = premia('distribute', await file('wrong.xlsx', undefined, 'P4'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Liquidazione: attende i raggiungimenti');
    expect(r.stdout).toContain('Da correggere prima della liquidazione (1):');
    expect(r.stdout).toMatch(/\[Progetti!H8\] Progetto P4 .*differisce di 10,0\d €/);
  });

  it('exits 1 when some achievements are missing, naming them, with the allocation', async () => {
    const done = Object.fromEntries(plannedProjects().map((p) => [p.id, 100]));
    delete done.P3;
    done.P25 = 100;
    const r = premia('distribute', await file('end.xlsx', done), '--json');
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ refused: false, phase: 'allocation', paymentWaits: false });
    expect(
      (d.paymentReasons as { code: string; objective: string }[])
        .filter((f) => f.code === 'DIST_MISSING_ACHIEVEMENT')
        .map((f) => f.objective),
    ).toEqual(['P3']);
    expect((d.units as UnitJson[]).every((u) => Number(u.allocated) > 0)).toBe(true);
  });

  it('gives phase "payment" once every achievement is there', async () => {
    const done = Object.fromEntries([...plannedProjects().map((p) => p.id), 'P25'].map((id) => [id, 100]));
    const r = premia('distribute', await file('paid.xlsx', done), '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ phase: 'payment', paymentWaits: false, paymentReasons: [] });
    expect((d.units as UnitJson[]).every((u) => u.paid === u.allocated && u.achievement === 100)).toBe(true);
  });
});
