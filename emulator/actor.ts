// A person acting in the emulated Workspace: opening a workbook, typing, pasting, clearing, changing
// structure, clicking a menu item, calling a sidebar function (driver API, emulator/README.md).
import { canEditFile, canView } from './core/access';
import type { AuthMode, ExecutionKind, Workspace } from './core/workspace';
import type { Emulator } from './driver';
import type { Globals } from './globals';
import { setActingUser, visibleEmail } from './runtime/session';
import { openEvent } from './sheets/events';
import { spreadsheetFile } from './sheets/model';
import { EditRefusedError, NO_ACCESS_MESSAGE } from './sheets/protect';
import type { ChangeType } from './sheets/user-edits';
import {
  applyUserDeleteSheet,
  applyUserEdit,
  applyUserRename,
  applyUserShift,
  applyUserSort,
} from './sheets/user-edits';

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
          handler: t.handler,
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
