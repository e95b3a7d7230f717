// Pure questions about entry windows: what is open at a time, what closes next, which
// openings and closings fell due between two ticks.
import type { AssessmentGroup } from '../school';
import { iso, ms, within } from './time';
import type {
  ClassRef,
  EntryWindow,
  Reopening,
  WindowState,
  WindowTerm,
  WindowTransition,
} from './types';

export function inScope(w: EntryWindow, cls: ClassRef): boolean {
  switch (w.scope.kind) {
    case 'school':
      return true;
    case 'grades':
      return w.scope.grades.includes(cls.grade);
    case 'classes':
      return w.scope.classIds.includes(cls.id);
  }
}

export function isMainOpen(w: EntryWindow, at: number): boolean {
  return within(at, w.start, w.end);
}

export function activeReopenings(w: EntryWindow, at: number): Reopening[] {
  return w.reopenings.filter((r) => within(at, r.start, r.end));
}

export function windowState(w: EntryWindow, at: number): WindowState {
  if (isMainOpen(w, at)) return 'open';
  if (at < ms(w.start)) return activeReopenings(w, at).length > 0 ? 'reopened' : 'scheduled';
  return activeReopenings(w, at).length > 0 ? 'reopened' : 'closed';
}

/** What a block asks of the windows: its class, group, term and subject. */
export interface BlockWindowKey {
  cls: ClassRef;
  group: AssessmentGroup;
  /** null for blocks kept across terms (notes): any term's window opens them. */
  term: WindowTerm | null;
  subjectId: string | null;
}

function reopeningCovers(r: Reopening, key: BlockWindowKey, teacher: string | null): boolean {
  if (r.classId !== null && r.classId !== key.cls.id) return false;
  if (r.subjectId !== null && r.subjectId !== key.subjectId) return false;
  if (r.teacher === null) return true;
  return teacher !== null && r.teacher.toLowerCase() === teacher.toLowerCase();
}

/**
 * Whether the entitled `teacher` may type the block at `at`: a matching window is open, or a
 * reopening covers this class/teacher/subject. A reopening may reach a class outside the
 * window's scope only by naming it.
 */
export function isOpenFor(
  windows: readonly EntryWindow[],
  key: BlockWindowKey,
  teacher: string | null,
  at: number,
): boolean {
  for (const w of windows) {
    if (w.group !== key.group || (key.term !== null && w.term !== key.term)) continue;
    const scoped = inScope(w, key.cls);
    if (scoped && isMainOpen(w, at)) return true;
    for (const r of activeReopenings(w, at)) {
      if ((scoped || r.classId === key.cls.id) && reopeningCovers(r, key, teacher)) return true;
    }
  }
  return false;
}

/** Windows whose main period is open at `at` (reopenings are listed separately). */
export function openAt(windows: readonly EntryWindow[], at: number): EntryWindow[] {
  return windows.filter((w) => isMainOpen(w, at));
}

/** Every opening and closing of windows and reopenings, in time order. */
export function transitions(windows: readonly EntryWindow[]): WindowTransition[] {
  const out: WindowTransition[] = [];
  for (const w of windows) {
    out.push({ at: iso(ms(w.start)), windowId: w.id, reopeningId: null, kind: 'open' });
    out.push({ at: iso(ms(w.end)), windowId: w.id, reopeningId: null, kind: 'close' });
    for (const r of w.reopenings) {
      out.push({ at: iso(ms(r.start)), windowId: w.id, reopeningId: r.id, kind: 'open' });
      out.push({ at: iso(ms(r.end)), windowId: w.id, reopeningId: r.id, kind: 'close' });
    }
  }
  return out.sort((a, b) => ms(a.at) - ms(b.at));
}

/** Transitions due in (since, until]: what the tick must apply now. */
export function dueBetween(
  windows: readonly EntryWindow[],
  since: number,
  until: number,
): WindowTransition[] {
  return transitions(windows).filter((t) => ms(t.at) > since && ms(t.at) <= until);
}

/** The next closings after `at` (main ends and reopening ends), soonest first. */
export function nextClosings(
  windows: readonly EntryWindow[],
  at: number,
  limit = 5,
): WindowTransition[] {
  return transitions(windows)
    .filter((t) => t.kind === 'close' && ms(t.at) > at)
    .filter((t) => {
      const w = windows.find((x) => x.id === t.windowId);
      if (!w) return false;
      // Only closings of something open now or still to open.
      const start = t.reopeningId
        ? (w.reopenings.find((r) => r.id === t.reopeningId)?.start ?? t.at)
        : w.start;
      return ms(start) <= ms(t.at);
    })
    .slice(0, limit);
}

/** Classes a transition touches: the window's scope, or the reopening's class. */
export function classesOf(
  w: EntryWindow,
  reopeningId: string | null,
  classes: readonly ClassRef[],
): ClassRef[] {
  const r = reopeningId ? w.reopenings.find((x) => x.id === reopeningId) : undefined;
  if (r && r.classId !== null) return classes.filter((c) => c.id === r.classId);
  return classes.filter((c) => inScope(w, c));
}
