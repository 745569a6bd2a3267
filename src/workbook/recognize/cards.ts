/**
 * Objective cards: plans that keep no table of objectives but one card per objective, rows of
 * label | value under group headings ("OBIETTIVI AREA AMMINISTRATIVA"):
 *
 *   OBIETTIVO DI PERFORMANCE: <title>          (or the title beside the label, or below it)
 *   Responsabile:                  | <who>
 *   Tempi di raggiungimento ...:   | Entro il 31/10/2025
 *   Misurazione di raggiungimento: | <indicator>
 *   Traguardo atteso:              | <target>
 *
 * A card starts at a row whose first cell says "OBIETTIVO ..." (singular: "OBIETTIVI ..." is
 * a group heading) with at least two labelled rows just below in the same column, and runs
 * down to a blank row. The cards between two headings make one table of kind
 * 'objective-cards', from the heading to the last card; the heading names their area
 * (headings.ts). Each card records the cell of every value it labels (types.ts ObjectiveCard).
 */
import { cellAddress, columnLetters } from '../a1';
import { simplify } from '../../domain/values';
import type { SheetSnapshot } from '../port';
import { tableId } from './build';
import { cellText, isRawBlank, mergedAreaAt, originOf, rowEnd, sheetBounds } from './cells';
import { readGroupHeading } from './headings';
import { addRemark, rowList } from './notes';
import type { Claims } from './ranges';
import type { CardCell, CardRole, ObjectiveCard, RecognizedTable } from './types';

/** "OBIETTIVO [DI PERFORMANCE|OPERATIVO...] [TRASVERSALE] [N. 3] :" at the start of a cell. */
const CARD_START =
  /^obiettivo(?:\s+(?:di\s+performance|operativo|gestionale|specifico|strategico|individuale|di\s+struttura|di\s+ente))?(\s+trasversale)?(?:\s+(?:n\.?|nr\.?|n°|numero)?\s*(\d+[a-z]?))?\s*(?:[:\-–—]\s*|$)/;

/** Labels of a card's rows, tried in order on the simplified label. */
const LABELS: readonly [CardRole, RegExp][] = [
  ['assignees', /^(risorse umane|personale assegnat|dipendenti assegnat|risorse assegnat)/],
  ['baseline', /base di partenza|baseline|situazione di partenza|valore di partenza|stato di partenza/],
  ['stakeholder', /stakeholder|a chi e rivolt|destinatari|beneficiari/],
  ['contributors', /chi contribuisce|contribuiscono|collaboratori|personale coinvolto|uffici coinvolti/],
  ['deadline', /^(tempi|tempistica|scadenz|termine|data di raggiungimento)/],
  ['indicator', /^(misurazione|indicator|modalita di misurazione|misura)/],
  ['target', /^(traguardo|risultat[oi] attes|target|valore atteso)/],
  ['source', /verificabilita|^fonte/],
  ['responsabile', /^(responsabil|dirigente|referente)/],
];

/** Rows below a card's first row looked at for its labels. */
const LOOK_BELOW = 4;

/** The label of a card row: the text before the first ":" when there is one, else the whole text. */
function labelRole(text: string): CardRole | undefined {
  const colon = text.indexOf(':');
  const label = colon >= 0 ? text.slice(0, colon) : text;
  const s = simplify(label).replace(/[:\s]+$/, '');
  if (s.length > 120) return undefined;
  return LABELS.find(([, re]) => re.test(s))?.[0];
}

/** "Responsabile: Mario Rossi" in one cell: the value after the label, with the label to set aside. */
function inlineValue(sheet: SheetSnapshot, row: number, col: number): CardCell | undefined {
  const text = cellText(sheet, row, col);
  const colon = text.indexOf(':');
  if (colon < 0 || text.slice(colon + 1).trim() === '') return undefined;
  return { row, col, prefix: text.slice(0, colon + 1) };
}

/** First non-blank cell of a row (a merged area counted once, at its origin). */
function firstCell(sheet: SheetSnapshot, row: number, right: number): CardCell | undefined {
  for (let col = sheet.left; col <= right; col++) {
    const o = originOf(sheet, row, col);
    if (o.row !== row) continue;
    if (cellText(sheet, row, col) !== '') return { row, col: o.col };
  }
  return undefined;
}

/** The first cell right of `col` with something of its own, not a part of the label's merge. */
function valueCell(sheet: SheetSnapshot, row: number, col: number, right: number): CardCell | undefined {
  for (let c = col + 1; c <= right; c++) {
    const m = mergedAreaAt(sheet, row, c);
    if (m && (m.left < c || m.top < row)) continue;
    if (!isRawBlank(sheet, row, c)) return { row, col: c };
  }
  return undefined;
}

/** Cells of the row holding something, merged areas counted once. */
function filledCells(sheet: SheetSnapshot, row: number, right: number): number {
  let n = 0;
  for (let c = sheet.left; c <= right; c++) {
    const m = mergedAreaAt(sheet, row, c);
    if (m && (m.left < c || m.top < row)) continue;
    if (!isRawBlank(sheet, row, c)) n++;
  }
  return n;
}

interface Start {
  transversal: boolean;
  id?: string;
  /** Text after the label in the same cell. */
  rest: string;
  label: string;
}

function cardStart(text: string): Start | undefined {
  const lower = text.toLowerCase().trim();
  const m = CARD_START.exec(lower);
  if (!m) return undefined;
  const label = text.trim().slice(0, m[0].length).trim();
  const start: Start = {
    transversal: m[1] !== undefined,
    rest: text.trim().slice(m[0].length).trim(),
    label,
  };
  if (m[2] !== undefined) start.id = m[2].toUpperCase();
  return start;
}

function labelsBelow(sheet: SheetSnapshot, row: number, col: number, right: number): number {
  let n = 0;
  for (let r = row + 1; r <= row + LOOK_BELOW; r++) {
    const f = firstCell(sheet, r, right);
    if (f && f.col === col && labelRole(cellText(sheet, r, col)) !== undefined) n++;
  }
  return n;
}

/** "3. Titolo", "3) Titolo": the objective's number before its title. */
const NUMBERED = /^(\d+[a-z]?)\s*[.)\-–]\s+\S/i;

/** Reads the card starting at `row`; undefined when the row does not start one. */
function readCard(sheet: SheetSnapshot, row: number, last: number): ObjectiveCard | undefined {
  const right = rowEnd(sheet, row);
  const first = firstCell(sheet, row, right);
  if (!first) return undefined;
  const start = cardStart(cellText(sheet, row, first.col));
  if (!start) return undefined;
  const col = first.col;
  const farRight = (r: number): number => Math.max(rowEnd(sheet, r), col);
  if (labelsBelow(sheet, row, col, Math.max(right, farRight(row + 1), farRight(row + 2))) < 2)
    return undefined;
  const card: ObjectiveCard = { row, bottom: row, transversal: start.transversal, cells: {}, unread: [] };
  if (start.id !== undefined) card.id = start.id;
  let r = row + 1;
  if (start.rest !== '') {
    card.cells.title = first;
    card.titleLabel = start.label;
  } else {
    const beside = valueCell(sheet, row, col, right);
    if (beside) card.cells.title = beside;
    else {
      // The title on the row below the label, in a value column.
      const below = firstCell(sheet, row + 1, farRight(row + 1));
      if (below && below.col > col) {
        card.cells.title = below;
        r = row + 2;
      }
    }
  }
  const title = card.cells.title;
  if (card.id === undefined && title) {
    const text = start.rest !== '' ? start.rest : cellText(sheet, title.row, title.col);
    const n = NUMBERED.exec(text);
    if (n) card.id = n[1].toUpperCase();
  }
  for (; r <= last; r++) {
    const f = firstCell(sheet, r, farRight(r));
    if (!f) break;
    if (
      f.col === col &&
      cardStart(cellText(sheet, r, col)) &&
      labelsBelow(sheet, r, col, farRight(r + 1)) >= 2
    )
      break;
    card.bottom = r;
    if (f.col !== col) continue; // a value running on under the one above
    const role = labelRole(cellText(sheet, r, col));
    const value = valueCell(sheet, r, col, farRight(r)) ?? inlineValue(sheet, r, col);
    if (role === undefined || role === 'title' || card.cells[role] !== undefined) {
      if (value) card.unread.push(r);
      continue;
    }
    if (value) card.cells[role] = value;
  }
  return card;
}

/**
 * The id of the card at `index` (0-based) of a card table: its own number when written, else
 * its place in the group (1, 2...; 1T, 2T... under a transversal heading), said in CARDS_NUMBERED.
 */
export function cardId(t: Pick<RecognizedTable, 'transversal'>, card: ObjectiveCard, index: number): string {
  return card.id ?? (t.transversal ? `${index + 1}T` : String(index + 1));
}

interface Group {
  heading?: CardCell;
  cards: ObjectiveCard[];
}

/**
 * The card tables of a sheet, each added to `claims`. Cards are looked for outside the rows
 * `claims` already holds (Excel tables).
 */
export function detectCards(sheet: SheetSnapshot, claims: Claims): RecognizedTable[] {
  const { bottom } = sheetBounds(sheet);
  const groups: Group[] = [];
  let heading: CardCell | undefined;
  let current: Group | undefined;
  for (let row = sheet.top; row <= bottom; row++) {
    const right = rowEnd(sheet, row);
    if (right < sheet.left || claims.taken(row, sheet.left, right)) continue;
    const first = firstCell(sheet, row, right);
    if (!first) continue;
    const card = readCard(sheet, row, bottom);
    if (card) {
      if (!current) {
        current = heading ? { heading, cards: [] } : { cards: [] };
        groups.push(current);
      }
      current.cards.push(card);
      row = card.bottom;
      continue;
    }
    // Any other row ends the group; a row of one text cell may head the next one.
    current = undefined;
    heading = filledCells(sheet, row, right) === 1 ? first : undefined;
  }
  return groups.map((g) => cardTable(sheet, g, claims));
}

function cardTable(sheet: SheetSnapshot, g: Group, claims: Claims): RecognizedTable {
  const top = g.heading?.row ?? g.cards[0].row;
  const cells = g.cards.flatMap((c) => Object.values(c.cells));
  const labelCol = (c: ObjectiveCard): number =>
    firstCell(sheet, c.row, rowEnd(sheet, c.row))?.col ?? sheet.left;
  const from = Math.min(...g.cards.map(labelCol), g.heading?.col ?? Infinity);
  let right = Math.max(from, ...cells.map((c) => c.col));
  const bottom = g.cards[g.cards.length - 1].bottom;
  // A heading or an inline title merged across the value column widens the table to it.
  for (const m of sheet.merged)
    if (m.top >= top && m.top <= bottom && m.left >= from) right = Math.max(right, m.right);
  const t: RecognizedTable = {
    id: tableId(sheet.name, top, from, right),
    kind: 'objective-cards',
    sheet: sheet.name,
    range: { top, left: from, bottom, right },
    headerRow: top,
    source: 'range',
    columns: {},
    headers: {},
    dataRows: g.cards.map((c) => c.row),
    confirmed: false,
    notes: [],
    cards: g.cards,
  };
  const headingCell = g.heading ? cellAddress(g.heading.row, g.heading.col) : '';
  addRemark(t, 'CARDS_READ', { count: g.cards.length, cell: headingCell || cellAddress(top, from) });
  const reading = g.heading ? readGroupHeading(cellText(sheet, g.heading.row, g.heading.col)) : undefined;
  if (reading?.transversal) {
    t.transversal = true;
    addRemark(t, 'TRANSVERSAL_HEADING', { cell: headingCell });
  } else if (reading?.area !== undefined) {
    t.area = reading.area;
    t.areaCell = headingCell;
    addRemark(t, 'AREA_FROM_HEADING', { area: reading.area, cell: headingCell });
  }
  for (const c of g.cards) {
    const title = c.cells.title;
    if (title && c.titleLabel === undefined)
      addRemark(t, 'CARD_TITLE_PLACED', {
        label: cellAddress(c.row, labelCol(c)),
        cell: cellAddress(title.row, title.col),
      });
  }
  const numbered = g.cards.flatMap((c, i) => (c.id === undefined ? [cardId(t, c, i)] : []));
  if (numbered.length > 0) addRemark(t, 'CARDS_NUMBERED', { ids: numbered.join(', ') });
  const unread = g.cards.flatMap((c) => c.unread);
  if (unread.length > 0)
    addRemark(t, 'CARD_ROWS_UNREAD', { rows: rowList(unread), column: columnLetters(from) });
  claims.add(t.range);
  return t;
}
