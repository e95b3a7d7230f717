// What the permission area's globals in src/main.ts call: menu items (alerts and prompts in
// Vietnamese), sidebar RPC (plain JSON results) and the tick. Every one goes through withRole.
import { activate } from '../app/activation/activate';
import { activationText, ACTIVATION_TEXT } from '../app/activation/messages';
import { GUARDS, RoleRefusedError, withRole } from '../app/auth/with-role';
import { describeClassSync, SYNC_TEXT } from '../app/permissions/messages';
import { blocksOfClass, describeProblems, permissionFacts } from '../app/permissions/school';
import { syncWorkbooks, type SyncReport } from '../app/permissions/sync';
import { COMMAND_HELP, parseWindowCommand, runWindowCommand } from '../app/windows/command';
import { overview, overviewText, type WindowsOverview } from '../app/windows/overview';
import { WindowError } from '../domain/windows';
import { permissionsEnv, type PermissionsEnv } from './permissions-env';
import { alert, forPeople as forPeopleAlert, ui } from './ui-alerts';

export type RpcResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Refusals and window rule errors are for people: shown as an alert and not rethrown. */
function forPeople(title: string, fn: () => void): void {
  forPeopleAlert(title, fn, [WindowError]);
}

export function syncAll(env: PermissionsEnv, actor: string, takeOver: boolean): SyncReport {
  const school = env.school();
  return syncWorkbooks(env.sync, {
    facts: permissionFacts(school),
    classes: school.classes,
    blocksOf: (c) => blocksOfClass(school, c),
    actor,
    takeOver,
    share: 'all',
  });
}

/** "Đồng bộ quyền": applies the plan to every class workbook; offers to take over foreign ones. */
export function menuSyncPermissions(): void {
  const env = permissionsEnv();
  forPeople(SYNC_TEXT.title, () =>
    withRole(env.auth, GUARDS.syncPermissions, (caller) => {
      let report = syncAll(env, caller.email, false);
      const foreign = report.classes.some(
        (c) => c.foreign.length > 0 || c.blockedSheets.length > 0,
      );
      const lines = report.classes.flatMap(describeClassSync);
      if (foreign) {
        const answer = ui().alert(
          SYNC_TEXT.title,
          `${lines.join('\n')}\n\nCó vùng bảo vệ không do hệ thống tạo. Xóa/tiếp quản chúng để quyền đúng theo phân công?`,
          ui().ButtonSet.YES_NO,
        );
        if (answer !== ui().Button.YES) return;
        report = syncAll(env, caller.email, true);
      }
      // Rows the control workbook could not read give no rights: say so next to the result.
      const problems = describeProblems(env.school().problems);
      alert(
        SYNC_TEXT.title,
        [...problems, ...report.classes.flatMap(describeClassSync)].join('\n'),
      );
    }),
  );
}

/** "Khung nhập điểm…": what is open now and what closes next. */
export function menuEntryWindows(): void {
  const env = permissionsEnv();
  forPeople('Khung nhập điểm', () =>
    withRole(env.auth, GUARDS.windows('Khung nhập điểm'), (caller) =>
      alert('Khung nhập điểm', overviewText(env.windows.load(), caller.at).join('\n')),
    ),
  );
}

/** "Mở/đóng đợt nhập điểm": one command in a prompt (see COMMAND_HELP), applied at once. */
export function menuWindowCommand(): void {
  const env = permissionsEnv();
  const title = 'Mở/đóng đợt nhập điểm';
  forPeople(title, () =>
    withRole(env.auth, GUARDS.windows(title), (caller) => {
      const now = overviewText(env.windows.load(), caller.at).join('\n');
      const r = ui().prompt(title, `${now}\n\n${COMMAND_HELP}`, ui().ButtonSet.OK_CANCEL);
      if (r.getSelectedButton() !== ui().Button.OK) return;
      const result = runWindowCommand(
        env.windowsDeps(caller.email),
        caller.email,
        parseWindowCommand(r.getResponseText()),
      );
      alert(title, [result.message, ...result.sync].join('\n'));
    }),
  );
}

/** "Kích hoạt hệ thống": only the system account; reports every check. */
export function menuActivate(): void {
  const env = permissionsEnv();
  forPeople(ACTIVATION_TEXT.title, () =>
    withRole(env.systemAuth, GUARDS.activate, () => {
      env.props.setProperty('sodiem.controlId', env.controlId);
      const report = activate(env.activation(), env.school(), env.audit);
      alert(ACTIVATION_TEXT.title, activationText(report.checks, report.ok));
    }),
  );
}

function rpc<T>(fn: (env: PermissionsEnv) => T): RpcResult<T> {
  try {
    return { ok: true, value: fn(permissionsEnv()) };
  } catch (e) {
    if (e instanceof RoleRefusedError || e instanceof WindowError)
      return { ok: false, message: e.message };
    throw e;
  }
}

export function rpcWindowsOverview(): RpcResult<WindowsOverview> {
  return rpc((env) =>
    withRole(env.auth, GUARDS.windows('Khung nhập điểm'), (c) =>
      overview(env.windows.load(), c.at),
    ),
  );
}

/** A window command as text (the same syntax as the prompt); returns the Vietnamese result lines. */
export function rpcWindowCommand(command: string): RpcResult<string[]> {
  return rpc((env) =>
    withRole(env.auth, GUARDS.windows('Mở/đóng đợt nhập điểm'), (c) => {
      const r = runWindowCommand(env.windowsDeps(c.email), c.email, parseWindowCommand(command));
      return [r.message, ...r.sync];
    }),
  );
}

export function rpcSyncPermissions(takeOver: boolean): RpcResult<string[]> {
  return rpc((env) =>
    withRole(env.auth, GUARDS.syncPermissions, (c) =>
      syncAll(env, c.email, takeOver === true).classes.flatMap(describeClassSync),
    ),
  );
}
