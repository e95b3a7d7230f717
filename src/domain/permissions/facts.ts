// Who is entitled to what, when: teaching and homeroom assignments with their history, admins,
// the system account and the entry windows. `whoCouldEdit` is what the audit attribution uses.
import type { Block } from '../layout/types';
import type { Assignment } from '../school';
import { isOpenFor } from '../windows/queries';
import { within } from '../windows/time';
import type { ClassRef, EntryWindow } from '../windows/types';

/** A homeroom teacher of a class from `from` until `to` (exclusive; null = still). */
export interface HomeroomAssignment {
  classId: string;
  teacher: string;
  from: string;
  to: string | null;
}

export interface PermissionFacts {
  /** The system account: owner of every file, never a teacher (architecture: deployment). */
  system: string;
  /** Principal and clerks: editors of every protection, at every time. */
  admins: string[];
  assignments: Assignment[];
  homerooms: HomeroomAssignment[];
  windows: EntryWindow[];
  classes: ClassRef[];
}

/** The part of a block the plan looks at (layout's Block satisfies it). */
export type BlockRef = Pick<Block, 'id' | 'subjectId' | 'term' | 'group' | 'editor'>;

export function norm(email: string): string {
  return email.trim().toLowerCase();
}

export function uniqSorted(emails: Iterable<string>): string[] {
  return [...new Set([...emails].map(norm))].filter((e) => e !== '').sort();
}

/** Teachers of a subject in a class at `at` (normally one; two during a hand-over overlap). */
export function subjectTeachersAt(
  facts: PermissionFacts,
  classId: string,
  subjectId: string,
  at: number,
): string[] {
  return uniqSorted(
    facts.assignments
      .filter((a) => a.classId === classId && a.subjectId === subjectId)
      .filter((a) => within(at, a.from, a.to))
      .map((a) => a.teacher),
  );
}

export function homeroomTeachersAt(facts: PermissionFacts, classId: string, at: number): string[] {
  return uniqSorted(
    facts.homerooms
      .filter((h) => h.classId === classId && within(at, h.from, h.to))
      .map((h) => h.teacher),
  );
}

/** Who the layout entitles to a block at `at`, windows aside. */
export function entitledAt(
  facts: PermissionFacts,
  classId: string,
  block: BlockRef,
  at: number,
): string[] {
  if (block.editor === 'subject' && block.subjectId !== null) {
    return subjectTeachersAt(facts, classId, block.subjectId, at);
  }
  if (block.editor === 'homeroom') return homeroomTeachersAt(facts, classId, at);
  return [];
}

export interface EditorsAt {
  /** Teachers who could type into the block at that time (entitled and window open). */
  teachers: string[];
  admins: string[];
  system: string;
}

function classRef(facts: PermissionFacts, classId: string): ClassRef {
  return facts.classes.find((c) => c.id === classId) ?? { id: classId, grade: 0 };
}

/**
 * Who could edit `block` of class `classId` at time `at` according to the plan: the teachers
 * entitled then whose window (or reopening) was open, plus admins and the system account.
 */
export function whoCouldEdit(
  facts: PermissionFacts,
  classId: string,
  block: BlockRef,
  at: number,
): EditorsAt {
  const admins = uniqSorted(facts.admins);
  const system = norm(facts.system);
  if (block.group === null || block.editor === 'admin') return { teachers: [], admins, system };
  const key = {
    cls: classRef(facts, classId),
    group: block.group,
    term: block.term,
    subjectId: block.subjectId,
  };
  const teachers = entitledAt(facts, classId, block, at).filter((t) =>
    isOpenFor(facts.windows, key, t, at),
  );
  return { teachers, admins, system };
}
