import { parseCategory } from '../../../src/domain/values';
import { DEFAULT_CATEGORY_POINTS } from '../../../src/domain/params';

const key = (r: ReturnType<typeof parseCategory>): string | undefined => (r.ok ? r.value : undefined);

describe('parseCategory', () => {
  it.each([
    ['Strategico', 'strategico'],
    ['STRATEGICO', 'strategico'],
    ['1.Strategico', 'strategico'],
    ['STRATEGICO (40)', 'strategico'],
    ['2. Innovativo (25)', 'innovativo'],
    ['una tantum', 'una tantum'],
    ['Una-tantum', 'una tantum'],
    ['UNA TANTUM (5)', 'una tantum'],
    ['Progetto strategico', 'strategico'],
    ['strategica', 'strategico'],
    ['Mantenimento', 'mantenimento'],
  ])('%p is %p', (text, expected) => {
    expect(key(parseCategory(text, DEFAULT_CATEGORY_POINTS))).toBe(expected);
  });

  it('reads a class number by the order listed in the header', () => {
    const order = ['strategico', 'innovativo', 'miglioramento', 'mantenimento', 'una tantum'];
    expect(key(parseCategory('3', DEFAULT_CATEGORY_POINTS, { order }))).toBe('miglioramento');
    expect(key(parseCategory(5, DEFAULT_CATEGORY_POINTS, { order }))).toBe('una tantum');
    const reversed = [...order].reverse();
    expect(key(parseCategory(1, DEFAULT_CATEGORY_POINTS, { order: reversed }))).toBe('una tantum');
  });

  it('falls back to the order of the points without a header order', () => {
    expect(key(parseCategory('2', { alpha: 1, beta: 2 }))).toBe('beta');
  });

  it('reports unknown, ambiguous and out-of-range categories', () => {
    expect(parseCategory('Ordinario', DEFAULT_CATEGORY_POINTS)).toEqual({
      ok: false,
      problem: { code: 'UNKNOWN_CATEGORY', detail: 'Ordinario' },
    });
    expect(parseCategory('Strategico innovativo', DEFAULT_CATEGORY_POINTS).ok).toBe(false);
    expect(parseCategory('6', DEFAULT_CATEGORY_POINTS).ok).toBe(false);
    expect(parseCategory(0, DEFAULT_CATEGORY_POINTS).ok).toBe(false);
    expect(parseCategory('3', DEFAULT_CATEGORY_POINTS, { order: ['strategico', 'altro', 'boh'] }).ok).toBe(
      false,
    );
    expect(parseCategory('', DEFAULT_CATEGORY_POINTS)).toEqual({ ok: false, problem: { code: 'EMPTY' } });
    expect(parseCategory({ error: '#REF!' }, DEFAULT_CATEGORY_POINTS).ok).toBe(false);
  });
});
