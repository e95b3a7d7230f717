// Builds the snapshot area's dependencies from the Apps Script services, once per execution: the
// permission env (control workbook, school, role checks), the audit env (reconcileAll, the log),
// the Drive adapter, script properties for the checkpoint, a lease and the time budget.
import { reconcileAll } from '../app/audit/reconcile-all';
import { jsonlUpTo } from '../app/snapshots/audit-export';
import type { BookRenderer, RunLease, SnapshotDeps } from '../app/snapshots/ports';
import { auditDeps, auditSinkOf } from './audit-env';
import { snapshotBookRenderer } from './books-entry';
import { sha256HexOfBytes } from './digest';
import { type PermissionsEnv, permissionsEnv } from './permissions-env';
import { GasArchiveDrive, toSigned } from './snapshot-drive';

/** Menu clicks and ticks stop starting steps after this (the limit is 6 minutes). */
export const SNAPSHOT_BUDGET_MS = 270_000;
const LEASE_KEY = 'snapshot.lease';

function scriptLease(props: GoogleAppsScript.Properties.Properties): RunLease {
  return {
    acquire(ms) {
      const lock = LockService.getScriptLock();
      if (!lock.tryLock(10_000)) return false;
      try {
        const until = Number(props.getProperty(LEASE_KEY) ?? 0);
        if (until > Date.now()) return false;
        props.setProperty(LEASE_KEY, String(Date.now() + ms));
        return true;
      } finally {
        lock.releaseLock();
      }
    },
    release() {
      props.deleteProperty(LEASE_KEY);
    },
  };
}

export interface SnapshotEnv {
  perms: PermissionsEnv;
  deps: SnapshotDeps;
}

export function snapshotEnv(startedAt = Date.now()): SnapshotEnv {
  const perms = permissionsEnv();
  const audit = auditDeps({
    controlId: perms.controlId,
    control: perms.control,
    school: perms.school,
  });
  const props = perms.props;
  const deps: SnapshotDeps = {
    lease: scriptLease(props),
    drive: new GasArchiveDrive(perms.controlId),
    audit: {
      reconcile: (deadline) => reconcileAll(audit, { deadline }).left.length === 0,
      head: () => audit.log.head(),
      exportJsonl: (upTo) => jsonlUpTo(audit.log.lines(), upTo),
    },
    auditSink: auditSinkOf(audit),
    control: perms.control,
    store: {
      get: (key) => props.getProperty(key),
      set: (key, value) => void props.setProperty(key, value),
      delete: (key) => void props.deleteProperty(key),
    },
    // The class book as PDF (issue 9): one more file per class in every snapshot.
    renderBook: snapshotBookRenderer(perms.controlId) as BookRenderer,
    sha256: (bytes) => sha256HexOfBytes(toSigned(bytes)),
    now: () => Date.now(),
    timeLeftMs: () => startedAt + SNAPSHOT_BUDGET_MS - Date.now(),
  };
  return { perms, deps };
}
