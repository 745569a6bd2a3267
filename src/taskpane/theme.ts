/**
 * A Fluent theme following Office's colours (Office.context.officeTheme), so that the pane
 * matches Excel's light, dark or coloured themes. Only the background and text colours are
 * taken over; the rest stays Fluent's light or dark theme, chosen by the background.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.OfficeTheme used here (absent in some hosts and older versions). */
export interface OfficeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/** Perceived lightness of "#rrggbb", 0..1; undefined when it is not a hex colour. */
function lightness(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  return (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
}

export function officeTheme(colours: OfficeColours | undefined): Theme {
  const bg = colours?.bodyBackgroundColor;
  const l = bg ? lightness(bg) : undefined;
  if (!colours || !bg || l === undefined) return webLightTheme;
  const base = l < 0.5 ? webDarkTheme : webLightTheme;
  const theme: Theme = { ...base, colorNeutralBackground1: bg };
  if (colours.bodyForegroundColor) theme.colorNeutralForeground1 = colours.bodyForegroundColor;
  if (colours.controlBackgroundColor) theme.colorNeutralBackground2 = colours.controlBackgroundColor;
  return theme;
}
