// Edit enrichment (simple onEdit, add-on deployment, LIMITED auth, as the editing teacher):
// queue what the event saw for the tick, and tell the teacher at once when a score is invalid.
// The queue is best effort (onEdit queues at most two events, apps-script-facts §2.1);
// reconciliation remains the guarantee.
import type { EditNote } from '../../domain/audit/notes';
import type { ScoreValue } from '../../domain/audit/observe';
import { H } from '../../domain/layout/headers';
import { parseScore } from '../../domain/rules/score';
import { AUDIT_TEXT } from './messages';
import type { NoteQueue } from './ports';

/** What the adapter reads from the edit event (plain data). */
export interface EditEvent {
  docId: string;
  sheet: string;
  row: number;
  col: number;
  rowEnd: number;
  colEnd: number;
  at: number;
  user: string | null;
  /** Single-cell edits only. */
  value?: ScoreValue;
  oldValue?: ScoreValue;
  /** The column's header (row 3) for single-cell edits, when read. */
  header?: string;
  a1?: string;
}

export function noteOf(ev: EditEvent): EditNote {
  const single = ev.row === ev.rowEnd && ev.col === ev.colEnd;
  return {
    docId: ev.docId,
    sheet: ev.sheet,
    row: ev.row,
    col: ev.col,
    rowEnd: ev.rowEnd,
    colEnd: ev.colEnd,
    at: ev.at,
    user: ev.user ? ev.user.toLowerCase() : null,
    source: 'event',
    // "oldValue … is undefined if the cell had no previous content" (apps-script-facts §2.2).
    ...(single && ev.value !== undefined ? { value: ev.value, oldValue: ev.oldValue ?? '' } : {}),
  };
}

const SCORE_HEADER = new RegExp(
  `^(${H.regular}\\d+|${H.midterm}|${H.final}|${H.coef1}\\d+|${H.coef2}\\d+|${H.exam}|${H.reassessment})$`,
);
const COMMENT_LEVELS = new Set(['Đ', 'CĐ']);

/** A message for the teacher when a single score cell got something that is not a score. */
export function feedbackFor(ev: EditEvent): string | null {
  if (ev.header === undefined || ev.value === undefined || !SCORE_HEADER.test(ev.header.trim()))
    return null;
  const raw = typeof ev.value === 'string' ? ev.value.normalize('NFC').trim() : ev.value;
  if (raw === '' || typeof raw === 'boolean') return null;
  if (typeof raw === 'string' && COMMENT_LEVELS.has(raw.toUpperCase())) return null;
  const parsed = parseScore(raw);
  if (parsed.ok) return null;
  const cell = ev.a1 ?? `${ev.sheet}!R${ev.row}C${ev.col}`;
  return AUDIT_TEXT.invalidScore(
    cell,
    String(raw),
    'Điểm từ 0 đến 10, tối đa một chữ số thập phân (ví dụ 8,5); môn đánh giá bằng nhận xét ghi Đ hoặc CĐ.',
  );
}

/** Queues the note (never throws: a full store only loses enrichment) and returns the feedback. */
export function recordEdit(deps: { notes: NoteQueue }, ev: EditEvent): string | null {
  try {
    deps.notes.put(noteOf(ev));
  } catch {
    // Script properties full or unavailable: reconciliation still logs the change.
  }
  return feedbackFor(ev);
}
