/**
 * Highlighting the cells of the findings in the user's sheets, and removing it again. The
 * highlight is a conditional format Premia adds (a fill that applies whatever the value), never
 * a change of the cells' own formats: removing it gives back the sheet exactly as it was, the
 * user's own formatting and conditional formats included. What Premia added is recorded in the
 * workbook's settings (`premia.highlight`), so that it can be removed in a later session too.
 */
import type { Finding } from '../domain/findings';
import type { HighlightMark, HighlightRange, WorkbookPort } from './port';
import { isOutputSheet } from './writers';
import { SETTINGS_SHEET } from './settings-sheet';

export const HIGHLIGHT_SETTING = 'premia.highlight';

/**
 * At most this many ranges are highlighted: beyond, the list of findings is the better guide,
 * and one request stays small (each range is one conditional format).
 */
export const MAX_HIGHLIGHTS = 500;

/** The ranges of the findings, errors first, each once, on the user's sheets only. */
export function highlightRanges(findings: readonly Finding[], sheets: readonly string[]): HighlightRange[] {
  const existing = new Map(sheets.map((n) => [n.toLowerCase(), n]));
  const ordered = [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity !== 'error'),
  ];
  const seen = new Set<string>();
  const out: HighlightRange[] = [];
  for (const f of ordered)
    for (const c of f.cells) {
      const sheet = existing.get(c.sheet.toLowerCase());
      if (sheet === undefined || isOutputSheet(sheet) || sheet === SETTINGS_SHEET) continue;
      const key = `${sheet.toLowerCase()}!${c.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ sheet, address: c.cell });
      if (out.length === MAX_HIGHLIGHTS) return out;
    }
  return out;
}

/** The highlights recorded in the settings; an unreadable setting counts as none. */
export function recordedHighlights(settings: Record<string, string>): HighlightMark[] {
  const text = settings[HIGHLIGHT_SETTING];
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (m): m is HighlightMark =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as HighlightMark).sheet === 'string' &&
        typeof (m as HighlightMark).address === 'string' &&
        typeof (m as HighlightMark).handle === 'string',
    );
  } catch {
    return [];
  }
}

/** Removes every highlight Premia recorded; returns how many there were. */
export async function clearHighlights(port: WorkbookPort): Promise<number> {
  const settings = await port.readSettings();
  if (settings[HIGHLIGHT_SETTING] === undefined) return 0;
  const marks = recordedHighlights(settings);
  if (marks.length > 0) await port.removeHighlights(marks);
  await port.writeSettings({ [HIGHLIGHT_SETTING]: null });
  return marks.length;
}

/**
 * Replaces Premia's highlights with those of the findings; returns the ranges highlighted.
 * The old ones go first, so that highlighting twice never stacks two formats on a cell.
 */
export async function highlightFindings(
  port: WorkbookPort,
  findings: readonly Finding[],
): Promise<HighlightRange[]> {
  await clearHighlights(port);
  const sheets = (await port.listSheets()).map((s) => s.name);
  const ranges = highlightRanges(findings, sheets);
  if (ranges.length === 0) return [];
  const handles = await port.addHighlights(ranges);
  const marks: HighlightMark[] = ranges.map((r, i) => ({ ...r, handle: handles[i] }));
  await port.writeSettings({ [HIGHLIGHT_SETTING]: JSON.stringify(marks) });
  return ranges;
}
