import { finding } from '../../../src/domain/findings';
import { hasMessage } from '../../../src/i18n';
import { PARSE_CODES, parseProblemKey, parseNumber } from '../../../src/domain/values';

describe('parse problem messages', () => {
  it.each(PARSE_CODES)('finding.PARSE_%s exists in Italian and English', (code) => {
    expect(hasMessage('it', `finding.PARSE_${code}`)).toBe(true);
    expect(hasMessage('en', `finding.PARSE_${code}`)).toBe(true);
  });

  it('renders a problem with its cell and text', () => {
    const r = parseNumber('4,19,3');
    if (r.ok) throw new Error('expected a problem');
    expect(parseProblemKey(r.problem)).toBe('finding.PARSE_NOT_A_NUMBER');
    const f = finding({
      code: `PARSE_${r.problem.code}`,
      severity: 'error',
      params: { cell: 'Pesi!C7', text: r.problem.detail ?? '' },
    });
    expect(f.message).toBe('Cella Pesi!C7: «4,19,3» non è un numero.');
  });
});
