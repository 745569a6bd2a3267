import { PremiaOfficeError } from '../../src/adapters/office';
import { errorMessage } from '../../src/taskpane/errors';

describe('errorMessage', () => {
  it("says an Office adapter error again in the pane's language", () => {
    const e = new PremiaOfficeError('protected', { sheet: 'Pesi' });
    expect(errorMessage(e, 'it')).toContain('Pesi');
    expect(errorMessage(e, 'en')).not.toBe(errorMessage(e, 'it'));
    expect(errorMessage(e, 'en')).toContain('Pesi');
  });

  it('uses the office catalogue for a bare error code', () => {
    const e = Object.assign(new Error('x'), { code: 'editMode' });
    expect(errorMessage(e, 'it')).toBe('Stai modificando una cella: premi Invio o Esc e riprova.');
  });

  it('wraps anything else with its detail', () => {
    expect(errorMessage(new Error('boom'), 'it')).toBe('Si è verificato un errore inatteso: boom');
    expect(errorMessage('lost', 'en')).toBe('An unexpected error occurred: lost');
  });
});
