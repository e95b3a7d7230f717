// Attribution: who made a reconciled change and how we know (verifiable-records.md `basis`).
// 1. an edit note matches → its user and time, basis `event` (or `request` for system writes);
// 2. else the protections: the only teacher who could edit that block, basis `protection`;
// 3. else the admins (an only admin is named; several leave actor null and are listed in reason).
import type { AuditDraft } from './entry';
import { isoUtcMs } from './entry';
import type { CellChange } from './diff';
import { auditFieldOf } from './field';
import { placeA1, type ScoreValue } from './observe';
import { covers, type EditNote, isSingleCell, sameValue } from './notes';
import { attributionReason } from './messages';

/** Who could edit the cell's block at a time (from permissions' whoCouldEdit). */
export interface Editors {
  teachers: string[];
  admins: string[];
}

export interface AttributionContext {
  /** Notes of this workbook, any order. */
  notes: readonly EditNote[];
  /** Editors of the change's cell at epoch ms. */
  editorsAt: (change: CellChange, at: number) => Editors;
  /** The previous reconciliation and now (epoch ms): the change happened in between. */
  since: number;
  now: number;
}

function base(change: CellChange): Omit<AuditDraft, 'at' | 'basis'> {
  const f = auditFieldOf(change.ref);
  return {
    kind: 'cell',
    classId: change.classId,
    studentId: change.studentId,
    subject: f.subject,
    term: f.term,
    field: f.field,
    cell: placeA1(change.place),
  };
}

/** The protection-based draft for a change (no event seen): the only teacher, else admins. */
export function byProtection(change: CellChange, ctx: AttributionContext, at: number): AuditDraft {
  const seen = [ctx.editorsAt(change, ctx.since), ctx.editorsAt(change, at)];
  const teachers = [...new Set(seen.flatMap((e) => e.teachers))].sort();
  const admins = [...new Set(seen.flatMap((e) => e.admins))].sort();
  const draft = {
    ...base(change),
    at: isoUtcMs(at),
    basis: 'protection' as const,
    old: change.old,
    new: change.new,
  };
  if (teachers.length === 1) return { ...draft, actor: teachers[0]! };
  if (teachers.length === 0 && admins.length === 1) return { ...draft, actor: admins[0]! };
  const candidates = teachers.length > 0 ? teachers : admins;
  return { ...draft, actor: null, reason: attributionReason(candidates) };
}

function fromNote(change: CellChange, note: EditNote, old: unknown, value: unknown): AuditDraft {
  return {
    ...base(change),
    kind: note.kind ?? 'cell',
    at: isoUtcMs(note.at),
    basis: note.source === 'event' ? 'event' : note.source === 'request' ? 'request' : 'system',
    actor: note.user,
    old: old as AuditDraft['old'],
    new: value as AuditDraft['new'],
    ref: note.ref ?? null,
    reason: note.reason ?? null,
  };
}

/** Event text "8,5" / "8.5" becomes the number the cell holds; other text stays. */
function eventValue(v: ScoreValue | undefined): ScoreValue {
  if (v === undefined) return '';
  if (typeof v !== 'string') return v;
  const t = v.normalize('NFC').trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : v.normalize('NFC');
}

/**
 * Entries for one cell. When the single-cell notes form an unbroken path from the old value to
 * the new one (e.g. cleared, then re-entered), each step gets its own entry — also when the value
 * ends where it started, so delete-and-re-enter edits are on the record. Without a net change and
 * without such a path there is nothing to log.
 */
export function attribute(change: CellChange, ctx: AttributionContext): AuditDraft[] {
  const { sheet, row, col } = change.place;
  const netChange = change.old !== change.new;
  const notes = ctx.notes
    .filter((n) => covers(n, sheet, row, col) && n.at > ctx.since && n.at <= ctx.now)
    .sort((a, b) => a.at - b.at);
  const withUser = (d: AuditDraft, n: EditNote): AuditDraft =>
    n.user ? d : { ...byProtection(change, ctx, n.at), at: d.at, old: d.old, new: d.new };
  const singles = notes.filter((n) => isSingleCell(n) && n.value !== undefined);
  if (singles.length === notes.length && singles.length >= (netChange ? 2 : 1)) {
    let cur: ScoreValue = change.old;
    let unbroken = true;
    const steps: AuditDraft[] = [];
    for (const n of singles) {
      if (n.oldValue !== undefined && !sameValue(n.oldValue, cur)) {
        unbroken = false;
        break;
      }
      const value = n === singles[singles.length - 1] ? change.new : eventValue(n.value);
      if (!sameValue(value, cur)) steps.push(withUser(fromNote(change, n, cur, value), n));
      cur = value;
    }
    const ends = sameValue(singles[singles.length - 1]!.value, change.new);
    if (unbroken && ends && steps.length > 0 && (netChange || steps.length >= 2)) return steps;
  }
  if (!netChange) return [];
  const last = notes[notes.length - 1];
  if (last && (last.value === undefined || sameValue(last.value, change.new)))
    return [withUser(fromNote(change, last, change.old, change.new), last)];
  return [byProtection(change, ctx, ctx.now)];
}
