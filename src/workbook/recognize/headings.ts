/**
 * Group headings over layouts that have no header row per area (objective cards, objective
 * blocks): "OBIETTIVI AREA AMMINISTRATIVA", "Servizio 1 – Finanziario", "OBIETTIVI DI
 * PERFORMANCE TRASVERSALI". A heading names the area of every objective under it, down to the
 * next heading, or says they are transversal (every area's).
 */
import { cleanText } from '../../domain/values';
import { isStrongTitle, parseTitle } from './titles';

export interface GroupHeading {
  /**
   * The area named, without the leading "OBIETTIVI ..." ("Area Amministrativa"); none for a
   * heading that only says which objectives follow ("OBIETTIVI GESTIONALI SETTORIALI").
   */
  area?: string;
  /** The heading calls its objectives transversal. */
  transversal: boolean;
}

/** "OBIETTIVI (DI PERFORMANCE|OPERATIVI|GESTIONALI...) (DELL'|DEL|DELLA)": what comes before the area. */
const LEAD =
  /^obiettivi\s+(?:(?:di\s+performance|operativi|gestionali|specifici|strategici|individuali|di\s+struttura)\s+)*(?:(?:dell['’]|della|del|dello|di|per)\s*)?/iu;

/** What is left of "OBIETTIVI GESTIONALI SETTORIALI" and the like: a kind of objectives, no area. */
const KIND_ONLY =
  /^(settoriali|di settore|individuali|strategici|operativi|gestionali|specifici|generali|di ente|dell['’] ?ente|comuni|di performance)$/iu;

/** How a heading reads, or undefined when the text names neither an area nor transversal objectives. */
export function readGroupHeading(text: string): GroupHeading | undefined {
  const clean = cleanText(text);
  if (clean === '' || clean.length > 160) return undefined;
  if (/\btrasversal[ei]\b/i.test(clean)) return { transversal: true };
  const rest = clean.replace(LEAD, '');
  // A heading of a kind of objectives ("OBIETTIVI ... SETTORIALI") ends the transversal ones
  // above it but names no area: the headings or columns below it do.
  if (rest !== clean && KIND_ONLY.test(rest.trim())) return { transversal: false };
  if (rest !== clean && rest !== '') {
    const info = parseTitle(rest);
    if (info.area !== undefined && !info.heading) return { area: info.area, transversal: false };
  }
  if (isStrongTitle(clean)) {
    const info = parseTitle(clean);
    if (info.area !== undefined) return { area: info.area, transversal: false };
  }
  return undefined;
}
