// reconcileAll: the guarantee that the log is complete. For every class workbook changed since
// its last reconciliation (Drive modifiedTime), diff against the kept state, attribute, append
// under the script lock, keep the new state, alert the principal about structure changes.
// Called by the tick and before every lock, snapshot and export (architecture: capturing changes).
import type { Editors } from '../../domain/audit/attribution';
import type { AuditDraft } from '../../domain/audit/entry';
import { isoUtcMs } from '../../domain/audit/entry';
import type { EditNote } from '../../domain/audit/notes';
import { reconcileClass } from '../../domain/audit/reconcile-class';
import { emptyState } from '../../domain/audit/state';
import type { Block, ClassLayout } from '../../domain/layout/types';
import { appendLocked } from './append';
import { capturedOf, pushCaptured } from './feed';
import { AUDIT_TEXT } from './messages';
import type {
  ChainDeps,
  ClassWorkbooks,
  EventLog,
  NoteQueue,
  SmallStore,
  SystemFiles,
} from './ports';
import { loadIndex, loadState, saveIndex, saveState } from './state-store';

export interface ClassToReconcile {
  classId: string;
  className: string;
  workbookId: string;
  layout: ClassLayout;
}

export interface ReconcileContext {
  classes: ClassToReconcile[];
  /** permissions' whoCouldEdit for a block of a class at epoch ms. */
  editorsAt(classId: string, block: Block, at: number): Editors;
}

export interface ReconcileDeps extends ChainDeps {
  context(): ReconcileContext;
  workbooks: ClassWorkbooks;
  files: SystemFiles;
  index: SmallStore;
  notes: NoteQueue;
  events: EventLog;
  now(): number;
}

export interface ReconcileOptions {
  /** Only these classes (a lock or export of some classes). */
  classIds?: readonly string[];
  /** Read even when Drive says unchanged. */
  force?: boolean;
  /** Epoch ms: start no new workbook after this (the rest waits for the next run). */
  deadline?: number;
}

export interface ReconcileReport {
  checked: number;
  read: string[];
  unchanged: number;
  left: string[];
  entries: number;
  structure: number;
  summary: string[];
}

/** Notes older than this are dropped even if nothing matched them (CacheService-like lifetime). */
const NOTE_TTL_MS = 6 * 3600_000;

export function reconcileAll(deps: ReconcileDeps, opts: ReconcileOptions = {}): ReconcileReport {
  return deps.lock.run(() => reconcileLocked(deps, opts));
}

export function reconcileLocked(deps: ReconcileDeps, opts: ReconcileOptions = {}): ReconcileReport {
  const ctx = deps.context();
  const wanted = ctx.classes.filter((c) => !opts.classIds || opts.classIds.includes(c.classId));
  const report: ReconcileReport = {
    checked: wanted.length,
    read: [],
    unchanged: 0,
    left: [],
    entries: 0,
    structure: 0,
    summary: [],
  };
  if (wanted.length === 0) return report;
  const modified = deps.workbooks.modifiedTimes(wanted.map((c) => c.workbookId));
  const index = loadIndex(deps.index);
  const queued = deps.notes.peek();
  const notesOf = new Map<string, Array<{ key: string; note: EditNote }>>();
  for (const q of queued) notesOf.set(q.note.docId, [...(notesOf.get(q.note.docId) ?? []), q]);
  const consumed: string[] = [];
  const drafts: AuditDraft[] = [];
  const alerts: Parameters<EventLog['alert']>[0][number][] = [];
  const states: Parameters<typeof saveState>[1][] = [];
  for (const cls of wanted) {
    const mod = modified.get(cls.workbookId) ?? null;
    const notes = notesOf.get(cls.workbookId) ?? [];
    if (!opts.force && mod !== null && index[cls.classId] === mod && notes.length === 0) {
      report.unchanged++;
      continue;
    }
    if (opts.deadline !== undefined && deps.now() > opts.deadline) {
      report.left.push(cls.classId);
      continue;
    }
    const now = deps.now();
    const prev =
      loadState(deps.files, cls.classId) ??
      emptyState(cls.classId, cls.layout.version, isoUtcMs(0));
    const values = deps.workbooks.read(
      cls.workbookId,
      cls.layout.tabs.map((t) => t.name),
    );
    const r = reconcileClass({
      layout: cls.layout,
      prev,
      values,
      notes: notes.map((n) => n.note),
      editorsAt: (block, at) => ctx.editorsAt(cls.classId, block, at),
      now,
      sourceModified: mod,
    });
    drafts.push(...r.drafts);
    pushCaptured(deps.files, capturedOf(r.drafts, prev.at, isoUtcMs(now), `${cls.classId}-${now}`));
    for (const f of r.findings) {
      const d = r.drafts.find(
        (x) => x.kind === 'structure' && x.field === f.kind && x.old === f.old,
      );
      alerts.push({
        at: isoUtcMs(now),
        kind: 'structure',
        actor: '',
        message: d?.reason ?? f.kind,
        data: JSON.stringify({ classId: cls.classId, ...f }),
      });
    }
    report.structure += r.findings.length;
    consumed.push(...notes.map((n) => n.key));
    // Nothing to keep when nothing changed (our own protection writes also move modifiedTime).
    const same = r.drafts.length === 0 && r.findings.length === 0 && prev.tabNames.length > 0;
    if (!same) states.push(r.next);
    if (mod !== null) index[cls.classId] = mod;
    report.read.push(cls.classId);
  }
  // Log first, then the state: a crash in between re-logs (at least once), never loses.
  const entries = appendLocked(deps, drafts);
  for (const s of states) saveState(deps.files, s);
  saveIndex(deps.index, index);
  const stale = queued.filter((q) => q.note.at < deps.now() - NOTE_TTL_MS).map((q) => q.key);
  deps.notes.remove([...new Set([...consumed, ...stale])]);
  if (alerts.length > 0) deps.events.alert(alerts);
  report.entries = entries.length;
  report.summary.push(AUDIT_TEXT.reconciled(report.read.length, report.entries, report.unchanged));
  if (report.structure > 0) report.summary.push(AUDIT_TEXT.structure(report.structure));
  if (report.left.length > 0) report.summary.push(AUDIT_TEXT.left(report.left.length));
  return report;
}
