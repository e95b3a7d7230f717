// The class as the book prints it: students numbered in book order with their results, the
// correction of each value, and how values are written (decimal comma, dd/mm/yyyy).
import { formatScore } from '../rules/score';
import type { Mark, StudentResult, SubjectValue, TermAssessments, TermKey } from '../rules/types';
import type { SubjectDef, Term } from '../school';
import type { BookInput, BookStudent, Correction, CorrectedField } from './input';
import * as msg from './messages';
import { sortStudents } from './order';
import type { CellSpec } from '../../render/spec';

export interface NumberedStudent {
  no: number;
  student: BookStudent;
  result: StudentResult | undefined;
}

export interface BookContext {
  input: BookInput;
  students: NumberedStudent[];
  subjects: SubjectDef[];
  /** "Lớp 6A – Năm học 2025-2026" */
  classLine: string;
  corrections: Map<string, Correction>;
}

export function correctionKey(
  studentId: string,
  subjectId: string,
  term: Term,
  field: CorrectedField,
  index?: number,
): string {
  return `${studentId}|${subjectId}|${term}|${field}|${index ?? 0}`;
}

/** One correction per value: the oldest `old` (what was first recorded) and the latest `new`. */
function indexCorrections(list: readonly Correction[]): Map<string, Correction> {
  const byKey = new Map<string, Correction>();
  const sorted = [...list].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const c of sorted) {
    const key = correctionKey(c.studentId, c.subjectId, c.term, c.field, c.index);
    const prior = byKey.get(key);
    byKey.set(key, prior ? { ...c, old: prior.old } : c);
  }
  return byKey;
}

export function bookContext(input: BookInput): BookContext {
  const results = new Map(input.grades.students.map((r) => [r.id, r]));
  const students = sortStudents(input.students).map((student, i) => ({
    no: i + 1,
    student,
    result: results.get(student.id),
  }));
  return {
    input,
    students,
    subjects: input.subjects,
    classLine: `Lớp ${input.cls.name} – Năm học ${input.school.schoolYear}`,
    corrections: indexCorrections(input.corrections),
  };
}

/** yyyy-mm-dd → dd/mm/yyyy */
export function formatDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** An entered assessment: 8 → "8", 7.5 → "7,5", Đ/CĐ as is, missing → "". */
export function formatAssessment(v: number | Mark | string | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatScore(v, { trimZero: true });
  return v;
}

/** A computed result: averages always with one decimal ("8,0"), Đ/CĐ as is. */
export function formatResult(v: SubjectValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? formatScore(v) : v;
}

/** The student's assessments of a subject in a term (undefined when none). */
export function assessments(
  ctx: BookContext,
  studentId: string,
  subjectId: string,
  term: TermKey,
): TermAssessments | undefined {
  return ctx.input.scores[studentId]?.[term]?.[subjectId] ?? undefined;
}

/** A score cell: the value now recorded, and the old value struck through if it was corrected. */
export function scoreCell(
  ctx: BookContext,
  s: NumberedStudent,
  subject: SubjectDef,
  term: Term,
  field: CorrectedField,
  value: number | Mark | string | null | undefined,
  index?: number,
): CellSpec {
  const text = formatAssessment(value);
  const c = ctx.corrections.get(correctionKey(s.student.id, subject.id, term, field, index));
  if (!c) return { text };
  return { text, old: formatAssessment(c.old) || '–', tag: subject.name };
}

/** The name as printed: marked when the student left or joined during the year. */
export function nameLines(s: BookStudent): string {
  if (s.leftOn) return `${s.fullName}\n${msg.LEFT_MARK(formatDate(s.leftOn))}`;
  if (s.joinedOn) return `${s.fullName}\n${msg.JOINED_MARK(formatDate(s.joinedOn))}`;
  return s.fullName;
}
