import { normaliseText } from '../../../src/domain/validation/common';
import { isPaymentTimesObjective } from '../../../src/domain/validation/paymentTimes';
import type { Objective } from '../../../src/domain/model';
import { ok } from './build';

describe('normaliseText', () => {
  it.each([
    ['PTPCT 2023 – 2025.', 'ptpct 2023 2025'],
    ['PTPCT 2023-2025', 'ptpct 2023 2025'],
    ['  Attività   dell’ente  ', 'attivita dell ente'],
    ["«Attività» dell'ente", 'attivita dell ente'],
    ['Tempestività dei pagamenti', 'tempestivita dei pagamenti'],
  ])('%s -> %s', (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });
});

describe('payment-times titles after normalisation', () => {
  const titled = (title: string): Objective => ({
    key: `A#${title}`,
    id: '1',
    title: ok(title, 'Pesi', 'B2'),
    area: 'A',
    scope: 'area',
    weight: ok(30, 'Pesi', 'C2'),
  });

  it.each([
    'Riduzione dei tempi medi di pagamento delle fatture.',
    'TEMPESTIVITÀ DEI PAGAMENTI',
    'Tempi di pagamento - fatture',
  ])('%s is a payment-times objective', (title) => {
    expect(isPaymentTimesObjective(titled(title))).toBe(true);
  });

  it.each(['Pagamento fatture', 'Tempi di risposta'])('%s is not', (title) => {
    expect(isPaymentTimesObjective(titled(title))).toBe(false);
  });
});
