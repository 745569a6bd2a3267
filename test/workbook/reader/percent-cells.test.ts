/**
 * Targets and actuals typed as percent cells (Excel keeps 0,5 for "50%" and shows it with a %
 * format), as text "50%", and as 50: each is 50 %, wherever a percent is meant. Regression of
 * a plan typed normally in Excel: a target cell "50%" was compared as 0,5, so an actual of 40
 * scored 100 % instead of 80 %.
 */
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runScoring } from '../../../src/workbook/pipeline';

type Cell = string | number | boolean | Date | null;
/** A value and, for a percent cell, its format. */
type Typed = { value: Cell; percent?: boolean };

const HEADER = ['Area', 'N.', 'Obiettivo', 'Peso', 'Indicatore', 'Valore atteso', 'Valore raggiunto'];

async function achievement(
  target: Typed,
  actual: Typed,
  description = 'Pratiche online',
): Promise<number | undefined> {
  const book = XlsxWorkbook.create();
  const ws = book.workbook.addWorksheet('Obiettivi');
  ws.addRow(HEADER);
  ws.addRow(['Area Amministrativa', 1, 'Servizi online', 100, description, target.value, actual.value]);
  if (target.percent) ws.getCell('F2').numFmt = '0%';
  if (actual.percent) ws.getCell('G2').numFmt = '0.00%';
  const p = book.workbook.addWorksheet('Parametri Premia');
  for (const r of [
    ['Parametro', 'Valore'],
    ['Anno', 2023],
    ['Fondo', 1000],
  ])
    p.addRow(r);
  const { scores } = runScoring(await loadWorkbook(book));
  return scores.objectives[0]?.achievement;
}

const pct = (value: number): Typed => ({ value, percent: true });
const plain = (value: Cell): Typed => ({ value });

describe('percent cells in targets and actuals', () => {
  it('regression: a target cell "50%" (0,5 with a % format) and an actual of 40 score 80 %, not 100 %', async () => {
    expect(await achievement(pct(0.5), plain(40))).toBeCloseTo(0.8, 10);
  });

  const targets50: [string, Typed][] = [
    ['a percent cell', pct(0.5)],
    ['text "50%"', plain('50%')],
    ['50', plain(50)],
    ['text "almeno 50%"', plain('almeno 50%')],
  ];
  const actuals40: [string, Typed][] = [
    ['a percent cell', pct(0.4)],
    ['text "40%"', plain('40%')],
    ['40', plain(40)],
  ];
  for (const [tName, target] of targets50) {
    for (const [aName, actual] of actuals40) {
      it(`at least: target as ${tName}, actual as ${aName} -> 80 %`, async () => {
        expect(await achievement(target, actual)).toBeCloseTo(0.8, 10);
      });
    }
  }

  it('at least: a plain fraction actual under a percent-cell target is read as a fraction too', async () => {
    expect(await achievement(pct(0.5), plain(0.4))).toBeCloseTo(0.8, 10);
  });

  const atMost: [string, Typed][] = [
    ['text "<= 5%"', plain('<= 5%')],
    ['text "max 5%"', plain('max 5%')],
    ['text "non superiore a 5"', plain('non superiore a 5')],
  ];
  for (const [tName, target] of atMost) {
    it(`at most: target as ${tName}; actual 4 % met, 6 % not, however typed`, async () => {
      for (const met of [pct(0.04), plain('4%'), plain(4)])
        expect(await achievement(target, met, 'Tasso di errore')).toBe(1);
      for (const missed of [pct(0.06), plain('6%'), plain(6)])
        expect(await achievement(target, missed, 'Tasso di errore')).toBe(0);
    });
  }

  it('yes/no: a target "SI" is met by an actual of 100 % in a percent cell, SI or TRUE, not by 0 %', async () => {
    for (const met of [pct(1), plain('SI'), plain(true)]) expect(await achievement(plain('SI'), met)).toBe(1);
    for (const missed of [pct(0), plain('NO'), plain(false)])
      expect(await achievement(plain('SI'), missed)).toBe(0);
  });

  it('a target of 100 % typed each way is met by 100 % typed each way, half met by 50 %', async () => {
    for (const target of [pct(1), plain('100%'), plain(100)]) {
      for (const actual of [pct(1), plain('100%'), plain(100)])
        expect(await achievement(target, actual)).toBe(1);
      for (const actual of [pct(0.5), plain('50%'), plain(50)])
        expect(await achievement(target, actual)).toBeCloseTo(0.5, 10);
    }
  });

  it('deadline: a percent cell under a deadline is a percentage, not the date 1/1/1900', async () => {
    // 1 in a "0%" cell read as a date serial was 1 January 1900: on time, 100 %.
    expect(await achievement(plain('entro il 30/06/2023'), pct(1))).toBeUndefined();
    expect(await achievement(plain('entro il 30/06/2023'), plain('15/06/2023'))).toBe(1);
    expect(await achievement(plain('entro il 30/06/2023'), plain('SI'))).toBe(1);
  });
});
