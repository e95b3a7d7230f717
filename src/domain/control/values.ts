// Cell value parsing shared by the control tabs and roster import: NFC text, decimal comma numbers,
// dd/mm/yyyy dates (checked against the calendar), e-mail addresses. Vietnam time is UTC+7 (no DST).

/** What a cell can hold when read (SpreadsheetApp getValues or Sheets API values). */
export type Cell = string | number | boolean | Date | null;

export const VN_OFFSET_MS = 7 * 3600 * 1000;

export function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDateOf(cell);
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function isEmpty(cell: Cell | undefined): boolean {
  return text(cell) === '';
}

/** Accepts numbers and text with a decimal comma or point; null when not a number. */
export function numberOf(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const t = text(cell).replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A valid calendar date as yyyy-mm-dd, or null (31/02/2010 is null). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** A Date read from a cell, as the Vietnam calendar date it shows. */
export function isoDateOf(d: Date): string {
  const v = new Date(d.getTime() + VN_OFFSET_MS);
  return `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())}`;
}

/** dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy), yyyy-mm-dd, or a Date → yyyy-mm-dd; else null. */
export function parseDate(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoDateOf(cell);
  const t = text(cell);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** yyyy-mm-dd → dd/mm/yyyy for display. */
export function displayDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * A local (Vietnam) date-time: `dd/mm/yyyy HH:mm`, `dd/mm/yyyy` (midnight), an ISO string with
 * zone, or a Date → ISO UTC string; else null.
 */
export function parseDateTime(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString();
  const t = text(cell);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(t);
  if (!m) return null;
  const day = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  const hh = Number(m[4] ?? 0);
  const mm = Number(m[5] ?? 0);
  if (!day || hh > 23 || mm > 59) return null;
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, hh, mm) - VN_OFFSET_MS).toISOString();
}

/** ISO UTC → `dd/mm/yyyy HH:mm` in Vietnam time. */
export function displayDateTime(iso: string | null): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const v = new Date(ms + VN_OFFSET_MS);
  return `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}`;
}

/** Case- and diacritic-insensitive key for matching labels and headers ("Họ và tên" ~ "ho va ten"). */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
