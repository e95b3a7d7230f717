// A hand-made TT22 class for the book tests and the benchmark: 45 students with Vietnamese names,
// a grade-6 subject list, two terms of assessments, attendance, corrections, and results in the
// rules engine's output shape (computed here by the TT22 formulas for the fixture only).
import type {
  BookInput,
  BookStudent,
  Correction,
  AttendanceMark,
} from '../../../src/domain/books/input';
import type {
  GradeOutput,
  StudentResult,
  SubjectResult,
  TermAssessmentsBySubject,
  TermAssessmentsTT22,
  TermKey,
  TermResult,
} from '../../../src/domain/rules/types';
import type { SubjectDef } from '../../../src/domain/school';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Đức',
  'Ngọc',
  'Minh',
  'Thanh',
  'Quốc',
  'Thùy',
  'Hữu',
  'Bảo',
  'Khánh',
  'Tôn Nữ Hoàng',
];
const GIVEN = [
  'An',
  'Ánh',
  'Bình',
  'Châu',
  'Cường',
  'Dũng',
  'Duyên',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoà',
  'Huy',
  'Hương',
  'Khoa',
  'Lâm',
  'Linh',
  'Lộc',
  'Mai',
  'My',
  'Nam',
  'Ngân',
  'Nghĩa',
  'Nhung',
  'Oanh',
  'Phúc',
  'Phương',
  'Quân',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thư',
  'Trâm',
  'Trí',
  'Tú',
  'Tuấn',
  'Uyên',
  'Việt',
  'Vy',
  'Xuân',
  'Yến',
];

export const SUBJECTS: SubjectDef[] = [
  { id: 'toan', name: 'Toán', kind: 'scored', periodsPerYear: 140, regularCount: 4, key: true },
  { id: 'van', name: 'Ngữ văn', kind: 'scored', periodsPerYear: 140, regularCount: 4, key: true },
  { id: 'anh', name: 'Tiếng Anh', kind: 'scored', periodsPerYear: 105, regularCount: 4 },
  { id: 'gdcd', name: 'Giáo dục công dân', kind: 'scored', periodsPerYear: 35, regularCount: 2 },
  { id: 'lsdl', name: 'Lịch sử và Địa lí', kind: 'scored', periodsPerYear: 105, regularCount: 4 },
  { id: 'khtn', name: 'Khoa học tự nhiên', kind: 'scored', periodsPerYear: 140, regularCount: 4 },
  { id: 'cn', name: 'Công nghệ', kind: 'scored', periodsPerYear: 35, regularCount: 2 },
  { id: 'tin', name: 'Tin học', kind: 'scored', periodsPerYear: 35, regularCount: 2 },
  { id: 'gdtc', name: 'Giáo dục thể chất', kind: 'comment', periodsPerYear: 70, regularCount: 3 },
  { id: 'nt', name: 'Nghệ thuật', kind: 'comment', periodsPerYear: 70, regularCount: 3 },
  {
    id: 'hdtn',
    name: 'Hoạt động trải nghiệm, hướng nghiệp',
    kind: 'comment',
    periodsPerYear: 105,
    regularCount: 4,
  },
  {
    id: 'gddp',
    name: 'Nội dung giáo dục của địa phương',
    kind: 'comment',
    periodsPerYear: 35,
    regularCount: 2,
  },
];

const TEACHERS = [
  'Trần Thị Hằng',
  'Nguyễn Văn Thành',
  'Lê Thị Ngọc Ánh',
  'Phạm Quốc Việt',
  'Đỗ Thị Thu Hương',
  'Vũ Đức Mạnh',
  'Hoàng Minh Tuấn',
  'Bùi Thị Lụa',
  'Ngô Văn Lực',
  'Dương Thị Ý',
  'Hồ Sỹ Đông',
  'Lý Thị Ước',
];

/** A small deterministic generator (LCG) so the fixture is the same on every run. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const half = (x: number) => Math.round(x * 2) / 2;
/** TT22 Điều 9.1 for the fixture: (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5), half-up to one decimal. */
function termAverage(a: TermAssessmentsTT22): number {
  const regular = (a.regular ?? []) as number[];
  const tenths =
    regular.reduce((s, x) => s + Math.round(x * 10), 0) +
    2 * Math.round((a.midterm as number) * 10) +
    3 * Math.round((a.final as number) * 10);
  const d = regular.length + 5;
  return Math.floor((2 * tenths + d) / (2 * d)) / 10;
}

export interface FixtureOptions {
  students?: number;
  withCorrections?: boolean;
}

export function tt22Fixture(o: FixtureOptions = {}): BookInput {
  const n = o.students ?? 45;
  const rand = rng(42);
  const students: BookStudent[] = [];
  for (let i = 0; i < n; i++) {
    const fullName = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 13) % GIVEN.length]}`;
    students.push({
      id: `hs${String(i + 1).padStart(2, '0')}`,
      fullName,
      birthDate: `2014-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      sex: i % 2 === 0 ? 'Nam' : 'Nữ',
      ethnicity: i % 9 === 0 ? 'Tày' : 'Kinh',
      placeOfBirth: i % 3 === 0 ? 'Thừa Thiên Huế' : 'Hà Nội',
      address: `Số ${i + 3}, ngõ ${i + 10} phố Hoàng Hoa Thám, phường Ngọc Hà, quận Ba Đình, Hà Nội`,
      fatherName: `${FAMILY[i % FAMILY.length]} Văn Hùng`,
      motherName: `Đặng Thị Lan`,
      guardianPhone: `09${String(10000000 + i * 7919).slice(0, 8)}`,
      fatherOccupation: 'Kỹ sư',
      motherOccupation: 'Giáo viên',
      priorityGroup: i % 15 === 0 ? 'Con thương binh' : '',
      leftOn: i === 7 ? '2026-01-15' : null,
      joinedOn: i === 44 ? '2025-10-06' : null,
    });
  }
  const scores: BookInput['scores'] = {};
  const results: StudentResult[] = [];
  for (const s of students) {
    const base = 4.5 + rand() * 5;
    const terms: Partial<Record<TermKey, TermAssessmentsBySubject>> = {};
    const subjects: Record<string, SubjectResult> = {};
    for (const term of ['1', '2'] as const) {
      const bySubject: TermAssessmentsBySubject = {};
      for (const sub of SUBJECTS) {
        const score = () => Math.min(10, Math.max(0, half(base + (rand() - 0.5) * 3)));
        const mark = () => (rand() < 0.93 ? 'Đ' : 'CĐ');
        bySubject[sub.id] =
          sub.kind === 'scored'
            ? {
                regular: Array.from({ length: sub.regularCount }, score),
                midterm: score(),
                final: score(),
              }
            : {
                regular: Array.from({ length: sub.regularCount }, mark),
                midterm: mark(),
                final: mark(),
              };
      }
      terms[term] = bySubject;
    }
    scores[s.id] = terms;
    for (const sub of SUBJECTS) {
      const t1 = terms['1']![sub.id] as TermAssessmentsTT22;
      const t2 = terms['2']![sub.id] as TermAssessmentsTT22;
      if (sub.kind === 'scored') {
        const a1 = termAverage(t1);
        const a2 = termAverage(t2);
        const year = Math.floor((2 * (Math.round(a1 * 10) + 2 * Math.round(a2 * 10)) + 3) / 6) / 10;
        subjects[sub.id] = { '1': a1, '2': a2, year, yearAfterReassessment: null, missing: [] };
      } else {
        const r1 = t1.final === 'Đ' ? 'Đ' : 'CĐ';
        const r2 = t2.final === 'Đ' ? 'Đ' : 'CĐ';
        subjects[sub.id] = { '1': r1, '2': r2, year: r2, yearAfterReassessment: null, missing: [] };
      }
    }
    const level = (term: TermKey | 'year'): TermResult['academic'] => {
      const avgs = SUBJECTS.filter((x) => x.kind === 'scored').map(
        (x) => subjects[x.id]![term] as number,
      );
      const min = Math.min(...avgs);
      return min >= 6.5 ? 'Tốt' : min >= 5 ? 'Khá' : min >= 3.5 ? 'Đạt' : 'Chưa đạt';
    };
    const term = (k: TermKey): TermResult => ({
      academic: level(k),
      conduct: 'Tốt',
      average: null,
      adjustedFrom: null,
      adjustedBy: null,
      title: null,
      complete: true,
      reasons: [],
    });
    const yAcademic = level('year');
    results.push({
      id: s.id,
      subjects,
      terms: { '1': term('1'), '2': term('2') },
      year: {
        ...term('1'),
        academic: yAcademic,
        title: yAcademic === 'Tốt' ? 'Học sinh Giỏi' : null,
        promotion: yAcademic === 'Chưa đạt' ? 'reassessment' : 'promoted',
        promotionAfterSummer: yAcademic === 'Chưa đạt' ? 'promoted' : null,
        academicAfterReassessment: yAcademic === 'Chưa đạt' ? 'Đạt' : null,
        averageAfterReassessment: null,
        conductAfterSummer: null,
      },
    });
  }
  const attendance: AttendanceMark[] = [];
  students.forEach((s, i) => {
    if (i % 4 !== 0) return;
    attendance.push({
      studentId: s.id,
      date: `2025-09-${String(8 + (i % 20)).padStart(2, '0')}`,
      kind: i % 8 === 0 ? 'P' : 'K',
    });
    attendance.push({ studentId: s.id, date: '2026-03-10', kind: 'P' });
  });
  const corrections: Correction[] = [];
  if (o.withCorrections ?? true) {
    const fix = (
      studentIdx: number,
      subjectId: string,
      field: 'regular' | 'midterm' | 'final',
      index: number | undefined,
      old: number,
    ) => {
      const s = students[studentIdx];
      if (!s) return;
      const a = scores[s.id]!['1']![subjectId] as TermAssessmentsTT22;
      const now = field === 'regular' ? a.regular![index! - 1]! : a[field]!;
      corrections.push({
        studentId: s.id,
        subjectId,
        term: 1,
        field,
        index,
        old,
        new: now,
        at: '2025-12-28T03:00:00Z',
      });
    };
    fix(2, 'toan', 'regular', 2, 3);
    fix(5, 'toan', 'final', undefined, 4.5);
    fix(11, 'van', 'midterm', undefined, 2);
  }
  return {
    school: {
      name: 'Trường THCS Nguyễn Trãi',
      district: 'Quận Ba Đình',
      province: 'Hà Nội',
      level: 'THCS',
      schoolYear: '2025-2026',
      systemAccount: 'sodiem@truong.edu.vn',
      ruleSetByGrade: { 6: 'TT22' },
    },
    cls: {
      id: '6A1',
      name: '6A1',
      grade: 6,
      homeroomTeacher: 'hang@truong.edu.vn',
      ruleSet: 'TT22',
    },
    homeroomTeacherName: 'Trần Thị Hằng',
    principalName: 'Nguyễn Đức Thịnh',
    subjects: SUBJECTS,
    teachers: Object.fromEntries(SUBJECTS.map((s, i) => [s.id, TEACHERS[i]!])),
    students,
    scores,
    attendance,
    corrections,
    grades: { students: results } satisfies GradeOutput,
    printedAt: '2026-05-30T02:00:00Z',
  };
}

/**
 * The same class as a TT58_2011 class-year: regular → hệ số 1, mid-term → hệ số 2, end-of-term →
 * KT HK; levels in TT58 names, with the all-subject average the TT58 book prints.
 */
export function tt58Fixture(): BookInput {
  const base = tt22Fixture();
  const scores: BookInput['scores'] = {};
  for (const [id, terms] of Object.entries(base.scores)) {
    scores[id] = {};
    for (const t of ['1', '2'] as const) {
      const out: TermAssessmentsBySubject = {};
      for (const [sub, a] of Object.entries(terms[t] ?? {})) {
        const x = a as TermAssessmentsTT22;
        out[sub] = { coef1: x.regular ?? [], coef2: [x.midterm ?? null], exam: x.final ?? null };
      }
      scores[id][t] = out;
    }
  }
  const tt58Level = { Tốt: 'Giỏi', Khá: 'Khá', Đạt: 'Trung bình', 'Chưa đạt': 'Yếu' } as const;
  const students = base.grades.students.map((r) => {
    const avg = (k: '1' | '2' | 'year') => {
      const v = SUBJECTS.filter((s) => s.kind === 'scored').map((s) =>
        Math.round((r.subjects[s.id]![k] as number) * 10),
      );
      return Math.round(v.reduce((a, b) => a + b, 0) / v.length) / 10;
    };
    const term = (k: '1' | '2'): TermResult => ({
      ...r.terms[k],
      average: avg(k),
      academic: tt58Level[r.terms[k].academic as keyof typeof tt58Level],
      title:
        r.terms[k].academic === 'Tốt'
          ? 'Học sinh Giỏi'
          : r.terms[k].academic === 'Khá'
            ? 'Học sinh Tiên tiến'
            : null,
    });
    return {
      ...r,
      terms: { '1': term('1'), '2': term('2') },
      year: {
        ...r.year,
        average: avg('year'),
        academic: tt58Level[r.year.academic as keyof typeof tt58Level],
      },
    };
  });
  const corrections = base.corrections.map((c) => ({
    ...c,
    field:
      c.field === 'regular'
        ? ('coef1' as const)
        : c.field === 'midterm'
          ? ('coef2' as const)
          : ('exam' as const),
    index: c.field === 'midterm' ? 1 : c.index,
  }));
  return {
    ...base,
    school: {
      ...base.school,
      name: 'Trường THPT Chu Văn An',
      level: 'THPT',
      schoolYear: '2014-2015',
    },
    cls: { ...base.cls, id: '10A2', name: '10A2', grade: 10, ruleSet: 'TT58_2011' },
    scores,
    corrections,
    attendance: base.attendance.map((a) => ({
      ...a,
      date: a.date.replace('2025-', '2014-').replace('2026-', '2015-'),
    })),
    grades: { students },
    printedAt: '2015-05-30T02:00:00Z',
  };
}
