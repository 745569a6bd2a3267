import { displayValue, rawValue } from '../../src/workbench/cells';

describe('sheet view cells', () => {
  it('shows money, percents and plain numbers as Excel would in the language', () => {
    expect(displayValue(4000, '#,##0.00 "€"', 'it')).toBe('4.000,00 €');
    expect(displayValue(-1234567.5, '#,##0.00', 'en')).toBe('-1,234,567.50');
    expect(displayValue(0.955, '0.0%', 'it')).toBe('95,5 %');
    expect(displayValue(2.5, 'General', 'it')).toBe('2,5');
    expect(displayValue(-0.001, '0.00', 'it')).toBe('0,00');
  });

  it('shows text, booleans, errors and blanks', () => {
    expect(displayValue('dieci', 'General', 'it')).toBe('dieci');
    expect(displayValue(true, undefined, 'it')).toBe('TRUE');
    expect(displayValue({ error: '#REF!' }, undefined, 'it')).toBe('#REF!');
    expect(displayValue(null, undefined, 'it')).toBe('');
    expect(rawValue(60000)).toBe('60000');
  });
});
