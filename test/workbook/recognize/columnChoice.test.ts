import { recognizeTables } from '../../../src/workbook/recognize';
import { sheet } from './sheet';

const CLASSES = '1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (15)';

describe('columns chosen by what their cells hold', () => {
  const s = sheet('Progetti', [
    [
      'Progressivo',
      'Tipologia progetto',
      'Tipologia progetto',
      'Titolo del progetto',
      'Categoria',
      CLASSES,
      'PESO %',
      'Personale da coinvolgere',
      'N. DIP.',
    ],
    [1, '2024-2025', 'GENERALE', 'Uno', null, 'Strategico', 40, 'tutti i dipendenti', 12],
    [2, '2024', 'SETTORE 1', 'Due', null, 'Innovativo', 25, 'n.3 istruttori', 3],
    [3, '2024', 'INTERSETTORIALE', 'Tre', null, 'Miglioramento', 30, 'ufficio tecnico', 5],
  ]);
  const [t] = recognizeTables([s], []);

  it('takes the tipologia words, the filled category and the numeric headcount', () => {
    expect(t.kind).toBe('projects');
    expect(t.columns).toMatchObject({ tipologia: 2, category: 5, headcount: 8 });
  });

  it('reads the class list of the chosen category column and the points under PESO %', () => {
    expect(t.categoryClasses?.map((c) => c.points)).toEqual([40, 25, 20, 15]);
    expect(t.columns.points).toBe(6);
    expect(t.columns.weight).toBeUndefined();
    expect(t.remarks).toContainEqual({
      code: 'POINTS_UNDER_WEIGHT',
      params: { column: 'G', header: 'PESO %' },
    });
  });

  it('says each choice in a remark, and reports no duplicate it resolved', () => {
    const chosen = (t.remarks ?? [])
      .filter((r) => r.code === 'COLUMN_CHOSEN_BY_CONTENT')
      .map((r) => r.params);
    expect(chosen).toEqual(
      expect.arrayContaining([
        { role: 'tipologia', column: 'C', others: 'B' },
        { role: 'category', column: 'F', others: 'E' },
        { role: 'headcount', column: 'I', others: 'H' },
      ]),
    );
    expect((t.remarks ?? []).filter((r) => r.code === 'DUPLICATE_COLUMN')).toEqual([]);
  });

  it('keeps the first column and reports the duplicate when the cells do not tell them apart', () => {
    const both = sheet('Pesi', [
      ['N.', 'Obiettivo', 'Peso %', 'Peso %'],
      [1, 'a', 60, 50],
      [2, 'b', 40, 50],
    ]);
    const [w] = recognizeTables([both], []);
    expect(w.columns.weight).toBe(2);
    expect(w.remarks).toContainEqual({ code: 'DUPLICATE_COLUMN', params: { column: 'D', role: 'weight' } });
  });
});
