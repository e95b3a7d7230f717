// The single scheduled job ("tick", run by the system account) is a list of steps run in order
// within a time budget. Each area adds its step to the registry (src/gas/tick-steps.ts) with one
// line; a step that fails is reported and does not stop the others.

/** Small persistent strings (script properties), for cursors such as "last tick". */
export interface TickState {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

export interface TickContext {
  now(): number;
  /** Epoch ms by which the step must have returned (it checks and leaves the rest for later). */
  deadline: number;
  state: TickState;
}

export interface TickStepResult {
  /** false: work remains; the next tick continues it. */
  done: boolean;
  /** Vietnamese lines for the event log. */
  summary: string[];
}

export interface TickStep {
  id: string;
  /** Do not start the step with less time than this left (ms). Default 10 s. */
  minMs?: number;
  run(ctx: TickContext): TickStepResult;
}

export interface TickStepReport {
  id: string;
  status: 'done' | 'partial' | 'skipped' | 'failed';
  summary: string[];
  ms: number;
}

export interface TickReport {
  startedAt: string;
  steps: TickStepReport[];
}

export interface TickDeps {
  now(): number;
  state: TickState;
  /** Total time the tick may use; the execution limit is 6 minutes (apps-script-facts §2.4). */
  budgetMs: number;
}

/** 4.5 minutes: leaves room under the 6-minute limit for the last step to finish. */
export const DEFAULT_TICK_BUDGET_MS = 270_000;

export function runTick(deps: TickDeps, steps: readonly TickStep[]): TickReport {
  const start = deps.now();
  const deadline = start + deps.budgetMs;
  const report: TickReport = { startedAt: new Date(start).toISOString(), steps: [] };
  for (const step of steps) {
    const t0 = deps.now();
    if (deadline - t0 < (step.minMs ?? 10_000)) {
      report.steps.push({ id: step.id, status: 'skipped', summary: [], ms: 0 });
      continue;
    }
    try {
      const r = step.run({ now: deps.now, deadline, state: deps.state });
      report.steps.push({
        id: step.id,
        status: r.done ? 'done' : 'partial',
        summary: r.summary,
        ms: deps.now() - t0,
      });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      report.steps.push({ id: step.id, status: 'failed', summary: [why], ms: deps.now() - t0 });
    }
  }
  return report;
}

/** An exact in-memory TickState for tests. */
export class MemoryTickState implements TickState {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string | null): void {
    if (value === null) this.values.delete(key);
    else this.values.set(key, value);
  }
}
