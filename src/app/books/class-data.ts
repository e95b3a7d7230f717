// Reads what a class's book is printed from: the control workbook (school, class, subjects,
// teachers, assignments, applied corrections) in one batch, the class workbook's tabs in one
// batchGet (layout from src/domain/layout), then the rules engine on the same values.
import {
  ASSIGNMENTS,
  CLASSES,
  CORRECTIONS,
  type Cell,
  decodeSettings,
  decodeTab,
  parseDate,
  SETTINGS_TAB,
  SUBJECTS,
  TEACHERS,
  type TeacherRow,
  type AssignmentRow,
  type CorrectionRow,
  text,
} from '../../domain/control';
import { parseFieldKey } from '../../domain/corrections/codec';
import type {
  BookInput,
  BookStudent,
  Correction,
  CorrectedField,
  AttendanceMark,
} from '../../domain/books';
import {
  classLayout,
  ROSTER_COLUMNS,
  schoolMonths,
  TAB,
  type ClassLayout,
} from '../../domain/layout';
import { grade, type GradeInput } from '../../domain/rules';
import { gradeInputOf, subjectsOfGrade } from '../../domain/setup';
import type { Sex, Term } from '../../domain/school';
import type { ControlStore } from '../ports/control-store';
import { readGrid } from '../setup/refresh-summary';
import type { Workbooks } from '../setup/ports';
import { B } from './messages';

const CORRECTED: readonly string[] = ['regular', 'midterm', 'final', 'coef1', 'coef2', 'exam'];

function rosterStudents(
  layout: ClassLayout,
  rows: readonly (readonly Cell[])[],
): Array<BookStudent & { row: number }> {
  const col = (field: string) =>
    layout.nameCol + ROSTER_COLUMNS.findIndex((c) => c.field === field);
  const out: Array<BookStudent & { row: number }> = [];
  rows.forEach((r, i) => {
    const id = text(r[layout.idCol - 1] ?? null);
    if (id === '') return;
    const t = (field: string) => text(r[col(field)] ?? null);
    out.push({
      row: layout.firstStudentRow + i,
      id,
      fullName: text(r[layout.nameCol - 1] ?? null),
      birthDate: parseDate(r[col('birthDate')] ?? null) ?? '',
      sex: (t('sex') === 'Nữ' ? 'Nữ' : 'Nam') as Sex,
      ethnicity: t('ethnicity'),
      placeOfBirth: t('placeOfBirth'),
      address: t('address'),
      fatherName: t('fatherName'),
      motherName: t('motherName'),
      guardianPhone: t('guardianPhone'),
      joinedOn: parseDate(r[col('joinedOn')] ?? null),
      leftOn: parseDate(r[col('leftOn')] ?? null),
      changes: t('status'),
    });
  });
  return out;
}

function attendanceOf(
  layout: ClassLayout,
  grid: Map<string, Cell[][]>,
  students: Array<{ id: string; row: number }>,
  schoolYear: string,
): AttendanceMark[] {
  const tab = layout.tabs.find((t) => t.kind === 'attendance');
  if (!tab) return [];
  const yearOf = new Map(schoolMonths(schoolYear).map((m) => [m.month, m.year]));
  const marks: AttendanceMark[] = [];
  const rows = grid.get(tab.name) ?? [];
  for (const s of students) {
    const r = rows[s.row - layout.firstStudentRow];
    for (const c of tab.columns) {
      if (c.ref?.field !== 'attendance' || !c.ref.month || !c.ref.day) continue;
      const v = text(r?.[c.col - 1] ?? null);
      if (v !== 'P' && v !== 'K') continue;
      const y = yearOf.get(c.ref.month) ?? 0;
      const date = `${y}-${String(c.ref.month).padStart(2, '0')}-${String(c.ref.day).padStart(2, '0')}`;
      marks.push({ studentId: s.id, date, kind: v });
    }
  }
  return marks;
}

/** The teacher of each subject of the class at `at` (the latest assignment that covers it). */
function teachersOf(
  teachers: readonly TeacherRow[],
  assignments: readonly AssignmentRow[],
  classId: string,
  at: string,
): Record<string, string> {
  const names = new Map(teachers.map((t) => [t.email.toLowerCase(), t.name]));
  const out: Record<string, string> = {};
  const list = assignments
    .filter((a) => a.classId === classId && a.from <= at && (a.to === null || a.to > at))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  for (const a of list) out[a.subjectId] = names.get(a.teacher.toLowerCase()) ?? a.teacher;
  return out;
}

/** Applied corrections of the class: each one changed a value after its deadline. */
function correctionsOf(rows: readonly CorrectionRow[], classId: string): Correction[] {
  return rows
    .filter((r) => r.classId === classId && r.status === 'applied')
    .flatMap((r): Correction[] => {
      const f = parseFieldKey(r.field);
      if (!CORRECTED.includes(f.field)) return [];
      const num = (v: string) =>
        v !== '' && !Number.isNaN(Number(v.replace(',', '.'))) ? Number(v.replace(',', '.')) : v;
      return [
        {
          studentId: r.studentId,
          subjectId: f.subjectId,
          term: f.term as Term,
          field: f.field as CorrectedField,
          ...(f.index !== null ? { index: f.index } : {}),
          old: num(r.oldValue),
          new: num(r.newValue),
          at: r.appliedAt ?? r.decidedAt ?? '',
        },
      ];
    });
}

/** Everything one class's book needs, from two batch reads and the rules engine. */
export function readBookInput(
  deps: { store: ControlStore; workbooks: Workbooks },
  classId: string,
  printedAt: string,
): BookInput {
  // One batch read of the control workbook's tabs.
  const specs = [CLASSES, SUBJECTS, TEACHERS, ASSIGNMENTS, CORRECTIONS] as const;
  const tabs = deps.store.readTabs([SETTINGS_TAB, ...specs.map((t) => t.name)]);
  const rows = (name: string) => tabs.get(name) ?? [];
  const { settings } = decodeSettings(rows(SETTINGS_TAB));
  const teacherRows = decodeTab(TEACHERS, rows(TEACHERS.name)).items;
  const cls = decodeTab(CLASSES, rows(CLASSES.name)).items.find((c) => c.id === classId);
  if (!cls) throw new Error(B.noClass(classId));
  if (!cls.workbookId) throw new Error(B.noWorkbook(cls.name));
  const subjects = subjectsOfGrade(decodeTab(SUBJECTS, rows(SUBJECTS.name)).items, cls.grade);
  const layout = classLayout(cls, subjects, { schoolYear: settings.schoolYear });
  const grid = readGrid(deps.workbooks, cls.workbookId, layout);
  const students = rosterStudents(layout, grid.get(TAB.roster) ?? []);
  const input: GradeInput = gradeInputOf(
    layout,
    subjects,
    grid,
    students.map((s) => s.row),
  );
  const scores: BookInput['scores'] = {};
  for (const s of input.students)
    scores[s.id] = { '1': s.terms['1'] ?? {}, '2': s.terms['2'] ?? {} };
  const assignments = decodeTab(ASSIGNMENTS, rows(ASSIGNMENTS.name)).items;
  const teachers = teachersOf(teacherRows, assignments, classId, printedAt);
  const homeroom = teacherRows.find(
    (t) => t.email.toLowerCase() === cls.homeroomTeacher.toLowerCase(),
  );
  const principal = teacherRows.find((t) => t.roles.includes('principal'));
  return {
    school: settings,
    cls,
    homeroomTeacherName: homeroom?.name ?? cls.homeroomTeacher,
    ...(principal ? { principalName: principal.name } : {}),
    subjects,
    teachers,
    students: students.map(({ row: _row, ...s }) => s),
    scores,
    attendance: attendanceOf(layout, grid, students, settings.schoolYear),
    corrections: correctionsOf(decodeTab(CORRECTIONS, rows(CORRECTIONS.name)).items, classId),
    grades: grade(input),
    printedAt,
  };
}
