// The emulated Workspace's shared core: people, the virtual clock, Drive file records, and the
// execution in progress (identity, auth mode, service-call counts, estimated Apps Script time).
import { costOf, executionLimitMs } from './cost';

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export type ExecutionKind =
  'menu' | 'rpc' | 'simple-trigger' | 'installable-trigger' | 'time-trigger' | 'script' | 'install';

export interface UserRecord {
  email: string;
  name: string;
}

export interface ExecutionOptions {
  /** The person acting (menu click, sidebar call, edit) or the trigger's creator. */
  user: string;
  kind: ExecutionKind;
  authMode?: AuthMode;
  /** The document the add-on runs in (the container), if any. */
  documentId?: string | null;
  /** For installable triggers: the trigger that fired. */
  triggerUid?: string | null;
  /** Which deployment runs the code. */
  deployment?: Deployment;
}

export type Deployment = 'addon' | 'bound';

export interface Execution {
  readonly id: number;
  readonly user: string;
  readonly kind: ExecutionKind;
  readonly authMode: AuthMode;
  readonly documentId: string | null;
  readonly triggerUid: string | null;
  readonly deployment: Deployment;
  readonly startedAt: number;
  /** Service calls by method name, e.g. "SpreadsheetApp.openById", "Range.getValues". */
  readonly calls: Map<string, number>;
  estimatedMs: number;
  error: string | null;
}

/** Thrown by anything the emulator does not model: strictness means naming the gap. */
export class NotImplementedError extends Error {
  constructor(what: string) {
    super(`Emulator: ${what} is not implemented`);
    this.name = 'NotImplementedError';
  }
}

/** Errors Apps Script raises, with its message text. */
export class AppsScriptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export const EXCEEDED_TIME_MESSAGE = 'Exceeded maximum execution time';

export class VirtualClock {
  private ms: number;
  constructor(start: Date | number = Date.UTC(2025, 8, 5, 1, 0, 0)) {
    this.ms = typeof start === 'number' ? start : start.getTime();
  }
  now(): number {
    return this.ms;
  }
  set(at: Date | number): void {
    const next = typeof at === 'number' ? at : at.getTime();
    if (next < this.ms) throw new Error(`VirtualClock: cannot go back from ${this.ms} to ${next}`);
    this.ms = next;
  }
  advance(ms: number): void {
    if (ms < 0) throw new Error(`VirtualClock: negative advance ${ms}`);
    this.ms += ms;
  }
}

export type FileContent =
  | { kind: 'folder' }
  | { kind: 'blob'; bytes: Uint8Array }
  /** A Google Sheets file: the model object is owned by emulator/sheets. */
  | { kind: 'spreadsheet'; model: unknown };

export interface ContentRestriction {
  readOnly: boolean;
  reason: string;
  ownerRestricted: boolean;
  restrictingUser: string;
  restrictionTime: string;
}

export type SharingAccess =
  'PRIVATE' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'ANYONE' | 'ANYONE_WITH_LINK';
export type SharingPermission = 'VIEW' | 'COMMENT' | 'EDIT' | 'NONE';

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  editors: Set<string>;
  viewers: Set<string>;
  parents: string[];
  trashed: boolean;
  description: string;
  appProperties: Record<string, string>;
  createdTime: number;
  modifiedTime: number;
  sharing: { access: SharingAccess; permission: SharingPermission };
  contentRestrictions: ContentRestriction[];
  content: FileContent;
}

export class Workspace {
  readonly clock: VirtualClock;
  readonly users = new Map<string, UserRecord>();
  readonly files = new Map<string, DriveFileRecord>();
  readonly executions: Execution[] = [];
  /** Per-service state that the service modules keep (properties, triggers, cache, locks…). */
  readonly state = new Map<string, unknown>();
  private current: Execution | null = null;
  /** Called when any execution ends (locks are released, caches settle…); services register here. */
  readonly executionEndHooks: Array<(execution: Execution) => void> = [];
  private nextId = 1;
  private idCounter = 0;

  constructor(options: { start?: Date | number; domains?: string[] } = {}) {
    this.clock = new VirtualClock(options.start);
  }

  addUser(email: string, name = email): UserRecord {
    const user = { email: email.toLowerCase(), name };
    this.users.set(user.email, user);
    return user;
  }

  domainOf(email: string): string {
    return email.slice(email.indexOf('@') + 1).toLowerCase();
  }

  /** A new opaque id for Drive files, triggers and the like, stable for a given workspace history. */
  newId(prefix = ''): string {
    this.idCounter += 1;
    const n = this.idCounter.toString(36).padStart(6, '0');
    return `${prefix}${n}${'x'.repeat(Math.max(0, 28 - n.length - prefix.length))}`;
  }

  /** Typed access to a service's private state. */
  stateOf<T>(key: string, init: () => T): T {
    if (!this.state.has(key)) this.state.set(key, init());
    return this.state.get(key) as T;
  }

  get execution(): Execution {
    if (!this.current) throw new Error('Emulator: no execution in progress (use workspace.run)');
    return this.current;
  }

  get inExecution(): boolean {
    return this.current !== null;
  }

  /**
   * Runs fn as one Apps Script execution. Nested runs are refused: Apps Script executions do not
   * nest; a trigger fired by the driver during a run is queued by the caller instead.
   */
  run<T>(options: ExecutionOptions, fn: () => T): T {
    if (this.current) throw new Error('Emulator: executions do not nest');
    const execution: Execution = {
      id: this.nextId++,
      user: options.user.toLowerCase(),
      kind: options.kind,
      authMode: options.authMode ?? 'FULL',
      documentId: options.documentId ?? null,
      triggerUid: options.triggerUid ?? null,
      deployment: options.deployment ?? 'addon',
      startedAt: this.clock.now(),
      calls: new Map(),
      estimatedMs: 0,
      error: null,
    };
    this.executions.push(execution);
    this.current = execution;
    try {
      return fn();
    } catch (error) {
      // Errors thrown by the bundle come from its own realm (vm context): not `instanceof Error` here.
      const message = (error as { message?: unknown } | null)?.message;
      execution.error = typeof message === 'string' ? message : String(error);
      throw error;
    } finally {
      this.current = null;
      for (const hook of this.executionEndHooks) hook(execution);
    }
  }

  /**
   * Every service method calls this once. It counts the call, adds its estimated cost, and fails
   * the execution past Apps Script's 6-minute limit.
   */
  count(method: string, units = 1): void {
    const execution = this.execution;
    execution.calls.set(method, (execution.calls.get(method) ?? 0) + 1);
    execution.estimatedMs += costOf(method, units);
    if (execution.estimatedMs > executionLimitMs(execution.kind)) {
      throw new AppsScriptError(EXCEEDED_TIME_MESSAGE);
    }
  }
}
