// The snapshot step of the scheduled tick: continues a queued or unfinished snapshot within the
// tick's time budget (registered in src/gas/tick-steps.ts with one line).
import type { TickStep } from '../tick/step';
import { continueSnapshots, hasSnapshotWork, STEP_RESERVE_MS } from './job';
import { SNAP_MSG } from './messages';
import type { SnapshotDeps } from './ports';

export function snapshotTickStep(build: () => Omit<SnapshotDeps, 'now' | 'timeLeftMs'>): TickStep {
  return {
    id: 'snapshots',
    minMs: STEP_RESERVE_MS,
    run(ctx) {
      const base = build();
      if (!hasSnapshotWork(base)) return { done: true, summary: [] };
      const result = continueSnapshots({
        ...base,
        now: ctx.now,
        timeLeftMs: () => ctx.deadline - ctx.now(),
      });
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
