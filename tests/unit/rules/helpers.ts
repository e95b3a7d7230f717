// Test builders for the rules engine: subjects, students with flat scores, one-student grading.
import { grade } from '../../../src/domain/rules';
import type {
  Assessment,
  GradeInput,
  Mark,
  RuleSetId,
  StudentInput,
  StudentResult,
  SubjectInput,
  TermAssessments,
} from '../../../src/domain/rules';

/** TT22 THCS-like subjects: 9 scored (Toán, Ngữ văn key) and 3 comment subjects. */
export const SCORED = ['toan', 'van', 'anh', 'gdcd', 'lsdl', 'khtn', 'cn', 'tin', 'gdqp'] as const;
export const COMMENT = ['gdtc', 'nt', 'hdtn'] as const;
const NAMES: Record<string, string> = {
  toan: 'Toán',
  van: 'Ngữ văn',
  anh: 'Ngoại ngữ',
  gdcd: 'Giáo dục công dân',
  lsdl: 'Lịch sử và Địa lí',
  khtn: 'Khoa học tự nhiên',
  cn: 'Công nghệ',
  tin: 'Tin học',
  gdqp: 'Giáo dục quốc phòng và an ninh',
  gdtc: 'Giáo dục thể chất',
  nt: 'Nghệ thuật',
  hdtn: 'Hoạt động trải nghiệm, hướng nghiệp',
};

export function subjects(
  ruleSet: RuleSetId,
  keys: readonly string[] = ['toan', 'van'],
): SubjectInput[] {
  const out: SubjectInput[] = [];
  for (const id of SCORED) {
    const s: SubjectInput = { id, name: NAMES[id]!, kind: 'scored' };
    if (ruleSet === 'TT58_2011') s.periodsPerWeek = id === 'toan' || id === 'van' ? 4 : 1.5;
    else s.periodsPerYear = id === 'toan' || id === 'van' ? 140 : 70;
    if (keys.includes(id)) s.key = true;
    out.push(s);
  }
  for (const id of COMMENT) {
    const s: SubjectInput = { id, name: NAMES[id]!, kind: 'comment' };
    if (ruleSet === 'TT58_2011') s.periodsPerWeek = 2;
    else s.periodsPerYear = 70;
    out.push(s);
  }
  return out;
}

/** Term assessments all equal to `v`, so the term average is exactly `v`. */
export function flat(ruleSet: RuleSetId, v: number | Mark, regular = 4): TermAssessments {
  const list: Assessment[] = Array.from({ length: regular }, () => v);
  if (ruleSet === 'TT58_2011') return { coef1: list, coef2: [v], exam: v };
  return { regular: list, midterm: v, final: v };
}

export type Values = Record<string, number | Mark>;

/** Defaults: every scored subject 8,5, every comment subject Đ; override some. */
export function values(overrides: Values = {}, base = 8.5): Values {
  const out: Values = {};
  for (const id of SCORED) out[id] = base;
  for (const id of COMMENT) out[id] = 'Đ';
  return { ...out, ...overrides };
}

/** A student whose two terms both have the given subject results (so the year has them too). */
export function student(
  ruleSet: RuleSetId,
  term1: Values,
  term2: Values = term1,
  extra: Partial<StudentInput> = {},
): StudentInput {
  const t = (vals: Values) =>
    Object.fromEntries(Object.entries(vals).map(([id, v]) => [id, flat(ruleSet, v)]));
  const good = ruleSet === 'TT22' ? 'Tốt' : 'Tốt';
  return {
    id: 'hs',
    terms: { '1': t(term1), '2': t(term2) },
    conduct: { '1': good, '2': good },
    absences: { excused: 0, unexcused: 0 },
    ...extra,
  };
}

export function gradeOne(
  ruleSet: RuleSetId,
  s: StudentInput,
  subjectList: SubjectInput[] = subjects(ruleSet),
): StudentResult {
  const input: GradeInput = { ruleSet, subjects: subjectList, students: [s] };
  return grade(input).students[0]!;
}
