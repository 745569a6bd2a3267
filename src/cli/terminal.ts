/**
 * Text for a terminal. Cells can hold control characters (Excel stores ESC as `_x001B_`): printed
 * raw, `ESC[2J` would clear the screen and other sequences rewrite earlier lines of the printed
 * distribution or the title of the window. Everything the CLI prints as text goes through here:
 * C0 controls except line feed and tab, DEL, the C1 controls (U+0080-U+009F, which some
 * terminals obey too) and the bidirectional overrides (which reorder what is shown) are removed.
 * JSON output needs none of this: JSON.stringify escapes control characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROLS = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(CONTROLS, '');
}
