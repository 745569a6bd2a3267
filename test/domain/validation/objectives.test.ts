import { validate } from '../../../src/domain/validation';
import { FIN, TEC, cleanPlan, objective, ok } from './build';

const f1t = `${FIN}#1T`;
const t1t = `${TEC}#1T`;
const TITLE = 'Attuazione misure anticorruzione, nel rispetto del PTPCT 2023 - 2025';

function mismatches(finTitle: string, tecTitle: string): number {
  const plan = cleanPlan();
  objective(plan, f1t).title = ok(finTitle, 'Pesi', 'B4');
  objective(plan, t1t).title = ok(tecTitle, 'Pesi', 'B7');
  return validate(plan).filter((f) => f.code === 'TRANSVERSAL_TITLE_MISMATCH').length;
}

describe('transversal objective titles', () => {
  it.each([
    [
      'an en dash and a trailing dot',
      'Attuazione misure anticorruzione, nel rispetto del PTPCT 2023 – 2025.',
    ],
    ['an em dash without spaces', 'Attuazione misure anticorruzione, nel rispetto del PTPCT 2023—2025'],
    ['no comma, repeated spaces', 'Attuazione  misure anticorruzione nel rispetto del PTPCT 2023-2025'],
    ['case and accents', 'ATTUAZIONE MISURE ANTICORRUZIONE, NEL RISPETTO DEL PTPCT 2023 - 2025 ...'],
  ])('differing only by %s are the same title', (_, other) => {
    expect(mismatches(TITLE, other)).toBe(0);
  });

  it('apostrophe and quote kinds do not make titles different', () => {
    expect(
      mismatches('Carta dei servizi dell\'ente "Sportello"', 'Carta dei servizi dell’ente «Sportello»'),
    ).toBe(0);
  });

  it.each([
    ['another year', 'Attuazione misure anticorruzione, nel rispetto del PTPCT 2024 - 2026'],
    ['another word', 'Attuazione misure antiriciclaggio, nel rispetto del PTPCT 2023 - 2025'],
    ['words run together', 'Attuazione misure anticorruzione, nel rispetto del PTPCT 20232025'],
  ])('with %s they are still different titles', (_, other) => {
    expect(mismatches(TITLE, other)).toBe(1);
  });
});
