// Entry windows: when teachers may type one assessment group of one term, for which classes
// (architecture.md, "Entry windows and locking"). Times are ISO 8601 UTC strings.
import type { AssessmentGroup, Term } from '../school';

/** A window's term: term I, term II, or the whole year (year conduct, summer re-assessment). */
export type WindowTerm = Term | 'year';

export type WindowScope =
  | { kind: 'school' }
  | { kind: 'grades'; grades: number[] }
  | { kind: 'classes'; classIds: string[] };

/** The principal reopens a closed window for one teacher, one class, or one teacher in one class. */
export interface Reopening {
  id: string;
  /** null: every class of the window's scope. */
  classId: string | null;
  /** null: every teacher entitled to the blocks (the assigned or homeroom teacher). */
  teacher: string | null;
  /** null: every subject; otherwise only that subject's blocks. */
  subjectId: string | null;
  reason: string;
  start: string;
  end: string;
  by: string;
}

export interface EntryWindow {
  id: string;
  term: WindowTerm;
  group: AssessmentGroup;
  start: string;
  /** Exclusive: at `end` the window is closed. */
  end: string;
  scope: WindowScope;
  reopenings: Reopening[];
}

/** The class facts a scope is decided on. */
export interface ClassRef {
  id: string;
  grade: number;
}

export type WindowState = 'scheduled' | 'open' | 'closed' | 'reopened';

/** A moment the permissions change: a window or a reopening starts or ends. */
export interface WindowTransition {
  at: string;
  windowId: string;
  reopeningId: string | null;
  kind: 'open' | 'close';
}
