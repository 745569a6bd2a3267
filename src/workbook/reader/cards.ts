/**
 * Objective cards (recognize/cards.ts): each card is one objective of its group's area (the
 * heading's), or, under a heading that calls them transversal, an objective of every area
 * (unweighted.ts makes the copies). The title comes from the card's first row, the deadline from
 * "Tempi ..." (deadline-text.ts), one indicator from "Misurazione ..." with its target from
 * "Traguardo atteso". Every value keeps its cell. Cards carry no number: the card's own
 * ("OBIETTIVO N. 3", "3. Titolo") when written, else the position in its group (1, 2... and
 * 1T, 2T... under a transversal heading). Cards carry no weights either (unweighted.ts).
 */
import { cardId } from '../recognize/cards';
import type { CardCell, RecognizedTable } from '../recognize/types';
import type { Field, Objective, RawValue, Target } from '../../domain/model';
import { isBlank, normalizeLabel, parseTarget, parseText } from '../../domain/values';
import { readAssigneesCell } from './assignees';
import { area, areaKey, WHOLE_ENTE_AREA } from './areas';
import { matchAreaName, sayAreaMatched } from './area-names';
import type { Finding } from '../../domain/findings';
import { readCell, readField, type ReadContext } from './context';
import { readCardDeadline } from './deadline-text';
import { addObjective } from './objective-index';
import { listedObjective } from './unweighted';
import type { SheetCells } from './sheet-cells';

/** "3. Titolo": the number written before a title, set aside from it. */
const NUMBERED = /^\d+[a-z]?\s*[.)\-–]\s+/i;

export function readCards(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  // Cards under no heading naming an area are the whole ente's, as rows of an objectives table
  // with no area are; transversal ones wait for the areas (unweighted.ts).
  const areaName =
    t.area !== undefined
      ? (knownArea(ctx, t) ??
        area(ctx, t.area, t.areaCell ? { sheet: t.sheet, cell: t.areaCell } : undefined).name)
      : t.transversal
        ? undefined
        : area(ctx, WHOLE_ENTE_AREA).name;
  (t.cards ?? []).forEach((card, i) => {
    const id = cardId(t, card, i);
    const title = titleField(cells, card.cells.title, card.titleLabel);
    const transversal = t.transversal === true || card.transversal;
    const objective: Omit<Objective, 'key'> = {
      id,
      title,
      scope: transversal ? 'transversal' : 'area',
      weight: {},
      cell: cells.rowRef(card.row, t.range.left, t.range.right),
    };
    if (areaName !== undefined) objective.area = areaName;
    const deadlineCell = card.cells.deadline;
    if (deadlineCell) {
      const read = readCardDeadline(
        ctx,
        cells,
        deadlineCell.row,
        deadlineCell.col,
        { area: areaName, objective: id, label: title.value ? `${id} «${title.value}»` : id },
        written(cells, deadlineCell),
      );
      if (read.deadline) objective.deadline = read.deadline;
      if (read.suspended) objective.suspended = read.suspended;
    }
    // A card describing an objective a weight table already lists (same area, and its number
    // or its title) completes that objective: the card is where its indicator and deadline are.
    const listed =
      areaName !== undefined
        ? [listedInArea(ctx, areaName, card.id ?? '', title.value ?? '')].filter(
            (o): o is Objective => o !== undefined,
          )
        : transversal
          ? listedTransversal(ctx, card.id ?? '')
          : [];
    if (listed.length > 0) {
      listed.forEach((l, n) => {
        if (l.deadline === undefined && objective.deadline !== undefined) l.deadline = objective.deadline;
        readCardIndicator(ctx, cells, l, card.cells.indicator, card.cells.target);
        // One cell, one finding, however many areas' copies it completes.
        readCardAssignees(ctx, cells, l, card.cells.assignees, n === 0 ? ctx.findings : []);
      });
      return;
    }
    const o = addObjective(ctx, objective);
    ctx.unweighted.add(o.key);
    if (areaName === undefined && t.transversal) ctx.forAllAreas.push(o);
    readCardIndicator(ctx, cells, o, card.cells.indicator, card.cells.target);
    readCardAssignees(ctx, cells, o, card.cells.assignees);
  });
}

/**
 * A transversal card ("OBIETTIVO N. 1T" under "OBIETTIVI TRASVERSALI") of an objective the areas'
 * weight tables already list: every area's copy of it.
 */
function listedTransversal(ctx: ReadContext, id: string): Objective[] {
  if (id === '') return [];
  const key = normalizeLabel(id);
  return ctx.objectives.filter(
    (o) =>
      o.scope === 'transversal' && !o.project && !ctx.unweighted.has(o.key) && normalizeLabel(o.id) === key,
  );
}

/** The card's "RISORSE UMANE ASSEGNATE" value, read as an assignment cell of the objective. */
function readCardAssignees(
  ctx: ReadContext,
  cells: SheetCells,
  o: Objective,
  at: CardCell | undefined,
  findings: Finding[] = ctx.findings,
): void {
  if (at === undefined) return;
  const raw = written(cells, at);
  if (isBlank(raw)) return;
  for (const a of readAssigneesCell(o, raw, cells.ref(at.row, at.col), ctx.assigneeRules, findings))
    ctx.assignments.push(a);
}

/**
 * The weight tables' area the cards' heading names another way ("AREA ECONOMICO FINANZIARIA"
 * over the cards of "AREA FINANZIARIA"), said (area-names.ts); undefined when the heading names
 * an area of the objectives as it is, or none fits.
 */
function knownArea(ctx: ReadContext, t: RecognizedTable): string | undefined {
  if (t.area === undefined) return undefined;
  const names = new Map<string, string>();
  for (const o of ctx.objectives) if (o.area !== undefined && !o.project) names.set(areaKey(o.area), o.area);
  if (names.size === 0 || names.has(areaKey(t.area))) return undefined;
  const target = matchAreaName(t.area, [...names.values()]);
  if (target === undefined) return undefined;
  sayAreaMatched(ctx, t.area, target, t.areaCell ? { sheet: t.sheet, cell: t.areaCell } : undefined);
  return target;
}

/**
 * The listed objective a card completes: by number in the area, or, when two objectives of the
 * area share the number (a mistake validation reports), the one with the card's title.
 */
function listedInArea(ctx: ReadContext, areaName: string, id: string, title: string): Objective | undefined {
  const key = areaKey(areaName);
  const same = ctx.objectives.filter(
    (o) =>
      !o.project &&
      !ctx.unweighted.has(o.key) &&
      o.area !== undefined &&
      areaKey(o.area) === key &&
      id !== '' &&
      normalizeLabel(o.id) === normalizeLabel(id),
  );
  if (same.length > 1) {
    // "DENOMINAZIONE: Guida rapida" beside "OBIETTIVO N. 4": the title after its label.
    const wanted = normalizeLabel(title.replace(/^\s*denominazione\s*:?\s*/i, ''));
    const byTitle = same.find((o) => normalizeLabel(o.title.value ?? '') === wanted);
    if (byTitle) return byTitle;
  }
  return listedObjective(ctx, areaName, id, title);
}

/** A card's value: the cell's, or the text after the label when the cell holds both. */
function written(cells: SheetCells, at: CardCell): RawValue {
  const raw = cells.raw(at.row, at.col);
  if (at.prefix === undefined || typeof raw !== 'string') return raw;
  return raw.slice(raw.indexOf(':') + 1).trim();
}

/** The title as written, without the card's label or number before it. */
function titleField(cells: SheetCells, at: CardCell | undefined, label: string | undefined): Field<string> {
  if (!at) return { raw: null };
  const field = readCell(cells, at.row, at.col, parseText);
  if (field.value === undefined) return field;
  let value = field.value;
  if (label !== undefined) value = value.slice(label.length).trim();
  value = value.replace(NUMBERED, '').trim();
  return { ...field, value };
}

function readCardIndicator(
  ctx: ReadContext,
  cells: SheetCells,
  o: Objective,
  indicator: CardCell | undefined,
  target: CardCell | undefined,
): void {
  const year = ctx.meta.year;
  const description: Field<string> = indicator
    ? readField(written(cells, indicator), cells.ref(indicator.row, indicator.col), parseText)
    : { raw: null };
  const targetField: Field<Target> = target
    ? readField(written(cells, target), cells.ref(target.row, target.col), (raw) =>
        parseTarget(raw, { year }),
      )
    : {};
  if (
    isBlank(description.raw ?? null) &&
    targetField.value === undefined &&
    targetField.problem === undefined
  )
    return;
  const cell = indicator
    ? cells.ref(indicator.row, indicator.col)
    : target && cells.ref(target.row, target.col);
  ctx.indicators.push({
    objectiveKey: o.key,
    description,
    target: targetField,
    actual: {},
    subWeight: {},
    ...(cell ? { cell } : {}),
  });
}
