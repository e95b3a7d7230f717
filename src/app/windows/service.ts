// The principal's entry-window use cases: create, open, close, extend, reopen, and the overview
// of what is open now and what closes next. Every change is saved, audited (kind `window`) and
// applied to the affected class workbooks' protections at once.
import type { AuditSink } from '../ports/audit-sink';
import type { WindowStore } from '../permissions/school';
import type { AuditValue } from '../../domain/audit/entry';
import {
  classesOf,
  closeWindow,
  createWindow,
  extendWindow,
  openWindow,
  reopenWindow,
  WINDOW_ERRORS,
  WindowError,
  type ClassRef,
  type EntryWindow,
  type NewWindow,
  type ReopenInput,
} from '../../domain/windows';
import { WINDOW_TEXT } from './messages';

export interface WindowsDeps {
  store: WindowStore;
  audit: AuditSink;
  now(): number;
  classes(): ClassRef[];
  /** Applies the protections of these classes now; returns the report lines. */
  sync(classIds: string[]): string[];
}

export type WindowChange = 'create' | 'open' | 'close' | 'extend' | 'reopen';

export interface WindowResult {
  window: EntryWindow;
  message: string;
  sync: string[];
}

function json(w: EntryWindow | null): AuditValue {
  return w === null ? null : (JSON.parse(JSON.stringify(w)) as AuditValue);
}

function change(
  deps: WindowsDeps,
  actor: string,
  kind: WindowChange,
  windowId: string,
  edit: (w: EntryWindow | null, all: EntryWindow[], at: number) => EntryWindow,
  reason: string | null = null,
): WindowResult {
  const at = deps.now();
  const all = deps.store.load();
  const before = all.find((w) => w.id === windowId) ?? null;
  if (before === null && kind !== 'create')
    throw new WindowError(WINDOW_ERRORS.unknownWindow(windowId));
  const after = edit(before, all, at);
  const next = before === null ? [...all, after] : all.map((w) => (w.id === windowId ? after : w));
  deps.store.save(next);
  deps.audit.append([
    {
      at: new Date(at).toISOString(),
      kind: 'window',
      actor: actor.toLowerCase(),
      basis: 'request',
      term: typeof after.term === 'number' ? after.term : null,
      field: kind,
      old: json(before),
      new: json(after),
      reason,
      ref: after.id,
    },
  ]);
  const reopening = kind === 'reopen' ? (after.reopenings.at(-1)?.id ?? null) : null;
  const classIds = classesOf(after, reopening, deps.classes()).map((c) => c.id);
  const sync = deps.sync(classIds);
  return { window: after, message: WINDOW_TEXT.done(kind, after), sync };
}

export function createEntryWindow(
  deps: WindowsDeps,
  actor: string,
  input: NewWindow,
): WindowResult {
  return change(deps, actor, 'create', input.id, (_w, all) => createWindow(input, all));
}

export function openEntryWindow(
  deps: WindowsDeps,
  actor: string,
  id: string,
  newEnd?: string,
): WindowResult {
  return change(deps, actor, 'open', id, (w, _all, at) => openWindow(w!, at, newEnd));
}

export function closeEntryWindow(deps: WindowsDeps, actor: string, id: string): WindowResult {
  return change(deps, actor, 'close', id, (w, _all, at) => closeWindow(w!, at));
}

export function extendEntryWindow(
  deps: WindowsDeps,
  actor: string,
  id: string,
  newEnd: string,
): WindowResult {
  return change(deps, actor, 'extend', id, (w, _all, at) => extendWindow(w!, at, newEnd));
}

export function reopenEntryWindow(
  deps: WindowsDeps,
  actor: string,
  id: string,
  input: Omit<ReopenInput, 'id' | 'by'>,
): WindowResult {
  return change(
    deps,
    actor,
    'reopen',
    id,
    (w, _all, at) =>
      reopenWindow(w!, at, { ...input, id: `${id}/r${w!.reopenings.length + 1}`, by: actor }),
    input.reason,
  );
}
