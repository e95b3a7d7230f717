// The snapshot step of the scheduled tick: continues a queued or unfinished snapshot within the
// tick's time budget (registered in src/gas/tick-steps.ts with one line).
import type { TickStep } from '../tick/step';
import { continueSnapshots, hasSnapshotWork, STEP_RESERVE_MS } from './job';
import { SNAP_MSG } from './messages';
import { isPromise, type SnapshotDeps } from './ports';
import { requestClosedWindows } from './triggers';
import type { EntryWindow } from '../../domain/windows/types';

/** windows: the entry windows, so a window that closed since the last tick queues its snapshot. */
export function snapshotTickStep(
  build: () => Omit<SnapshotDeps, 'now' | 'timeLeftMs'>,
  windows?: () => readonly EntryWindow[],
): TickStep {
  return {
    id: 'snapshots',
    minMs: STEP_RESERVE_MS,
    run(ctx) {
      const deps: SnapshotDeps = {
        ...build(),
        now: ctx.now,
        timeLeftMs: () => ctx.deadline - ctx.now(),
      };
      if (windows) requestClosedWindows(deps, windows());
      if (!hasSnapshotWork(deps)) return { done: true, summary: [] };
      const ran = continueSnapshots(deps);
      if (isPromise(ran)) {
        // A PDF book is rendering (promise-based): the job goes on as the promise settles, before
        // the execution ends; the checkpoint and the lease make this safe to leave running.
        // A failure (the 6-minute limit included) leaves the checkpoint: the next tick continues.
        // No service call here: after the limit every call throws again.
        ran.catch(() => undefined);
        return { done: false, summary: [SNAP_MSG.continuing] };
      }
      const result = ran;
      if (!result) return { done: false, summary: [SNAP_MSG.busy] };
      const summary = result.completed.length > 0 ? [SNAP_MSG.completed(result.completed)] : [];
      if (result.pending)
        summary.push(
          SNAP_MSG.paused(result.pending.folderName, result.pending.done, result.pending.total),
        );
      return { done: result.pending === null, summary };
    },
  };
}
