// Subject results: term and year averages, comment results, required counts, missing ≠ zero.
import { grade, requiredRegularCount } from '../../../src/domain/rules';
import type { GradeInput, SubjectInput, TermAssessments } from '../../../src/domain/rules';

const toan: SubjectInput = {
  id: 'toan',
  name: 'Toán',
  kind: 'scored',
  periodsPerYear: 105,
  key: true,
};
const gdtc: SubjectInput = {
  id: 'gdtc',
  name: 'Giáo dục thể chất',
  kind: 'comment',
  periodsPerYear: 70,
};

function one(
  ruleSet: GradeInput['ruleSet'],
  subject: SubjectInput,
  t1: TermAssessments | null,
  t2: TermAssessments | null = null,
) {
  const out = grade({
    ruleSet,
    subjects: [subject],
    students: [{ id: 'a', terms: { '1': { [subject.id]: t1 }, '2': { [subject.id]: t2 } } }],
  });
  return out.students[0]!.subjects[subject.id]!;
}

describe('TT22 scored subject (Điều 9.1.b)', () => {
  it('term average (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5): the issue example is 8,0', () => {
    const r = one('TT22', toan, { regular: [8, 7.5, 9, 8], midterm: 7, final: 8.5 });
    expect(r['1']).toBe(8.0); // (32,5 + 14 + 25,5) / 9 = 72 / 9
    expect(r.missing).toEqual(['2.regular', '2.midterm', '2.final']);
    expect(r.year).toBeNull();
  });

  it('half-way 8,25 rounds to 8,3', () => {
    const s = { ...toan, periodsPerYear: 70 }; // 3 regular → denominator 8
    const r = one('TT22', s, { regular: [8, 8, 8], midterm: 9, final: 8 }); // 66 / 8 = 8,25
    expect(r['1']).toBe(8.3);
  });

  it('half-way 7,45 rounds to 7,5 (7,45 has no binary representation)', () => {
    const s = { ...toan, periodsPerYear: 70 };
    const r = one('TT22', s, { regular: [7, 7, 7], midterm: 8.5, final: 7.2 }); // 59,6 / 8 = 7,45
    expect(r['1']).toBe(7.5);
  });

  it('half-way below: 7,35 → 7,4 and 6,05 → 6,1', () => {
    const s = { ...toan, periodsPerYear: 70 };
    // 58,8 / 8 = 7,35
    expect(one('TT22', s, { regular: [7, 7, 7], midterm: 7.5, final: 7.6 })['1']).toBe(7.4);
    // 48,4 / 8 = 6,05
    expect(one('TT22', s, { regular: [6, 6, 6], midterm: 6.2, final: 6 })['1']).toBe(6.1);
  });

  it('year average from the rounded term averages: (ĐTBmhkI + 2·ĐTBmhkII) / 3', () => {
    const s = { ...toan, periodsPerYear: 70 };
    const r = one(
      'TT22',
      s,
      { regular: [8, 8, 8], midterm: 9, final: 8 }, // 8,25 → 8,3
      { regular: [7, 7, 7], midterm: 8.5, final: 7.2 }, // 7,45 → 7,5
    );
    expect([r['1'], r['2']]).toEqual([8.3, 7.5]);
    expect(r.year).toBe(7.8); // (8,3 + 15,0) / 3 = 7,766… → 7,8
    expect(r.missing).toEqual([]);
  });

  it('worked example over a year', () => {
    const r = one(
      'TT22',
      toan,
      { regular: [7, 8, 6.5, 9], midterm: 7.5, final: 8 }, // (30,5 + 15 + 24) / 9 = 7,72 → 7,7
      { regular: [8, 8, 9, 7], midterm: 6, final: 7.5 }, // (32 + 12 + 22,5) / 9 = 7,39 → 7,4
    );
    expect(r).toEqual({ '1': 7.7, '2': 7.4, year: 7.5, yearAfterReassessment: null, missing: [] });
  });

  it('averages every regular assessment given beyond the required count', () => {
    // 5 regular (4 required): (40 + 2·5 + 3·5) / 10 = 6,5
    const r = one('TT22', toan, { regular: [8, 8, 8, 8, 8], midterm: 5, final: 5 });
    expect(r['1']).toBe(6.5);
  });

  it('zero is a score, missing is not', () => {
    expect(one('TT22', toan, { regular: [0, 0, 0, 0], midterm: 0, final: 0 })['1']).toBe(0);
    const r = one('TT22', toan, { regular: [8, null, 9, 8], midterm: 7, final: null });
    expect(r['1']).toBeNull();
    expect(r.missing).toEqual(['1.regular', '1.final', '2.regular', '2.midterm', '2.final']);
  });
});

describe('required regular assessments (TT22 Điều 6.2; TT58_2011 Điều 7)', () => {
  it.each([
    [35, 2],
    [36, 3],
    [70, 3],
    [71, 4],
    [140, 4],
    [18, 2],
  ])('TT22, %p periods a year → %p', (periodsPerYear, n) => {
    expect(requiredRegularCount('TT22', { ...toan, periodsPerYear })).toBe(n);
    expect(requiredRegularCount('TT58', { ...toan, periodsPerYear })).toBe(n);
  });

  it('comment subjects need 2, whatever the periods', () => {
    expect(requiredRegularCount('TT22', { ...gdtc, periodsPerYear: 140 })).toBe(2);
  });

  it.each([
    [1, 2],
    [0.5, 2],
    [1.5, 3],
    [2, 3],
    [2.5, 3],
    [3, 4],
    [5, 4],
  ])('TT58_2011, %p periods a week → %p', (periodsPerWeek, n) => {
    expect(requiredRegularCount('TT58_2011', { ...toan, periodsPerWeek })).toBe(n);
  });

  it('a school-set count wins', () => {
    expect(requiredRegularCount('TT22', { ...toan, regularCount: 3 })).toBe(3);
  });

  it('fewer than required → missing; exactly required → a result', () => {
    const s = { ...toan, periodsPerYear: 36 }; // 3 required
    expect(one('TT22', s, { regular: [8, 8], midterm: 8, final: 8 }).missing).toContain(
      '1.regular',
    );
    expect(one('TT22', s, { regular: [8, 8, 8], midterm: 8, final: 8 })['1']).toBe(8);
  });
});

describe('comment subjects', () => {
  it('TT22: Đ only when every assessment is Đ (Điều 9.1.a); year = HK II', () => {
    const all = { regular: ['Đ', 'Đ'], midterm: 'Đ', final: 'Đ' } as TermAssessments;
    const oneCd = { regular: ['Đ', 'CĐ'], midterm: 'Đ', final: 'Đ' } as TermAssessments;
    expect(one('TT22', gdtc, all, all)).toMatchObject({ '1': 'Đ', '2': 'Đ', year: 'Đ' });
    expect(one('TT22', gdtc, oneCd, all)).toMatchObject({ '1': 'CĐ', '2': 'Đ', year: 'Đ' });
    expect(one('TT22', gdtc, all, oneCd)).toMatchObject({ '1': 'Đ', '2': 'CĐ', year: 'CĐ' });
  });

  it('TT58 (TT26 shape): Đ with at least 2/3 Đ including the end-of-term test', () => {
    const threeOfFour = { regular: ['Đ', 'CĐ'], midterm: 'Đ', final: 'Đ' } as TermAssessments;
    const finalCd = { regular: ['Đ', 'Đ'], midterm: 'Đ', final: 'CĐ' } as TermAssessments;
    const half = { regular: ['CĐ', 'CĐ'], midterm: 'Đ', final: 'Đ' } as TermAssessments;
    expect(one('TT58', gdtc, threeOfFour, threeOfFour)).toMatchObject({ '1': 'Đ', year: 'Đ' });
    expect(one('TT58', gdtc, finalCd, finalCd)).toMatchObject({ '1': 'CĐ', year: 'CĐ' });
    expect(one('TT58', gdtc, half, half)['1']).toBe('CĐ');
    // TT58 year: HK I CĐ and HK II Đ → Đ; HK I Đ and HK II CĐ → CĐ
    expect(one('TT58', gdtc, half, threeOfFour).year).toBe('Đ');
    expect(one('TT58', gdtc, threeOfFour, half).year).toBe('CĐ');
  });

  it('TT58_2011: exactly 2/3 Đ with the semester test Đ is Đ; below 2/3 is CĐ', () => {
    const s: SubjectInput = { id: 'td', name: 'Thể dục', kind: 'comment', periodsPerWeek: 2 }; // 3 coef1
    const twoThirds = { coef1: ['Đ', 'Đ', 'CĐ', 'CĐ'], coef2: ['Đ'], exam: 'Đ' } as TermAssessments; // 4/6
    const below = { coef1: ['Đ', 'CĐ', 'CĐ'], coef2: ['Đ'], exam: 'Đ' } as TermAssessments; // 3/5
    const examCd = { coef1: ['Đ', 'Đ', 'Đ'], coef2: ['Đ'], exam: 'CĐ' } as TermAssessments;
    expect(one('TT58_2011', s, twoThirds)['1']).toBe('Đ');
    expect(one('TT58_2011', s, below)['1']).toBe('CĐ');
    expect(one('TT58_2011', s, examCd)['1']).toBe('CĐ');
  });
});

describe('TT58_2011 coefficients', () => {
  const s: SubjectInput = {
    id: 'toan',
    name: 'Toán',
    kind: 'scored',
    periodsPerWeek: 1,
    key: true,
  };

  it('(ΣKTtx + 2·ΣKTđk + 3·KThk) / (nKTtx + 2·nKTđk + 3)', () => {
    // (15 + 2·15 + 21) / (2 + 4 + 3) = 66 / 9 = 7,33 → 7,3
    expect(one('TT58_2011', s, { coef1: [8, 7], coef2: [6, 9], exam: 7 })['1']).toBe(7.3);
  });

  it('names the missing coefficient groups', () => {
    expect(one('TT58_2011', s, { coef1: [8], coef2: [], exam: null }).missing.slice(0, 3)).toEqual([
      '1.coef1',
      '1.coef2',
      '1.exam',
    ]);
  });

  it('periodTestCount sets the required period tests', () => {
    const two = { ...s, periodTestCount: 2 };
    expect(one('TT58_2011', two, { coef1: [8, 8], coef2: [8], exam: 8 }).missing).toContain(
      '1.coef2',
    );
  });
});

describe('policy: a subject taught in one term takes that term result for the year', () => {
  it('HK II only', () => {
    const s: SubjectInput = { ...toan, terms: [2] };
    const r = one('TT22', s, null, { regular: [6, 6, 6, 6], midterm: 7, final: 7.5 });
    expect(r).toEqual({ '1': null, '2': 6.7, year: 6.7, yearAfterReassessment: null, missing: [] });
  });
});
