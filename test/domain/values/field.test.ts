import type { CellRef } from '../../../src/domain/model';
import { field, parseNumber, parsePercent } from '../../../src/domain/values';

const cell: CellRef = { sheet: 'Pesi', cell: 'C7' };

describe('field', () => {
  it('keeps the value, the raw content and the cell', () => {
    expect(field('4.193,23', cell, parseNumber)).toEqual({ value: 4193.23, raw: '4.193,23', cell });
  });

  it('keeps the problem instead of a value', () => {
    expect(field('venti', cell, parseNumber)).toEqual({
      raw: 'venti',
      cell,
      problem: { code: 'NOT_A_NUMBER', detail: 'venti' },
    });
  });

  it('leaves blank cells without value and without problem', () => {
    const f = field('   ', cell, parseNumber);
    expect(f).toEqual({ raw: '   ', cell });
    expect('problem' in f).toBe(false);
    expect('value' in f).toBe(false);
  });

  it('works without a cell and with parsers that take options', () => {
    const f = field(0.4, undefined, (raw) => parsePercent(raw, { percentFormat: true }));
    expect(f).toEqual({ value: 40, raw: 0.4 });
    expect('cell' in f).toBe(false);
  });
});
