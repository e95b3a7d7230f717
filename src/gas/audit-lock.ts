// The audit chain's script lock (apps-script-facts §3.1): waitLock, run, flush, release — flush
// before release so the next holder reads the rows just written.
import type { AuditLock } from '../app/audit/ports';

export const AUDIT_LOCK_WAIT_MS = 30_000;

export const scriptAuditLock: AuditLock = {
  run<T>(fn: () => T): T {
    const lock = LockService.getScriptLock();
    lock.waitLock(AUDIT_LOCK_WAIT_MS);
    try {
      return fn();
    } finally {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  },
};
