// The tick's last step: publish the directory (assignments, windows, open corrections) so every
// teacher's sidebar and role check sees the current state, and note when the tick last ran.
import type { Directory } from '../../domain/directory';
import type { TickStep } from '../tick/step';

export const LAST_TICK_KEY = 'sodiem.tick.lastRun';

export function publishDirectoryStep(
  build: () => Directory,
  publish: (d: Directory) => void,
): TickStep {
  return {
    id: 'publish-directory',
    minMs: 5_000,
    run: (ctx) => {
      publish(build());
      ctx.state.set(LAST_TICK_KEY, new Date(ctx.now()).toISOString());
      return { done: true, summary: [] };
    },
  };
}
