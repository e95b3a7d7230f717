// TT58 (as amended by TT26) and TT58_2011: học lực table, adjustment rows, key subjects, titles,
// hạnh kiểm, exemption, promotion with re-test and summer training.
import { grade } from '../../../src/domain/rules';
import type { RuleSetId, StudentInput, SubjectInput } from '../../../src/domain/rules';
import { gradeOne, student, subjects, values, type Values } from './helpers';

const year = (v: Values, ruleSet: RuleSetId = 'TT58', list = subjects(ruleSet)) =>
  gradeOne(ruleSet, student(ruleSet, v), list).year;

describe('TT58 học lực table (Điều 13)', () => {
  it.each([
    ['Giỏi', values({}, 8.5)],
    ['Giỏi', values({ gdcd: 6.5, cn: 9.5 }, 8)], // average 72 / 9 = 8,0 exactly, lowest 6,5
    ['Khá', values({}, 7)],
    ['Khá', values({ gdcd: 6.4 }, 9)], // lowest under 6,5 (one-level drop, not adjusted)
    ['Trung bình', values({}, 5.5)],
    ['Yếu', values({}, 4)],
    ['Kém', values({}, 3)],
    ['Kém', values({ toan: 1.9 }, 3.5)], // average ≥ 3,5 but one subject under 2,0
  ])('%s', (level, v) => {
    expect(year(v).academic).toBe(level);
  });

  it('the all-subject average is the plain mean of the subject averages, exact and half-up', () => {
    const two: SubjectInput[] = [
      { id: 'toan', name: 'Toán', kind: 'scored', periodsPerYear: 140, key: true },
      { id: 'van', name: 'Ngữ văn', kind: 'scored', periodsPerYear: 140, key: true },
    ];
    const y = year({ toan: 7.4, van: 7.5 }, 'TT58', two); // 7,45 → 7,5
    expect(y.average).toBe(7.5);
    expect(y.academic).toBe('Khá');
    const r = gradeOne('TT58', student('TT58', { toan: 7.4, van: 7.5 }), two);
    expect(r.terms['1'].average).toBe(7.5);
  });

  it('comment subjects must all be Đ from Trung bình up', () => {
    // 9,0 everywhere with one CĐ: Yếu by the table; the adjustment then raises it one level
    const y = year(values({ gdtc: 'CĐ' }, 9));
    expect(y).toMatchObject({ academic: 'Trung bình', adjustedFrom: 'Yếu', adjustedBy: 'gdtc' });
  });

  it('a key subject at the threshold: Toán or Ngữ văn ≥ 8,0 for Giỏi', () => {
    const v = values({ toan: 7.9, van: 7.9 }, 8.5);
    const y = year(v);
    expect(y.academic).toBe('Khá');
    expect(y.reasons[0]).toContain('không có môn nào trong Ngữ văn, Toán đạt từ 8,0 trở lên');
    expect(year({ ...v, van: 8 }).academic).toBe('Giỏi');
  });

  it('TT26: Ngoại ngữ counts as a key subject; under TT58_2011 it does not', () => {
    const v = values({ toan: 7.5, van: 7.5, anh: 9 }, 8.5); // average (15 + 9 + 6·8,5) / 9 = 8,3
    expect(year(v, 'TT58', subjects('TT58', ['toan', 'van', 'anh'])).academic).toBe('Giỏi');
    expect(year(v, 'TT58_2011', subjects('TT58_2011', ['toan', 'van'])).academic).toBe('Khá');
  });

  it('a lớp chuyên also needs the specialised subject at the threshold', () => {
    const list = subjects('TT58').map((s) => (s.id === 'tin' ? { ...s, specialised: true } : s));
    expect(year(values({ tin: 7.9 }, 8.5), 'TT58', list).academic).toBe('Khá');
    expect(year(values({ tin: 8 }, 8.5), 'TT58', list).academic).toBe('Giỏi');
  });
});

describe('TT58 adjustment (Điều 13.6), each row', () => {
  it('Giỏi → Trung bình becomes Khá', () => {
    expect(year(values({ toan: 4 }, 9))).toMatchObject({
      academic: 'Khá',
      adjustedFrom: 'Trung bình',
      adjustedBy: 'toan',
    });
  });

  it('Giỏi → Yếu becomes Trung bình', () => {
    const y = year(values({ toan: 3 }, 9));
    expect(y).toMatchObject({ academic: 'Trung bình', adjustedFrom: 'Yếu', adjustedBy: 'toan' });
    expect(y.reasons).toContain(
      'Điều chỉnh từ Yếu lên Trung bình vì môn Toán (TT58/TT26 Điều 13.6)',
    );
  });

  it('Khá → Yếu becomes Trung bình', () => {
    // average (56 + 3) / 9 = 6,6: Khá band
    expect(year(values({ toan: 3 }, 7))).toMatchObject({
      academic: 'Trung bình',
      adjustedFrom: 'Yếu',
    });
  });

  it('Khá → Kém becomes Yếu', () => {
    // average (60 + 1) / 9 = 6,8 (Khá band, not Giỏi); Toán 1,0 under 2,0 → Kém
    expect(year(values({ toan: 1 }, 7.5))).toMatchObject({ academic: 'Yếu', adjustedFrom: 'Kém' });
  });

  it('policy: Giỏi → Kém (not listed) becomes Yếu as the Khá → Kém row', () => {
    expect(year(values({ toan: 1 }, 9.5))).toMatchObject({ academic: 'Yếu', adjustedFrom: 'Kém' });
  });

  it('TT58_2011 uses the same rows', () => {
    expect(year(values({ toan: 4 }, 9), 'TT58_2011')).toMatchObject({
      academic: 'Khá',
      adjustedFrom: 'Trung bình',
    });
  });

  it('two subjects: no adjustment; one-level drop: no adjustment', () => {
    expect(year(values({ toan: 4, gdcd: 4 }, 9))).toMatchObject({
      academic: 'Trung bình',
      adjustedFrom: null,
    });
    expect(year(values({ gdcd: 6 }, 9))).toMatchObject({ academic: 'Khá', adjustedFrom: null });
  });
});

describe('TT58 hạnh kiểm and titles (Điều 18)', () => {
  const with58 = (v: Values, conduct: StudentInput['conduct']) =>
    gradeOne('TT58', student('TT58', v, v, { conduct }));

  it('year hạnh kiểm defaults to HK II; a GVCN entry wins', () => {
    expect(with58(values(), { '1': 'Khá', '2': 'Tốt' }).year.conduct).toBe('Tốt');
    expect(with58(values(), { '1': 'Khá', '2': 'Tốt', year: 'Khá' }).year.conduct).toBe('Khá');
  });

  it.each([
    ['Giỏi', 'Tốt', 'Học sinh Giỏi'],
    ['Giỏi', 'Khá', 'Học sinh Tiên tiến'],
    ['Khá', 'Tốt', 'Học sinh Tiên tiến'],
    ['Khá', 'Khá', 'Học sinh Tiên tiến'],
    ['Khá', 'Trung bình', null],
    ['Trung bình', 'Tốt', null],
  ])('học lực %s, hạnh kiểm %s → %p (per term and year)', (level, conduct, title) => {
    const v = values({}, level === 'Giỏi' ? 8.5 : level === 'Khá' ? 7 : 5.5);
    const c = conduct as 'Tốt';
    const r = with58(v, { '1': c, '2': c });
    expect(r.terms['1']).toMatchObject({ academic: level, title });
    expect(r.year).toMatchObject({ academic: level, title });
  });
});

describe('TT58 exemption (Thể dục, Âm nhạc, Mỹ thuật)', () => {
  it('exempted for the year: out of the classification, no results required', () => {
    const v = values({}, 8.5);
    delete v['gdtc'];
    const r = gradeOne('TT58', student('TT58', v, v, { exempt: { gdtc: 'year' } }));
    expect(r.subjects['gdtc']).toEqual({
      '1': null,
      '2': null,
      year: null,
      yearAfterReassessment: null,
      missing: [],
      exempt: 'year',
    });
    expect(r.year).toMatchObject({ academic: 'Giỏi', complete: true });
    expect(r.year.reasons[0]).toBe(
      'Miễn học môn Giáo dục thể chất cả năm: không tính khi xếp loại (TT58 Điều 6).',
    );
  });

  it('exempted for one term: the other term gives the year result', () => {
    const t1 = values({}, 8.5);
    delete t1['gdtc'];
    const t2 = values({ gdtc: 'CĐ' }, 8.5);
    const r = gradeOne('TT58', student('TT58', t1, t2, { exempt: { gdtc: '1' } }));
    expect(r.subjects['gdtc']).toMatchObject({ '1': null, '2': 'CĐ', year: 'CĐ', missing: [] });
    expect(r.terms['1'].academic).toBe('Giỏi');
    expect(r.terms['2'].academic).toBe('Trung bình'); // Yếu adjusted (CĐ culprit)
  });
});

describe('TT58 promotion (Điều 15–17)', () => {
  const promote = (v: Values, extra: Partial<StudentInput>) =>
    gradeOne('TT58', student('TT58', v, v, extra)).year;

  it('promoted at Trung bình / Trung bình; 46 days absent → not promoted', () => {
    const c = { '1': 'Trung bình', '2': 'Trung bình' } as const;
    expect(promote(values({}, 5), { conduct: c }).promotion).toBe('promoted');
    expect(
      promote(values({}, 5), { conduct: c, absences: { excused: 45, unexcused: 0 } }).promotion,
    ).toBe('promoted');
    const out = promote(values({}, 5), { conduct: c, absences: { excused: 30, unexcused: 16 } });
    expect(out.promotion).toBe('not-promoted');
    expect(out.reasons).toContain(
      'Nghỉ 46 buổi (quá 45 buổi): không được lên lớp, bất kể kết quả (TT58 Điều 15.2).',
    );
  });

  it('học lực Kém → not promoted; Yếu with hạnh kiểm Yếu → not promoted', () => {
    expect(promote(values({}, 3), {}).promotion).toBe('not-promoted');
    expect(promote(values({}, 4), { conduct: { '1': 'Yếu', '2': 'Yếu' } }).promotion).toBe(
      'not-promoted',
    );
  });

  it('học lực Yếu → re-test of subjects the student chooses; học lực recomputed', () => {
    const v = values({ gdcd: 3, cn: 4 }, 5); // lowest 3,0 < 3,5 → Yếu
    const pending = promote(v, {});
    expect(pending).toMatchObject({
      academic: 'Yếu',
      promotion: 'reassessment',
      promotionAfterSummer: null,
    });
    // the student chose Giáo dục công dân only: (5 + 4 + 35) / 9 = 4,9 → still Yếu
    const weak = promote(v, { reassessment: { gdcd: 5 } });
    expect(weak).toMatchObject({
      academicAfterReassessment: 'Yếu',
      averageAfterReassessment: 4.9,
      promotionAfterSummer: 'not-promoted',
    });
    expect(weak.reasons).toContain('Sau kiểm tra lại: Yếu, điểm trung bình các môn 4,9.');
    // (6 + 4 + 35) / 9 = 5,0, lowest 4,0 ≥ 3,5 → Trung bình
    const ok = gradeOne('TT58', student('TT58', v, v, { reassessment: { gdcd: 6 } }));
    expect(ok.year).toMatchObject({
      academic: 'Yếu',
      average: 4.7,
      academicAfterReassessment: 'Trung bình',
      averageAfterReassessment: 5,
      promotionAfterSummer: 'promoted',
    });
    expect(ok.subjects['gdcd']).toMatchObject({ year: 3, yearAfterReassessment: 6 });
    expect(ok.subjects['cn']).toMatchObject({ year: 4, yearAfterReassessment: null });
  });

  it('hạnh kiểm Yếu with học lực ≥ Trung bình → summer training', () => {
    const c = { '1': 'Khá', '2': 'Yếu' } as const;
    expect(promote(values(), { conduct: c })).toMatchObject({ promotion: 'summer-training' });
    expect(promote(values(), { conduct: c, summerConduct: 'Trung bình' })).toMatchObject({
      conductAfterSummer: 'Trung bình',
      promotionAfterSummer: 'promoted',
    });
    expect(promote(values(), { conduct: c, summerConduct: 'Yếu' }).promotionAfterSummer).toBe(
      'not-promoted',
    );
  });
});

describe('TT58_2011 end to end', () => {
  it('grades a class with the coefficient shape', () => {
    const out = grade({
      ruleSet: 'TT58_2011',
      subjects: subjects('TT58_2011'),
      students: [student('TT58_2011', values({}, 8))],
    });
    expect(out.students[0]!.year).toMatchObject({
      academic: 'Giỏi',
      average: 8,
      title: 'Học sinh Giỏi',
    });
  });
});
