// The driver: tests and the local run act through it as people (open a workbook, type, paste,
// click a menu item, call a sidebar function), move the clock and read executions.
// Contract: /work/notes/emu-api.md (emulator/README.md, "Driver").
import * as path from 'node:path';
import * as vm from 'node:vm';
import { canEditFile, canView } from './core/access';
import type { AuthMode, Deployment, Execution, ExecutionKind, Workspace } from './core/workspace';
import { Workspace as WorkspaceClass } from './core/workspace';
import { createGlobals, type Globals } from './globals';
import { changeEvent, editEvent, openEvent } from './sheets/events';
import { createSpreadsheetFile } from './sheets/spreadsheet-app';
import { EditRefusedError, NO_ACCESS_MESSAGE } from './sheets/protect';
import { SheetInspector } from './sheets/inspector';
import type { ChangeType, UserEditResult } from './sheets/user-edits';
import {
  applyUserDeleteSheet,
  applyUserEdit,
  applyUserRename,
  applyUserShift,
  applyUserSort,
} from './sheets/user-edits';
import { spreadsheetFile } from './sheets/model';
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
    },
    body: () => T,
    swallow = false,
  ): T | undefined {
    try {
      return this.ws.run({ ...opts, deployment: this.deployment }, body);
    } catch (error) {
      if (!swallow) throw error;
      const last = this.lastExecution();
      this.triggerErrors.push({ execution: last?.id ?? -1, handler: opts.kind, error });
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
        { user: actor, kind: 'simple-trigger', authMode: 'LIMITED', documentId: docId },
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
    for (const t of this.hooks.triggersFor('ON_EDIT', docId)) {
      this.execute(
        {
          user: t.owner,
          kind: 'installable-trigger',
          authMode: 'FULL',
          documentId: docId,
          triggerUid: t.uid,
        },
        () => {
          setActingUser(this.ws, actor);
          const email = this.ws.domainOf(actor) === this.ws.domainOf(t.owner) ? actor : '';
          return this.invoke(t.handler, [
            editEvent(this.ws, docId, edit, {
              authMode: 'FULL',
              userEmail: email,
              triggerUid: t.uid,
            }),
          ]);
        },
        true,
      );
    }
  }

  /** Installable change triggers only (there is no simple onChange). */
  fireChange(docId: string, actor: string, changeType: ChangeType): void {
    for (const t of this.hooks.triggersFor('ON_CHANGE', docId)) {
      this.execute(
        {
          user: t.owner,
          kind: 'installable-trigger',
          authMode: 'FULL',
          documentId: docId,
          triggerUid: t.uid,
        },
        () => {
          setActingUser(this.ws, actor);
          const email = this.ws.domainOf(actor) === this.ws.domainOf(t.owner) ? actor : '';
          return this.invoke(t.handler, [
            changeEvent(this.ws, docId, changeType, {
              authMode: 'FULL',
              userEmail: email,
              triggerUid: t.uid,
            }),
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

/** One person acting on the Workspace. */
export class Actor {
  constructor(
    private readonly emu: Emulator,
    readonly email: string,
  ) {}

  private get ws(): Workspace {
    return this.emu.ws;
  }

  /**
   * Opens the workbook: the simple onOpen runs (LIMITED; NONE when options say the add-on is only
   * installed) for people who can edit, then installable open triggers.
   */
  open(docId: string, options: { authMode?: AuthMode } = {}): void {
    const file = spreadsheetFile(this.ws, docId);
    if (!canView(this.ws, file, this.email)) throw new EditRefusedError(NO_ACCESS_MESSAGE);
    // Simple and installable triggers "don't run if a file is opened in read-only (view or comment) mode".
    if (!canEditFile(this.ws, file, this.email)) return;
    const authMode = options.authMode ?? 'LIMITED';
    if (this.emu.runsIn(docId) && this.emu.hasFunction('onOpen')) {
      this.emu.execute(
        { user: this.email, kind: 'simple-trigger', authMode, documentId: docId },
        () =>
          this.emu.invoke('onOpen', [
            openEvent(this.ws, docId, { authMode, userEmail: visibleEmail(this.ws, this.email) }),
          ]),
      );
    }
    for (const t of this.emu.hooks.triggersFor('ON_OPEN', docId)) {
      this.emu.execute(
        {
          user: t.owner,
          kind: 'installable-trigger',
          authMode: 'FULL',
          documentId: docId,
          triggerUid: t.uid,
        },
        () => {
          setActingUser(this.ws, this.email);
          return this.emu.invoke(t.handler, [
            openEvent(this.ws, docId, {
              authMode: 'FULL',
              userEmail: this.email,
              triggerUid: t.uid,
            }),
          ]);
        },
        true,
      );
    }
  }

  /** A menu click: runs the function as this user with full authorization. */
  menu(docId: string, fnName: string): unknown {
    this.requireRunsIn(docId);
    return this.emu.execute(
      { user: this.email, kind: 'menu', authMode: 'FULL', documentId: docId },
      () => this.emu.invoke(fnName),
    );
  }

  /** google.script.run from a sidebar: arguments and result cross as JSON; Dates are refused. */
  rpc(docId: string, fnName: string, ...args: unknown[]): unknown {
    this.requireRunsIn(docId);
    if (fnName.endsWith('_'))
      throw new Error(
        `Emulator: ${fnName} is private (ends with _) and cannot be called with google.script.run`,
      );
    const sent = args.map((a) => jsonRoundTrip(a, 'argument'));
    const result = this.emu.execute(
      { user: this.email, kind: 'rpc', authMode: 'FULL', documentId: docId },
      () => this.emu.invoke(fnName, sent),
    );
    return jsonRoundTrip(result, 'result');
  }

  /** Any code as one execution of this user (kind 'script', FULL). */
  run<T>(
    fn: (ctx: Globals & Record<string, unknown>) => T,
    opts: { documentId?: string; kind?: ExecutionKind; authMode?: AuthMode } = {},
  ): T {
    return this.emu.execute(
      {
        user: this.email,
        kind: opts.kind ?? 'script',
        authMode: opts.authMode ?? 'FULL',
        documentId: opts.documentId ?? null,
      },
      () => this.emu.invoke(() => fn(this.emu.context)) as T,
    ) as T;
  }

  /** Typing into one cell (text parsed under the spreadsheet locale); fires edit triggers. */
  type(docId: string, a1: string, text: string | number | boolean | Date): void {
    const edit = applyUserEdit(this.ws, docId, a1, this.email, [[text]]);
    this.emu.fireEdit(docId, this.email, edit);
  }

  /** Pasting a block at a1's top-left cell; the event carries no value/oldValue. */
  paste(
    docId: string,
    a1: string,
    rows: ReadonlyArray<ReadonlyArray<string | number | boolean | Date>>,
  ): void {
    const edit = applyUserEdit(this.ws, docId, a1, this.email, rows);
    this.emu.fireEdit(docId, this.email, edit);
  }

  /** Deleting the contents of a range (the Delete key). */
  clear(docId: string, a1: string): void {
    const edit = applyUserEdit(this.ws, docId, a1, this.email, null);
    this.emu.fireEdit(docId, this.email, edit);
  }

  insertRows(docId: string, sheet: string, before: number, n = 1): void {
    this.change(docId, applyUserShift(this.ws, docId, this.email, sheet, 'ROWS', before, n));
  }
  deleteRows(docId: string, sheet: string, from: number, n = 1): void {
    this.change(docId, applyUserShift(this.ws, docId, this.email, sheet, 'ROWS', from, -n));
  }
  insertColumns(docId: string, sheet: string, before: number, n = 1): void {
    this.change(docId, applyUserShift(this.ws, docId, this.email, sheet, 'COLUMNS', before, n));
  }
  deleteColumns(docId: string, sheet: string, from: number, n = 1): void {
    this.change(docId, applyUserShift(this.ws, docId, this.email, sheet, 'COLUMNS', from, -n));
  }
  renameSheet(docId: string, sheet: string, newName: string): void {
    this.change(docId, applyUserRename(this.ws, docId, this.email, sheet, newName));
  }
  deleteSheet(docId: string, sheet: string): void {
    this.change(docId, applyUserDeleteSheet(this.ws, docId, this.email, sheet));
  }
  /** Data → Sort range; columns are 1-based sheet columns. */
  sortRange(
    docId: string,
    a1: string,
    specs: Array<{ column: number; ascending?: boolean }>,
  ): void {
    this.change(docId, applyUserSort(this.ws, docId, this.email, a1, specs));
  }

  private change(docId: string, changeType: ChangeType): void {
    this.emu.fireChange(docId, this.email, changeType);
  }

  private requireRunsIn(docId: string): void {
    if (!this.emu.runsIn(docId))
      throw new Error(`Emulator: the bound script does not run in document ${docId}`);
    const file = spreadsheetFile(this.ws, docId);
    if (!canView(this.ws, file, this.email)) throw new EditRefusedError(NO_ACCESS_MESSAGE);
  }
}

function jsonRoundTrip(value: unknown, what: string): unknown {
  if (value === undefined) return undefined;
  const seen = (v: unknown): void => {
    if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
      throw new Error(
        `Emulator: google.script.run cannot pass a Date as ${what} (send an ISO string)`,
      );
    }
    if (typeof v === 'function')
      throw new Error(`Emulator: google.script.run cannot pass a function as ${what}`);
    if (v && typeof v === 'object') for (const x of Object.values(v)) seen(x);
  };
  seen(value);
  return JSON.parse(JSON.stringify(value)) as unknown;
}
