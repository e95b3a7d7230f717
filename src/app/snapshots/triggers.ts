// When snapshots are taken (issue 8, item 1): an entry window closes, a term or the year ends
// (the end-of-term window of the whole school closes), or a clerk asks from the menu with a reason.
import { MSG } from '../../domain/archive/messages';
import { cleanReason } from '../../domain/archive/naming';
import type { SnapshotRequest } from '../../domain/archive/plan';
import type { AssessmentGroup, Term } from '../../domain/school';
import { dueBetween } from '../../domain/windows/queries';
import type { EntryWindow } from '../../domain/windows/types';
import type { SnapshotDeps } from './ports';
import { requestSnapshot } from './job';
import { readSchoolFacts, termAt } from './school-facts';

const GROUP_LABEL: Record<AssessmentGroup, string> = {
  regular: 'đánh giá thường xuyên',
  midterm: 'giữa kì',
  final: 'cuối kì',
  conduct: 'rèn luyện',
  attendance: 'chuyên cần',
};

const termLabel = (term: Term | 'year'): string =>
  term === 'year' ? 'cả năm' : term === 1 ? 'học kì I' : 'học kì II';

/**
 * The request for a window that has closed. The end-of-term window of the whole school is the
 * end of the term (of the year for term II); any other window is a score-entry checkpoint.
 */
export function requestForClosedWindow(
  window: EntryWindow,
  schoolYear: string,
  systemAccount: string,
): SnapshotRequest {
  const term: Term | null = window.term === 'year' ? 2 : window.term;
  const wholeSchoolFinal = window.group === 'final' && window.scope.kind === 'school';
  const yearEnd = wholeSchoolFinal && window.term !== 1;
  const reason = yearEnd
    ? MSG.reasonYearEnd(schoolYear)
    : wholeSchoolFinal
      ? MSG.reasonTermEnd(1)
      : MSG.reasonWindowClose(`${GROUP_LABEL[window.group]} ${termLabel(window.term)}`);
  return {
    reason,
    trigger: yearEnd ? 'year-end' : wholeSchoolFinal ? 'term-end' : 'window-close',
    term,
    requestedBy: systemAccount,
    requestedAt: window.end,
    key: `window:${window.id}@${window.end}`,
  };
}

/** Called by the tick when it applies a window's close (PERMS' window-close event). */
export function onEntryWindowClosed(deps: SnapshotDeps, window: EntryWindow): boolean {
  const { settings } = readSchoolFacts(deps.control);
  return requestSnapshot(
    deps,
    requestForClosedWindow(window, settings.schoolYear, settings.systemAccount),
  );
}

/** The clerk's "Tạo bản lưu trữ…" with the reason typed in the prompt. */
export function requestOnDemand(
  deps: SnapshotDeps,
  caller: string,
  reason: string,
): SnapshotRequest {
  const now = deps.now();
  const request: SnapshotRequest = {
    reason: cleanReason(reason),
    trigger: 'on-demand',
    term: termAt(now),
    requestedBy: caller,
    requestedAt: new Date(now).toISOString(),
    key: null,
  };
  requestSnapshot(deps, request);
  return request;
}

export const WINDOWS_CHECKED_KEY = 'snapshot.windowsCheckedAt';

/**
 * Requests a snapshot for every main window that closed since the last check (the first check
 * only starts the clock: windows closed before the add-on ran are not back-filled).
 */
export function requestClosedWindows(deps: SnapshotDeps, windows: readonly EntryWindow[]): number {
  const now = deps.now();
  const last = deps.store.get(WINDOWS_CHECKED_KEY);
  let queued = 0;
  if (last !== null) {
    const closed = dueBetween(windows, Date.parse(last), now).filter(
      (t) => t.kind === 'close' && t.reopeningId === null,
    );
    if (closed.length > 0) {
      const { settings } = readSchoolFacts(deps.control);
      for (const t of closed) {
        const w = windows.find((x) => x.id === t.windowId);
        if (
          w &&
          requestSnapshot(
            deps,
            requestForClosedWindow(w, settings.schoolYear, settings.systemAccount),
          )
        )
          queued++;
      }
    }
  }
  deps.store.set(WINDOWS_CHECKED_KEY, new Date(now).toISOString());
  return queued;
}
