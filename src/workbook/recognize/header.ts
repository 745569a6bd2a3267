/**
 * Deciding whether a row of labels is a table header, and of which kind.
 *
 * Decision rules (also in docs/recognition.md):
 * 1. Each non-blank label is looked up in the synonyms (synonyms.ts); it may play a role in
 *    several kinds. A cell covered by a horizontal merge that starts to its left is not a label.
 * 2. For each kind, columns take the roles they play in that kind, left to right; a role
 *    already taken by a column to the left is not taken again (the duplicate is noted).
 *    "Risultato" after a target column is the actual. A description column with no title
 *    column is the title. The kind's score is the number of roles taken.
 * 3. A kind is eligible when its score is at least 2 and its required roles are present:
 *      weights      title + weight (id optional)
 *      objectives   (id or title) + (indicator or target or phases)
 *      projects     (tipologia or category) + (headcount or title)
 *      relevance    area + relevance
 *      staff        employee + (hours or grade or evaluation or area)
 *      assignments  (id or title) + (employee or assignees)
 * 4. The header's kind is the eligible kind with the highest score; ties go to the first in
 *    KIND_ORDER. No eligible kind: the row is not a header.
 */
import { cleanText, normalizeLabel } from '../../domain/values';
import type { SheetSnapshot } from '../port';
import { cellText, mergedAreaAt, originOf, rawCell } from './cells';
import { parseCategoryClasses, type CategoryClass } from './classes';
import { rolesOf, type HeaderRole } from './synonyms';
import type { ColumnRole, TableKind } from './types';

/** Tie order between kinds with the same score. */
export const KIND_ORDER: readonly TableKind[] = [
  'weights',
  'objectives',
  'projects',
  'relevance',
  'assignments',
  'staff',
];

type Columns = Partial<Record<ColumnRole, number>>;

const REQUIRED: Record<TableKind, (c: Columns) => boolean> = {
  weights: (c) => has(c, 'title') && has(c, 'weight'),
  transversal: () => false,
  objectives: (c) =>
    (has(c, 'id') || has(c, 'title')) && (has(c, 'indicator') || has(c, 'target') || has(c, 'phases')),
  projects: (c) => (has(c, 'tipologia') || has(c, 'category')) && (has(c, 'headcount') || has(c, 'title')),
  relevance: (c) => has(c, 'area') && has(c, 'relevance'),
  staff: (c) =>
    has(c, 'employee') && (has(c, 'hours') || has(c, 'grade') || has(c, 'evaluation') || has(c, 'area')),
  assignments: (c) => (has(c, 'id') || has(c, 'title')) && (has(c, 'employee') || has(c, 'assignees')),
  // Cards have no header row: found by their labels (cards.ts), never by a header.
  'objective-cards': () => false,
};

function has(c: Columns, role: ColumnRole): boolean {
  return c[role] !== undefined;
}

export interface HeaderCell {
  col: number;
  /** The label as written, spaces cleaned. */
  text: string;
  /** normalizeLabel(text). */
  label: string;
  roles: HeaderRole[];
}

export interface HeaderMatch {
  kind: TableKind;
  columns: Columns;
  score: number;
  /** Columns whose role was already taken by a column to their left. */
  duplicates: { col: number; role: ColumnRole }[];
  categoryClasses?: CategoryClass[];
}

/** A header word hyphenated across lines joined again: "ORIZZONTE TEMPO-\nRALE" -> "ORIZZONTE TEMPORALE". */
function headerText(sheet: SheetSnapshot, row: number, col: number): string {
  const o = originOf(sheet, row, col);
  const raw = rawCell(sheet, o.row, o.col);
  if (typeof raw === 'string' && /\p{L}-[ \t]*\r?\n/u.test(raw))
    return cleanText(raw.replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, '$1$2'));
  return cellText(sheet, row, col);
}

/** The labels of a row between two columns (inclusive); blanks and merge continuations skipped. */
export function readHeaderCells(
  sheet: SheetSnapshot,
  row: number,
  left: number,
  right: number,
): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = left; col <= right; col++) {
    const m = mergedAreaAt(sheet, row, col);
    if (m && (m.left !== col || m.top !== row) && m.left >= left && m.top === row) continue;
    const text = headerText(sheet, row, col);
    if (text === '') continue;
    const roles = rolesOf(text);
    // Only labels that play a role are normalised here: the label serves the repeated-header test.
    cells.push({
      col,
      text,
      label: roles.length > 0 ? normalizeLabel(text) : text.toLowerCase(),
      roles: [...roles],
    });
  }
  return cells;
}

/**
 * Labels that mean another role when theirs is taken to their left: "RISULTATO" alone is the
 * result expected ("INDICATORE | RISULTATO"), but after a "Risultato atteso" it is the result
 * reached.
 */
const SECOND_ROLE: Readonly<Record<string, readonly [ColumnRole, ColumnRole]>> = {
  risultato: ['target', 'actual'],
};

/** Columns of one kind from the header cells, left to right, first column wins a role. */
export function columnsFor(
  kind: TableKind,
  cells: HeaderCell[],
): Pick<HeaderMatch, 'columns' | 'duplicates'> {
  const columns: Columns = {};
  const duplicates: { col: number; role: ColumnRole }[] = [];
  for (const cell of cells) {
    const hit = cell.roles.find((r) => r.kind === kind);
    if (!hit) continue;
    const second = SECOND_ROLE[cell.label];
    if (columns[hit.role] === undefined) columns[hit.role] = cell.col;
    else if (second?.[0] === hit.role && columns[second[1]] === undefined) columns[second[1]] = cell.col;
    else duplicates.push({ col: cell.col, role: hit.role });
  }
  // A description with no title beside it is the objective's title ("N. | DESCRIZIONE | INDICATORE").
  if (columns.title === undefined && columns.description !== undefined) {
    columns.title = columns.description;
    delete columns.description;
  }
  return { columns, duplicates };
}

/** The header's kind and columns, or undefined when the labels make no table. */
export function classifyHeader(cells: HeaderCell[]): HeaderMatch | undefined {
  if (cells.filter((c) => c.roles.length > 0).length < 2) return undefined;
  let best: HeaderMatch | undefined;
  for (const kind of KIND_ORDER) {
    const { columns, duplicates } = columnsFor(kind, cells);
    const score = Object.keys(columns).length;
    if (score < 2 || !REQUIRED[kind](columns)) continue;
    if (!best || score > best.score) best = { kind, columns, score, duplicates };
  }
  if (best && best.columns.category !== undefined) {
    const cell = cells.find((c) => c.col === best?.columns.category);
    const classes = cell ? parseCategoryClasses(cell.text) : undefined;
    if (classes) best.categoryClasses = classes;
  }
  return best;
}

/** Identity of a header for spotting repeated headers: labels with their relative columns. */
export function labelsKey(cells: HeaderCell[], left: number): string {
  return cells.map((c) => `${c.col - left}:${c.label}`).join('|');
}
