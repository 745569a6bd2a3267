import { readBudgetText, readDeadlineText, readLatePenaltyText } from '../../../src/domain/values';

describe('budgets stated in text', () => {
  it.each([
    ['con budget assegnato pari ad un massimo di Euro 4.500,00 (100% obiettivo raggiunto)', 450000],
    ["con budget 5.500,00 al raggiungimento del 100% dell'obiettivo", 550000],
    ['compenso di € 800 per ogni evento', 80000],
    ['Budget: 1200', 120000],
    ['incentivo euro 1.250,50', 125050],
  ])('%s -> %i cents', (text, cents) => {
    expect(readBudgetText(text)?.cents).toBe(cents);
  });

  it.each([
    ['con budget pari al 100% del fondo'],
    ['budget 2021 di 3.000'],
    ['contributo regionale di euro 50.000'],
    ['Servizio attivato'],
  ])('reads no budget in %s', (text) => {
    expect(readBudgetText(text)).toBeUndefined();
  });

  it('keeps the words it read the amount from', () => {
    expect(readBudgetText('Presidio, con budget assegnato pari ad Euro 4.500,00 (nota)')?.text).toBe(
      'budget assegnato pari ad Euro 4.500,00',
    );
  });
});

describe('late penalties stated in text', () => {
  it.each([
    ['Atti predisposti entro ottobre (-10% ogni mese ritardo)', 10],
    ['riduzione del 5 % per ogni mese di ritardo', 5],
    ['12,5% al mese di ritardo', 12.5],
    ['-20% per mese di ritardo', 20],
  ])('%s -> %d %% per month', (text, percent) => {
    expect(readLatePenaltyText(text)?.percent).toBe(percent);
  });

  it.each([['Raggiungimento del 10%'], ['-10% ogni giorno di ritardo'], ['ritardo di un mese']])(
    'reads no penalty per month in %s',
    (text) => {
      expect(readLatePenaltyText(text)).toBeUndefined();
    },
  );
});

describe('deadlines that are not one date', () => {
  it.each([['Sospeso'], ['SOSPESO in attesa del contratto'], ['Obiettivo sospeso'], ['rinviato']])(
    '%s is a suspended objective',
    (text) => {
      expect(readDeadlineText(text, { year: 2021 })).toEqual({ kind: 'suspended' });
    },
  );

  it('reads one date per indicator', () => {
    expect(readDeadlineText('31/12/2021 31/12/2021')).toEqual({
      kind: 'dates',
      dates: ['2021-12-31', '2021-12-31'],
    });
    expect(readDeadlineText('30/06/2021; 31.12.2021\n31-12-2021')).toEqual({
      kind: 'dates',
      dates: ['2021-06-30', '2021-12-31', '2021-12-31'],
    });
  });

  it('reads a rule of words as a text to judge by hand', () => {
    expect(readDeadlineText('Rispetto tempistica prevista dalla normativa')).toEqual({
      kind: 'text',
      text: 'Rispetto tempistica prevista dalla normativa',
    });
  });

  it.each([
    ['31/12/2021'],
    ['31/06/2021'],
    ['31/06/2021 31/12/2021'],
    ['31/12/20211'],
    ['31/12/2021 e poi si vedrà'],
    [''],
    [null],
    [44561],
  ])('leaves %p to the date reading (a date, or a date error)', (raw) => {
    expect(readDeadlineText(raw as string | number | null, { year: 2021 })).toBeUndefined();
  });
});
