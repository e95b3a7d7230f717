// Utilities.formatDate: Java SimpleDateFormat patterns rendered in a real time zone (via Intl).
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html
import { AppsScriptError, NotImplementedError } from '../core/workspace';

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 1 = Monday … 7 = Sunday
  offsetMinutes: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "GMT+7", "GMT+07:00", "UTC" → a fixed offset in minutes; null for IANA names. */
function fixedOffset(timeZone: string): number | null {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(timeZone.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

export function fieldsIn(date: Date, timeZone: string): Fields {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new AppsScriptError('Invalid argument: date');
  let offsetMinutes = fixedOffset(timeZone);
  if (offsetMinutes === null) {
    let parts: Intl.DateTimeFormatPart[];
    try {
      parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }).formatToParts(date);
    } catch {
      throw new AppsScriptError(`Invalid argument: timeZone ${timeZone}`);
    }
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour') % 24,
      get('minute'),
      get('second'),
    );
    offsetMinutes = Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
  }
  const local = new Date(ms + offsetMinutes * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    offsetMinutes,
  };
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX' | 'z'): string {
  if (minutes === 0 && style.startsWith('X')) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XX' || style === 'Z') return `${sign}${h}${m}`;
  if (style === 'z') return `GMT${sign}${h}:${m}`;
  return `${sign}${h}:${m}`;
}

function dayOfYear(f: Fields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}

function field(letter: string, count: number, f: Fields): string {
  switch (letter) {
    case 'y':
    case 'Y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1] ?? '';
      if (count === 3) return (MONTHS[f.month - 1] ?? '').slice(0, 3);
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(dayOfYear(f), count);
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.ms, count);
    case 'E':
      return count >= 4 ? (DAYS[f.weekday - 1] ?? '') : (DAYS[f.weekday - 1] ?? '').slice(0, 3);
    case 'u':
      return pad(f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(f.offsetMinutes, 'Z');
    case 'X':
      return offsetText(f.offsetMinutes, count === 1 ? 'X' : count === 2 ? 'XX' : 'XXX');
    case 'z':
      return offsetText(f.offsetMinutes, 'z');
    default:
      throw new NotImplementedError(`Utilities.formatDate pattern letter '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const f = fieldsIn(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text; '' inside quotes is a literal quote (SimpleDateFormat).
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new AppsScriptError(`Invalid argument: format ${pattern}`);
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j += 1;
      out += field(ch, j - i, f);
      i = j;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
