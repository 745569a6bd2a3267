/**
 * Indicator explanations, rendered on demand. A large plan has hundreds of thousands of
 * indicators and most explanations are never shown (they go to a cell note or a detail view),
 * so scoring keeps the catalogue key and its parameters and formats the text when it is read.
 * The text is the same as formatting eagerly: `formatMessage(locale, 'scoring.<key>', params)`,
 * with nested explanations (a base result plus its late penalty) rendered first.
 */
import { formatMessage, type Locale } from '../../i18n';

export type ExplanationParams = Record<string, string | number | Explanation>;

export class Explanation {
  constructor(
    readonly locale: Locale,
    readonly key: string,
    readonly params: ExplanationParams = {},
  ) {}

  toString(): string {
    const flat: Record<string, string | number> = {};
    for (const name in this.params) {
      const v = this.params[name];
      flat[name] = v instanceof Explanation ? v.toString() : v;
    }
    return formatMessage(this.locale, `scoring.${this.key}`, flat);
  }
}
