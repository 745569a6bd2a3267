/**
 * The parameters sheet Premia creates (with the defaults) when a workbook has none: exactly the
 * layout of docs/parameters-sheet.md, so that `readParamsSheet` reads back what was written.
 * Labels and keywords come from layout.ts; the notes of column C from the catalogue (the sheet
 * is always Italian: its labels are what the reader matches).
 */
import type { Parameters, PayoutBand } from '../../domain/model';
import { formatMessage } from '../../i18n';
import type { OutputCell, SheetSpec } from '../port';
import {
  AT_MOST_WRITTEN,
  categoryName,
  EURO_FORMAT,
  METHOD_WRITTEN,
  NO_WRITTEN,
  PARAMS_SHEET,
  PROPORTIONAL_WRITTEN,
  SCALAR_HEADER,
  SCALARS,
  SECTIONS,
  SOGLIA_WRITTEN,
  YES_WRITTEN,
  type ScalarDef,
  type SectionKey,
} from './layout';

export const PARAMS_COLUMN_WIDTHS = [44, 30, 18, 14, 16];

const text = (value: string | null, bold = false): OutputCell => (bold ? { value, bold } : { value });
const num = (value: number | undefined): OutputCell => ({ value: value ?? null });
const money = (cents: number | undefined): OutputCell =>
  cents === undefined ? { value: null, format: EURO_FORMAT } : { value: cents / 100, format: EURO_FORMAT };
const yesNo = (v: boolean): OutputCell => ({ value: v ? YES_WRITTEN : NO_WRITTEN });

function scalarValue(def: ScalarDef, p: Parameters, meta: { comune?: string; year?: number }): OutputCell {
  switch (def.kind) {
    case 'text':
      return text(meta.comune ?? null);
    case 'year':
      return num(meta.year);
    case 'money':
      return money(def.key === 'fund' ? p.fund : p.reserve);
    case 'method':
      return text(p.defaultMethod ? METHOD_WRITTEN[p.defaultMethod] : null);
    case 'soglia':
      return text(SOGLIA_WRITTEN[p.sogliaPolicy]);
    case 'atMost':
      return text(AT_MOST_WRITTEN[p.atMostPolicy]);
    case 'yesno':
      return yesNo(
        p[def.key as 'partTime' | 'individualEvaluation' | 'absenceReduction' | 'redistributeEconomie'],
      );
    case 'percent':
    case 'number':
      return num(p[def.key as 'latePenaltyPerMonth' | 'fullTimeHours']);
  }
}

const payoutCell = (b: PayoutBand): OutputCell =>
  b.payout === 'proportional' ? text(PROPORTIONAL_WRITTEN) : num(b.payout);

function sectionRows(key: SectionKey, p: Parameters): OutputCell[][] {
  switch (key) {
    case 'pools':
      return p.pools.map((pool) => [
        text(pool.name),
        text(pool.tipologie.length > 0 ? pool.tipologie.map((t) => t.toUpperCase()).join(', ') : null),
        money(pool.amount),
        num(pool.percent),
        text(METHOD_WRITTEN[pool.method]),
      ]);
    case 'categoryPoints':
      return Object.entries(p.categoryPoints).map(([k, v]) => [text(categoryName(k)), num(v)]);
    case 'headcountBands':
      return p.headcountBands.map((b) => [num(b.min), num(b.coefficient)]);
    case 'payoutCurve':
      return p.payoutCurve.map((b) => [num(b.from), payoutCell(b)]);
  }
}

/** The whole parameters sheet for `params` (and the plan's comune and year, when known). */
export function paramsSheetSpec(
  params: Parameters,
  meta: { comune?: string; year?: number } = {},
): SheetSpec {
  const note = (key: string): OutputCell => text(formatMessage('it', `params.note.${key}`));
  const rows: OutputCell[][] = [
    [text(PARAMS_SHEET, true)],
    [text(formatMessage('it', 'params.sheet.note'))],
    [],
    SCALAR_HEADER.map((h) => text(h, true)),
  ];
  for (const def of SCALARS) rows.push([text(def.label), scalarValue(def, params, meta), note(def.key)]);
  for (const section of SECTIONS) {
    rows.push([]);
    rows.push([text(section.title, true)]);
    rows.push(section.columns.map((c) => text(c.header, true)));
    rows.push(...sectionRows(section.key, params));
  }
  return { name: PARAMS_SHEET, rows, columnWidths: [...PARAMS_COLUMN_WIDTHS] };
}
