/**
 * The mapping the user confirms in the Detection view, as the JSON saved in the workbook
 * settings: every table found, with the kind the user chose or marked ignored. Tables ignored
 * earlier are no longer found, so their saved entries are kept as they were.
 */
import {
  parseSavedMappings,
  serializeSavedMappings,
  toSavedMapping,
  type RecognizedTable,
  type ColumnRole,
  type SavedMapping,
  type TableKind,
} from '../workbook/recognize';
import { columnIndex, columnLetters } from '../workbook/a1';

export type KindChoice = TableKind | 'ignore';

export const KIND_CHOICES: readonly KindChoice[] = [
  'weights',
  'transversal',
  'objectives',
  'projects',
  'relevance',
  'staff',
  'assignments',
  'ignore',
];

/** A card table is cards or nothing: it has no header row to read as another kind. */
export const CARD_CHOICES: readonly KindChoice[] = ['objective-cards', 'ignore'];

/** The kinds offered for a table. */
export function choicesFor(t: Pick<RecognizedTable, 'kind'>): readonly KindChoice[] {
  return t.kind === 'objective-cards' ? CARD_CHOICES : KIND_CHOICES;
}

const key = (m: Pick<SavedMapping, 'sheet' | 'header'>) => `${m.sheet.toLowerCase()}\u0000${m.header}`;

/** Saved mappings that exclude a table (what the pane lists as ignored). */
export function ignoredMappings(savedJson: string | undefined): SavedMapping[] {
  return savedJson ? parseSavedMappings(savedJson).filter((m) => m.ignored) : [];
}

/** Columns the user chose for a role, by table id: role -> absolute column index. */
export type ColumnChoices = Readonly<Record<string, Partial<Record<ColumnRole, number>>>>;

/**
 * Roles of a table that several columns could play (recognition chose one by content, or kept
 * the first of two alike): the user may pick another in the pane. Each with its candidates, the
 * column read first.
 */
export function columnChoicesFor(table: RecognizedTable): { role: ColumnRole; columns: number[] }[] {
  const byRole = new Map<ColumnRole, number[]>();
  const add = (role: ColumnRole, col: number) => {
    const list = byRole.get(role) ?? [];
    if (!list.includes(col)) list.push(col);
    byRole.set(role, list);
  };
  for (const r of table.remarks ?? []) {
    if (r.code !== 'COLUMN_CHOSEN_BY_CONTENT' && r.code !== 'DUPLICATE_COLUMN') continue;
    const role = String(r.params.role) as ColumnRole;
    const read = table.columns[role];
    if (read === undefined) continue;
    add(role, read);
    const others = r.code === 'DUPLICATE_COLUMN' ? String(r.params.column) : String(r.params.others);
    for (const letters of others.split(', ')) if (letters !== '') add(role, columnIndex(letters));
  }
  return [...byRole].map(([role, columns]) => ({ role, columns }));
}

export function mappingJson(
  tables: readonly RecognizedTable[],
  choices: Readonly<Record<string, KindChoice>>,
  keepIgnored: readonly SavedMapping[],
  columns: ColumnChoices = {},
): string {
  const mappings = tables.map((t): SavedMapping => {
    const m = toSavedMapping(t);
    const choice = choices[t.id] ?? t.kind;
    if (choice === 'ignore') return { ...m, ignored: true };
    const picked = columns[t.id] ?? {};
    const cols = { ...m.columns };
    for (const [role, col] of Object.entries(picked) as [ColumnRole, number][])
      cols[role] = columnLetters(col);
    return { ...m, kind: choice, columns: cols };
  });
  const seen = new Set(mappings.map(key));
  for (const m of keepIgnored) if (!seen.has(key(m))) mappings.push(m);
  return serializeSavedMappings(mappings);
}
