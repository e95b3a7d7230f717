// Property-based tests (fast-check): monotonicity, one-level adjustment, subject-order
// independence, determinism, missing ≠ zero, the TT58 all-subject average.
import fc from 'fast-check';
import { divideHalfUp, grade, requiredRegularCount } from '../../../src/domain/rules';
import type {
  AcademicLevel,
  Assessment,
  GradeInput,
  RuleSetId,
  StudentInput,
  StudentResult,
  SubjectInput,
  TermAssessments,
} from '../../../src/domain/rules';
import { subjects } from './helpers';

const RANKS: Record<RuleSetId, readonly AcademicLevel[]> = {
  TT22: ['Chưa đạt', 'Đạt', 'Khá', 'Tốt'],
  TT58: ['Kém', 'Yếu', 'Trung bình', 'Khá', 'Giỏi'],
  TT58_2011: ['Kém', 'Yếu', 'Trung bình', 'Khá', 'Giỏi'],
};
const rank = (rs: RuleSetId, l: AcademicLevel | null) => (l === null ? -1 : RANKS[rs].indexOf(l));

const ruleSetArb = fc.constantFrom<RuleSetId>('TT22', 'TT58', 'TT58_2011');
// Scores spread over the whole scale but mostly in the range where levels change.
const scoreArb = fc
  .oneof(
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) },
    { weight: 3, arbitrary: fc.integer({ min: 30, max: 100 }) },
  )
  .map((t) => t / 10);
const markArb = fc.oneof(
  { weight: 9, arbitrary: fc.constant<Assessment>('Đ') },
  { weight: 1, arbitrary: fc.constant<Assessment>('CĐ') },
);

function assessmentsArb(rs: RuleSetId, s: SubjectInput): fc.Arbitrary<TermAssessments> {
  const one = s.kind === 'comment' ? markArb : scoreArb;
  const n = requiredRegularCount(rs, s);
  const list = fc.array(one, { minLength: n, maxLength: n + 1 });
  if (rs === 'TT58_2011') {
    return fc.record({
      coef1: list,
      coef2: fc.array(one, { minLength: 1, maxLength: 2 }),
      exam: one,
    });
  }
  return fc.record({ regular: list, midterm: one, final: one });
}

const conductArb = (rs: RuleSetId) =>
  fc.constantFrom(
    ...(rs === 'TT22' ? ['Tốt', 'Khá', 'Đạt', 'Chưa đạt'] : ['Tốt', 'Khá', 'Trung bình', 'Yếu']),
  );

function studentArb(rs: RuleSetId, list: SubjectInput[]): fc.Arbitrary<StudentInput> {
  const term = fc.record(Object.fromEntries(list.map((s) => [s.id, assessmentsArb(rs, s)])));
  return fc.record({
    id: fc.constant('hs'),
    terms: fc.record({ '1': term, '2': term }),
    conduct: fc.record({ '1': conductArb(rs), '2': conductArb(rs) }),
    absences: fc.record({
      excused: fc.integer({ min: 0, max: 30 }),
      unexcused: fc.integer({ min: 0, max: 20 }),
    }),
  }) as fc.Arbitrary<StudentInput>;
}

const caseArb = ruleSetArb.chain((rs) => {
  const list = subjects(rs, rs === 'TT58' ? ['toan', 'van', 'anh'] : ['toan', 'van']);
  return studentArb(rs, list).map((student) => ({ rs, list, student }));
});

const gradeOne = (rs: RuleSetId, list: SubjectInput[], s: StudentInput): StudentResult =>
  grade({ ruleSet: rs, subjects: list, students: [s] }).students[0]!;

type Raise = { term: '1' | '2'; subject: number; slot: number; by: number };
const raiseArb = fc.record({
  term: fc.constantFrom<'1' | '2'>('1', '2'),
  subject: fc.nat(),
  slot: fc.nat(),
  by: fc.integer({ min: 1, max: 100 }),
});

/** Raises one assessment of one subject: a score by `by` tenths (capped at 10), a CĐ to Đ. */
function raise(s: StudentInput, list: SubjectInput[], r: Raise): StudentInput {
  const copy = structuredClone(s);
  const subject = list[r.subject % list.length]!;
  const a = copy.terms[r.term]![subject.id] as Record<string, Assessment | Assessment[]>;
  const slots: [string, number | null][] = [];
  for (const [k, v] of Object.entries(a)) {
    if (Array.isArray(v)) v.forEach((_, i) => slots.push([k, i]));
    else slots.push([k, null]);
  }
  const [key, index] = slots[r.slot % slots.length]!;
  const up = (v: Assessment): Assessment =>
    typeof v === 'number' ? Math.min(100, Math.round(v * 10) + r.by) / 10 : v === null ? v : 'Đ';
  if (index === null) a[key] = up(a[key] as Assessment);
  else (a[key] as Assessment[])[index] = up((a[key] as Assessment[])[index]!);
  return copy;
}

const subjectValueAtLeast = (after: unknown, before: unknown) =>
  typeof before === 'number' ? (after as number) >= before : before !== 'Đ' || after === 'Đ';

describe('properties', () => {
  it('raising one score never lowers a subject average or a level', () => {
    fc.assert(
      fc.property(caseArb, raiseArb, ({ rs, list, student }, r) => {
        const before = gradeOne(rs, list, student);
        const after = gradeOne(rs, list, raise(student, list, r));
        for (const s of list) {
          for (const k of ['1', '2', 'year'] as const) {
            expect(subjectValueAtLeast(after.subjects[s.id]![k], before.subjects[s.id]![k])).toBe(
              true,
            );
          }
        }
        expect(rank(rs, after.terms['1'].academic)).toBeGreaterThanOrEqual(
          rank(rs, before.terms['1'].academic),
        );
        expect(rank(rs, after.terms['2'].academic)).toBeGreaterThanOrEqual(
          rank(rs, before.terms['2'].academic),
        );
        expect(rank(rs, after.year.academic)).toBeGreaterThanOrEqual(
          rank(rs, before.year.academic),
        );
        if (rs !== 'TT22') expect(after.year.average!).toBeGreaterThanOrEqual(before.year.average!);
      }),
      { numRuns: 400 },
    );
  });

  it('the adjustment never raises a level by more than one', () => {
    fc.assert(
      fc.property(caseArb, ({ rs, list, student }) => {
        const r = gradeOne(rs, list, student);
        for (const t of [r.terms['1'], r.terms['2'], r.year]) {
          if (t.adjustedFrom === null) {
            expect(t.adjustedBy).toBeNull();
            continue;
          }
          expect(rank(rs, t.academic)).toBe(rank(rs, t.adjustedFrom) + 1);
          expect(list.map((s) => s.id)).toContain(t.adjustedBy);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every result explains itself in NFC Vietnamese; complete means decided', () => {
    fc.assert(
      fc.property(caseArb, ({ rs, list, student }) => {
        const r = gradeOne(rs, list, student);
        for (const t of [r.terms['1'], r.terms['2'], r.year]) {
          expect(t.reasons.length).toBeGreaterThan(0);
          for (const line of t.reasons) expect(line).toBe(line.normalize('NFC'));
          if (t.complete) expect(t.academic !== null && t.conduct !== null).toBe(true);
        }
        expect(r.year.complete).toBe(r.year.academic !== null && r.year.promotion !== null);
      }),
      { numRuns: 200 },
    );
  });

  it('results do not depend on the order of subjects', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ rs, list, student }, seed) => {
        const shuffled = [...list].sort((a, b) => hash(a.id, seed) - hash(b.id, seed));
        const reorder = (t: Record<string, unknown> | null | undefined) =>
          Object.fromEntries(shuffled.map((s) => [s.id, t?.[s.id]]));
        const s2: StudentInput = {
          ...student,
          terms: {
            '1': reorder(student.terms['1']),
            '2': reorder(student.terms['2']),
          } as StudentInput['terms'],
        };
        expect(gradeOne(rs, shuffled, s2)).toEqual(gradeOne(rs, list, student));
      }),
      { numRuns: 200 },
    );
  });

  it('grading is deterministic and does not touch its input', () => {
    fc.assert(
      fc.property(caseArb, ({ rs, list, student }) => {
        const input: GradeInput = {
          ruleSet: rs,
          subjects: list,
          students: [student, { ...student, id: 'b' }],
        };
        const copy = structuredClone(input);
        const a = grade(input);
        const b = grade(input);
        expect(b).toEqual(a);
        expect(input).toEqual(copy);
        expect(a.students[1]).toEqual({ ...a.students[0], id: 'b' });
      }),
      { numRuns: 100 },
    );
  });

  it('a missing assessment is never a zero: it blanks the subject and the classification', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ rs, list, student }, pick) => {
        const subject = list[pick % list.length]!;
        const s = structuredClone(student);
        const a = s.terms['1']![subject.id] as Record<string, unknown>;
        a[rs === 'TT58_2011' ? 'exam' : 'final'] = null;
        const r = gradeOne(rs, list, s);
        expect(r.subjects[subject.id]!['1']).toBeNull();
        expect(r.subjects[subject.id]!.missing).toEqual([
          rs === 'TT58_2011' ? '1.exam' : '1.final',
        ]);
        expect(r.terms['1']).toMatchObject({ academic: null, complete: false });
        expect(r.terms['2'].academic).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('TT58: the all-subject average is the half-up mean of the subject averages it shows', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.rs !== 'TT22'),
        ({ rs, list, student }) => {
          const r = gradeOne(rs, list, student);
          const scored = list.filter((s) => s.kind === 'scored');
          for (const k of ['1', '2', 'year'] as const) {
            const tenths = scored.map((s) => Math.round((r.subjects[s.id]![k] as number) * 10));
            const sum = tenths.reduce((x, y) => x + y, 0);
            const avg = (k === 'year' ? r.year : r.terms[k]).average!;
            expect(Math.round(avg * 10)).toBe(divideHalfUp(sum, scored.length));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761);
  return h;
}
