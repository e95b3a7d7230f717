// The local run's snapshot hooks (issue 8, item 8): take a snapshot as the school would (the clerk
// asks from the menu, the system account's executions make it), and check every snapshot folder
// saved under out/ with the system's `sha256sum -c SHA256SUMS`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Emulator } from '../emulator';

const MIN = 60_000;

/** The bundle's top-level functions used here (the flat bundle makes every function a global). */
type Ctx = {
  snapshotEnv(): { deps: unknown };
  continueSnapshots(deps: unknown): unknown;
};

export interface LocalSnapshot {
  /** What the clerk was told. */
  said: string;
  /** Snapshot folders completed (names under Lưu trữ/). */
  completed: string[];
  /** System executions it took. */
  executions: number;
}

/**
 * The clerk asks for a snapshot with a reason; the system account then runs the job execution by
 * execution (what its tick does), 10 virtual minutes apart, until it is complete.
 */
export async function takeSnapshotLocally(
  emu: Emulator,
  controlId: string,
  reason: string,
  people: { clerk: string; system: string },
): Promise<LocalSnapshot> {
  emu.answerNextAlert(people.clerk, { button: 'OK', text: reason });
  emu.answerNextAlert(people.clerk, 'OK');
  emu.as(people.clerk).menu(controlId, 'createSnapshot');
  const ui = emu.ui(people.clerk, controlId) as { alerts?: { prompt?: string }[] };
  const said = ui.alerts?.at(-1)?.prompt ?? '';
  const completed: string[] = [];
  let executions = 0;
  for (; executions < 20;) {
    executions++;
    type Run = { completed?: string[]; pending?: unknown } | null;
    let result: Run = null;
    try {
      result = (await emu.as(people.system).run((c) => {
        const ctx = c as unknown as Ctx;
        return ctx.continueSnapshots(ctx.snapshotEnv().deps);
      })) as Run;
    } catch {
      // Stopped by the 6-minute limit: the checkpoint stays, the next execution continues.
    }
    completed.push(...(result?.completed ?? []));
    if (result && !result.pending) break;
    emu.advance(10 * MIN);
  }
  return { said, completed, executions };
}

export interface FolderCheck {
  dir: string;
  ok: boolean;
  /** sha256sum's report (the failures when not ok). */
  output: string;
}

/** Every folder under root holding a SHA256SUMS, checked with `sha256sum -c` in that folder. */
export function checkSnapshotsOnDisk(root: string): FolderCheck[] {
  const out: FolderCheck[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === 'SHA256SUMS') {
        const run = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
        out.push({ dir, ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() });
      }
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}
