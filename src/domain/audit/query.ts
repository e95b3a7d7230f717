// Reading the log: filters (class, student, subject, teacher, period, kind), the history of one
// score cell, and CSV / JSONL exports.
import { entryLine } from './chain';
import type { AuditEntry, AuditValue } from './entry';

export interface AuditFilter {
  classId?: string;
  studentId?: string;
  subject?: string;
  /** The actor (a teacher's or admin's email), case-insensitive. */
  actor?: string;
  kind?: string;
  /** ISO instants, inclusive from, exclusive to. */
  from?: string;
  to?: string;
}

export function filterEntries(entries: readonly AuditEntry[], f: AuditFilter): AuditEntry[] {
  const actor = f.actor?.trim().toLowerCase();
  const from = f.from ? Date.parse(f.from) : -Infinity;
  const to = f.to ? Date.parse(f.to) : Infinity;
  return entries.filter((e) => {
    const at = Date.parse(e.at);
    return (
      (f.classId === undefined || e.classId === f.classId) &&
      (f.studentId === undefined || e.studentId === f.studentId) &&
      (f.subject === undefined || e.subject === f.subject) &&
      (f.kind === undefined || e.kind === f.kind) &&
      (actor === undefined || (e.actor ?? '').toLowerCase() === actor) &&
      at >= from &&
      at < to
    );
  });
}

export interface CellKey {
  classId: string;
  studentId: string;
  subject: string | null;
  term: number | null;
  field: string;
}

/** Every entry that touched one score (cell edits, corrections, reverts, flags), in seq order. */
export function cellHistory(entries: readonly AuditEntry[], k: CellKey): AuditEntry[] {
  return entries.filter(
    (e) =>
      e.classId === k.classId &&
      e.studentId === k.studentId &&
      e.subject === k.subject &&
      e.term === k.term &&
      e.field === k.field,
  );
}

export const CSV_HEADERS = [
  'STT',
  'Thời điểm (UTC)',
  'Loại',
  'Người thực hiện',
  'Căn cứ',
  'Mã lớp',
  'Mã HS',
  'Môn',
  'Học kì',
  'Cột điểm',
  'Ô',
  'Giá trị cũ',
  'Giá trị mới',
  'Lý do',
  'Tham chiếu',
  'Hash',
];

function csvCell(v: AuditValue | undefined): string {
  const text =
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // A leading = + - @ would be read as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(text) && typeof v !== 'number' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV (RFC 4180, CRLF, UTF-8 with BOM so Excel shows Vietnamese). */
export function toCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) =>
    [
      e.seq,
      e.at,
      e.kind,
      e.actor,
      e.basis,
      e.classId,
      e.studentId,
      e.subject,
      e.term,
      e.field,
      e.cell,
      e.old,
      e.new,
      e.reason,
      e.ref,
      e.hash,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[CSV_HEADERS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** JSONL: one canonical entry (with its hash) per line, as verifiable-records.md specifies. */
export function toJsonl(entries: readonly AuditEntry[]): string {
  return entries.map((e) => `${entryLine(e)}\n`).join('');
}
