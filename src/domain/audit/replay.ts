// Replaying the log: from an initial state, apply every cell entry in seq order. The property the
// audit must satisfy is that this reproduces every score cell of every class workbook.
import type { AuditEntry } from './entry';
import { refKeyOfAuditField } from './field';
import type { ScoreValue } from './observe';

/** classId → studentId → refKey → value (non-empty only). */
export type ScoreBook = Record<string, Record<string, Record<string, ScoreValue>>>;

/** Entry kinds that change a score cell. */
const WRITES = new Set(['cell', 'correction', 'late-edit-reverted']);

export function writesScore(e: AuditEntry): boolean {
  return WRITES.has(e.kind) && e.classId !== null && e.studentId !== null && e.field !== null;
}

export function replay(entries: readonly AuditEntry[], initial: ScoreBook = {}): ScoreBook {
  const book: ScoreBook = JSON.parse(JSON.stringify(initial)) as ScoreBook;
  for (const e of entries) {
    if (!writesScore(e)) continue;
    const key = refKeyOfAuditField({ subject: e.subject, term: e.term, field: e.field! });
    if (key === null) throw new Error(`replay: seq ${e.seq} has an unknown field ${e.field}`);
    const student = ((book[e.classId!] ??= {})[e.studentId!] ??= {});
    const v = e.new;
    if (v === null || v === '' || typeof v === 'object') {
      delete student[key];
      if (Object.keys(student).length === 0) delete book[e.classId!]![e.studentId!];
    } else student[key] = v;
  }
  return book;
}
