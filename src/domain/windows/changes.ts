// The principal's changes to entry windows as pure functions: each returns the new window (or
// throws a WindowError in Vietnamese) and never mutates its input.
import { WINDOW_ERRORS as E, WindowError } from './messages';
import { iso, ms } from './time';
import type { EntryWindow, Reopening, WindowScope, WindowTerm } from './types';
import type { AssessmentGroup } from '../school';

export interface NewWindow {
  id: string;
  term: WindowTerm;
  group: AssessmentGroup;
  start: string;
  end: string;
  scope: WindowScope;
}

function checkTime(what: string, value: string): number {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new WindowError(E.badTime(what, value));
  return t;
}

function checkScope(scope: WindowScope): WindowScope {
  if (scope.kind === 'grades' && scope.grades.length === 0) throw new WindowError(E.emptyScope);
  if (scope.kind === 'classes' && scope.classIds.length === 0) throw new WindowError(E.emptyScope);
  return scope;
}

export function createWindow(input: NewWindow, existing: readonly EntryWindow[]): EntryWindow {
  if (existing.some((w) => w.id === input.id)) throw new WindowError(E.duplicateId(input.id));
  const start = checkTime('mở', input.start);
  const end = checkTime('đóng', input.end);
  if (end <= start) throw new WindowError(E.endBeforeStart(input.start, input.end));
  return {
    id: input.id,
    term: input.term,
    group: input.group,
    start: iso(start),
    end: iso(end),
    scope: checkScope(input.scope),
    reopenings: [],
  };
}

/** Opens now: a scheduled window starts at `at`; a closed one needs a new end. */
export function openWindow(w: EntryWindow, at: number, newEnd?: string): EntryWindow {
  let end = ms(w.end);
  if (at >= end) {
    if (newEnd === undefined) throw new WindowError(E.openNeedsEnd(w.end));
    end = checkTime('đóng', newEnd);
    if (end <= at) throw new WindowError(E.extendNotLater(w.end));
  }
  return { ...w, start: iso(Math.min(ms(w.start), at)), end: iso(end) };
}

/** Closes now: the window and its running reopenings end at `at`. */
export function closeWindow(w: EntryWindow, at: number): EntryWindow {
  const running = w.reopenings.some((r) => ms(r.start) <= at && at < ms(r.end));
  if (at >= ms(w.end) && !running) throw new WindowError(E.alreadyClosed(w.end));
  return {
    ...w,
    start: iso(Math.min(ms(w.start), at)),
    end: iso(Math.min(ms(w.end), at)),
    reopenings: w.reopenings.map((r) =>
      ms(r.end) > at ? { ...r, start: iso(Math.min(ms(r.start), at)), end: iso(at) } : r,
    ),
  };
}

/** Moves the deadline later (the principal's extension). */
export function extendWindow(w: EntryWindow, at: number, newEnd: string): EntryWindow {
  const end = checkTime('đóng', newEnd);
  if (end <= ms(w.end) || end <= at) throw new WindowError(E.extendNotLater(w.end));
  return { ...w, end: iso(end) };
}

export interface ReopenInput {
  id: string;
  classId: string | null;
  teacher: string | null;
  subjectId: string | null;
  reason: string;
  end: string;
  by: string;
}

/** Reopens for one teacher and/or one class, from `at` until `end`, with a reason. */
export function reopenWindow(w: EntryWindow, at: number, input: ReopenInput): EntryWindow {
  if (input.classId === null && input.teacher === null) throw new WindowError(E.reopenNoTarget);
  if (input.reason.trim() === '') throw new WindowError(E.reopenNoReason);
  const end = checkTime('đóng', input.end);
  if (end <= at) throw new WindowError(E.reopenEndPast(input.end));
  const r: Reopening = {
    id: input.id,
    classId: input.classId,
    teacher: input.teacher === null ? null : input.teacher.toLowerCase(),
    subjectId: input.subjectId,
    reason: input.reason.trim(),
    start: iso(at),
    end: iso(end),
    by: input.by.toLowerCase(),
  };
  return { ...w, reopenings: [...w.reopenings, r] };
}
