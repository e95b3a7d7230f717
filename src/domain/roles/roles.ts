// Who the caller is to the school, and whether that meets what an entry point requires:
// system account, admin, principal, homeroom teacher of a class, teacher of a subject in a class.
import type { HomeroomAssignment } from '../permissions/facts';
import { norm } from '../permissions/facts';
import type { Assignment, Role } from '../school';
import { within } from '../windows/time';

export type Requirement =
  | { kind: 'system' }
  /** Admins: clerks and the principal (architecture: deployment). */
  | { kind: 'admin' }
  | { kind: 'principal' }
  | { kind: 'homeroom'; classId: string }
  | { kind: 'subjectTeacher'; classId: string; subjectId: string }
  /** Anyone listed in the Giáo viên tab (any role). */
  | { kind: 'staff' }
  | { kind: 'anyOf'; of: Requirement[] };

export interface RoleFacts {
  system: string;
  teachers: { email: string; roles: Role[] }[];
  homerooms: HomeroomAssignment[];
  assignments: Assignment[];
}

export function rolesOf(facts: RoleFacts, email: string): Role[] {
  const who = norm(email);
  return facts.teachers.filter((t) => norm(t.email) === who).flatMap((t) => t.roles);
}

export function isAdmin(facts: RoleFacts, email: string): boolean {
  const roles = rolesOf(facts, email);
  return roles.includes('admin') || roles.includes('principal');
}

/** Whether `email` meets the requirement at time `at` (assignments are read at that time). */
export function meets(facts: RoleFacts, req: Requirement, email: string, at: number): boolean {
  const who = norm(email);
  if (who === '') return false;
  switch (req.kind) {
    case 'system':
      return who === norm(facts.system);
    case 'admin':
      return isAdmin(facts, who);
    case 'principal':
      return rolesOf(facts, who).includes('principal');
    case 'homeroom':
      return facts.homerooms.some(
        (h) => h.classId === req.classId && norm(h.teacher) === who && within(at, h.from, h.to),
      );
    case 'subjectTeacher':
      return facts.assignments.some(
        (a) =>
          a.classId === req.classId &&
          a.subjectId === req.subjectId &&
          norm(a.teacher) === who &&
          within(at, a.from, a.to),
      );
    case 'staff':
      return rolesOf(facts, who).length > 0 || who === norm(facts.system);
    case 'anyOf':
      return req.of.some((r) => meets(facts, r, who, at));
  }
}
