// The audit reconciliation as a tick step: runs first in the tick so the steps after it (late
// edits, corrections, snapshots) see every change already on the record.
import type { TickStep } from '../tick/step';
import { reconcileAll, type ReconcileDeps } from './reconcile-all';

/** Time kept free after the last workbook is started (one workbook ≈ a few seconds). */
const RESERVE_MS = 30_000;

export function auditTickStep(deps: ReconcileDeps): TickStep {
  return {
    id: 'audit-reconcile',
    minMs: 20_000,
    run(ctx) {
      const r = reconcileAll(deps, { deadline: ctx.deadline - RESERVE_MS });
      return {
        done: r.left.length === 0,
        summary: r.read.length > 0 || r.structure > 0 ? r.summary : [],
      };
    },
  };
}
