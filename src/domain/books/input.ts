// What a book is printed from: plain data about one class-year (school, class, subjects,
// teachers, students, assessments, attendance, corrections) and the rules engine's results.
import type { GradeOutput, Mark, TermAssessmentsBySubject, TermKey } from '../rules/types';
import type { ClassInfo, SchoolSettings, Student, SubjectDef, Term } from '../school';

/** Roster fields the student-records page prints beyond the shared Student. */
export interface BookStudent extends Student {
  priorityGroup?: string;
  fatherOccupation?: string;
  motherOccupation?: string;
  guardianName?: string;
  guardianEmail?: string;
  /** "Những thay đổi cần chú ý trong năm học". */
  changes?: string;
}

export interface AttendanceMark {
  studentId: string;
  /** yyyy-mm-dd */
  date: string;
  /** P: có phép (excused), K: không phép (unexcused). */
  kind: 'P' | 'K';
}

export type CorrectedField = 'regular' | 'midterm' | 'final' | 'coef1' | 'coef2' | 'exam';

/**
 * A value changed after its entry deadline (an approved correction, from the audit log). The book
 * prints `old` struck through beside the value now in `scores`.
 */
export interface Correction {
  studentId: string;
  subjectId: string;
  term: Term;
  field: CorrectedField;
  /** 1-based position for repeated assessments (regular, coef1, coef2), as in layout ScoreRef. */
  index?: number;
  old: number | Mark | string | null;
  new: number | Mark | string | null;
  /** ISO time of the change. */
  at: string;
}

export interface BookInput {
  school: SchoolSettings;
  cls: ClassInfo;
  homeroomTeacherName: string;
  principalName?: string;
  subjects: SubjectDef[];
  /** Subject id → the subject teacher's name (the teacher at the end of the period printed). */
  teachers: Record<string, string>;
  students: BookStudent[];
  /** Student id → term → subject id → assessments (TT22 shape, or TT58_2011 coef shape). */
  scores: Record<string, Partial<Record<TermKey, TermAssessmentsBySubject>>>;
  attendance: AttendanceMark[];
  corrections: Correction[];
  /** The rules engine's output for these students (any order; matched by id). */
  grades: GradeOutput;
  /** ISO time the book is printed (stamped in the PDF, printed on the confirmation table). */
  printedAt: string;
}

/** Which part of the year a book covers: term I only, or the whole year (term II and year). */
export type BookPeriod = 1 | 2;
