/**
 * A deadline written as a sentence, as objective cards keep it ("Tempi di raggiungimento"):
 * - a date, with or without a lead ("Entro il 31/10/2025"), an impossible date or one without
 *   year: read as any date cell is (validation reports the last two);
 * - several dates ("Entro 30.06.2025 per le sanzioni; entro il 31.12.2025 per gli altri atti"):
 *   the latest is the objective's deadline, said with DEADLINE_SEVERAL_DATES (the earlier
 *   parts are judged by hand);
 * - one date inside other words ("Realizzazione entro il 31.03.2025, prima fase"): that date,
 *   said with DEADLINE_IN_TEXT;
 * - no date ("Tutto l'anno 2025", "In continuo", "Da giugno a settembre"): no deadline, said
 *   with DEADLINE_NOT_A_DATE; timeliness is then judged by hand. Never an unreadable-date error;
 * - "Sospeso": a suspended objective, as an objective table's deadline cell (row-text.ts),
 *   DEADLINE_SUSPENDED.
 * Cards write sentences, so this reads more loosely than a deadline column does
 * (domain/values/statedInText.ts): dates among words count.
 */
import type { Field, IsoDate, RawValue } from '../../domain/model';
import { finding } from '../../domain/findings';
import {
  isBlank,
  parseDate,
  readDateText,
  readDeadlineText as statedDeadline,
  type DateReading,
} from '../../domain/values';
import { cellText } from '../../domain/cells';
import { date, readField, type ReadContext } from './context';
import type { SheetCells } from './sheet-cells';

/** Dates written with digits inside a text: "30.06.2025", "31/12/25", "1-3-2025". */
const DIGIT_DATE = /(?<![\d/.-])\d{1,2} ?([/.-]) ?\d{1,2} ?\1 ?(?:\d{4}|\d{2})(?![\d/.-])/g;
/** And with the month's name: "31 dicembre 2025". */
const NAMED_DATE =
  /(?<!\d)\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}/gi;

function datesIn(text: string, year: number | undefined): DateReading[] {
  const out: DateReading[] = [];
  for (const m of [...text.matchAll(DIGIT_DATE), ...text.matchAll(NAMED_DATE)].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  )) {
    out.push(readDateText(m[0], year));
  }
  return out;
}

export interface CardDeadline {
  deadline?: Field<IsoDate>;
  /** "Sospeso" where the deadline belongs: the objective is suspended (as row-text.ts reads it). */
  suspended?: Field<string>;
}

export function readCardDeadline(
  ctx: ReadContext,
  cells: SheetCells,
  row: number,
  col: number,
  /** The objective's id, and how messages name it ("6 «Bilancio»"). */
  who: { area?: string; objective: string; label: string },
  /** The value when the cell holds its label too ("Tempi: entro il 31/10/2025"): the text after it. */
  written: RawValue = cells.raw(row, col),
): CardDeadline {
  const raw = written;
  if (isBlank(raw)) return {};
  if (typeof raw !== 'string') return { deadline: date(ctx, cells, row, col) };
  const cell = cells.ref(row, col);
  const year = ctx.meta.year;
  if (readDateText(raw, year).kind !== 'none')
    return { deadline: readField(raw, cell, (r) => parseDate(r, { year })) };
  const text = raw.trim();
  const base = { severity: 'warning' as const, cells: [cell], area: who.area, objective: who.objective };
  const params = { cell: cellText(cell), text, objective: who.label, area: who.area ?? '' };
  if (statedDeadline(raw, { year })?.kind === 'suspended') {
    ctx.findings.push(finding({ ...base, code: 'DEADLINE_SUSPENDED', params }));
    return { suspended: { value: text, raw, cell }, deadline: { raw, cell } };
  }
  const readings = datesIn(text, year);
  if (readings.some((r) => r.kind === 'impossible'))
    return { deadline: { raw, cell, problem: { code: 'IMPOSSIBLE_DATE', detail: text } } };
  const dates = readings.flatMap((r) => (r.kind === 'date' ? [r.date] : []));
  if (dates.length === 0) {
    ctx.findings.push(finding({ ...base, code: 'DEADLINE_NOT_A_DATE', params }));
    return { deadline: { raw, cell } };
  }
  const latest = [...dates].sort().pop() as IsoDate;
  const shown = latest.split('-').reverse().join('/');
  if (dates.length > 1)
    ctx.findings.push(
      finding({
        ...base,
        code: 'DEADLINE_SEVERAL_DATES',
        params: { ...params, count: dates.length, latest: shown },
      }),
    );
  else ctx.findings.push(finding({ ...base, code: 'DEADLINE_IN_TEXT', params: { ...params, date: shown } }));
  return { deadline: { value: latest, raw, cell } };
}
