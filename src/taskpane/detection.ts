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
  type SavedMapping,
  type TableKind,
} from '../workbook/recognize';

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

export function mappingJson(
  tables: readonly RecognizedTable[],
  choices: Readonly<Record<string, KindChoice>>,
  keepIgnored: readonly SavedMapping[],
): string {
  const mappings = tables.map((t): SavedMapping => {
    const m = toSavedMapping(t);
    const choice = choices[t.id] ?? t.kind;
    return choice === 'ignore' ? { ...m, ignored: true } : { ...m, kind: choice };
  });
  const seen = new Set(mappings.map(key));
  for (const m of keepIgnored) if (!seen.has(key(m))) mappings.push(m);
  return serializeSavedMappings(mappings);
}
