// What the sidebar's RPC globals call: the state for the caller, and actions that answer with a
// Vietnamese message and the refreshed state (never a stack trace).
import {
  CorrectionRefusedError,
  correctionsStep,
  decideRequest,
  submitConfirmation,
  submitRequest,
} from '../app/corrections/service';
import { buildDirectory } from '../app/directory/build';
import { fromRow } from '../domain/corrections/codec';
import { inboxEntries } from '../domain/corrections/inbox';
import { LAST_TICK_KEY } from '../app/directory/tick-step';
import { GUARDS, RoleRefusedError, withRole } from '../app/auth/with-role';
import { WindowError } from '../domain/windows';
import { SIDEBAR_TEXT } from '../app/sidebar/messages';
import type { ActionResult, CorrectionDraft, SidebarState } from '../app/rpc';
import { buildSidebarState } from '../app/sidebar/state';
import { closeEntryWindow, extendEntryWindow, reopenEntryWindow } from '../app/windows/service';
import { ARCHIVE, CORRECTIONS, EVENTS } from '../domain/control';
import type { Directory } from '../domain/directory';
import { readTab } from '../app/ports/control-store';
import { adminCorrectionDeps, correctionDeps, memo } from './corrections-env';
import { publishDirectory, readDirectory } from './directory-store';
import { permissionsEnv, type PermissionsEnv } from './permissions-env';
import { deploymentOf } from './triggers';
import { homeroomOf, namesOf, progressOf } from './sidebar-sources';
import { runRefreshSummaries, runSetUpYear } from './setup-entry';
import { S } from '../app/setup/messages';
import { jobsOf } from '../app/sidebar/jobs';
import { CHECKPOINT_KEY as BOOKS_EXPORT_KEY } from '../app/books/export-job';
import { JOB_KEY as SNAPSHOT_JOB_KEY } from '../app/snapshots/job';
import { verifyArchiveFolders } from '../app/snapshots/verify';
import { makeBundle } from '../app/snapshots/bundle';
import { runExportBooks } from './books-entry';
import { B } from '../app/books/messages';
import { snapshotEnv } from './snapshot-env';
import { requestOnDemand } from '../app/snapshots/triggers';
import { SNAP_MSG } from '../app/snapshots/messages';
import type { Term } from '../domain/school';
import { STUDENTS_TAB } from '../domain/setup';

const ALERT_KINDS = /structure|late-edit|verify|refused|failed/;

function caller(): string {
  return Session.getActiveUser().getEmail().toLowerCase();
}

/** The directory as the control workbook says now. */
export function directoryOf(env: PermissionsEnv): Directory {
  env.reload();
  const register = readTab(env.control, CORRECTIONS).items.map(fromRow);
  return buildDirectory(env.school(), env.controlId, register, Date.now());
}

/** Admins publish a fresh directory after changing anything in the control workbook. */
export function republish(env: PermissionsEnv): Directory {
  const d = directoryOf(env);
  publishDirectory(d);
  return d;
}

export function stateFor(email: string, directory: Directory = readDirectory()): SidebarState {
  const now = Date.now();
  const names: Record<string, ReadonlyMap<string, string>> = {};
  return buildSidebarState({
    caller: email,
    now,
    directory,
    progress: (classId, subjectId, open) => progressOf(directory, classId, subjectId, open),
    homeroom: (classId) => homeroomOf(directory, classId, now),
    studentNames: (classId) => (names[classId] ??= namesOf(directory, classId)),
    inbox: () =>
      inboxEntries(PropertiesService.getScriptProperties().getProperties()).map((w) => w.entry),
    admin: () => {
      const env = permissionsEnv();
      const events = readTab(env.control, EVENTS).items;
      const archive = readTab(env.control, ARCHIVE).items;
      const last = env.props.getProperty(LAST_TICK_KEY);
      return {
        alerts: events
          .filter((e) => ALERT_KINDS.test(e.kind) || /failed/.test(e.data))
          .slice(-10)
          .reverse()
          .map((e) => ({ at: e.at ?? '', kind: e.kind, message: e.message })),
        trigger: {
          installed: last !== null,
          lastRun: last,
          every: deploymentOf() === 'bound' ? '5 phút một lần' : 'mỗi giờ',
        },
        snapshots: archive
          .slice(-10)
          .reverse()
          .map((a) => ({
            id: a.id,
            reason: a.reason,
            at: a.at ?? '',
            status: a.status ?? '',
            files: a.fileCount ?? 0,
            manifestSha256: a.sha256,
          })),
        jobs: jobsOf(
          env.props.getProperty(BOOKS_EXPORT_KEY),
          env.props.getProperty(SNAPSHOT_JOB_KEY),
        ),
        students: studentsOf(env.controlId),
      };
    },
  });
}

/**
 * What a person reads when an action fails: our own refusals carry a Vietnamese message (first
 * line only); anything else (a platform error, a bug) becomes a generic Vietnamese sentence, and
 * the details go to the execution log, never to the sidebar.
 */
export function messageFor(e: unknown): string {
  const ours =
    e instanceof CorrectionRefusedError ||
    e instanceof RoleRefusedError ||
    e instanceof WindowError ||
    (e instanceof Error && e.name === 'PeopleError');
  if (ours) return (e as Error).message.split('\n')[0] ?? '';
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  return SIDEBAR_TEXT.unexpected;
}

/** Rows of the control workbook's roster import («Học sinh»), header excluded. */
function studentsOf(controlId: string): number {
  const tab = SpreadsheetApp.openById(controlId).getSheetByName(STUDENTS_TAB);
  return tab ? Math.max(0, tab.getLastRow() - 1) : 0;
}

function act(run: (email: string) => string): ActionResult {
  const email = caller();
  let ok = true;
  let message: string;
  try {
    message = run(email);
  } catch (e) {
    ok = false;
    message = messageFor(e);
  }
  return { ok, message, state: stateFor(email) };
}

export function rpcSidebarState(): SidebarState {
  try {
    return stateFor(caller());
  } catch (e) {
    throw new Error(messageFor(e), { cause: e });
  }
}

export function rpcRequestCorrection(draft: CorrectionDraft): ActionResult {
  return act((email) => submitRequest(correctionDeps(), email, draft).message);
}

export function rpcConfirmCorrection(requestId: string): ActionResult {
  return act((email) => {
    const d = readDirectory();
    const req = d.corrections.find((r) => r.id === requestId);
    if (!req) throw new CorrectionRefusedError(SIDEBAR_TEXT.unknownRequest(requestId));
    return submitConfirmation(
      correctionDeps(() => d),
      email,
      requestId,
      req.classId,
      req,
    );
  });
}

export function rpcDecideCorrection(
  requestId: string,
  approve: boolean,
  reason: string,
): ActionResult {
  return act((email) => {
    const env = permissionsEnv();
    return withRole(env.auth, { action: 'Duyệt sửa điểm', need: { kind: 'principal' } }, () => {
      const message = decideRequest(
        adminCorrectionDeps(env.audit, memo(readDirectory)),
        email,
        requestId,
        approve,
        reason,
      );
      republish(env);
      return message;
    });
  });
}

export function rpcCloseWindow(windowId: string): ActionResult {
  return act(() => {
    const env = permissionsEnv();
    return withRole(env.auth, GUARDS.windows('Đóng đợt nhập điểm'), (c) => {
      const r = closeEntryWindow(env.windowsDeps(c.email), c.email, windowId);
      republish(env);
      return r.message;
    });
  });
}

export function rpcExtendWindow(windowId: string, endIso: string): ActionResult {
  return act(() => {
    const env = permissionsEnv();
    return withRole(env.auth, GUARDS.windows('Gia hạn đợt nhập điểm'), (c) => {
      const r = extendEntryWindow(env.windowsDeps(c.email), c.email, windowId, endIso);
      republish(env);
      return r.message;
    });
  });
}

export function rpcReopenWindow(
  windowId: string,
  classId: string,
  endIso: string,
  reason: string,
): ActionResult {
  return act(() => {
    const env = permissionsEnv();
    return withRole(env.auth, GUARDS.windows('Mở lại đợt nhập điểm'), (c) => {
      const r = reopenEntryWindow(env.windowsDeps(c.email), c.email, windowId, {
        classId: classId.trim(),
        teacher: null,
        subjectId: null,
        end: endIso,
        reason,
      });
      republish(env);
      return r.message;
    });
  });
}

/** "Tạo bản lưu trữ" from the clerk's panel: queued; the system account makes it (its tick). */
export function rpcTakeSnapshot(reason: string): ActionResult {
  return act(() => {
    const { perms, deps } = snapshotEnv();
    const action = { action: SNAP_MSG.promptTitle, need: { kind: 'admin' } } as const;
    return withRole(perms.auth, action, (c) => {
      const request = requestOnDemand(deps, c.email, reason);
      return `${SNAP_MSG.queued(request.reason)} ${SNAP_MSG.bySystem}`;
    });
  });
}

/** "Thiết lập năm học" from the clerk's panel: the same use case as the menu item. */
export function rpcSetUpYear(): ActionResult {
  return act(() => {
    const r = runSetUpYear();
    if (r.status === 'invalid') throw new Error(S.invalid(r.problems));
    return r.status === 'partial'
      ? S.partial(r.remaining.length)
      : S.done(r.created.length, r.updated.length, r.unchanged.length);
  });
}

/** "Kiểm tra lưu trữ": every checksum recomputed from Drive. */
export function rpcVerifyArchive(): ActionResult {
  return act(() => {
    const { perms, deps } = snapshotEnv();
    return withRole(
      perms.auth,
      { action: SNAP_MSG.menuVerify, need: { kind: 'admin' } },
      () => verifyArchiveFolders(deps).text,
    );
  });
}

/** "Tải gói lưu trữ (ZIP)": the ZIP is saved in the caller's Drive; the reply links to it. */
export function rpcArchiveBundle(snapshotId: string): ActionResult {
  let link: ActionResult['link'];
  const result = act(() => {
    const { perms, deps } = snapshotEnv();
    return withRole(perms.auth, { action: SNAP_MSG.menuBundle, need: { kind: 'admin' } }, () => {
      const made = makeBundle(deps, snapshotId);
      if (!made.ok) throw new Error(made.message);
      link = { url: made.url, name: made.name };
      return made.message;
    });
  });
  return link ? { ...result, link } : result;
}

/** "Xuất sổ điểm (PDF)" of one term from the clerk's panel (continues a paused export). */
export async function rpcExportBooks(term: Term): Promise<ActionResult> {
  const email = caller();
  let ok = true;
  let message: string;
  try {
    // Refused in Vietnamese (and logged) before any work, like every admin entry point.
    withRole(permissionsEnv().auth, { action: B.title, need: { kind: 'admin' } }, () => null);
    const r = await runExportBooks({ term, classIds: null, confirmation: true });
    message = [r.message, ...r.failed.map((f) => f.message)].join(' ');
  } catch (e) {
    ok = false;
    message = messageFor(e);
  }
  return { ok, message, state: stateFor(email) };
}

/** The tick's corrections step, on the system account's adapters. */
export function correctionsTickStep(env: PermissionsEnv) {
  // The system account reads the control workbook itself: fresh even before the first publish.
  const deps = adminCorrectionDeps(
    env.audit,
    memo(() => directoryOf(env)),
  );
  // The summary reads through the Sheets API, which sees SpreadsheetApp's writes only once flushed.
  const afterApply = (classIds: string[]) => {
    SpreadsheetApp.flush();
    runRefreshSummaries(classIds);
  };
  return correctionsStep({ ...deps, afterApply });
}
