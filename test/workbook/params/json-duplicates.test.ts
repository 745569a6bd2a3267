import { duplicateKeys } from '../../../src/workbook/params/json-duplicates';
import { parseParamsJson } from '../../../src/workbook/params';

describe('duplicateKeys', () => {
  it('finds keys written twice in the same object, with their path', () => {
    expect(duplicateKeys('{"a": 1, "b": {"c": 1, "c": 2}, "a": 3}')).toEqual(['b.c', 'a']);
    expect(duplicateKeys('{"pools": [{"name": "x"}, {"name": "y", "name": "z"}]}')).toEqual([
      'pools[1].name',
    ]);
  });

  it('the same key in different objects, or inside strings, is no duplicate', () => {
    expect(duplicateKeys('{"a": {"x": 1}, "b": {"x": 2}, "c": "\\"a\\": 1, \\"a\\""}')).toEqual([]);
    expect(duplicateKeys('[{"a": 1}, {"a": 2}]')).toEqual([]);
  });

  it('keys equal once their escapes are read are duplicates', () => {
    expect(duplicateKeys('{"fund": 1, "f\\u0075nd": 2}')).toEqual(['fund']);
  });

  it('parseParamsJson reports PARAMS_JSON_DUPLICATE_KEY', () => {
    const r = parseParamsJson('{"fund": "1.00", "fund": "2.00"}');
    expect(r.findings.map((f) => f.code)).toContain('PARAMS_JSON_DUPLICATE_KEY');
    expect(r.findings.find((f) => f.code === 'PARAMS_JSON_DUPLICATE_KEY')!.message).toContain('fund');
  });
});
