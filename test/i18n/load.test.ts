/** English is loaded on demand: before, its keys fall back to Italian; after, they are English. */
import { en as english } from '../../src/i18n/en';

type I18n = typeof import('../../src/i18n');

function freshI18n(): I18n {
  let mod: I18n | undefined;
  // A registry of its own: the Jest setup that loads English for the other tests does not apply.
  jest.isolateModules(() => {
    mod = jest.requireActual<I18n>('../../src/i18n');
  });
  return mod!;
}

describe('loadLocale', () => {
  it('speaks Italian for English keys until English is loaded, then English', async () => {
    const i18n = freshI18n();
    const it = i18n.formatMessage('it', 'ui.validation.run');
    expect(i18n.hasMessage('en', 'ui.validation.run')).toBe(false);
    expect(i18n.formatMessage('en', 'ui.validation.run')).toBe(it);
    await i18n.loadLocale('en');
    expect(i18n.hasMessage('en', 'ui.validation.run')).toBe(true);
    const en = i18n.formatMessage('en', 'ui.validation.run');
    expect(en).not.toBe(it);
    expect(en).toBe(english['ui.validation.run']);
  });

  it('loads nothing for Italian', async () => {
    const i18n = freshI18n();
    await i18n.loadLocale('it');
    expect(i18n.hasMessage('en', 'ui.validation.run')).toBe(false);
  });

  it('keeps speaking Italian, without failing, when the English chunk cannot be loaded', async () => {
    let i18n: I18n | undefined;
    jest.isolateModules(() => {
      jest.doMock('../../src/i18n/en', () => {
        throw new Error('chunk failed to load');
      });
      i18n = jest.requireActual<I18n>('../../src/i18n');
    });
    await expect(i18n!.loadLocale('en')).resolves.toBeUndefined();
    expect(i18n!.hasMessage('en', 'ui.validation.run')).toBe(false);
    expect(i18n!.formatMessage('en', 'ui.validation.run')).toBe(
      i18n!.formatMessage('it', 'ui.validation.run'),
    );
  });
});
