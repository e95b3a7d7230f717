// The audit area's entry points for src/main.ts: simple onEdit enrichment (LIMITED auth, as the
// editing teacher), the admins' “Kiểm tra nhật ký”, and the tick step.
import { recordEdit, type EditEvent } from '../app/audit/enrich';
import { AUDIT_TEXT } from '../app/audit/messages';
import { exportCsv, exportJsonl, historyOfCell, queryLog, verifyLog } from '../app/audit/read';
import type { AuditEntry } from '../domain/audit/entry';
import type { AuditFilter, CellKey } from '../domain/audit/query';
import { auditTickStep } from '../app/audit/tick-step';
import { reconcileAll } from '../app/audit/reconcile-all';
import { appendAudit } from '../app/audit/append';
import { withRole } from '../app/auth/with-role';
import type { TickStep } from '../app/tick/step';
import type { ScoreValue } from '../domain/audit/observe';
import { a1Cell } from '../domain/layout/a1';
import { auditDeps } from './audit-env';
import { PropertiesNoteQueue } from './audit-notes';
import type { PermissionsEnv } from './permissions-env';
import { permissionsEnv } from './permissions-env';

/** Class workbooks are named `Sổ điểm <năm học> - Lớp <tên>` (architecture: files in Drive). */
const CLASS_BOOK = /^Sổ điểm .+ - Lớp /;
const HEADER_ROW = 3;

const cellValue = (v: unknown): ScoreValue =>
  typeof v === 'number' || typeof v === 'boolean'
    ? v
    : v instanceof Date
      ? v.toISOString()
      : String(v ?? '');

export function auditOnEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range || !e.source) return;
  try {
    const ss = e.source;
    if (!CLASS_BOOK.test(ss.getName().normalize('NFC'))) return;
    const range = e.range;
    const sheet = range.getSheet();
    const ev: EditEvent = {
      docId: ss.getId(),
      sheet: sheet.getName(),
      row: range.getRow(),
      col: range.getColumn(),
      rowEnd: range.getLastRow(),
      colEnd: range.getLastColumn(),
      at: Date.now(),
      user: e.user?.getEmail() || Session.getActiveUser().getEmail() || null,
    };
    if (ev.row === ev.rowEnd && ev.col === ev.colEnd) {
      ev.value = cellValue(range.getValue());
      if (e.oldValue !== undefined) ev.oldValue = cellValue(e.oldValue);
      if (ev.row > HEADER_ROW) ev.header = String(sheet.getRange(HEADER_ROW, ev.col).getValue());
      ev.a1 = a1Cell(ev.sheet, ev.row, ev.col);
    }
    const feedback = recordEdit(
      { notes: new PropertiesNoteQueue(PropertiesService.getScriptProperties()) },
      ev,
    );
    if (feedback) ss.toast(feedback, 'Sổ điểm', 10);
  } catch {
    // Enrichment must never get in the way of typing; reconciliation still logs the change.
  }
}

function depsOf(env: PermissionsEnv) {
  return auditDeps({
    controlId: env.controlId,
    control: env.control,
    school: env.school,
    now: env.now,
  });
}

export function menuVerifyAudit(): void {
  const env = permissionsEnv();
  const ui = SpreadsheetApp.getUi();
  withRole(env.auth, { action: AUDIT_TEXT.verifyTitle, need: { kind: 'admin' } }, (caller) => {
    const deps = depsOf(env);
    const { result, message } = verifyLog(deps);
    if (result.ok)
      appendAudit(deps, [
        {
          at: new Date(caller.at).toISOString(),
          kind: 'verify',
          basis: 'request',
          actor: caller.email,
          reason: message,
          ref: `${result.head.seq}:${result.head.hash}`,
        },
      ]);
    ui.alert(AUDIT_TEXT.verifyTitle, message, ui.ButtonSet.OK);
  });
}

export function auditTickStepOf(env: PermissionsEnv): TickStep {
  return auditTickStep(depsOf(env));
}

const READ_GUARD = { action: 'Xem nhật ký', need: { kind: 'admin' } } as const;

/** Admins: entries matching a filter (newest last), at most `limit` (default 500) of the latest. */
export function rpcAuditQuery(filter: AuditFilter & { limit?: number } = {}): AuditEntry[] {
  const env = permissionsEnv();
  return withRole(env.auth, READ_GUARD, () => {
    const { limit, ...f } = filter;
    return queryLog(depsOf(env).log, f).slice(-(limit ?? 500));
  });
}

/** Admins: every entry that touched one score ("lịch sử ô điểm"). */
export function rpcAuditCellHistory(key: CellKey): AuditEntry[] {
  const env = permissionsEnv();
  return withRole(env.auth, READ_GUARD, () => historyOfCell(depsOf(env).log, key));
}

/** Admins: the log as CSV (filtered) or JSONL (the whole chain, verifiable) text. */
export function rpcAuditExport(format: 'csv' | 'jsonl', filter: AuditFilter = {}): string {
  const env = permissionsEnv();
  return withRole(env.auth, READ_GUARD, () => {
    const log = depsOf(env).log;
    return format === 'csv' ? exportCsv(log, filter) : exportJsonl(log);
  });
}

/**
 * One line for any area before it locks, snapshots or exports: every change in those class
 * workbooks (all when classIds is omitted) is on the record first (architecture: capturing
 * changes). Returns false when time ran out and some workbooks are left for the tick.
 */
export function reconcileBefore(
  env: PermissionsEnv,
  classIds?: readonly string[],
  deadline?: number,
): boolean {
  const report = reconcileAll(depsOf(env), {
    ...(classIds ? { classIds } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
  });
  return report.left.length === 0;
}
