// TT22 conduct year table (Điều 8.2) and promotion, re-assessment, summer training (Điều 12–14).
import { gradeOne, student, values } from './helpers';
import type { ConductLevelTT22, StudentInput } from '../../../src/domain/rules';

const LEVELS: ConductLevelTT22[] = ['Tốt', 'Khá', 'Đạt', 'Chưa đạt'];
// Rows HK II, columns HK I, exactly as the rules note prints the table.
const TABLE: Record<ConductLevelTT22, ConductLevelTT22[]> = {
  Tốt: ['Tốt', 'Tốt', 'Khá', 'Khá'],
  Khá: ['Khá', 'Khá', 'Khá', 'Đạt'],
  Đạt: ['Khá', 'Đạt', 'Đạt', 'Đạt'],
  'Chưa đạt': ['Chưa đạt', 'Chưa đạt', 'Chưa đạt', 'Chưa đạt'],
};
const CELLS = LEVELS.flatMap((hk2) => LEVELS.map((hk1, i) => [hk2, hk1, TABLE[hk2][i]!] as const));

describe('TT22 year conduct: every cell of the table', () => {
  it.each(CELLS)('HK II %s, HK I %s → %s', (hk2, hk1, expected) => {
    const r = gradeOne(
      'TT22',
      student('TT22', values(), values(), { conduct: { '1': hk1, '2': hk2 } }),
    );
    expect(r.year.conduct).toBe(expected);
    expect(r.year.reasons).toContain(
      `Rèn luyện cả năm ${expected}: HK I ${hk1}, HK II ${hk2} (TT22 Điều 8.2).`,
    );
  });

  it('a missing term conduct leaves the year conduct and promotion open', () => {
    const r = gradeOne('TT22', student('TT22', values(), values(), { conduct: { '1': 'Tốt' } }));
    expect(r.year).toMatchObject({ conduct: null, promotion: null, complete: false });
    expect(r.terms['2']).toMatchObject({ academic: 'Tốt', conduct: null, complete: false });
  });
});

const withAbsences = (excused: number, unexcused: number, extra: Partial<StudentInput> = {}) =>
  student('TT22', values(), values(), { absences: { excused, unexcused }, ...extra });

describe('TT22 promotion', () => {
  it('45 sessions absent → promoted; 46 → not promoted, whatever the results', () => {
    expect(gradeOne('TT22', withAbsences(40, 5)).year.promotion).toBe('promoted');
    const r = gradeOne('TT22', withAbsences(40, 6));
    expect(r.year).toMatchObject({ academic: 'Tốt', promotion: 'not-promoted', complete: true });
    expect(r.year.reasons).toContain(
      'Nghỉ 46 buổi (quá 45 buổi): không được lên lớp, bất kể kết quả (TT22 Điều 12.2).',
    );
  });

  it('no attendance data → promotion not decided', () => {
    const s = student('TT22', values(), values(), { absences: null });
    const r = gradeOne('TT22', s);
    expect(r.year).toMatchObject({ academic: 'Tốt', promotion: null, complete: false });
  });

  it('conduct Đạt and result Đạt → promoted', () => {
    const s = student('TT22', values({}, 5.5), undefined, { conduct: { '1': 'Đạt', '2': 'Đạt' } });
    expect(gradeOne('TT22', s).year).toMatchObject({
      academic: 'Đạt',
      conduct: 'Đạt',
      promotion: 'promoted',
      promotionAfterSummer: null,
    });
  });

  describe('year conduct Chưa đạt → summer training (Điều 13)', () => {
    const base = { conduct: { '1': 'Tốt', '2': 'Chưa đạt' } } as const;

    it('waits for the summer result', () => {
      const r = gradeOne('TT22', student('TT22', values(), values(), { ...base }));
      expect(r.year).toMatchObject({
        conduct: 'Chưa đạt',
        promotion: 'summer-training',
        promotionAfterSummer: null,
        conductAfterSummer: null,
      });
      expect(r.year.reasons).toContain('Chưa có kết quả rèn luyện trong hè.');
    });

    it('summer conduct Đạt → promoted; Chưa đạt → not promoted', () => {
      const ok = gradeOne(
        'TT22',
        student('TT22', values(), values(), { ...base, summerConduct: 'Đạt' }),
      );
      expect(ok.year).toMatchObject({
        promotionAfterSummer: 'promoted',
        conductAfterSummer: 'Đạt',
      });
      const ko = gradeOne(
        'TT22',
        student('TT22', values(), values(), { ...base, summerConduct: 'Chưa đạt' }),
      );
      expect(ko.year).toMatchObject({ promotionAfterSummer: 'not-promoted' });
    });

    it('policy: conduct and result both Chưa đạt → summer training, then re-assessment', () => {
      const weak = values({ toan: 4, van: 4, anh: 4, gdcd: 4 }, 6);
      const s = student('TT22', weak, weak, { ...base, summerConduct: 'Đạt' });
      const pending = gradeOne('TT22', s);
      expect(pending.year).toMatchObject({
        academic: 'Chưa đạt',
        promotion: 'summer-training',
        conductAfterSummer: 'Đạt',
        promotionAfterSummer: null,
      });
      expect(pending.year.reasons).toContain(
        'Nếu rèn luyện hè đạt, kiểm tra lại (TT22 Điều 14): Giáo dục công dân 4,0, Ngoại ngữ 4,0, Ngữ văn 4,0, Toán 4,0.',
      );
      s.summerConduct = null;
      s.reassessment = { toan: 5 };
      const waiting = gradeOne('TT22', s);
      expect(waiting.year.promotionAfterSummer).toBeNull();
      expect(waiting.year.reasons.some((r) => r.startsWith('Bỏ qua'))).toBe(false);
      s.summerConduct = 'Đạt';
      s.reassessment = { toan: 5, van: 5, anh: 5, gdcd: 5 };
      expect(gradeOne('TT22', s).year).toMatchObject({
        academicAfterReassessment: 'Đạt',
        promotionAfterSummer: 'promoted',
      });
    });
  });

  describe('result Chưa đạt with conduct ≥ Đạt → re-assessment (Điều 14)', () => {
    // 5 subjects at 6,0 and 4 under 5,0: fewer than 6 subjects ≥ 5,0 → Chưa đạt
    const weak = values({ toan: 4, van: 4.5, anh: 4, gdcd: 4.9 }, 6);

    it('lists every subject to re-assess and waits for all of them', () => {
      const r = gradeOne(
        'TT22',
        student('TT22', weak, weak, { reassessment: { toan: 6, van: 6 } }),
      );
      expect(r.year).toMatchObject({
        academic: 'Chưa đạt',
        promotion: 'reassessment',
        promotionAfterSummer: null,
        academicAfterReassessment: null,
      });
      expect(r.year.reasons).toContain(
        'Kiểm tra lại trong hè (TT22 Điều 14): Giáo dục công dân 4,9, Ngoại ngữ 4,0, Ngữ văn 4,5, Toán 4,0.',
      );
      expect(r.year.reasons).toContain(
        'Chưa có kết quả kiểm tra lại: Giáo dục công dân, Ngoại ngữ.',
      );
      expect(r.subjects['toan']!.yearAfterReassessment).toBeNull();
    });

    it('re-assessed results replace the year results; both are reported', () => {
      const s = student('TT22', weak, weak, {
        reassessment: { toan: 5, van: 6.5, anh: 3.5, gdcd: 5 },
      });
      const r = gradeOne('TT22', s);
      expect(r.subjects['toan']).toMatchObject({ year: 4, yearAfterReassessment: 5 });
      expect(r.subjects['anh']).toMatchObject({ year: 4, yearAfterReassessment: 3.5 });
      expect(r.subjects['khtn']!.yearAfterReassessment).toBeNull();
      expect(r.year).toMatchObject({
        academic: 'Chưa đạt',
        academicAfterReassessment: 'Đạt',
        promotion: 'reassessment',
        promotionAfterSummer: 'promoted',
      });
    });

    it('a failed re-assessment → not promoted', () => {
      const s = student('TT22', weak, weak, { reassessment: { toan: 3, van: 4, anh: 4, gdcd: 4 } });
      expect(gradeOne('TT22', s).year).toMatchObject({
        academicAfterReassessment: 'Chưa đạt',
        promotionAfterSummer: 'not-promoted',
      });
    });

    it('a CĐ comment subject is re-assessed with Đ/CĐ', () => {
      const v = values({ gdtc: 'CĐ', nt: 'CĐ' }, 8);
      const s = student('TT22', v, v, { reassessment: { gdtc: 'Đ', nt: 'Đ' } });
      const r = gradeOne('TT22', s);
      expect(r.year.academic).toBe('Chưa đạt');
      expect(r.subjects['gdtc']).toMatchObject({ year: 'CĐ', yearAfterReassessment: 'Đ' });
      expect(r.year).toMatchObject({
        academicAfterReassessment: 'Tốt', // nine subjects at 8,0, all Đ,
        promotionAfterSummer: 'promoted',
      });
    });

    it('ignores a re-assessment of a subject that did not need one, saying so', () => {
      const s = student('TT22', weak, weak, {
        reassessment: { toan: 5, van: 5, anh: 5, gdcd: 5, khtn: 2 },
      });
      const r = gradeOne('TT22', s);
      expect(r.subjects['khtn']!.yearAfterReassessment).toBeNull();
      expect(r.year.academicAfterReassessment).toBe('Đạt');
      expect(r.year.reasons).toContain(
        'Bỏ qua kết quả kiểm tra lại môn Khoa học tự nhiên: môn này không thuộc diện kiểm tra lại.',
      );
    });
  });

  it('summer results of a promoted student are ignored', () => {
    const r = gradeOne(
      'TT22',
      withAbsences(0, 0, { summerConduct: 'Tốt', reassessment: { toan: 10 } }),
    );
    expect(r.year).toMatchObject({
      promotion: 'promoted',
      promotionAfterSummer: null,
      conductAfterSummer: null,
      academicAfterReassessment: null,
    });
    expect(r.subjects['toan']!.yearAfterReassessment).toBeNull();
  });
});
