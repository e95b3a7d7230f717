// Port: where use cases hand audit entries (verifiable-records.md). The audit area implements it
// (src/app/audit); it adds v, seq, prev and hash and appends to the chained log in the control workbook.
import type { AuditDraft } from '../../domain/audit/entry';

export interface AuditSink {
  append(entries: readonly AuditDraft[]): void;
}

/** An exact in-memory sink for use-case tests. */
export class MemoryAuditSink implements AuditSink {
  readonly entries: AuditDraft[] = [];
  append(entries: readonly AuditDraft[]): void {
    this.entries.push(...entries.map((e) => ({ ...e })));
  }
}
