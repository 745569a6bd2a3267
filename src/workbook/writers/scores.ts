/**
 * "Premia - Punteggi": one table of objectives (achievement, soglia, effective payout fraction,
 * where the figure came from, a link to the objective's cells) and under it one table of areas
 * (weighted score and sum of weights).
 */
import type { Locale } from '../../i18n';
import type { ObjectiveScore, Scores } from '../../domain/results';
import type { OutputCell, SheetSpec } from '../port';
import { SheetBuilder } from './builder';
import { linkCell, numberCell, percentCell, subtitle, t, textCell, type SheetOptions } from './format';
import { OUTPUT_SHEETS, OUTPUT_TABLES, TAB_COLORS } from './names';

export interface ScoresSheetOptions extends SheetOptions {
  plan?: { comune?: string; year?: number };
}

/** What a reader needs to trust (or question) the achievement: indicators and gaps. */
function notes(o: ObjectiveScore, locale: Locale): string {
  const parts: string[] = [];
  const missing = o.indicators.filter((i) => i.missingActual).length;
  const manual = o.indicators.filter((i) => i.needsManual).length;
  if (missing > 0) parts.push(t(locale, 'scores.note.missingActual', { count: String(missing) }));
  if (manual > 0) parts.push(t(locale, 'scores.note.needsManual', { count: String(manual) }));
  o.indicators.forEach((ind, i) => {
    if (ind.explanation.trim() !== '')
      parts.push(t(locale, 'scores.note.indicator', { n: String(i + 1), explanation: ind.explanation }));
  });
  return parts.join('; ');
}

function objectiveRow(o: ObjectiveScore, locale: Locale): OutputCell[] {
  return [
    textCell(o.area ?? t(locale, 'common.noArea')),
    textCell(o.id),
    textCell(o.title),
    percentCell(o.achievement),
    textCell(t(locale, o.belowSoglia ? 'common.yes' : 'common.no')),
    percentCell(o.effective),
    textCell(t(locale, `scores.source.${o.source}`)),
    textCell(notes(o, locale)),
    linkCell(locale, o.cells),
  ];
}

export function scoresSheet(scores: Scores, opts: ScoresSheetOptions = {}): SheetSpec {
  const locale = opts.locale ?? 'it';
  const b = new SheetBuilder();
  b.heading(t(locale, 'scores.title'));
  b.note(textCell(subtitle(locale, opts.plan, opts.generatedAt)));
  b.blank();

  b.heading(t(locale, 'scores.objectives'));
  const objectiveHeaders = [
    t(locale, 'common.area'),
    t(locale, 'scores.col.id'),
    t(locale, 'common.objective'),
    t(locale, 'scores.col.achievement'),
    t(locale, 'scores.col.belowSoglia'),
    t(locale, 'scores.col.effective'),
    t(locale, 'scores.col.source'),
    t(locale, 'scores.col.notes'),
    t(locale, 'common.cells'),
  ];
  const objectiveBody =
    scores.objectives.length > 0
      ? scores.objectives.map((o) => objectiveRow(o, locale))
      : [[textCell(t(locale, 'scores.noObjectives'))]];
  const objectives = b.table(OUTPUT_TABLES.objectives, objectiveHeaders, objectiveBody);
  b.blank();

  b.heading(t(locale, 'scores.areas'));
  const idOf = new Map(scores.objectives.map((o) => [o.key, o.id]));
  const ids = (keys: readonly string[] | undefined) => (keys ?? []).map((k) => idOf.get(k) ?? k).join(', ');
  const areaHeaders = [
    t(locale, 'common.area'),
    t(locale, 'scores.col.score'),
    t(locale, 'scores.col.weightSum'),
    t(locale, 'scores.col.included'),
    t(locale, 'scores.col.excluded'),
  ];
  const areaBody =
    scores.areas.length > 0
      ? scores.areas.map((a) => [
          textCell(a.area),
          percentCell(a.score),
          numberCell(a.weightSum),
          textCell(ids(a.objectives)),
          textCell(ids(a.excluded)),
        ])
      : [[textCell(t(locale, 'scores.noAreas'))]];
  b.table(OUTPUT_TABLES.areas, areaHeaders, areaBody);

  return b.build(OUTPUT_SHEETS.scores, { freezeRows: objectives.header + 1, tabColor: TAB_COLORS.scores });
}
