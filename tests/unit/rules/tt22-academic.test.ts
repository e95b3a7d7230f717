// TT22 kết quả học tập (Điều 9.2), the one-subject adjustment (Điều 9.3) and titles (Điều 15).
import { gradeOne, student, subjects, values } from './helpers';
import type { SubjectInput } from '../../../src/domain/rules';

const year = (v: ReturnType<typeof values>) => gradeOne('TT22', student('TT22', v)).year;

describe('TT22 levels', () => {
  it('Tốt: all Đ, all ≥ 6,5, at least 6 subjects ≥ 8,0', () => {
    const y = year(values({ toan: 6.5, van: 6.5, anh: 7.9 }, 8)); // 6 subjects at 8,0
    expect(y.academic).toBe('Tốt');
    expect(y.reasons).toContain(
      'Mức Tốt (TT22 Điều 9.2.a): mọi môn nhận xét đạt Đ, mọi môn tính điểm từ 6,5 trở lên, 6 môn từ 8,0 trở lên.',
    );
  });

  it('only 5 subjects ≥ 8,0 → Khá, naming the count', () => {
    const y = year(values({ toan: 7.9, van: 7.9, anh: 7.9, gdcd: 7.9 }, 8));
    expect(y.academic).toBe('Khá');
    expect(y.reasons[0]).toBe(
      'Không đạt mức Tốt: chỉ có 5 môn tính điểm từ 8,0 trở lên (cần ít nhất 6).',
    );
  });

  it('Khá: all ≥ 5,0 and at least 6 ≥ 6,5', () => {
    expect(year(values({}, 7)).academic).toBe('Khá');
    expect(year(values({ toan: 5, van: 5, anh: 5 }, 6.5)).academic).toBe('Khá');
  });

  it('Đạt: at most one CĐ, at least 6 ≥ 5,0, none < 3,5', () => {
    expect(year(values({}, 5.5)).academic).toBe('Đạt');
    expect(year(values({ toan: 3.5, van: 3.5, anh: 3.5 }, 5)).academic).toBe('Đạt');
  });

  it('a subject under 3,5 → Chưa đạt (when no adjustment applies)', () => {
    const y = year(values({ toan: 3.4 }, 5));
    expect(y.academic).toBe('Chưa đạt');
    expect(y.reasons).toContain('Không đạt mức Đạt: môn dưới 3,5: Toán 3,4.');
  });

  it('fewer than 6 scored subjects ≥ 5,0 → Chưa đạt even with 10,0 elsewhere', () => {
    const y = year(values({ toan: 10, van: 10, anh: 10, gdcd: 10, lsdl: 10 }, 4.9));
    expect(y.academic).toBe('Chưa đạt');
    expect(y.adjustedFrom).toBeNull();
    expect(y.reasons).toContain(
      'Không đạt mức Đạt: chỉ có 5 môn tính điểm từ 5,0 trở lên (cần ít nhất 6).',
    );
  });

  it('a class with only 5 scored subjects can never reach Đạt', () => {
    const few = subjects('TT22').filter((s) => !['cn', 'tin', 'gdqp', 'khtn'].includes(s.id));
    const v = {
      toan: 9.5,
      van: 9.5,
      anh: 9.5,
      gdcd: 9.5,
      lsdl: 9.5,
      gdtc: 'Đ',
      nt: 'Đ',
      hdtn: 'Đ',
    } as const;
    const r = gradeOne('TT22', student('TT22', v), few);
    expect(r.year.academic).toBe('Chưa đạt');
    expect(r.terms['1'].academic).toBe('Chưa đạt');
  });

  it('two CĐ → Chưa đạt, no adjustment', () => {
    const y = year(values({ gdtc: 'CĐ', nt: 'CĐ' }, 9));
    expect(y.academic).toBe('Chưa đạt');
    expect(y.adjustedFrom).toBeNull();
  });
});

describe('TT22 Điều 9.3 adjustment', () => {
  it('Tốt → Đạt because of one subject becomes Khá', () => {
    const y = year(values({ toan: 4 }, 9));
    expect(y).toMatchObject({ academic: 'Khá', adjustedFrom: 'Đạt', adjustedBy: 'toan' });
    expect(y.reasons).toContain('Điều chỉnh từ Đạt lên Khá vì môn Toán (TT22 Điều 9.3)');
  });

  it('Tốt → Chưa đạt because of one subject becomes Đạt', () => {
    const y = year(values({ van: 3 }, 9));
    expect(y).toMatchObject({ academic: 'Đạt', adjustedFrom: 'Chưa đạt', adjustedBy: 'van' });
    expect(y.reasons).toContain('Điều chỉnh từ Chưa đạt lên Đạt vì môn Ngữ văn (TT22 Điều 9.3)');
  });

  it('Khá → Chưa đạt because of one subject becomes Đạt', () => {
    const y = year(values({ tin: 2.5 }, 7));
    expect(y).toMatchObject({ academic: 'Đạt', adjustedFrom: 'Chưa đạt', adjustedBy: 'tin' });
  });

  it('a comment-subject culprit: one CĐ pulling Tốt to Đạt becomes Khá', () => {
    const y = year(values({ gdtc: 'CĐ' }, 9));
    expect(y).toMatchObject({ academic: 'Khá', adjustedFrom: 'Đạt', adjustedBy: 'gdtc' });
    expect(y.reasons).toContain(
      'Điều chỉnh từ Đạt lên Khá vì môn Giáo dục thể chất (TT22 Điều 9.3)',
    );
  });

  it('two different subjects pulling the level down: no adjustment', () => {
    const y = year(values({ toan: 4, van: 4 }, 9));
    expect(y).toMatchObject({ academic: 'Đạt', adjustedFrom: null, adjustedBy: null });
    const z = year(values({ toan: 3, gdtc: 'CĐ' }, 9));
    expect(z).toMatchObject({ academic: 'Chưa đạt', adjustedFrom: null });
  });

  it('a one-level drop is not adjusted (Tốt → Khá stays Khá)', () => {
    expect(year(values({ toan: 6 }, 9))).toMatchObject({ academic: 'Khá', adjustedFrom: null });
  });

  it('adjusts per term as well', () => {
    const r = gradeOne('TT22', student('TT22', values({ toan: 4 }, 9), values({}, 9)));
    expect(r.terms['1']).toMatchObject({
      academic: 'Khá',
      adjustedFrom: 'Đạt',
      adjustedBy: 'toan',
    });
    expect(r.terms['2']).toMatchObject({ academic: 'Tốt', adjustedFrom: null });
    // year: toan (4 + 2·9) / 3 = 7,3 → Tốt? no: 7,3 ≥ 6,5 and 8 subjects at 9,0 → Tốt
    expect(r.year.academic).toBe('Tốt');
  });
});

describe('TT22 titles (Điều 15.1.a)', () => {
  it('exactly 6 subjects ≥ 9,0 → Học sinh Xuất sắc', () => {
    const y = year(values({ cn: 8.9, tin: 8.9, gdqp: 8.9 }, 9));
    expect(y.title).toBe('Học sinh Xuất sắc');
    expect(y.reasons).toContain(
      'Danh hiệu Học sinh Xuất sắc: rèn luyện Tốt, học tập Tốt, 6 môn có ĐTBmcn từ 9,0 trở lên (TT22 Điều 15.1.a).',
    );
  });

  it('5 subjects ≥ 9,0 → Học sinh Giỏi', () => {
    expect(year(values({ khtn: 8.9, cn: 8.9, tin: 8.9, gdqp: 8.9 }, 9)).title).toBe(
      'Học sinh Giỏi',
    );
  });

  it('needs year conduct Tốt', () => {
    const s = student('TT22', values({}, 9.5), undefined, { conduct: { '1': 'Tốt', '2': 'Khá' } });
    const r = gradeOne('TT22', s);
    expect(r.year).toMatchObject({ academic: 'Tốt', conduct: 'Khá', title: null });
  });

  it('no titles per term under TT22', () => {
    const r = gradeOne('TT22', student('TT22', values({}, 9.5)));
    expect(r.terms['1'].title).toBeNull();
    expect(r.terms['2'].title).toBeNull();
    expect(r.year.title).toBe('Học sinh Xuất sắc');
  });

  it('an adjusted Khá is not Tốt: no title', () => {
    expect(year(values({ toan: 4 }, 9.5)).title).toBeNull();
  });
});

describe('TT22 exemption (Điều 10)', () => {
  it('only the practical part: the subject still needs its full set of results', () => {
    const v = values({}, 8);
    const s = student('TT22', v, v, { exempt: { gdtc: 'year' } });
    delete s.terms['2']!['gdtc'];
    const r = gradeOne('TT22', s);
    expect(r.subjects['gdtc']).toMatchObject({ '1': 'Đ', '2': null, exempt: 'year' });
    expect(r.subjects['gdtc']!.missing).toEqual(['2.regular', '2.midterm', '2.final']);
    expect(r.terms['2'].academic).toBeNull();
    expect(r.year.reasons[0]).toContain('Miễn phần thực hành môn Giáo dục thể chất');
  });
});

describe('one-term subject policy in classification', () => {
  it('a subject taught in HK II only is left out of HK I and carries its HK II result to the year', () => {
    const list: SubjectInput[] = subjects('TT22').map((s) =>
      s.id === 'cn' ? { ...s, terms: [2] } : s,
    );
    const t1 = values({}, 8);
    delete t1['cn'];
    const r = gradeOne('TT22', student('TT22', t1, values({ cn: 6 }, 8)), list);
    expect(r.subjects['cn']).toMatchObject({ '1': null, '2': 6, year: 6, missing: [] });
    expect(r.terms['1'].academic).toBe('Tốt');
    expect(r.terms['2'].academic).toBe('Khá'); // cn 6,0 < 6,5
    expect(r.year.academic).toBe('Khá');
  });
});
