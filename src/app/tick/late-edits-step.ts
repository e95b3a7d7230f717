// Tick step: judge the edits the audit area captured in blocks whose deadline had passed.
// Known to be late → the old value is written back and a `late-edit-reverted` entry logged;
// not known → a `late-edit-flagged` entry for the principal. Never silent.
import type { AuditSink } from '../ports/audit-sink';
import { judgeEdit, type CapturedEdit } from '../../domain/permissions';
import { a1Cell as a1Of } from '../../domain/layout';
import type { School } from '../permissions/school';
import { blocksOfClass, permissionFacts } from '../permissions/school';
import { SYNCED_PREFIX } from './permissions-step';
import type { TickStep } from './step';

/** The audit area's queue of captured edits (time and actor when an event saw them). */
export interface EditFeed {
  pending(): CapturedEdit[];
  /** The edits judged (and reverted or flagged); they leave the queue. */
  resolved(ids: readonly string[]): void;
}

/** Writes old values back into a class workbook (as the system account, in one batch). */
export interface CellReverter {
  revert(
    workbookId: string,
    cells: readonly { sheet: string; row: number; col: number; value: CapturedEdit['old'] }[],
  ): void;
}

export interface LateEditsDeps {
  loadSchool(): School;
  feed: EditFeed;
  reverter: CellReverter;
  audit: AuditSink;
}

export const LATE_TEXT = {
  reverted: (cell: string, who: string | null) =>
    `Đã hoàn lại ô ${cell}: sửa sau hạn nhập điểm${who ? ` (${who})` : ''}, trước khi khóa có hiệu lực.`,
  flagged: (cell: string) =>
    `Ô ${cell} được sửa quanh hạn nhập điểm nhưng không xác định được thời điểm; Hiệu trưởng cần xem lại.`,
};

export function lateEditsTickStep(deps: LateEditsDeps): TickStep {
  return {
    id: 'late-edits',
    run(ctx) {
      const edits = deps.feed.pending();
      if (edits.length === 0) return { done: true, summary: [] };
      const school = deps.loadSchool();
      const facts = permissionFacts(school);
      const summary: string[] = [];
      const reverts = new Map<
        string,
        { sheet: string; row: number; col: number; value: CapturedEdit['old'] }[]
      >();
      const entries = [];
      const at = new Date(ctx.now()).toISOString();
      // Blocks and the last sync are per class: computed once, not once per edit.
      const perClass = new Map<
        string,
        { blocks: ReturnType<typeof blocksOfClass>; synced: number | null }
      >();
      for (const e of edits) {
        const cls = school.classes.find((c) => c.id === e.classId);
        if (!cls) continue;
        let known = perClass.get(cls.id);
        if (!known) {
          const synced = ctx.state.get(`${SYNCED_PREFIX}${cls.id}`);
          known = {
            blocks: blocksOfClass(school, cls),
            synced: synced ? Date.parse(synced) : null,
          };
          perClass.set(cls.id, known);
        }
        const verdict = judgeEdit(facts, known.blocks, e, known.synced);
        if (verdict.kind === 'ok') continue;
        const cell = a1Of(e.sheet, e.row, e.col);
        const base = {
          at,
          actor: e.actor,
          basis: e.at !== null ? ('event' as const) : ('protection' as const),
          classId: e.classId,
          cell,
          field: verdict.blockId,
          ref: e.id,
        };
        if (verdict.kind === 'revert' && cls.workbookId) {
          reverts.set(cls.workbookId, [
            ...(reverts.get(cls.workbookId) ?? []),
            { sheet: e.sheet, row: e.row, col: e.col, value: e.old },
          ]);
          entries.push({
            ...base,
            kind: 'late-edit-reverted' as const,
            old: e.new,
            new: e.old,
            reason: LATE_TEXT.reverted(cell, e.actor),
          });
          summary.push(LATE_TEXT.reverted(cell, e.actor));
        } else {
          entries.push({
            ...base,
            kind: 'late-edit-flagged' as const,
            old: e.old,
            new: e.new,
            reason: LATE_TEXT.flagged(cell),
          });
          summary.push(LATE_TEXT.flagged(cell));
        }
      }
      for (const [workbookId, cells] of reverts) deps.reverter.revert(workbookId, cells);
      deps.audit.append(entries);
      deps.feed.resolved(edits.map((e) => e.id));
      return { done: true, summary };
    },
  };
}
