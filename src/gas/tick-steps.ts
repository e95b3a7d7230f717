// THE REGISTRY of the tick's steps, in the order they run. Each area adds one line here with its
// step built on gas adapters (a factory returning a TickStep from src/app/tick/step.ts).
import { permissionsTickStep } from '../app/tick/permissions-step';
import type { TickStep } from '../app/tick/step';
import { draftInboxTickStep } from '../app/tick/inbox-step';
import { propertiesDraftInbox } from './permissions-inbox';
import type { PermissionsEnv } from './permissions-env';
import { publishDirectoryStep } from '../app/directory/tick-step';
import { publishDirectory } from './directory-store';
import { correctionsTickStep, directoryOf as republishSource } from './sidebar-entry';
import { snapshotsTickStep } from './snapshot-entry';
import { auditTickStepOf } from './audit-entry';
import { lateEditsTickStep } from '../app/tick/late-edits-step';
import { fileEditFeed } from '../app/audit/feed';
import { DriveSystemFiles } from './audit-files';
import { SheetsCellReverter } from './permissions-revert';
import { runPendingSetUp } from './setup-entry';

const SETUP_CONTINUED = (made: number, left: number) =>
  `Thiết lập năm học (tiếp): tạo thêm ${made} sổ lớp, còn ${left} lớp.`;

/**
 * Builds a step only when it runs, so a step whose set-up fails (a missing tab, no directory yet)
 * is reported as failed by runTick instead of stopping every other step.
 */
function lazy(id: string, make: () => TickStep): TickStep {
  return { id, run: (ctx) => make().run(ctx) };
}

export function tickSteps(env: PermissionsEnv): TickStep[] {
  return [
    // 0. Audit: reconcile changed class workbooks first, so every later step sees them logged (issue 7).
    lazy('audit', () => auditTickStepOf(env)),
    // 1. Apply due window openings/closings and staff changes (issue 6).
    permissionsTickStep({ ...env.sync, loadSchool: env.school }),
    // 2. Refusals logged by people who cannot write the control workbook.
    draftInboxTickStep(propertiesDraftInbox(env.props), env.audit),
    // 3. Late edits caught by the reconciliation: revert when known late, flag otherwise.
    lazy('late-edits', () =>
      lateEditsTickStep({
        loadSchool: env.school,
        feed: fileEditFeed(new DriveSystemFiles(env.props)),
        reverter: new SheetsCellReverter(),
        audit: env.audit,
      }),
    ),
    // 4. Snapshots: queue one for each window closed since the last tick, continue the job (issue 8).
    lazy('snapshots', () => snapshotsTickStep(env)),
    // 5. Setting up the year: continue a run that stopped at its time budget (issue 5).
    lazy('setup', () => ({
      id: 'setup',
      run: () => {
        const r = runPendingSetUp();
        if (r === null || r.status === 'invalid') return { done: true, summary: [] };
        return {
          done: r.status === 'done',
          summary: [SETUP_CONTINUED(r.created.length, r.remaining.length)],
        };
      },
    })),
    // Corrections: move the teachers' inbox into the register, write approved values (issue 10).
    lazy('corrections', () => correctionsTickStep(env)),
    // Last: publish the directory teachers' executions read (assignments, windows, corrections).
    lazy('directory', () => publishDirectoryStep(() => republishSource(env), publishDirectory)),
  ];
}
