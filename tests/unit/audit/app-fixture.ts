// Port doubles wired into ReconcileDeps over FakeWorkbooks (use-case tests of src/app/audit).
import type { ClassWorkbooks } from '../../../src/app/audit/ports';
import type { ReconcileDeps } from '../../../src/app/audit/reconcile-all';
import {
  MemoryAuditLog,
  MemoryEventLog,
  MemoryFiles,
  MemoryLock,
  MemoryNoteQueue,
  MemorySmallStore,
} from '../../../src/app/audit/memory';
import type { WorkbookValues } from '../../../src/domain/audit/observe';
import { nodeDigest } from '../../../scripts/node-digest';
import { editorsOf, FakeWorkbook, makeLayout } from './workbook-fixture';

export class FakeWorkbooks implements ClassWorkbooks {
  readonly books = new Map<string, FakeWorkbook>();
  readonly modified = new Map<string, string>();
  reads: string[] = [];
  listCalls = 0;
  touch(id: string, at: number): void {
    this.modified.set(id, new Date(at).toISOString());
  }
  modifiedTimes(ids: readonly string[]): Map<string, string> {
    this.listCalls++;
    return new Map(
      ids.flatMap((id) => (this.modified.has(id) ? [[id, this.modified.get(id)!]] : [])),
    );
  }
  read(workbookId: string): WorkbookValues {
    this.reads.push(workbookId);
    return this.books.get(workbookId)!.values();
  }
}

export interface AppWorld {
  deps: ReconcileDeps & {
    log: MemoryAuditLog;
    lock: MemoryLock;
    files: MemoryFiles;
    index: MemorySmallStore;
    notes: MemoryNoteQueue;
    events: MemoryEventLog;
    workbooks: FakeWorkbooks;
  };
  clock: { t: number };
  book(classId: string): FakeWorkbook;
  /** A person's edit: the cell changes and Drive's modifiedTime moves. */
  edit(classId: string, sheet: string, row: number, col: number, v: string | number): void;
}

export function appWorld(classIds: string[], students = ['HS01', 'HS02', 'HS03']): AppWorld {
  const clock = { t: Date.UTC(2025, 9, 1, 1, 0, 0) };
  const workbooks = new FakeWorkbooks();
  const layouts = new Map(classIds.map((c) => [c, makeLayout(c, 6)]));
  for (const c of classIds) {
    workbooks.books.set(`wb-${c}`, new FakeWorkbook(layouts.get(c)!, students));
    workbooks.touch(`wb-${c}`, clock.t);
  }
  const deps = {
    log: new MemoryAuditLog(),
    lock: new MemoryLock(),
    digest: nodeDigest,
    files: new MemoryFiles(),
    index: new MemorySmallStore(),
    notes: new MemoryNoteQueue(),
    events: new MemoryEventLog(),
    workbooks,
    now: () => clock.t,
    context: () => ({
      classes: classIds.map((c) => ({
        classId: c,
        className: c,
        workbookId: `wb-${c}`,
        layout: layouts.get(c)!,
      })),
      editorsAt: (_c: string, block: Parameters<typeof editorsOf>[0]) => editorsOf(block),
    }),
  };
  return {
    deps,
    clock,
    book: (c) => workbooks.books.get(`wb-${c}`)!,
    edit(c, sheet, row, col, v) {
      workbooks.books.get(`wb-${c}`)!.set(sheet, row, col, v);
      workbooks.touch(`wb-${c}`, clock.t);
    },
  };
}
