// Ports of the audit use cases: the chained log (control workbook `Nhật ký`), the script lock,
// system-only files (reconciled states), a small index (script properties), class workbooks read
// in one batch each, the edit-note queue, and the principal's event log.
import type { ChainHead, Digest } from '../../domain/audit/chain';
import type { AuditEntry } from '../../domain/audit/entry';
import type { EditNote } from '../../domain/audit/notes';
import type { WorkbookValues } from '../../domain/audit/observe';

export interface AuditLog {
  /** The last entry's seq and hash (EMPTY_HEAD for an empty log); read fresh, under the lock. */
  head(): ChainHead;
  /** Appends entries in order (one batch write). */
  append(entries: readonly AuditEntry[]): void;
  /** Every stored line (the canonical JSON column), in row order. */
  lines(): string[];
}

/** LockService script lock: one holder at a time across every execution and user. */
export interface AuditLock {
  run<T>(fn: () => T): T;
}

/** Files only the system account can read (a Drive folder shared with nobody). */
export interface SystemFiles {
  read(name: string): string | null;
  write(name: string, text: string): void;
}

/** Small strings that must be cheap to read every tick (script properties, < 9 KB each). */
export interface SmallStore {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

export interface ClassWorkbooks {
  /** Drive modifiedTime (ISO) of each workbook, in as few calls as possible. */
  modifiedTimes(ids: readonly string[]): Map<string, string>;
  /** The named tabs' values from A1 plus the workbook's tab names, in one batch. */
  read(workbookId: string, tabNames: readonly string[]): WorkbookValues;
}

/** Edit notes written by onEdit (any user, LIMITED auth) and taken by the tick. */
export interface NoteQueue {
  put(note: EditNote): void;
  /** Every queued note with its key, oldest first. */
  peek(): Array<{ key: string; note: EditNote }>;
  remove(keys: readonly string[]): void;
}

/** The control workbook's `Sự kiện` tab: alerts the principal reads. */
export interface EventLog {
  alert(
    rows: ReadonlyArray<{ at: string; kind: string; actor: string; message: string; data: string }>,
  ): void;
}

export interface ChainDeps {
  log: AuditLog;
  lock: AuditLock;
  digest: Digest;
}
