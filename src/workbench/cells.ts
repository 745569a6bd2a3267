/** How the sheet view shows a cell: its value in the page's language, roughly as Excel would. */
import type { CellValue } from '../workbook/port';
import { formatNumber, type Locale } from '../i18n';

/** Fixed decimals with thousands grouped from 1.000 on (it-IT's own format groups only from 10.000). */
function fixed(locale: Locale, n: number, decimals: number): string {
  const [group, point] = locale === 'it' ? ['.', ','] : [',', '.'];
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = n < 0 && /[1-9]/.test(whole + (fraction ?? ''));
  return `${negative ? '-' : ''}${grouped}${fraction ? point + fraction : ''}`;
}

export function displayValue(value: CellValue, format: string | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const f = format ?? 'General';
    if (f.includes('%')) return `${formatNumber(locale, value * 100, 2)} %`;
    const decimals = /0\.(0+)/.exec(f)?.[1].length;
    if (decimals !== undefined) return `${fixed(locale, value, decimals)}${f.includes('€') ? ' €' : ''}`;
    return formatNumber(locale, value, 4);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.error;
  return value;
}

/** The raw value for tests and tooltips: numbers as plain decimals. */
export function rawValue(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return value.error;
  return String(value);
}
