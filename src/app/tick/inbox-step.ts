// Tick step: audit drafts written by people who cannot reach the control workbook (a teacher's
// refused call, logged into script properties) are moved into the audit log by the system account.
import type { AuditDraft } from '../../domain/audit/entry';
import type { AuditSink } from '../ports/audit-sink';
import type { TickStep } from './step';

export interface DraftInbox {
  /** Every queued draft with its key, oldest first. */
  peek(): { key: string; draft: AuditDraft }[];
  remove(keys: readonly string[]): void;
}

export function draftInboxTickStep(inbox: DraftInbox, audit: AuditSink): TickStep {
  return {
    id: 'refusals-inbox',
    minMs: 5_000,
    run() {
      const items = inbox.peek();
      if (items.length === 0) return { done: true, summary: [] };
      audit.append(items.map((i) => i.draft));
      inbox.remove(items.map((i) => i.key));
      return { done: true, summary: [`Đã chuyển ${items.length} lượt từ chối quyền vào nhật ký.`] };
    },
  };
}
