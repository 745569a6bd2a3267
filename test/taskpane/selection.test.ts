import { selectionFor } from '../../src/taskpane/selection';

describe('selectionFor', () => {
  it('joins the cells of the first sheet into their bounding range', () => {
    expect(
      selectionFor([
        { sheet: 'Pesi', cell: 'C19' },
        { sheet: 'Altro', cell: 'A1' },
        { sheet: 'Pesi', cell: 'C24' },
        { sheet: 'Pesi', cell: '$A$20:$B$21' },
      ]),
    ).toEqual({ sheet: 'Pesi', address: 'A19:C24' });
  });

  it('selects only the first range when the joined one would be large', () => {
    expect(
      selectionFor([
        { sheet: 'Pesi', cell: 'B12' },
        { sheet: 'Pesi', cell: 'Z900' },
      ]),
    ).toEqual({ sheet: 'Pesi', address: 'B12' });
  });

  it('skips unreadable addresses and gives nothing without cells', () => {
    expect(selectionFor([])).toBeUndefined();
    expect(
      selectionFor([
        { sheet: 'X', cell: 'not a cell' },
        { sheet: 'Y', cell: 'D4' },
      ]),
    ).toEqual({ sheet: 'Y', address: 'D4' });
  });
});
