// Exact in-memory doubles of the audit ports (use-case tests, benchmarks, local planning).
import { type ChainHead, EMPTY_HEAD, entryLine } from '../../domain/audit/chain';
import type { AuditEntry } from '../../domain/audit/entry';
import type { EditNote } from '../../domain/audit/notes';
import { parseEntry } from '../../domain/audit/verify';
import type { AuditLock, AuditLog, EventLog, NoteQueue, SmallStore, SystemFiles } from './ports';

export class MemoryAuditLog implements AuditLog {
  /** The canonical column, one line per row (tests may tamper with it). */
  readonly rows: string[] = [];
  headReads = 0;
  head(): ChainHead {
    this.headReads++;
    const last = this.rows[this.rows.length - 1];
    if (last === undefined) return EMPTY_HEAD;
    const e = parseEntry(last);
    if (!e) throw new Error(`MemoryAuditLog: last row unreadable: ${last}`);
    return { seq: e.seq, hash: e.hash };
  }
  append(entries: readonly AuditEntry[]): void {
    this.rows.push(...entries.map(entryLine));
  }
  lines(): string[] {
    return [...this.rows];
  }
}

/** A script lock for one thread: refuses re-entry (a use case must not take it twice). */
export class MemoryLock implements AuditLock {
  held = false;
  acquired = 0;
  run<T>(fn: () => T): T {
    if (this.held) throw new Error('MemoryLock: already held (nested lock would deadlock)');
    this.held = true;
    this.acquired++;
    try {
      return fn();
    } finally {
      this.held = false;
    }
  }
}

export class MemoryFiles implements SystemFiles {
  readonly files = new Map<string, string>();
  reads = 0;
  writes = 0;
  read(name: string): string | null {
    this.reads++;
    return this.files.get(name) ?? null;
  }
  write(name: string, text: string): void {
    this.writes++;
    this.files.set(name, text);
  }
}

export class MemorySmallStore implements SmallStore {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string | null): void {
    if (value === null) this.values.delete(key);
    else this.values.set(key, value);
  }
}

export class MemoryNoteQueue implements NoteQueue {
  readonly notes = new Map<string, EditNote>();
  private n = 0;
  put(note: EditNote): void {
    this.notes.set(`${String(note.at).padStart(15, '0')}.${String(this.n++).padStart(6, '0')}`, {
      ...note,
    });
  }
  peek(): Array<{ key: string; note: EditNote }> {
    return [...this.notes.keys()].sort().map((key) => ({ key, note: this.notes.get(key)! }));
  }
  remove(keys: readonly string[]): void {
    for (const k of keys) this.notes.delete(k);
  }
}

export class MemoryEventLog implements EventLog {
  readonly rows: Array<{ at: string; kind: string; actor: string; message: string; data: string }> =
    [];
  alert(rows: Parameters<EventLog['alert']>[0]): void {
    this.rows.push(...rows);
  }
}
