// Every server entry point runs through withRole: it finds the caller, checks the requirement
// against the control workbook's facts, and refuses in Vietnamese otherwise. A refusal is an
// audit entry of kind `refused` (verifiable-records.md), so a teacher's copy of an admin menu
// function leaves a trace and does nothing.
import type { AuditSink } from '../ports/audit-sink';
import type { Requirement, RoleFacts } from '../../domain/roles';
import { meets, refusalMessage } from '../../domain/roles';

export interface AuthDeps {
  /** The acting user's email (Session.getActiveUser); '' when Apps Script does not reveal it. */
  caller(): string;
  roleFacts(): RoleFacts;
  now(): number;
  audit: AuditSink;
}

export interface Guard {
  /** The action in Vietnamese, as the menu names it, e.g. "Đồng bộ quyền". */
  action: string;
  need: Requirement;
}

export interface Caller {
  email: string;
  at: number;
}

export class RoleRefusedError extends Error {
  constructor(
    message: string,
    readonly email: string,
    readonly action: string,
  ) {
    super(message);
    this.name = 'RoleRefusedError';
  }
}

export function withRole<T>(deps: AuthDeps, guard: Guard, fn: (caller: Caller) => T): T {
  const email = deps.caller().trim().toLowerCase();
  const at = deps.now();
  if (meets(deps.roleFacts(), guard.need, email, at)) return fn({ email, at });
  const message = refusalMessage(guard.action, guard.need, email);
  deps.audit.append([
    {
      at: new Date(at).toISOString(),
      kind: 'refused',
      actor: email === '' ? null : email,
      basis: 'request',
      reason: message,
      ref: guard.action,
    },
  ]);
  throw new RoleRefusedError(message, email, guard.action);
}

/** The requirements of this area's entry points. */
export const GUARDS = {
  windows: (action: string): Guard => ({ action, need: { kind: 'admin' } }),
  syncPermissions: {
    action: 'Đồng bộ quyền',
    need: { kind: 'anyOf', of: [{ kind: 'admin' }, { kind: 'system' }] },
  } as Guard,
  activate: { action: 'Kích hoạt hệ thống', need: { kind: 'system' } } as Guard,
  tick: { action: 'Lượt chạy định kì', need: { kind: 'system' } } as Guard,
};
