// Per class: which workbook rows hold which student, first build or re-run.
//
// Re-running (issue 5 §5): rows are keyed by the student id in column B, never by position. A
// student already in the workbook keeps their row, whatever happens; one who joins is APPENDED
// below the last used row, so no score ever moves (inserting rows would shift every score below,
// racing with teachers typing and breaking the reconciled state). "In order" is carried by Số TT
// (column A): it is recomputed in Vietnamese book order over the whole class on every run, and
// readers and the books list students by Số TT, not by row. A student who leaves keeps their row
// and scores; the roster marks them (`Ngày rời lớp`, `Tình trạng`).
import type { ClassRow, SubjectRow, TeacherRow, AssignmentRow } from '../control';
import { classLayout, type ClassLayout } from '../layout';
import type { SubjectDef } from '../school';
import { toSubjectDef } from './catalogue';
import { compareStudents } from './names';
import type { RosterEntry } from './roster';

/** A student row already in a class workbook (read from `Danh sách`). */
export interface ExistingRow {
  row: number;
  id: string;
  fullName: string;
  birthDate: string;
}

export interface PlannedRow {
  row: number;
  id: string;
  /** Số TT in book order. */
  order: number;
  /** From the import, when the student is in it (absent for students only in the workbook). */
  entry: RosterEntry | null;
  isNew: boolean;
}

export interface ClassPlan {
  cls: ClassRow;
  subjects: SubjectDef[];
  layout: ClassLayout;
  create: boolean;
  rows: PlannedRow[];
  /** People the workbook is shared with as editors: the class's teachers and the admins. */
  editors: string[];
}

export function subjectsOfGrade(subjects: readonly SubjectRow[], grade: number): SubjectDef[] {
  return subjects.filter((s) => s.grade === grade).map(toSubjectDef);
}

export function editorsOf(
  cls: ClassRow,
  assignments: readonly AssignmentRow[],
  teachers: readonly TeacherRow[],
): string[] {
  const set = new Set<string>([cls.homeroomTeacher]);
  for (const a of assignments) if (a.classId === cls.id && a.to === null) set.add(a.teacher);
  for (const t of teachers)
    if (t.roles.includes('admin') || t.roles.includes('principal')) set.add(t.email);
  return [...set].sort();
}

export function planClass(
  cls: ClassRow,
  input: {
    schoolYear: string;
    subjects: readonly SubjectRow[];
    students: readonly RosterEntry[];
    assignments: readonly AssignmentRow[];
    teachers: readonly TeacherRow[];
    capacity?: number;
  },
  existing: readonly ExistingRow[] | null,
): ClassPlan {
  const subjects = subjectsOfGrade(input.subjects, cls.grade);
  const opts =
    input.capacity === undefined
      ? { schoolYear: input.schoolYear }
      : { schoolYear: input.schoolYear, capacity: input.capacity };
  const layout = classLayout(cls, subjects, opts);
  const mine = input.students.filter((s) => s.classId === cls.id);
  const byId = new Map(mine.map((s) => [s.id, s]));
  const rows: PlannedRow[] = [];
  const taken = new Set<string>();
  let next = layout.firstStudentRow;
  for (const e of existing ?? []) {
    if (e.id === '') continue;
    rows.push({ row: e.row, id: e.id, order: 0, entry: byId.get(e.id) ?? null, isNew: false });
    taken.add(e.id);
    next = Math.max(next, e.row + 1);
  }
  const joiners = [...mine].filter((s) => !taken.has(s.id)).sort(compareStudents);
  for (const s of joiners) rows.push({ row: next++, id: s.id, order: 0, entry: s, isNew: true });
  const sortable = (r: PlannedRow) => {
    const known = (existing ?? []).find((e) => e.row === r.row);
    return {
      id: r.id,
      fullName: r.entry?.fullName ?? known?.fullName ?? '',
      birthDate: r.entry?.birthDate ?? known?.birthDate ?? '',
    };
  };
  [...rows]
    .sort((a, b) => compareStudents(sortable(a), sortable(b)))
    .forEach((r, i) => (r.order = i + 1));
  return {
    cls,
    subjects,
    layout,
    create: !cls.workbookId,
    rows,
    editors: editorsOf(cls, input.assignments, input.teachers),
  };
}

/** `Sổ điểm 2025-2026 - Lớp 10A1` */
export function classWorkbookName(schoolYear: string, className: string): string {
  return `Sổ điểm ${schoolYear} - Lớp ${className}`;
}

/** `Sổ điểm 2025-2026` */
export function yearFolderName(schoolYear: string): string {
  return `Sổ điểm ${schoolYear}`;
}
