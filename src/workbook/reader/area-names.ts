/**
 * One area, several names. The weights say "AREA FINANZIARIA", the staff list "AREA ECONOMICO
 * FINANZIARIA"; the objectives "TURISMO ATTIVITA' PRODUTTIVE", the relevance table "Turismo e
 * attività produttive". Matched by name alone, each variant became an area of its own: staff
 * never reached their area's objectives and a relevance went to nobody, with a flood of
 * findings that never said why.
 *
 * The areas of the objectives are the plan's areas. Every other area name (staff lists,
 * relevance rows) is compared with them by its core words: normalised, without unit words
 * (area, settore, servizio...) and small words (e, di, del...). It is that area when the core
 * words are the same, or when one name's core words all appear in the other's, and exactly one
 * area of the objectives fits. That is a reading, so it is said once per name
 * (READ_AREA_NAME_MATCHED, warning, at the cell naming it). A staff area that fits no area of
 * the objectives is said once too (READ_AREA_UNMATCHED), with the closest area ("forse
 * intendevi") and the list of the plan's areas.
 */
import { finding } from '../../domain/findings';
import type { CellRef } from '../../domain/model';
import { cellText } from '../../domain/cells';
import { normalizeLabel } from '../../domain/values';
import { SMALL_WORDS } from '../recognize/titles';
import { areaKey, meansAllAreas } from './areas';
import type { ReadContext } from './context';

const UNIT_WORDS = new Set([
  'area',
  'aree',
  'settore',
  'settori',
  'servizio',
  'servizi',
  'ufficio',
  'uo',
  'u',
]);

/** The words that tell an area from another. */
export function coreWords(name: string): string[] {
  return normalizeLabel(name)
    .split(' ')
    .filter((w) => w !== '' && !UNIT_WORDS.has(w) && !SMALL_WORDS.has(w));
}

function fits(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  return small.every((w) => set.has(w)) && small.some((w) => w.length >= 4);
}

/** The one name of `known` that `name` reads as, if exactly one fits. */
export function matchAreaName(name: string, known: readonly string[]): string | undefined {
  const words = coreWords(name);
  const exact = known.filter((k) => coreWords(k).join(' ') === words.join(' '));
  if (exact.length === 1) return exact[0];
  const fitting = known.filter((k) => fits(words, coreWords(k)));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The known name sharing most core words with `name` (for "forse intendevi"), if any. */
function closest(name: string, known: readonly string[]): string | undefined {
  const words = new Set(coreWords(name));
  let best: string | undefined;
  let bestShared = 0;
  for (const k of known) {
    const shared = coreWords(k).filter((w) => words.has(w)).length;
    if (shared > bestShared) {
      best = k;
      bestShared = shared;
    }
  }
  return best;
}

/** Says that the area written `name` (at `cell`) is read as the objectives' area `target`. */
export function sayAreaMatched(
  ctx: ReadContext,
  name: string,
  target: string,
  cell: CellRef | undefined,
): void {
  ctx.findings.push(
    finding({
      code: 'READ_AREA_NAME_MATCHED',
      severity: 'warning',
      params: { cell: cell ? cellText(cell) : '-', name, area: target },
      cells: cell ? [cell] : [],
      area: target,
    }),
  );
}

/**
 * Renames the staff's and relevance rows' area variants to the objectives' area names, and says
 * what it did or could not do. Runs once every table is read, before the area rule.
 */
export function reconcileAreaNames(ctx: ReadContext): void {
  const objectiveAreas = new Map<string, string>();
  for (const o of ctx.objectives) {
    if (o.area === undefined || meansAllAreas(o.area)) continue;
    const key = areaKey(o.area);
    if (!objectiveAreas.has(key)) objectiveAreas.set(key, ctx.areas.get(key)?.name ?? o.area);
  }
  if (objectiveAreas.size === 0) return;
  const known = [...objectiveAreas.values()];
  const renamed = new Map<string, string>();
  const unmatched = new Set<string>();

  for (const [key, a] of [...ctx.areas]) {
    if (objectiveAreas.has(key)) continue;
    const target = matchAreaName(a.name, known);
    if (target === undefined) continue;
    const targetKey = areaKey(target);
    const into = ctx.areas.get(targetKey);
    if (into && a.relevance && !into.relevance) into.relevance = a.relevance;
    if (into && a.responsabile && !into.responsabile) into.responsabile = a.responsabile;
    ctx.areas.delete(key);
    renamed.set(key, target);
    sayAreaMatched(ctx, a.name, target, a.cell);
  }

  // Declared relevance totals name the areas they cover: the renamed ones by their new name.
  if (renamed.size > 0)
    for (const total of ctx.totals)
      if (total.kind === 'relevance')
        total.covers = total.covers.map((name) => renamed.get(areaKey(name)) ?? name);

  for (const e of ctx.employees) {
    if (e.area === undefined) continue;
    const key = areaKey(e.area);
    const target = renamed.get(key);
    if (target !== undefined) {
      e.area = target;
      continue;
    }
    if (objectiveAreas.has(key) || meansAllAreas(e.area) || unmatched.has(key)) continue;
    unmatched.add(key);
    const where = ctx.areas.get(key)?.cell ?? e.cell;
    const guess = closest(e.area, known);
    ctx.findings.push(
      finding({
        code: guess === undefined ? 'READ_AREA_UNMATCHED' : 'READ_AREA_UNMATCHED_GUESS',
        severity: 'warning',
        params: {
          cell: where ? cellText(where) : '-',
          name: e.area,
          known: known.join(', '),
          ...(guess === undefined ? {} : { guess }),
        },
        cells: where ? [where] : [],
      }),
    );
  }
}
