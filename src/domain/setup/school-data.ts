// Reads and cross-checks everything setup needs from the control workbook's tabs, listing EVERY
// problem (sheet, row, column, what is wrong). Nothing is created until this list is empty.
import {
  ASSIGNMENTS,
  type AssignmentRow,
  type Cell,
  CLASSES,
  type ClassRow,
  type ControlSettings,
  decodeSettings,
  decodeTab,
  type Problem,
  problem,
  SUBJECTS,
  type SubjectRow,
  TEACHERS,
  type TeacherRow,
} from '../control';
import { TAB } from '../layout';
import { DEFAULT_CAPACITY } from '../layout/class-layout';
import { M } from './messages';
import { duplicates, importRoster, type RosterEntry } from './roster';

/** The roster import area of the control workbook: one row per student, with a `Lớp` column. */
export const STUDENTS_TAB = 'Học sinh';
export const STUDENTS_HEADERS = [
  'Lớp',
  'Mã HS',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Nơi sinh',
  'Địa chỉ',
  'Họ tên cha',
  'Họ tên mẹ',
  'Điện thoại',
  'Ngày vào lớp',
  'Ngày rời lớp',
] as const;

export interface SetupTables {
  settings: Cell[][];
  teachers: Cell[][];
  classes: Cell[][];
  subjects: Cell[][];
  assignments: Cell[][];
  students: Cell[][];
}

export interface SchoolData {
  settings: ControlSettings;
  teachers: TeacherRow[];
  classes: ClassRow[];
  subjects: SubjectRow[];
  assignments: AssignmentRow[];
  students: RosterEntry[];
}

const ID = /^[A-Za-z0-9_.-]+$/;
const BAD_TAB_CHARS = /['[\]*?/\\:]/;

function firstRows<T>(
  items: T[],
  rows: number[],
  keyOf: (t: T) => string,
  sheet: string,
  column: string,
  msg: (k: string, row: number) => string,
): Problem[] {
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  items.forEach((t, i) => {
    const k = keyOf(t);
    const first = seen.get(k);
    if (first !== undefined) out.push(problem(sheet, rows[i]!, column, msg(k, first)));
    else seen.set(k, rows[i]!);
  });
  return out;
}

export function readSchool(
  t: SetupTables,
  capacity = DEFAULT_CAPACITY,
): { data: SchoolData; problems: Problem[] } {
  const s = decodeSettings(t.settings);
  const teachers = decodeTab(TEACHERS, t.teachers);
  const classes = decodeTab(CLASSES, t.classes);
  const subjects = decodeTab(SUBJECTS, t.subjects);
  const assignments = decodeTab(ASSIGNMENTS, t.assignments);
  const roster = importRoster(STUDENTS_TAB, t.students);
  const problems: Problem[] = [
    ...s.problems,
    ...teachers.problems,
    ...classes.problems,
    ...subjects.problems,
    ...assignments.problems,
    ...roster.problems,
  ];
  const P = (sheet: string, row: number | null, col: string | null, msg: string): void => {
    problems.push(problem(sheet, row, col, msg));
  };

  // Teachers: unique ids and emails, at least one admin, the system account is not a teacher.
  problems.push(
    ...firstRows(
      teachers.items,
      teachers.rows,
      (x) => x.email,
      TEACHERS.name,
      'Email',
      M.duplicateTeacherEmail,
    ),
  );
  problems.push(
    ...firstRows(
      teachers.items,
      teachers.rows,
      (x) => x.id,
      TEACHERS.name,
      'Mã GV',
      M.duplicateTeacherId,
    ),
  );
  problems.push(
    ...nameTwins(
      teachers.items.map((x) => x.name),
      t.teachers,
      teachers.rows,
      TEACHERS.name,
      'Họ và tên',
    ),
  );
  if (teachers.problems.length === 0 && !teachers.items.some((x) => x.roles.includes('admin')))
    P(TEACHERS.name, null, 'Vai trò', M.noAdmin);
  const emails = new Set(teachers.items.map((x) => x.email));
  const sys = s.settings.systemAccount;
  if (sys && emails.has(sys)) P(TEACHERS.name, null, 'Email', M.systemIsTeacher(sys));

  // Classes: unique ids and names, known homeroom teacher, subjects for the grade.
  problems.push(
    ...firstRows(
      classes.items,
      classes.rows,
      (x) => x.id,
      CLASSES.name,
      'Mã lớp',
      M.duplicateClass,
    ),
  );
  problems.push(
    ...firstRows(
      classes.items,
      classes.rows,
      (x) => x.name,
      CLASSES.name,
      'Tên lớp',
      M.duplicateClassName,
    ),
  );
  const grades = new Set(subjects.items.map((x) => x.grade));
  classes.items.forEach((c, i) => {
    const row = classes.rows[i]!;
    if (!ID.test(c.id)) P(CLASSES.name, row, 'Mã lớp', M.badId(c.id));
    if (teachers.problems.length === 0 && !emails.has(c.homeroomTeacher))
      P(CLASSES.name, row, 'Email GVCN', M.unknownTeacher(c.homeroomTeacher));
    if (subjects.problems.length === 0 && !grades.has(c.grade))
      P(CLASSES.name, row, 'Khối', M.noSubjects(c.grade));
  });

  // Subjects: unique per grade (id and tab name), usable as tab names.
  const reserved = new Set<string>(Object.values(TAB));
  problems.push(
    ...firstRows(
      subjects.items,
      subjects.rows,
      (x) => `${x.grade}|${x.id}`,
      SUBJECTS.name,
      'Mã môn',
      (k, row) => M.duplicateSubject(k.split('|')[1]!, Number(k.split('|')[0]), row),
    ),
  );
  problems.push(
    ...firstRows(
      subjects.items,
      subjects.rows,
      (x) => `${x.grade}|${x.name}`,
      SUBJECTS.name,
      'Tên môn',
      (k, row) => M.duplicateSubjectName(k.split('|')[1]!, Number(k.split('|')[0]), row),
    ),
  );
  subjects.items.forEach((x, i) => {
    const row = subjects.rows[i]!;
    if (!ID.test(x.id)) P(SUBJECTS.name, row, 'Mã môn', M.badId(x.id));
    if (reserved.has(x.name) || BAD_TAB_CHARS.test(x.name))
      P(SUBJECTS.name, row, 'Tên môn', M.badSubjectName(x.name));
  });

  // Assignments: known class, subject of that class's grade, known teacher.
  const classById = new Map<string, ClassRow>();
  for (const c of classes.items) if (!classById.has(c.id)) classById.set(c.id, c);
  assignments.items.forEach((a, i) => {
    const row = assignments.rows[i]!;
    const c = classById.get(a.classId);
    if (classes.problems.length === 0 && !c)
      P(ASSIGNMENTS.name, row, 'Mã lớp', M.unknownClass(a.classId));
    if (c && !subjects.items.some((x) => x.grade === c.grade && x.id === a.subjectId))
      P(ASSIGNMENTS.name, row, 'Mã môn', M.unknownSubject(a.subjectId, c.grade));
    if (teachers.problems.length === 0 && !emails.has(a.teacher))
      P(ASSIGNMENTS.name, row, 'Email giáo viên', M.unknownTeacher(a.teacher));
  });

  // Students: known class, class size within the book's rows.
  const perClass = new Map<string, number>();
  for (const st of roster.students) {
    if (classes.problems.length === 0 && !classById.has(st.classId))
      P(STUDENTS_TAB, st.row, 'Lớp', M.unknownClass(st.classId));
    perClass.set(st.classId, (perClass.get(st.classId) ?? 0) + 1);
  }
  for (const [cls, n] of perClass)
    if (n > capacity) P(STUDENTS_TAB, null, 'Lớp', M.overCapacity(cls, n, capacity));

  return {
    data: {
      settings: s.settings,
      teachers: teachers.items,
      classes: classes.items,
      subjects: subjects.items,
      assignments: assignments.items,
      students: roster.students,
    },
    problems,
  };
}

/** Names (e.g. teachers) that are equal in NFC but typed in different Unicode forms. */
function nameTwins(
  names: string[],
  raw: Cell[][],
  rows: number[],
  sheet: string,
  column: string,
): Problem[] {
  const header = (raw[0] ?? []).map((c) => String(c ?? ''));
  const col = header.findIndex((h) => h.normalize('NFC') === column);
  if (col < 0) return [];
  const entries = names.map((n, i) => ({
    fullName: n,
    rawName: String(raw[rows[i]! - 1]?.[col] ?? ''),
    row: rows[i]!,
    id: `${i}`,
    classId: '',
  }));
  return duplicates(sheet, entries as never, 'Mã GV', column).filter(
    (p) => !p.message.startsWith('mã'),
  );
}
