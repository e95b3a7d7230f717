// System writes into class workbooks (approved corrections, reverted late edits) are logged by the
// area that writes them. So that reconciliation does not log them a second time (and under the
// wrong actor), the sink moves the kept state of that cell along, inside the same lock. If the
// kept state lagged behind the value the system overwrote, the gap gets its own entry first.
import { byProtection } from '../../domain/audit/attribution';
import { parseCellRef } from '../../domain/audit/cell-ref';
import type { AuditDraft } from '../../domain/audit/entry';
import { auditFieldOf } from '../../domain/audit/field';
import { sameValue } from '../../domain/audit/notes';
import type { ScoreValue } from '../../domain/audit/observe';
import type { ReconciledState } from '../../domain/audit/state';
import { blockFinder as reconcileBlockFinder } from '../../domain/audit/reconcile-class';
import { refKey } from '../../domain/layout/cells';
import { fieldAt } from '../../domain/layout/cells';
import type { ReconcileContext } from './reconcile-all';
import type { SystemFiles } from './ports';
import { loadState, saveState } from './state-store';

/** Kinds whose entries say the system wrote `new` into `cell`. */
export const SYSTEM_WRITE_KINDS = new Set(['correction', 'late-edit-reverted']);

const score = (v: AuditDraft['new']): ScoreValue =>
  v === undefined || v === null || typeof v === 'object' ? '' : v;

export function absorbSystemWrites(
  deps: { context(): ReconcileContext; files: SystemFiles; now(): number },
  drafts: readonly AuditDraft[],
): AuditDraft[] {
  const writes = drafts.filter(
    (d) =>
      SYSTEM_WRITE_KINDS.has(d.kind) &&
      d.classId &&
      d.cell &&
      d.new !== null &&
      d.new !== undefined,
  );
  if (writes.length === 0) return [...drafts];
  const ctx = deps.context();
  const states = new Map<string, ReconciledState | null>();
  const out: AuditDraft[] = [];
  for (const d of drafts) {
    const cls = writes.includes(d) ? ctx.classes.find((c) => c.classId === d.classId) : undefined;
    const place = cls ? parseCellRef(d.cell!) : null;
    if (!cls || !place) {
      out.push(d);
      continue;
    }
    if (!states.has(cls.classId)) states.set(cls.classId, loadState(deps.files, cls.classId));
    const state = states.get(cls.classId) ?? null;
    const ref = fieldAt(cls.layout, place.sheet, place.row, place.col);
    const id = state?.keys[place.sheet]?.[place.row - cls.layout.firstStudentRow];
    if (!state || !ref || !id) {
      out.push(d);
      continue;
    }
    const key = refKey(ref);
    const kept = state.values[id]?.[key] ?? '';
    const f = auditFieldOf(ref);
    const filled: AuditDraft = {
      ...d,
      studentId: id,
      subject: f.subject,
      term: f.term,
      field: f.field,
    };
    const change = {
      classId: cls.classId,
      studentId: id,
      ref,
      refKey: key,
      place: { ...place, ref },
      old: kept,
      new: score(d.old),
    };
    if (!sameValue(kept, score(d.old))) {
      const find = reconcileBlockFinder(cls.layout);
      const gap = byProtection(
        change,
        {
          notes: [],
          since: Date.parse(state.at),
          now: deps.now(),
          editorsAt: (c, at) => {
            const block = find(c.place.sheet, c.place.col);
            return block ? ctx.editorsAt(cls.classId, block, at) : { teachers: [], admins: [] };
          },
        },
        Date.parse(d.at),
      );
      out.push(gap);
    }
    out.push(filled);
    const next = score(d.new);
    const mine = (state.values[id] ??= {});
    if (next === '') delete mine[key];
    else mine[key] = next;
  }
  for (const s of states.values()) if (s) saveState(deps.files, s);
  return out;
}
