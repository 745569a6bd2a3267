/**
 * Italian text of the distribution (trail details, pool names) from the catalogue, and the money
 * format used inside messages. Messages carry money as formatted text ("4.193,23"), so the
 * amounts read as a finance officer writes them.
 */
import { formatMessage, type Locale } from '../../i18n';
import type { CellRef, Cents } from '../model';
import type { TrailStep } from '../results';
import { formatCents } from '../money';

const LOCALE: Locale = 'it';

export type TextParams = Record<string, string | number>;

/** Text of `distribution.<key>`. */
export function text(key: string, params: TextParams = {}): string {
  return formatMessage(LOCALE, `distribution.${key}`, params);
}

/** Money for a message: "4.193,23". */
export function euro(c: Cents): string {
  return formatCents(c, LOCALE);
}

/** A trail step whose detail is `distribution.trail.<step>`. */
export function trailStep(step: string, params: TextParams, cells: (CellRef | undefined)[] = []): TrailStep {
  return {
    step,
    detail: text(`trail.${step}`, params),
    cells: cells.filter((c): c is CellRef => c !== undefined),
  };
}

/** The objective's title for messages, or its id when the title is missing. */
export function titleOf(o: { id: string; title: { value?: string } }): string {
  return o.title.value ?? o.id;
}
