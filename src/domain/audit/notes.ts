// Edit notes: what the simple onEdit (add-on), an installable trigger, or a system write saw,
// queued briefly so reconciliation can name the actor and the time (architecture: attribution).
import type { AuditKind } from './entry';
import type { ScoreValue } from './observe';

export interface EditNote {
  /** Class workbook id (the spreadsheet edited). */
  docId: string;
  sheet: string;
  /** The edited rectangle, 1-based inclusive. */
  row: number;
  col: number;
  rowEnd: number;
  colEnd: number;
  /** Epoch ms. */
  at: number;
  /** Email, or null when the platform withheld it (simple trigger, consumer account). */
  user: string | null;
  /** Single-cell edits only (edit event `value` / `oldValue`); undefined when not known. */
  value?: ScoreValue;
  oldValue?: ScoreValue;
  /** `event` for edit events; `request` for a system write on someone's request (corrections). */
  source: 'event' | 'request' | 'system';
  kind?: AuditKind;
  ref?: string | null;
  reason?: string | null;
}

export function covers(note: EditNote, sheet: string, row: number, col: number): boolean {
  return (
    note.sheet === sheet &&
    row >= note.row &&
    row <= note.rowEnd &&
    col >= note.col &&
    col <= note.colEnd
  );
}

export function isSingleCell(note: EditNote): boolean {
  return note.row === note.rowEnd && note.col === note.colEnd;
}

/**
 * Loose equality of a cell value and an event value: events carry text ("8,5", "8.5", "8"),
 * cells carry numbers. Numbers compare numerically after a decimal comma becomes a point.
 */
export function sameValue(a: ScoreValue | undefined, b: ScoreValue | undefined): boolean {
  const norm = (v: ScoreValue | undefined): string => {
    if (v === undefined) return '';
    const t = String(v).normalize('NFC').trim();
    const n = t.replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(n) ? String(Number(n)) : t;
  };
  return norm(a) === norm(b);
}
