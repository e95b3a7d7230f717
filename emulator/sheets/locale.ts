// Locale-dependent display (Range.getDisplayValues) and parsing of what a user types, for the
// locales the add-on meets (vi_VN: decimal comma, "." groups thousands; en_US otherwise).
// Assumptions are listed in emulator/README.md ("Sheets: assumptions").
import type { CellValue } from './model';

interface Separators {
  decimal: string;
  group: string;
  /** Java-style date pattern for dates shown without a number format. */
  datePattern: string;
}

export function separatorsOf(locale: string): Separators {
  const lang = locale.toLowerCase().slice(0, 2);
  if (['vi', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'id', 'ru'].includes(lang)) {
    return { decimal: ',', group: '.', datePattern: 'dd/MM/yyyy' };
  }
  return { decimal: '.', group: ',', datePattern: 'M/d/yyyy' };
}

/** Date parts of an instant in a time zone. */
export function zonedParts(
  date: Date,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of fmt.formatToParts(date)) {
    if (p.type in out) out[p.type as keyof typeof out] = Number(p.value);
  }
  return out;
}

/** The instant of a wall-clock time in a time zone. */
export function zonedToInstant(
  y: number,
  m: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(y, m - 1, d, h, mi, s);
  const p = zonedParts(new Date(guess), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return new Date(guess - (asUtc - guess));
}

function formatDatePattern(date: Date, pattern: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return pattern.replace(/yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|ss/g, (tok) => {
    switch (tok) {
      case 'yyyy':
        return pad(p.year, 4);
      case 'yy':
        return pad(p.year % 100, 2);
      case 'MM':
        return pad(p.month, 2);
      case 'M':
        return String(p.month);
      case 'dd':
        return pad(p.day, 2);
      case 'd':
        return String(p.day);
      case 'HH':
      case 'hh':
        return pad(p.hour, 2);
      case 'H':
      case 'h':
        return String(p.hour);
      case 'mm':
        return pad(p.minute, 2);
      default:
        return pad(p.second, 2);
    }
  });
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Numbers under a Sheets number format: "0", "0.0", "0.00", "#,##0.0", "0%", "@", general. */
function formatNumber(n: number, format: string | undefined, sep: Separators): string {
  const fmt = format ?? '';
  if (fmt === '' || fmt.toLowerCase() === 'general' || fmt === '@') {
    // General: up to 10 significant digits, no grouping.
    if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
    const text = String(Number(n.toPrecision(10)));
    return text.replace('.', sep.decimal);
  }
  const percent = fmt.includes('%');
  const value = percent ? n * 100 : n;
  const numeric = fmt.replace(/[^0#.,]/g, '');
  const dot = numeric.indexOf('.');
  const decimals = dot >= 0 ? numeric.length - dot - 1 : 0;
  const grouped = numeric.slice(0, dot >= 0 ? dot : undefined).includes(',');
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  const intText = grouped ? groupDigits(int, sep.group) : int;
  return `${sign}${intText}${frac ? sep.decimal + frac : ''}${percent ? '%' : ''}`;
}

const DATE_TOKENS = /[dMy]/;

/** What Sheets shows for a value under a locale, number format and time zone. */
export function displayValue(
  value: CellValue | '',
  format: string | undefined,
  locale: string,
  timeZone: string,
): string {
  const sep = separatorsOf(locale);
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const pattern = format && DATE_TOKENS.test(format) ? format : sep.datePattern;
    return formatDatePattern(value, pattern, timeZone);
  }
  return formatNumber(value, format, sep);
}

/**
 * Parses what a user types into a cell, as Sheets does under the spreadsheet locale.
 * vi_VN: "8,5" → 8.5; "1.234,5" → 1234.5; "8.5" stays text (Assumption, README); "05/09/2025" → a date
 * (day first); "TRUE"/"FALSE" → booleans; "50%" → 0.5; a leading apostrophe forces text.
 * Returns {formula} for text starting with "=".
 */
export function parseUserInput(
  text: string,
  locale: string,
  timeZone: string,
  numberFormat?: string,
): { value: CellValue | '' } | { formula: string } {
  if (text === '') return { value: '' };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === '@') return { value: text };
  if (text.startsWith('=')) return { formula: text };
  const sep = separatorsOf(locale);
  const t = text.trim();
  const upper = t.toUpperCase();
  if (upper === 'TRUE') return { value: true };
  if (upper === 'FALSE') return { value: false };
  const d = escapeRe(sep.decimal);
  const g = escapeRe(sep.group);
  const plain = new RegExp(`^[+-]?\\d+(${d}\\d+)?(%)?$`);
  const grouped = new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?(%)?$`);
  const lead = new RegExp(`^[+-]?${d}\\d+(%)?$`);
  if (plain.test(t) || grouped.test(t) || lead.test(t)) {
    const percent = t.endsWith('%');
    const body = (percent ? t.slice(0, -1) : t).split(sep.group).join('').replace(sep.decimal, '.');
    const n = Number(body);
    if (!Number.isNaN(n)) return { value: percent ? n / 100 : n };
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (date) {
    const [a, b, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const [day, month] = sep.decimal === ',' ? [a, b] : [b, a];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { value: zonedToInstant(y, month, day, 0, 0, 0, timeZone) };
    }
  }
  return { value: text };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Sheets serial date: days since 1899-12-30 of the wall-clock time in the spreadsheet's zone. */
export function serialOf(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (wall - Date.UTC(1899, 11, 30)) / 86_400_000;
}
