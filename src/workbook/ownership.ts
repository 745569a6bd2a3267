/**
 * Ownership of the sheets Premia writes (docs/domain.md section 9: "re-running replaces only what it
 * owns, and never a sheet the user has edited since, without asking").
 *
 * Every time Premia writes a sheet it records a fingerprint of the values it wrote in the
 * workbook's settings (`premia.owned`: JSON {sheet name: fingerprint}). Before replacing a sheet
 * on a later run it fingerprints what the sheet holds now: a different fingerprint means the user
 * edited it (OUTPUT_EDITED); a sheet with that name but no fingerprint was never written by
 * Premia (OUTPUT_NAME_TAKEN). Either way the run stops; `keepEditedSheets` moves such sheets
 * aside ("<name> (modificato)") so that the next write can go ahead.
 *
 * The fingerprint covers values only (not formats), normalised so that the same sheet read back
 * by either adapter gives the same hash: dates and numbers with a date format become whole
 * seconds, other numbers 15 significant digits (what Excel keeps), a link its shown text; a
 * formula found in a Premia sheet always counts as an edit (Premia never writes one).
 */
import { finding, type Finding } from '../domain/findings';
import type {
  CellValue,
  HighlightRange,
  OutputCell,
  SheetSnapshot,
  SheetSpec,
  TableInfo,
  WorkbookPort,
} from './port';
import type { LoadedWorkbook } from './pipeline';
import { SETTINGS_SHEET } from './settings-sheet';
import { Fnv64 } from './fnv';
import { checkSheetName } from './spec-check';
import { formatMessage } from '../i18n';

/** Settings key of the fingerprints: JSON {sheet name: fingerprint}. */
export const OWNED_SETTING = 'premia.owned';

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;
const KEPT_WORD = 'modificato';

export type OwnershipCode = 'OUTPUT_EDITED' | 'OUTPUT_NAME_TAKEN';

// --- Fingerprints ---------------------------------------------------------------------------

/** FNV-1a 64 over position-tagged cell tokens. Not a security hash: it detects edits. */
function fnv(tokens: Iterable<string>): string {
  const h = new Fnv64();
  for (const text of tokens) h.text(text).code(0x1f); // 0x1f: token separator
  return h.hex();
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** True for a number format that shows a date or a time (d, m, y, h, s outside quotes). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare);
}

/** The normalised token of one value, or undefined for an empty cell. */
function token(value: CellValue, format: string | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    // ExcelJS reads a date cell as the UTC instant whose fields are the cell's wall time.
    return `t${Math.round((value.getTime() - EXCEL_EPOCH) / 1000)}`;
  }
  if (typeof value === 'number') {
    if (isDateFormat(format)) return `t${Math.round(value * 86400)}`;
    return `n${Number(value.toPrecision(15))}`;
  }
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  if (typeof value === 'string') return value === '' ? undefined : `s${value.replace(/\r\n?/g, '\n')}`;
  return `e${value.error}`;
}

/** What a spec cell shows once written: a link without text shows its target (as the adapters do). */
function specValue(cell: OutputCell): CellValue {
  if (cell.value === null && cell.link) return `${cell.link.sheet}!${cell.link.cell}`;
  return cell.value;
}

/** Fingerprint of the values a spec writes. */
export function specFingerprint(spec: SheetSpec): string {
  function* tokens(): Generator<string> {
    for (let r = 0; r < spec.rows.length; r++) {
      const row = spec.rows[r];
      for (let c = 0; c < row.length; c++) {
        const tk = token(specValue(row[c]), row[c].format);
        if (tk !== undefined) yield `${r},${c}:${tk}`;
      }
    }
  }
  return fnv(tokens());
}

/** Fingerprint of a sheet as read: equal to `specFingerprint` of the spec that wrote it, untouched. */
export function snapshotFingerprint(snapshot: SheetSnapshot): string {
  function* tokens(): Generator<string> {
    for (let i = 0; i < snapshot.values.length; i++) {
      const row = snapshot.values[i];
      for (let j = 0; j < row.length; j++) {
        const at = `${snapshot.top + i},${snapshot.left + j}:`;
        const formula = snapshot.formulas[i]?.[j];
        // Premia never writes formulas: one found here was typed by someone else.
        if (formula) yield `${at}f${formula}`;
        const tk = token(row[j], snapshot.numberFormats[i]?.[j]);
        if (tk !== undefined) yield `${at}${tk}`;
      }
    }
  }
  return fnv(tokens());
}

// --- The recorded fingerprints ----------------------------------------------------------------

/** The fingerprints recorded in the settings; an unreadable setting counts as none recorded. */
export function parseOwned(text: string | undefined): Map<string, string> {
  return new Map((text ? ownedEntries(text) : []).map(([name, print]) => [name.toLowerCase(), print]));
}

/** The entries of the setting, names as written; an unreadable setting has none. */
function ownedEntries(text: string): [string, string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
}

function ownedJson(entries: Map<string, { name: string; print: string }>): string {
  const sorted = [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return JSON.stringify(Object.fromEntries(sorted.map((e) => [e.name, e.print])));
}

// --- Conflicts --------------------------------------------------------------------------------

export interface OwnershipConflict {
  code: OwnershipCode;
  /** The sheet's name as it is in the workbook. */
  sheet: string;
  /** The error to show (Italian message from the catalogue). */
  finding: Finding;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The sheets the specs would replace that Premia may not replace: edited since Premia wrote them,
 * or never written by Premia. Pure: from the snapshots and settings the run loaded.
 */
export function checkOwnership(
  loaded: Pick<LoadedWorkbook, 'sheets' | 'settings'>,
  specs: readonly SheetSpec[],
): OwnershipConflict[] {
  const owned = parseOwned(loaded.settings[OWNED_SETTING]);
  const names = loaded.sheets.map((s) => s.name);
  const conflicts: OwnershipConflict[] = [];
  for (const spec of specs) {
    const current = loaded.sheets.find((s) => sameName(s.name, spec.name));
    if (!current) continue;
    const recorded = owned.get(current.name.toLowerCase());
    if (recorded !== undefined && recorded === snapshotFingerprint(current)) continue;
    const code: OwnershipCode = recorded === undefined ? 'OUTPUT_NAME_TAKEN' : 'OUTPUT_EDITED';
    conflicts.push({
      code,
      sheet: current.name,
      finding: finding({
        code,
        severity: 'error',
        params: { sheet: current.name, kept: keptName(current.name, names) },
        cells: [{ sheet: current.name, cell: 'A1' }],
      }),
    });
  }
  return conflicts;
}

/** A write refused because of `conflicts`; the message lists them, one per line. */
export class OutputConflictError extends Error {
  constructor(readonly conflicts: OwnershipConflict[]) {
    super(conflicts.map((c) => c.finding.message).join('\n'));
    this.name = 'OutputConflictError';
  }
}

// --- Keeping edited sheets --------------------------------------------------------------------

/** Copies kept by `keepEditedSheets` end with "(modificato)" or "(modificato N)". */
const KEPT_PATTERN = new RegExp(`\\(${KEPT_WORD}(?: \\d+)?\\)$`, 'i');

/**
 * True for a copy Premia kept aside ("Premia - Verifica (modificato)"): it holds a former output,
 * so the reader must not take it for input and the input fingerprint leaves it out.
 */
export function isKeptCopy(name: string): boolean {
  return /^premia\b/i.test(name.trim()) && KEPT_PATTERN.test(name.trim());
}

/** The titles Premia writes in A1 of its output sheets, in every language it speaks. */
const OUTPUT_TITLES = new Set(
  (['it', 'en'] as const).flatMap((locale) =>
    ['validation', 'scores', 'distribution', 'employees', 'transparency', 'log'].map((kind) =>
      formatMessage(locale, `sheet.${kind}.title`),
    ),
  ),
);

/**
 * True for an output sheet of Premia's that the user renamed to keep it (an archive: "Dipendenti
 * 2024"), or copied: it still starts with the title Premia wrote in A1. It holds a former output,
 * so the reader must not take it for input (its employees would be duplicates) and the input
 * fingerprint leaves it out. Premia never replaces it: it writes its sheets under their own names.
 */
export function isArchivedOutput(snapshot: Pick<SheetSnapshot, 'top' | 'left' | 'values'>): boolean {
  if (snapshot.top !== 0 || snapshot.left !== 0) return false;
  const a1 = snapshot.values[0]?.[0];
  return typeof a1 === 'string' && OUTPUT_TITLES.has(a1.trim());
}

/**
 * "<name> (modificato)", or "(modificato 2)", "(modificato 3)"... when taken, the name cut so
 * that the whole fits Excel's 31 characters. Names compare without case, as in Excel.
 */
export function keptName(name: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? ` (${KEPT_WORD})` : ` (${KEPT_WORD} ${i})`;
    const base = name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd();
    const candidate = `${base}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Renames each named sheet to its kept name, so that Premia can write a fresh one, and forgets
 * their fingerprints (a kept copy is the user's). Returns the new names, in order. Names that
 * are not in the workbook are skipped.
 */
export async function keepEditedSheets(port: WorkbookPort, names: readonly string[]): Promise<string[]> {
  const existing = (await port.listSheets()).map((s) => s.name);
  const renamed: string[] = [];
  const forget = new Set<string>();
  for (const wanted of names) {
    const from = existing.find((n) => sameName(n, wanted));
    if (from === undefined) continue;
    const to = keptName(from, existing);
    checkSheetName(to);
    await port.renameSheet(from, to);
    existing.push(to);
    renamed.push(to);
    forget.add(from.toLowerCase());
  }
  if (renamed.length > 0) {
    const recorded = (await port.readSettings())[OWNED_SETTING];
    const entries = new Map<string, { name: string; print: string }>();
    for (const [name, print] of recorded ? ownedEntries(recorded) : [])
      if (!forget.has(name.toLowerCase())) entries.set(name.toLowerCase(), { name, print });
    await port.writeSettings({ [OWNED_SETTING]: entries.size > 0 ? ownedJson(entries) : null });
  }
  return renamed;
}

// --- Writing ------------------------------------------------------------------------------

/**
 * Table names must be unique in the workbook. A kept copy (or a user's table) may hold one of
 * Premia's table names: such a spec table gets the first free "<name>2", "<name>3"... Tables on
 * the sheets being replaced do not count (they go away with their sheet).
 */
export function withFreeTableNames(
  specs: readonly SheetSpec[],
  tables: readonly TableInfo[],
  definedNames: readonly string[] = [],
): SheetSpec[] {
  const replaced = new Set(specs.map((s) => s.name.toLowerCase()));
  const taken = new Set([
    ...tables.filter((t) => !replaced.has(t.sheet.toLowerCase())).map((t) => t.name.toLowerCase()),
    // Tables and defined names share one namespace: a user's name "PremiaDipendenti" counts.
    ...definedNames.map((n) => n.toLowerCase()),
  ]);
  return specs.map((spec) => {
    if (!spec.tables || spec.tables.length === 0) return spec;
    const renamed = spec.tables.map((table) => {
      let name = table.name;
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${table.name}${i}`;
      taken.add(name.toLowerCase());
      return name === table.name ? table : { ...table, name };
    });
    return { ...spec, tables: renamed };
  });
}

export interface WriteOutputsOptions {
  /** Move edited (or foreign) sheets aside with `keepEditedSheets` instead of stopping. */
  keepEdited?: boolean;
  /** Cells to select once the sheets are written, in the same batch (the ribbon command's). */
  select?: HighlightRange;
}

export interface WriteOutputsResult {
  /** Names of the sheets written. */
  written: string[];
  /** Names of the copies kept aside (with `keepEdited`). */
  kept: string[];
}

/**
 * The one way Premia writes its sheets: checks ownership against what the run loaded, then
 * writes the sheets and their fingerprints in one batch (`writeSheets` with the settings:
 * both or neither, atomic in both adapters), so a failed write leaves the old fingerprints,
 * which still match the old sheets. Throws OutputConflictError, writing nothing, when a sheet
 * to be replaced was edited or is not Premia's (unless `keepEdited`).
 */
export async function writeOutputs(
  port: WorkbookPort,
  loaded: Pick<LoadedWorkbook, 'sheets' | 'settings'> &
    Partial<Pick<LoadedWorkbook, 'excelTables' | 'definedNames'>>,
  specs: SheetSpec[],
  opts: WriteOutputsOptions = {},
): Promise<WriteOutputsResult> {
  for (const spec of specs)
    if (sameName(spec.name, SETTINGS_SHEET)) throw new Error(`${SETTINGS_SHEET} is the settings sheet`);
  const conflicts = checkOwnership(loaded, specs);
  let kept: string[] = [];
  if (conflicts.length > 0) {
    if (!opts.keepEdited) throw new OutputConflictError(conflicts);
    kept = await keepEditedSheets(
      port,
      conflicts.map((c) => c.sheet),
    );
  }
  // The tables and defined names the run read (no round trip), unless sheets were just moved
  // aside: their tables went with them, onto sheets no longer replaced.
  const fresh = kept.length > 0;
  const tables = !fresh && loaded.excelTables ? loaded.excelTables : await port.listTables();
  const definedNames =
    !fresh && loaded.definedNames ? loaded.definedNames : ((await port.listDefinedNames?.()) ?? []);
  const ready = withFreeTableNames(specs, tables, definedNames);

  // Fingerprints: those recorded before, for sheets still there and not moved aside, plus the new.
  const moved = new Set(conflicts.map((c) => c.sheet.toLowerCase()));
  const present = new Set(loaded.sheets.map((s) => s.name.toLowerCase()));
  const entries = new Map<string, { name: string; print: string }>();
  const recorded = loaded.settings[OWNED_SETTING];
  for (const [name, print] of recorded ? ownedEntries(recorded) : []) {
    const key = name.toLowerCase();
    if (present.has(key) && !moved.has(key)) entries.set(key, { name, print });
  }
  for (const spec of ready)
    entries.set(spec.name.toLowerCase(), { name: spec.name, print: specFingerprint(spec) });
  await port.writeSheets(ready, { settings: { [OWNED_SETTING]: ownedJson(entries) }, select: opts.select });
  return { written: ready.map((s) => s.name), kept };
}
