// Builds the published directory from the school as the control workbook holds it (admins and the
// system account run this after setup, window changes, permission syncs and on every tick).
import { DIRECTORY_VERSION, type Directory } from '../../domain/directory';
import type { CorrectionRequest } from '../../domain/corrections/request';
import type { School } from '../permissions/school';
import { permissionFacts } from '../permissions/school';

const DECIDED = ['applied', 'rejected'];
/** Decided requests kept in the directory (the register in the control workbook keeps all). */
export const KEEP_DECIDED = 200;

export function buildDirectory(
  school: School,
  controlId: string,
  corrections: readonly CorrectionRequest[],
  now: number,
): Directory {
  const facts = permissionFacts(school);
  return {
    v: DIRECTORY_VERSION,
    publishedAt: new Date(now).toISOString(),
    schoolYear: school.schoolYear,
    system: school.systemAccount,
    controlId,
    teachers: school.teachers.map((t) => ({
      email: t.email.toLowerCase(),
      name: t.name,
      roles: t.roles,
    })),
    classes: school.classes.map((c) => ({
      id: c.id,
      name: c.name,
      grade: c.grade,
      ruleSet: c.ruleSet,
      workbookId: c.workbookId ?? null,
      homeroom: c.homeroomTeacher.toLowerCase(),
      subjects: school.subjects
        .filter((s) => s.grade === c.grade)
        .map(({ grade: _grade, ...subject }) => subject),
    })),
    homerooms: facts.homerooms,
    assignments: school.assignments,
    windows: school.windows,
    // In progress, and the latest decided ones so requesters see how theirs ended.
    corrections: [
      ...corrections.filter((r) => !DECIDED.includes(r.status)),
      ...corrections.filter((r) => DECIDED.includes(r.status)).slice(-KEEP_DECIDED),
    ],
  };
}
