// LockService: script, document and user locks held by executions; released when an execution ends.
// https://developers.google.com/apps-script/reference/lock/lock
// https://developers.google.com/apps-script/reference/lock/lock-service
import { AppsScriptError, type Workspace } from '../core/workspace';
import { asGas, strict } from './strict';
import { spend, virtualNow } from './time';

type GasLock = GoogleAppsScript.Lock.Lock;

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** Who holds a lock: an execution id, or a simulated other process (test helper holdLock). */
interface Holder {
  execution: number | 'other';
  /** For 'other': virtual time at which it lets go (Infinity: until released by the test). */
  until: number;
}

export interface LockState {
  held: Record<string, Holder>;
}

/** Workspaces whose end-of-execution hook is installed (state stays plain data, so it can be saved). */
const hooked = new WeakSet<Workspace>();

export function lockState(ws: Workspace): LockState {
  const state = ws.stateOf<LockState>('locks', () => ({ held: {} }));
  if (!hooked.has(ws)) {
    hooked.add(ws);
    // "The lock is automatically released when the script terminates" (Lock.releaseLock).
    ws.executionEndHooks.push((execution) => {
      const { held } = lockState(ws);
      for (const [key, holder] of Object.entries(held)) {
        if (holder.execution === execution.id) delete held[key];
      }
    });
  }
  return state;
}

export type LockKind = 'script' | 'document' | 'user';

function lockKey(kind: LockKind, scope: string | null): string {
  return kind === 'script' ? 'script' : `${kind}:${scope ?? ''}`;
}

/**
 * Test helper: makes ANOTHER execution hold a lock (optionally until a virtual time), so that
 * waitLock in the code under test waits and times out. Returns a function that releases it.
 */
export function holdLock(
  ws: Workspace,
  kind: LockKind,
  options: { documentId?: string; user?: string; until?: Date | number } = {},
): () => void {
  const scope =
    kind === 'document'
      ? (options.documentId ?? null)
      : kind === 'user'
        ? (options.user ?? null)
        : null;
  const key = lockKey(kind, scope?.toLowerCase() ?? null);
  const until = options.until === undefined ? Infinity : new Date(options.until).getTime();
  lockState(ws).held[key] = { execution: 'other', until };
  return () => {
    if (lockState(ws).held[key]?.execution === 'other') delete lockState(ws).held[key];
  };
}

class EmuLock implements GasLock {
  constructor(
    private readonly ws: Workspace,
    private readonly key: string,
  ) {}

  private holder(): Holder | undefined {
    const state = lockState(this.ws);
    const holder = state.held[this.key];
    if (holder?.execution === 'other' && holder.until <= virtualNow(this.ws)) {
      delete state.held[this.key];
      return undefined;
    }
    return holder;
  }

  /** Waits up to timeout (virtual time passes); true once this execution holds the lock. */
  private acquire(timeoutInMillis: number): boolean {
    const me = this.ws.execution.id;
    const holder = this.holder();
    if (holder === undefined || holder.execution === me) {
      lockState(this.ws).held[this.key] = { execution: me, until: Infinity };
      return true;
    }
    const waitUntil = holder.execution === 'other' ? holder.until : Infinity;
    const waited = waitUntil - virtualNow(this.ws);
    if (waited <= timeoutInMillis) {
      spend(this.ws, Math.max(0, waited));
      delete lockState(this.ws).held[this.key];
      lockState(this.ws).held[this.key] = { execution: me, until: Infinity };
      return true;
    }
    spend(this.ws, Math.max(0, timeoutInMillis));
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.ws.count('Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }
  /** "throws an exception when the lock could not be acquired" */
  waitLock(timeoutInMillis: number): void {
    this.ws.count('Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) throw new AppsScriptError(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    this.ws.count('Lock.hasLock');
    return this.holder()?.execution === this.ws.execution.id;
  }
  releaseLock(): void {
    this.ws.count('Lock.releaseLock');
    if (this.holder()?.execution === this.ws.execution.id) delete lockState(this.ws).held[this.key];
  }
}

export function createLockService(ws: Workspace): GoogleAppsScript.Lock.LockService {
  const make = (key: string) => asGas<GasLock>(strict('Lock', new EmuLock(ws, key)));
  const service = {
    getScriptLock(): GasLock {
      ws.count('LockService.getScriptLock');
      lockState(ws);
      return make(lockKey('script', null));
    },
    /** "If this method is called outside of the context of a containing document … null is returned." */
    getDocumentLock(): GasLock | null {
      ws.count('LockService.getDocumentLock');
      lockState(ws);
      const doc = ws.execution.documentId;
      return doc === null ? null : make(lockKey('document', doc.toLowerCase()));
    },
    getUserLock(): GasLock {
      ws.count('LockService.getUserLock');
      lockState(ws);
      return make(lockKey('user', ws.execution.user));
    },
  };
  return asGas(strict('LockService', service));
}
