// The school as the permission work needs it, read from the control workbook in one batch:
// settings, teachers (roles), classes (grade, homeroom, workbook), subjects, assignments; plus the
// applied entry windows. Builds the permission facts, the role facts and each class's blocks.
import type { ControlStore } from '../ports/control-store';
import {
  ASSIGNMENTS,
  CLASSES,
  decodeSettings,
  decodeTab,
  describeProblem,
  SETTINGS_TAB,
  SUBJECTS,
  TEACHERS,
  type Problem,
  type SubjectRow,
  type TeacherRow,
} from '../../domain/control';
import { blocksOf, classLayout, type Block } from '../../domain/layout';
import type { PermissionFacts } from '../../domain/permissions';
import type { RoleFacts } from '../../domain/roles';
import type { Assignment, ClassInfo } from '../../domain/school';
import type { EntryWindow } from '../../domain/windows';

/** The applied entry windows (system data; changed only through the windows use cases). */
export interface WindowStore {
  load(): EntryWindow[];
  save(windows: readonly EntryWindow[]): void;
}

export interface School {
  systemAccount: string;
  schoolYear: string;
  teachers: TeacherRow[];
  classes: ClassInfo[];
  subjects: SubjectRow[];
  assignments: Assignment[];
  windows: EntryWindow[];
  problems: Problem[];
}

/** Homerooms have no history in the control workbook yet: the current one, since always. */
const SINCE_ALWAYS = '1970-01-01T00:00:00.000Z';

export function loadSchool(control: ControlStore, windows: WindowStore): School {
  const names = [SETTINGS_TAB, TEACHERS.name, CLASSES.name, SUBJECTS.name, ASSIGNMENTS.name];
  const tabs = control.readTabs(names);
  const settings = decodeSettings(tabs.get(SETTINGS_TAB) ?? []);
  const teachers = decodeTab(TEACHERS, tabs.get(TEACHERS.name) ?? []);
  const classes = decodeTab(CLASSES, tabs.get(CLASSES.name) ?? []);
  const subjects = decodeTab(SUBJECTS, tabs.get(SUBJECTS.name) ?? []);
  const assignments = decodeTab(ASSIGNMENTS, tabs.get(ASSIGNMENTS.name) ?? []);
  return {
    systemAccount: settings.settings.systemAccount,
    schoolYear: settings.settings.schoolYear,
    teachers: teachers.items,
    classes: classes.items,
    subjects: subjects.items,
    assignments: assignments.items,
    windows: windows.load(),
    problems: [
      ...settings.problems,
      ...teachers.problems,
      ...classes.problems,
      ...subjects.problems,
      ...assignments.problems,
    ],
  };
}

export function adminsOf(school: Pick<School, 'teachers'>): string[] {
  return school.teachers
    .filter((t) => t.roles.includes('admin') || t.roles.includes('principal'))
    .map((t) => t.email.toLowerCase());
}

function homerooms(school: School) {
  return school.classes.map((c) => ({
    classId: c.id,
    teacher: c.homeroomTeacher,
    from: SINCE_ALWAYS,
    to: null,
  }));
}

export function permissionFacts(school: School): PermissionFacts {
  return {
    system: school.systemAccount,
    admins: adminsOf(school),
    assignments: school.assignments,
    homerooms: homerooms(school),
    windows: school.windows,
    classes: school.classes.map((c) => ({ id: c.id, grade: c.grade })),
  };
}

export function roleFacts(school: School): RoleFacts {
  return {
    system: school.systemAccount,
    teachers: school.teachers.map((t) => ({ email: t.email, roles: t.roles })),
    homerooms: homerooms(school),
    assignments: school.assignments,
  };
}

/** The class workbook's blocks, from the same layout the setup builds it with. */
export function blocksOfClass(school: School, cls: ClassInfo): Block[] {
  const subjects = school.subjects.filter((s) => s.grade === cls.grade);
  return blocksOf(classLayout(cls, subjects, { schoolYear: school.schoolYear }));
}

export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map(describeProblem);
}
