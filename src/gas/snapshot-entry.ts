// What the snapshot globals in src/main.ts call: "Tạo bản lưu trữ…", "Kiểm tra lưu trữ",
// "Tải gói lưu trữ (ZIP)" (admins only, through withRole), and the tick step.
import { withRole, type Guard } from '../app/auth/with-role';
import { alert, forPeople, ui } from './ui-alerts';
import { makeBundle } from '../app/snapshots/bundle';
import { continueSnapshots, type RunResult } from '../app/snapshots/job';
import { SNAP_MSG } from '../app/snapshots/messages';
import { snapshotTickStep } from '../app/snapshots/tick-step';
import { readSchoolFacts } from '../app/snapshots/school-facts';
import { requestOnDemand } from '../app/snapshots/triggers';
import { verifyArchiveFolders } from '../app/snapshots/verify';
import type { TickStep } from '../app/tick/step';
import { isPromise } from '../app/snapshots/ports';
import type { PermissionsEnv } from './permissions-env';
import { snapshotEnv } from './snapshot-env';

const guard = (action: string): Guard => ({ action, need: { kind: 'admin' } });

function describeRun(result: RunResult | null): string {
  if (!result) return SNAP_MSG.busy;
  const lines: string[] = [];
  if (result.completed.length > 0) lines.push(SNAP_MSG.completed(result.completed));
  if (result.pending)
    lines.push(
      SNAP_MSG.paused(result.pending.folderName, result.pending.done, result.pending.total),
    );
  return lines.join('\n') || SNAP_MSG.idle;
}

/**
 * "Tạo bản lưu trữ…": asks the reason and queues the request. The system account makes the
 * snapshot (its tick, or at once when it is the one clicking), so it owns every archived file and
 * no admin can lift a read-only restriction (Drive: removing it needs edit rights).
 */
export function menuCreateSnapshot(): void {
  const { perms, deps } = snapshotEnv();
  const title = SNAP_MSG.promptTitle;
  forPeople(title, () =>
    withRole(perms.auth, guard(title), (caller) => {
      const answer = ui().prompt(title, SNAP_MSG.promptReason, ui().ButtonSet.OK_CANCEL);
      if (answer.getSelectedButton() !== ui().Button.OK) return alert(title, SNAP_MSG.cancelled);
      const request = requestOnDemand(deps, caller.email, answer.getResponseText());
      const system = readSchoolFacts(deps.control).settings.systemAccount.toLowerCase();
      const head = SNAP_MSG.queued(request.reason);
      if (caller.email !== system) return alert(title, `${head}\n${SNAP_MSG.bySystem}`);
      const ran = continueSnapshots(deps);
      if (isPromise(ran)) return void ran.then((r) => alert(title, `${head}\n${describeRun(r)}`));
      alert(title, `${head}\n${describeRun(ran)}`);
    }),
  );
}

/** "Kiểm tra lưu trữ": every checksum recomputed from Drive, copies, chain, index. */
export function menuVerifyArchive(): void {
  const { perms, deps } = snapshotEnv();
  forPeople(SNAP_MSG.menuVerify, () =>
    withRole(perms.auth, guard(SNAP_MSG.menuVerify), () =>
      alert(SNAP_MSG.menuVerify, verifyArchiveFolders(deps).text),
    ),
  );
}

/** "Tải gói lưu trữ (ZIP)": one ZIP per snapshot, offered as a download link. */
export function menuArchiveBundle(): void {
  const { perms, deps } = snapshotEnv();
  const title = SNAP_MSG.menuBundle;
  forPeople(title, () =>
    withRole(perms.auth, guard(title), () => {
      const answer = ui().prompt(title, SNAP_MSG.promptBundle, ui().ButtonSet.OK_CANCEL);
      if (answer.getSelectedButton() !== ui().Button.OK) return;
      const result = makeBundle(deps, answer.getResponseText());
      if (!result.ok) return alert(title, result.message);
      const html = HtmlService.createHtmlOutput(
        `<p style="font-family:sans-serif">${escapeHtml(result.message)}</p>` +
          `<p><a href="${result.url}" target="_blank">${escapeHtml(result.name)}</a></p>`,
      )
        .setWidth(460)
        .setHeight(180);
      ui().showModalDialog(html, title);
    }),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The tick's snapshot step (register in src/gas/tick-steps.ts). */
export function snapshotsTickStep(env: PermissionsEnv): TickStep {
  return snapshotTickStep(
    () => snapshotEnv().deps,
    () => env.windows.load(),
  );
}
