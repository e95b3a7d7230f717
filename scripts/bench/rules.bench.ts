// Rules engine: CPU time to grade a generated 2,000-student school (14 subjects, full year)
// under TT22 and under TT58 (TT26); deterministic pseudo-random scores.
import { grade } from '../../src/domain/rules';
import type {
  Assessment,
  GradeInput,
  Mark,
  RuleSetId,
  StudentInput,
  SubjectInput,
  TermAssessments,
} from '../../src/domain/rules';
import { cpuMs, type BenchRow } from './row';

const STUDENTS = 2000;

/** THPT-like list: 10 scored subjects (Toán, Ngữ văn key) and 4 comment subjects. */
function schoolSubjects(ruleSet: RuleSetId): SubjectInput[] {
  const scored = ['toan', 'van', 'anh', 'su', 'gdqp', 'ly', 'hoa', 'sinh', 'tin', 'cn'];
  const comment = ['gdtc', 'amnhac', 'hdtn', 'gddp'];
  return [
    ...scored.map((id, i) => ({
      id,
      name: `Môn ${id}`,
      kind: 'scored' as const,
      periodsPerYear: i < 3 ? 105 : i < 6 ? 70 : 35,
      key: i < 2 || (ruleSet === 'TT58' && i === 2),
    })),
    ...comment.map((id) => ({
      id,
      name: `Môn ${id}`,
      kind: 'comment' as const,
      periodsPerYear: 70,
    })),
  ];
}

/** Park–Miller generator: the same school every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

export function school(ruleSet: RuleSetId, students = STUDENTS): GradeInput {
  const subjects = schoolSubjects(ruleSet);
  const next = random(20240901);
  const conduct = ruleSet === 'TT22' ? ['Tốt', 'Khá', 'Đạt'] : ['Tốt', 'Khá', 'Trung bình'];
  const list: StudentInput[] = [];
  for (let i = 0; i < students; i++) {
    const base = 45 + Math.floor(next() * 50);
    const score = (): number =>
      Math.max(0, Math.min(100, base + Math.floor(next() * 31) - 15)) / 10;
    const mark = (): Mark => (next() < 0.97 ? 'Đ' : 'CĐ');
    const term = (): Record<string, TermAssessments> => {
      const out: Record<string, TermAssessments> = {};
      for (const s of subjects) {
        const one = (): Assessment => (s.kind === 'comment' ? mark() : score());
        const n =
          s.kind === 'comment' ? 2 : s.periodsPerYear! > 70 ? 4 : s.periodsPerYear! > 35 ? 3 : 2;
        out[s.id] = { regular: Array.from({ length: n }, one), midterm: one(), final: one() };
      }
      return out;
    };
    const c = () => conduct[Math.floor(next() * conduct.length)] as 'Tốt';
    list.push({
      id: `hs${i}`,
      terms: { '1': term(), '2': term() },
      conduct: { '1': c(), '2': c() },
      absences: { excused: Math.floor(next() * 30), unexcused: Math.floor(next() * 20) },
    });
  }
  return { ruleSet, subjects, students: list };
}

export function rows(): BenchRow[] {
  return (['TT22', 'TT58'] as const).map((ruleSet) => {
    const input = school(ruleSet);
    const ms = cpuMs(() => grade(input));
    return {
      area: 'rules',
      measure: `grade ${STUDENTS} students × 14 subjects, full year (${ruleSet})`,
      value: `${ms.toFixed(0)} ms CPU`,
      target: '< 1000 ms',
      ok: ms < 1000,
    };
  });
}
