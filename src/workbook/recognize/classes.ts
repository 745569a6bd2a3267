/**
 * A category header that lists the project classes with their points, as one real plan does:
 * "1.Strategico (40) 2.Innovativo (25) 3.Miglioramento (20) 4.Mantenimento (10) 5.Una tantum (5)".
 * The header is then both the label of the category column and the category points table.
 */
import { DEFAULT_CATEGORY_POINTS } from '../../domain/params';
import { cleanText, normalizeLabel } from '../../domain/values';

export interface CategoryClass {
  /** Normalised key, as the category points use ("strategico", "una tantum"). */
  key: string;
  points?: number;
}

/** "Strategico (40)", optionally numbered ("1.", "1)", "1 -"). */
const WITH_POINTS =
  /(?:\d+\s*[.)-]\s*)?([\p{L}][\p{L}' ]*?)\s*\(\s*(?:punti\s*)?(\d+(?:[.,]\d+)?)\s*(?:punti|pt\.?)?\s*\)/gu;

/** Leading "Categoria:" / "Macro categoria -" before the list. */
const LEAD = /^\s*(?:macro\s*-?\s*categori[ae]|categori[ae])\s*[:\-–]?\s*/iu;

/**
 * The classes a header lists, or undefined when it lists fewer than two. Points are read from
 * "(40)"; a list of known class names without points ("Strategico / Innovativo / ...") gives
 * classes without points.
 */
export function parseCategoryClasses(header: string): CategoryClass[] | undefined {
  const text = cleanText(header).replace(LEAD, '');
  const withPoints: CategoryClass[] = [];
  for (const m of text.matchAll(WITH_POINTS)) {
    const key = normalizeLabel(m[1]);
    if (key === '') continue;
    withPoints.push({ key, points: Number(m[2].replace(',', '.')) });
  }
  if (withPoints.length >= 2) return withPoints;

  const known = new Set(Object.keys(DEFAULT_CATEGORY_POINTS));
  const parts = text
    .split(/\s*(?:[,;/|]|\s-\s|\d+\s*[.)])\s*/u)
    .map((p) => normalizeLabel(p))
    .filter((p) => p !== '');
  if (parts.length >= 2 && parts.every((p) => known.has(p))) return parts.map((key) => ({ key }));
  return undefined;
}
