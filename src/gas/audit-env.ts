// Builds the audit area's dependencies from the Apps Script services (once per execution).
import { appendTab, type ControlStore } from '../app/ports/control-store';
import type { AuditSink } from '../app/ports/audit-sink';
import { chainedAuditSink } from '../app/audit/append';
import type { ReconcileDeps } from '../app/audit/reconcile-all';
import { schoolContext } from '../app/audit/school-context';
import { absorbSystemWrites } from '../app/audit/system-writes';
import type { School } from '../app/permissions/school';
import { EVENTS } from '../domain/control';
import { GasAuditLog } from './audit-log';
import { scriptAuditLock } from './audit-lock';
import { DriveSystemFiles, propertiesStore } from './audit-files';
import { PropertiesNoteQueue } from './audit-notes';
import { GasClassWorkbooks } from './audit-workbooks';
import { gasDigest } from './digest';

export interface AuditEnvInput {
  controlId: string;
  control: ControlStore;
  school(): School;
  now?: () => number;
}

export function auditDeps(input: AuditEnvInput): ReconcileDeps {
  const props = PropertiesService.getScriptProperties();
  const small = propertiesStore(props);
  let ctx: ReturnType<typeof schoolContext> | null = null;
  return {
    log: new GasAuditLog(input.controlId),
    lock: scriptAuditLock,
    digest: gasDigest,
    context: () => (ctx ??= schoolContext(input.school())),
    workbooks: new GasClassWorkbooks(small),
    files: new DriveSystemFiles(props),
    index: small,
    notes: new PropertiesNoteQueue(props),
    events: { alert: (rows) => appendTab(input.control, EVENTS, rows) },
    now: input.now ?? (() => Date.now()),
  };
}

/** The AuditSink for every area: chained, locked, and moving the kept state on system writes. */
export function auditSinkOf(deps: ReconcileDeps): AuditSink {
  return chainedAuditSink(deps, (drafts) => absorbSystemWrites(deps, drafts));
}
