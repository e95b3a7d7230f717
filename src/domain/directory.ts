// The published directory: who teaches what, homerooms, classes and entry windows, as one JSON
// document the system publishes for every staff member to READ. Teachers cannot open the
// admin-only control workbook, yet their sidebar and every role check need these facts.
import type { HomeroomAssignment, PermissionFacts } from './permissions/facts';
import type { RoleFacts } from './roles';
import type { CorrectionRequest } from './corrections/request';
import type { Assignment, Role, RuleSetId, SubjectDef } from './school';
import type { EntryWindow } from './windows/types';

export const DIRECTORY_VERSION = 1;

export interface DirectoryClass {
  id: string;
  name: string;
  grade: number;
  ruleSet: RuleSetId;
  workbookId: string | null;
  /** The class's subjects (their layout follows from them). */
  subjects: SubjectDef[];
  homeroom: string;
}

export interface Directory {
  v: number;
  publishedAt: string;
  schoolYear: string;
  system: string;
  controlId: string;
  teachers: { email: string; name: string; roles: Role[] }[];
  classes: DirectoryClass[];
  homerooms: HomeroomAssignment[];
  assignments: Assignment[];
  windows: EntryWindow[];
  /** Correction requests in progress, and the latest decided ones (applied, rejected). */
  corrections: CorrectionRequest[];
}

export function roleFactsOf(d: Directory): RoleFacts {
  return {
    system: d.system,
    teachers: d.teachers.map((t) => ({ email: t.email, roles: t.roles })),
    homerooms: d.homerooms,
    assignments: d.assignments,
  };
}

export function permissionFactsOf(d: Directory): PermissionFacts {
  return {
    system: d.system,
    admins: d.teachers
      .filter((t) => t.roles.includes('admin') || t.roles.includes('principal'))
      .map((t) => t.email),
    assignments: d.assignments,
    homerooms: d.homerooms,
    windows: d.windows,
    classes: d.classes.map((c) => ({ id: c.id, grade: c.grade })),
  };
}

export function classOf(d: Directory, classId: string): DirectoryClass | undefined {
  return d.classes.find((c) => c.id === classId);
}

export function parseDirectory(text: string): Directory {
  const d = JSON.parse(text) as Directory;
  if (d.v !== DIRECTORY_VERSION)
    throw new Error(`directory: version ${String(d.v)} is not ${DIRECTORY_VERSION}`);
  return d;
}
