// The school's data as the whole product sees it: people, classes, subjects, assignments, students.
// Plain data only; every other module speaks in these terms.

export type RuleSetId = 'TT22' | 'TT58' | 'TT58_2011';
export type Level = 'THCS' | 'THPT';
export type Term = 1 | 2;
export type SubjectKind = 'scored' | 'comment';

/** Assessment groups, the unit an entry window opens (architecture: entry windows). */
export type AssessmentGroup = 'regular' | 'midterm' | 'final' | 'conduct' | 'attendance';

export type Role = 'admin' | 'principal' | 'teacher';

export interface Teacher {
  id: string;
  name: string;
  email: string;
  /** Principals and clerks are admins; the principal also approves corrections. */
  roles: Role[];
}

export interface SchoolSettings {
  name: string;
  district: string;
  province: string;
  level: Level;
  /** e.g. "2025-2026" */
  schoolYear: string;
  /** The system account that owns every file and runs the scheduled tick. */
  systemAccount: string;
  ruleSetByGrade: Record<number, RuleSetId>;
}

export interface SubjectDef {
  /** Stable code, ASCII, e.g. "toan", "ngu-van". */
  id: string;
  name: string;
  kind: SubjectKind;
  /** TT22 / TT58 (TT26): periods per year; decides the number of regular assessments. */
  periodsPerYear: number;
  /** TT58_2011 only. */
  periodsPerWeek?: number;
  /** Regular assessments per term (derived from periods, editable by the school). */
  regularCount: number;
  key?: boolean;
  specialised?: boolean;
}

export interface ClassInfo {
  /** Stable id, e.g. "10A1". */
  id: string;
  name: string;
  grade: number;
  homeroomTeacher: string; // teacher email
  ruleSet: RuleSetId;
  /** Drive id of the class workbook, once created. */
  workbookId?: string;
}

/** Who teaches a subject in a class, from when to when (history is kept; ISO times, UTC). */
export interface Assignment {
  classId: string;
  subjectId: string;
  teacher: string; // email
  from: string;
  to: string | null;
}

export type Sex = 'Nam' | 'Nữ';

export interface Student {
  /** Stable id that keys every row; never a row number. */
  id: string;
  fullName: string;
  /** ISO date yyyy-mm-dd */
  birthDate: string;
  sex: Sex;
  ethnicity: string;
  placeOfBirth: string;
  address: string;
  fatherName: string;
  motherName: string;
  guardianPhone: string;
  /** ISO date the student left the class, if they did; they stay in the book, marked. */
  leftOn: string | null;
  /** ISO date the student joined after the start of the year, if they did. */
  joinedOn: string | null;
}
