// Appending to the chain under the script lock: read the head, chain, write, release — so two
// executions appending at once never fork the chain or drop an entry (issue 7, "The chain").
import type { AuditSink } from '../ports/audit-sink';
import { chainDrafts } from '../../domain/audit/chain';
import type { AuditDraft, AuditEntry } from '../../domain/audit/entry';
import type { ChainDeps } from './ports';

/** Chains and writes drafts; the caller already holds the lock. */
export function appendLocked(deps: ChainDeps, drafts: readonly AuditDraft[]): AuditEntry[] {
  if (drafts.length === 0) return [];
  const entries = chainDrafts(deps.log.head(), [...drafts], deps.digest);
  deps.log.append(entries);
  return entries;
}

/** appendAudit: the public way to add entries (takes the lock). */
export function appendAudit(deps: ChainDeps, drafts: readonly AuditDraft[]): AuditEntry[] {
  if (drafts.length === 0) return [];
  return deps.lock.run(() => appendLocked(deps, drafts));
}

/**
 * The AuditSink other areas hold. `beforeAppend` (the reconciliation's system-write absorber) runs
 * inside the same lock so a system write and its state update are one step.
 */
export function chainedAuditSink(
  deps: ChainDeps,
  beforeAppend?: (drafts: readonly AuditDraft[]) => AuditDraft[],
): AuditSink {
  return {
    append(drafts) {
      if (drafts.length === 0) return;
      deps.lock.run(() => appendLocked(deps, beforeAppend ? beforeAppend(drafts) : drafts));
    },
  };
}
