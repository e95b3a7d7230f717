// Applies the protection plan to class workbooks: per workbook one read and at most one
// batchUpdate of the difference. Stops before its deadline and says which classes remain, so a
// long run is continued by the next execution (architecture: long jobs are explicit).
import type { AuditSink } from '../ports/audit-sink';
import {
  diffProtections,
  planWorkbook,
  type ForeignProtection,
  type PermissionFacts,
} from '../../domain/permissions';
import type { Block } from '../../domain/layout';
import type { ClassInfo } from '../../domain/school';
import type { ProtectionStore, WorkbookSharing } from './ports';
import { teachersOfClassAt } from './staff';
import { SYNC_TEXT } from './messages';

export interface ClassSync {
  classId: string;
  workbookId: string | null;
  added: number;
  updated: number;
  deleted: number;
  foreign: ForeignProtection[];
  missingSheets: string[];
  blockedSheets: string[];
  /** Teachers newly given edit access to the workbook file (a new or replacement teacher). */
  shared: string[];
  error: string | null;
}

export interface SyncReport {
  at: string;
  classes: ClassSync[];
  /** Classes not reached before the deadline. */
  pending: string[];
  requests: number;
}

export interface SyncDeps {
  protections: ProtectionStore;
  /** When given, teachers entitled in a class are made editors of its workbook file. */
  sharing?: WorkbookSharing;
  audit: AuditSink;
  now(): number;
}

export interface SyncInput {
  facts: PermissionFacts;
  classes: readonly ClassInfo[];
  blocksOf(cls: ClassInfo): Block[];
  /** Who asked: an admin's email, or the system account for the tick. */
  actor: string;
  takeOver?: boolean;
  /** Epoch ms after which no further workbook is started. */
  deadline?: number;
  /** Classes whose staff changed: check the workbook's file editors (deps.sharing). */
  share?: ReadonlySet<string> | 'all';
}

function empty(cls: ClassInfo, error: string | null): ClassSync {
  return {
    classId: cls.id,
    workbookId: cls.workbookId ?? null,
    added: 0,
    updated: 0,
    deleted: 0,
    foreign: [],
    missingSheets: [],
    blockedSheets: [],
    shared: [],
    error,
  };
}

export function syncWorkbooks(deps: SyncDeps, input: SyncInput): SyncReport {
  const report: SyncReport = {
    at: new Date(deps.now()).toISOString(),
    classes: [],
    pending: [],
    requests: 0,
  };
  for (const cls of input.classes) {
    if (input.deadline !== undefined && deps.now() >= input.deadline) {
      report.pending.push(cls.id);
      continue;
    }
    if (!cls.workbookId) {
      report.classes.push(empty(cls, SYNC_TEXT.noWorkbook(cls.id)));
      continue;
    }
    try {
      const at = deps.now();
      const plan = planWorkbook(
        input.facts,
        { id: cls.id, grade: cls.grade },
        input.blocksOf(cls),
        at,
      );
      const current = deps.protections.read(cls.workbookId);
      const diff = diffProtections(plan, current, { takeOver: input.takeOver ?? false });
      if (diff.requests.length > 0) deps.protections.apply(cls.workbookId, diff.requests);
      report.requests += diff.requests.length;
      let shared: string[] = [];
      if (deps.sharing && (input.share === 'all' || input.share?.has(cls.id))) {
        const have = new Set(deps.sharing.editors(cls.workbookId).map((e) => e.toLowerCase()));
        shared = teachersOfClassAt(input.facts, cls.id, at).filter((t) => !have.has(t));
        if (shared.length > 0) deps.sharing.addEditors(cls.workbookId, shared);
      }
      report.classes.push({
        ...empty(cls, null),
        added: diff.added,
        updated: diff.updated,
        deleted: diff.deleted,
        foreign: diff.foreign,
        missingSheets: diff.missingSheets,
        blockedSheets: diff.blockedSheets,
        shared,
      });
    } catch (e) {
      report.classes.push(empty(cls, e instanceof Error ? e.message : String(e)));
    }
  }
  const changed = report.classes.filter(
    (c) =>
      c.added + c.updated + c.deleted > 0 ||
      c.shared.length > 0 ||
      c.foreign.some((f) => f.action !== 'kept'),
  );
  deps.audit.append(
    changed.map((c) => ({
      at: report.at,
      kind: 'permissions' as const,
      actor: input.actor,
      basis: 'system' as const,
      classId: c.classId,
      new: {
        added: c.added,
        updated: c.updated,
        deleted: c.deleted,
        takenOver: c.foreign.filter((f) => f.action !== 'kept').map((f) => f.protectedRangeId),
        shared: c.shared,
      },
    })),
  );
  return report;
}
