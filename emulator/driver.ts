// The driver: tests and the local run act through it as people (open a workbook, type, paste,
// click a menu item, call a sidebar function), move the clock and read executions.
// Contract: /work/notes/emu-api.md (emulator/README.md, "Driver").
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { AuthMode, Deployment, Execution, ExecutionKind, Workspace } from './core/workspace';
import { Workspace as WorkspaceClass } from './core/workspace';
import { Actor } from './actor';
import { createGlobals, type Globals } from './globals';
import { changeEvent, editEvent } from './sheets/events';
import { createSpreadsheetFile } from './sheets/spreadsheet-app';
import { SheetInspector } from './sheets/inspector';
import type { ChangeType, UserEditResult } from './sheets/user-edits';

// ---- EMU-B driver imports ----
import { setActingUser, visibleEmail } from './runtime/session';
import { fireDueTimeTriggers, triggersFor } from './runtime/triggers';
import { answerNextAlert, uiRecord, type AlertAnswer } from './runtime/ui';
import { saveWorkspace } from './persist/save-load';
// ---- end EMU-B driver imports ----

export interface EmulatorOptions {
  start?: Date | number;
  deployment?: Deployment;
}

/** An installable trigger as the driver fires it (EMU-B keeps the registry). */
export interface FiringTrigger {
  uid: string;
  handler: string;
  owner: string;
}

type InstallableEvent = 'ON_EDIT' | 'ON_CHANGE' | 'ON_OPEN';

/** Extension points EMU-B fills in (see the marked section at the end of the constructor). */
export interface DriverHooks {
  triggersFor(event: InstallableEvent, documentId: string): FiringTrigger[];
  fireDueTimeTriggers(until: number): void;
  ui(email: string, docId: string): unknown;
  answerNextAlert(email: string, answer: unknown): void;
  save(dir: string): void;
}

export { Actor } from './actor';

export class Emulator {
  readonly ws: Workspace;
  readonly deployment: Deployment;
  /** The bound script's container (bound deployment): simple triggers and menus live only there. */
  container: string | null = null;
  context: Globals & Record<string, unknown>;
  /** Errors thrown by triggers (Apps Script logs them; the user's edit stands). */
  readonly triggerErrors: Array<{ execution: number; handler: string; error: unknown }> = [];
  readonly hooks: DriverHooks;

  constructor(options: EmulatorOptions = {}, ws?: Workspace) {
    this.ws = ws ?? new WorkspaceClass({ start: options.start });
    this.deployment = options.deployment ?? 'addon';
    this.context = this.freshContext();
    const notYet = (what: string) => () => {
      throw new Error(`Emulator: ${what} is not implemented yet (EMU-B)`);
    };
    this.hooks = {
      triggersFor: () => [],
      fireDueTimeTriggers: () => undefined,
      ui: notYet('emu.ui'),
      answerNextAlert: notYet('emu.answerNextAlert'),
      save: notYet('emu.save'),
    };
    // ---- EMU-B driver hooks ----
    // EMU-B may edit this section: plug the installable-trigger registry, time-driven firing, the Ui
    // recorder, scripted alert answers and save() into this.hooks.
    this.hooks.triggersFor = (event, documentId) =>
      triggersFor(this.ws, { event, documentId }).map((t) => ({
        uid: t.uid,
        handler: t.handler,
        owner: t.owner,
      }));
    // Each due time-driven trigger runs as its creator with FULL auth, in time order; a bound
    // script's clock triggers run with its container as the active document.
    this.hooks.fireDueTimeTriggers = (until) => {
      fireDueTimeTriggers(this.ws, until, (t, event) => {
        const documentId = t.documentId ?? (this.deployment === 'bound' ? this.container : null);
        this.execute(
          { user: t.owner, kind: 'time-trigger', authMode: 'FULL', documentId, triggerUid: t.uid },
          () => this.invoke(t.handler, [event]),
          true,
        );
      });
    };
    this.hooks.ui = (email, docId) => uiRecord(this.ws, email, docId);
    this.hooks.answerNextAlert = (email, answer) =>
      answerNextAlert(this.ws, email, answer as AlertAnswer);
    this.hooks.save = (dir) =>
      saveWorkspace(this.ws, dir, { deployment: this.deployment, container: this.container });
    // ---- end EMU-B driver hooks ----
  }

  private freshContext(): Globals & Record<string, unknown> {
    const globals = createGlobals(this.ws);
    const context: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(globals)) context[name] = value;
    // Microtasks queued by the bundle drain at the end of every evaluation, as Apps Script drains
    // them before an execution ends (async functions, pdf-lib's deferred work).
    vm.createContext(context, { microtaskMode: 'afterEvaluate', name: 'apps-script' });
    return context as Globals & Record<string, unknown>;
  }

  addUser(email: string, name?: string): string {
    return this.ws.addUser(email, name).email;
  }

  /** Loads dist/Code.js (every .js under dir) with gas-local into a fresh context of emulator globals. */
  loadBundle(dir = 'dist'): Globals & Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gas = require('gas-local') as { require: (dir: string, ctx: object) => object };
    const context = this.freshContext();
    gas.require(path.resolve(dir), context);
    this.context = context;
    return context;
  }

  createSpreadsheet(ownerEmail: string, name: string, folderId?: string): string {
    return createSpreadsheetFile(this.ws, ownerEmail, name, { folderId }).id;
  }

  /** In a bound deployment: the workbook the script is bound to. */
  bindTo(docId: string): void {
    this.container = docId;
  }

  as(email: string): Actor {
    return new Actor(this, email.toLowerCase());
  }

  advance(ms: number): void {
    this.advanceTo(this.ws.clock.now() + ms);
  }

  advanceTo(date: Date | number): void {
    const until = typeof date === 'number' ? date : date.getTime();
    this.hooks.fireDueTimeTriggers(until);
    if (this.ws.clock.now() < until) this.ws.clock.set(until);
  }

  get executions(): Execution[] {
    return this.ws.executions;
  }

  lastExecution(): Execution | undefined {
    return this.ws.executions[this.ws.executions.length - 1];
  }

  ui(email: string, docId: string): unknown {
    return this.hooks.ui(email.toLowerCase(), docId);
  }

  answerNextAlert(email: string, answer: unknown): void {
    this.hooks.answerNextAlert(email.toLowerCase(), answer);
  }

  save(dir: string): void {
    this.hooks.save(dir);
  }

  sheet(docId: string): SheetInspector {
    return new SheetInspector(this.ws, docId);
  }

  /** Whether the add-on's simple triggers and menus run in this document. */
  runsIn(docId: string): boolean {
    return this.deployment === 'addon' || this.container === docId;
  }

  /**
   * Calls a top-level function of the context inside the current execution, inside the context so
   * its microtasks drain; an async function must settle before the execution ends.
   */
  invoke(fn: string | (() => unknown), args: unknown[] = []): unknown {
    const ctx = this.context as Record<string, unknown>;
    let target: unknown;
    if (typeof fn === 'string') {
      target =
        ctx[fn] ??
        vm.runInContext(`typeof ${safeName(fn)} === 'function' ? ${safeName(fn)} : undefined`, ctx);
      if (typeof target !== 'function')
        throw new Error(`Emulator: the bundle has no top-level function ${fn}`);
    } else target = fn;
    const box: { done: boolean; failed: boolean; value?: unknown; error?: unknown } = {
      done: false,
      failed: false,
    };
    ctx.__emuCall = { fn: target, args, box };
    try {
      vm.runInContext(
        `(function (c) { var b = c.box; try { var r = c.fn.apply(null, c.args);
          if (r && typeof r.then === 'function') r.then(function (v) { b.done = true; b.value = v; }, function (e) { b.done = true; b.failed = true; b.error = e; });
          else { b.done = true; b.value = r; } } catch (e) { b.done = true; b.failed = true; b.error = e; } })(globalThis.__emuCall)`,
        ctx,
      );
    } finally {
      delete ctx.__emuCall;
    }
    if (!box.done)
      throw new Error('Emulator: an async function did not settle before its execution ended');
    if (box.failed) throw box.error;
    return box.value;
  }

  /** Runs one execution; errors are rethrown (menus, RPC, scripts) or recorded (triggers). */
  execute<T>(
    opts: {
      user: string;
      kind: ExecutionKind;
      authMode: AuthMode;
      documentId: string | null;
      triggerUid?: string;
      /** The function run, for triggerErrors. */
      handler?: string;
    },
    body: () => T,
    swallow = false,
  ): T | undefined {
    const { handler, ...execution } = opts;
    try {
      return this.ws.run({ ...execution, deployment: this.deployment }, body);
    } catch (error) {
      if (!swallow) throw error;
      const last = this.lastExecution();
      this.triggerErrors.push({ execution: last?.id ?? -1, handler: handler ?? opts.kind, error });
      return undefined;
    }
  }

  hasFunction(name: string): boolean {
    const ctx = this.context as Record<string, unknown>;
    return typeof ctx[name] === 'function';
  }

  /** Simple onEdit (LIMITED, as the editor) then installable edit triggers (FULL, as their creators). */
  fireEdit(docId: string, actor: string, edit: UserEditResult): void {
    if (this.runsIn(docId) && this.hasFunction('onEdit')) {
      this.execute(
        {
          user: actor,
          kind: 'simple-trigger',
          authMode: 'LIMITED',
          documentId: docId,
          handler: 'onEdit',
        },
        () =>
          this.invoke('onEdit', [
            editEvent(this.ws, docId, edit, {
              authMode: 'LIMITED',
              userEmail: visibleEmail(this.ws, actor),
            }),
          ]),
        true,
      );
    }
    this.fireInstallable('ON_EDIT', docId, actor, (opts) => editEvent(this.ws, docId, edit, opts));
  }

  /** Installable change triggers only (there is no simple onChange). */
  fireChange(docId: string, actor: string, changeType: ChangeType): void {
    this.fireInstallable('ON_CHANGE', docId, actor, (opts) =>
      changeEvent(this.ws, docId, changeType, opts),
    );
  }

  /**
   * Each installable trigger of that kind on the document runs as its creator in FULL auth; the
   * acting user's email shows only within the creator's domain (apps-script-facts §5).
   */
  private fireInstallable(
    event: 'ON_EDIT' | 'ON_CHANGE',
    docId: string,
    actor: string,
    eventOf: (opts: { authMode: 'FULL'; userEmail: string; triggerUid: string }) => unknown,
  ): void {
    for (const t of this.hooks.triggersFor(event, docId)) {
      this.execute(
        {
          user: t.owner,
          kind: 'installable-trigger',
          handler: t.handler,
          authMode: 'FULL',
          documentId: docId,
          triggerUid: t.uid,
        },
        () => {
          setActingUser(this.ws, actor);
          const email = this.ws.domainOf(actor) === this.ws.domainOf(t.owner) ? actor : '';
          return this.invoke(t.handler, [
            eventOf({ authMode: 'FULL', userEmail: email, triggerUid: t.uid }),
          ]);
        },
        true,
      );
    }
  }
}

function safeName(name: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Emulator: not a function name: ${name}`);
  return name;
}
