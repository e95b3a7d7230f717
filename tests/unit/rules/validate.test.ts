// Validation of untrusted grade input: every error names its field, in Vietnamese.
import { validateGradeInput } from '../../../src/domain/rules';

const subjects = [
  { id: 'toan', name: 'Toán', kind: 'scored', periodsPerYear: 105, key: true },
  { id: 'gdtc', name: 'Giáo dục thể chất', kind: 'comment', periodsPerYear: 70 },
];
const ok = (student: Record<string, unknown>, ruleSet = 'TT22', list: unknown[] = subjects) =>
  validateGradeInput({ ruleSet, subjects: list, students: [{ id: 'a', terms: {}, ...student }] });
const errors = (r: ReturnType<typeof validateGradeInput>) => (r.ok ? [] : r.errors);

describe('validateGradeInput', () => {
  it('accepts the issue example and converts text scores with a decimal comma', () => {
    const r = ok({
      terms: {
        '1': {
          toan: { regular: ['8', '7,5', 9, 8], midterm: 7, final: '8.5' },
          gdtc: { regular: ['Đ', 'Đ'], midterm: 'Đ', final: 'Đ' },
        },
        '2': {},
      },
      conduct: { '1': 'Tốt', '2': 'Khá' },
      absences: { excused: 3, unexcused: 1 },
      reassessment: { toan: 5.5 },
      summerConduct: 'Đạt',
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.input.students[0]!.terms['1']!['toan']).toEqual({
        regular: [8, 7.5, 9, 8],
        midterm: 7,
        final: 8.5,
      });
    }
  });

  it('names a bad score with its path', () => {
    const r = ok({ terms: { '1': { toan: { regular: [8, 7, 11], midterm: 7.25, final: 'x' } } } });
    expect(errors(r)).toEqual([
      'students[0].terms.1.toan.regular[2]: điểm "11" không hợp lệ (phải từ 0 đến 10, tối đa một chữ số thập phân)',
      'students[0].terms.1.toan.midterm: điểm "7.25" không hợp lệ (phải từ 0 đến 10, tối đa một chữ số thập phân)',
      'students[0].terms.1.toan.final: điểm "x" không hợp lệ (phải từ 0 đến 10, tối đa một chữ số thập phân)',
    ]);
  });

  it('rejects a score for a comment subject and a mark for a scored one', () => {
    const r = ok({ terms: { '1': { gdtc: { regular: [8] }, toan: { final: 'Đ' } } } });
    expect(errors(r)).toEqual([
      'students[0].terms.1.gdtc.regular[0]: môn đánh giá bằng nhận xét chỉ nhận "Đ" hoặc "CĐ", không nhận "8"',
      'students[0].terms.1.toan.final: điểm "Đ" không hợp lệ (phải từ 0 đến 10, tối đa một chữ số thập phân)',
    ]);
  });

  it('reads lower-case marks as Đ / CĐ', () => {
    const r = ok({ terms: { '1': { gdtc: { regular: ['đ', 'cđ'], midterm: ' Đ ' } } } });
    expect(r.ok && r.input.students[0]!.terms['1']!['gdtc']).toEqual({
      regular: ['Đ', 'CĐ'],
      midterm: 'Đ',
      final: null,
    });
  });

  it('accepts marks written in decomposed Unicode (NFD)', () => {
    const r = ok({ terms: { '1': { gdtc: { regular: ['C\u0110'.normalize('NFD')] } } } });
    expect(r.ok).toBe(true);
  });

  it('rejects unknown subjects, terms, fields and the wrong assessment shape', () => {
    const r = ok({
      terms: { '3': {}, '1': { hoa: {}, toan: { coef1: [8] } } },
      reassessment: { ly: 5 },
      extra: true,
    });
    expect(errors(r)).toEqual([
      'students[0].extra: trường không được hỗ trợ (chỉ dùng: id, terms, conduct, absences, reassessment, summerConduct, exempt)',
      'students[0].terms.1.hoa: môn "hoa" không có trong danh sách môn học (subjects)',
      'students[0].terms.1.toan.coef1: trường không được hỗ trợ (chỉ dùng: regular, midterm, final)',
      'students[0].terms.3: học kì "3" không hợp lệ (chỉ "1" hoặc "2")',
      'students[0].reassessment.ly: môn "ly" không có trong danh sách môn học (subjects)',
    ]);
  });

  it('rejects a bad rule set before anything else', () => {
    expect(errors(ok({}, 'TT99'))).toEqual([
      'ruleSet: "TT99" không hợp lệ (phải là TT22, TT58 hoặc TT58_2011)',
    ]);
  });

  it('rejects bad levels for the rule set', () => {
    const r = ok({ conduct: { '1': 'Trung bình', year: 'Tốt' }, summerConduct: 'Giỏi' });
    expect(errors(r)).toEqual([
      'students[0].conduct.1: mức "Trung bình" không hợp lệ (phải là một trong: Chưa đạt, Đạt, Khá, Tốt)',
      'students[0].conduct.year: theo TT22 rèn luyện cả năm được tính từ hai học kì, không nhập trực tiếp',
      'students[0].summerConduct: mức "Giỏi" không hợp lệ (phải là một trong: Chưa đạt, Đạt, Khá, Tốt)',
    ]);
    expect(ok({ conduct: { '1': 'Trung bình', year: 'Khá' } }, 'TT58').ok).toBe(true);
  });

  it('checks subjects: ids, kinds, periods, key subjects for TT58', () => {
    const r = validateGradeInput({
      ruleSet: 'TT58',
      subjects: [
        { id: 'toán', name: 'Toán', kind: 'scored', periodsPerYear: 105 },
        { id: 'van', name: '', kind: 'number' },
        { id: 'van', name: 'Văn', kind: 'scored', periodsPerYear: -3, terms: [3] },
        { id: 'td', name: 'Thể dục', kind: 'comment', key: true },
      ],
      students: [],
    });
    expect(errors(r)).toEqual([
      'subjects[0].id: mã môn "toán" không hợp lệ (chỉ dùng chữ không dấu, chữ số, "-" và "_")',
      'subjects[1].name: phải là một chuỗi không rỗng',
      'subjects[1].kind: loại môn "number" không hợp lệ (phải là "scored" hoặc "comment")',
      'subjects[2].periodsPerYear: "-3" phải là số nguyên dương',
      'subjects[2]: thiếu periodsPerYear (số tiết cả năm) để biết số lần đánh giá thường xuyên',
      'subjects[2].terms: phải là danh sách học kì 1 và/hoặc 2, không trùng, không rỗng',
      'subjects[2].id: mã "van" bị trùng',
      'subjects[3]: môn đánh giá bằng nhận xét không thể là môn chủ chốt hay môn chuyên',
      'subjects: quy định TT58 cần đánh dấu "key": true cho Toán và Ngữ văn (và Ngoại ngữ theo TT26)',
    ]);
  });

  it('TT58_2011 needs periods per week and the coefficient shape', () => {
    const list = [{ id: 'toan', name: 'Toán', kind: 'scored', key: true }];
    expect(errors(ok({}, 'TT58_2011', list))).toEqual([
      'subjects[0]: thiếu periodsPerWeek (số tiết một tuần) để biết số bài kiểm tra hệ số 1 (TT58_2011)',
    ]);
    const good = [{ ...list[0], periodsPerWeek: 4 }];
    expect(
      ok({ terms: { '1': { toan: { coef1: [8], coef2: [7], exam: 9 } } } }, 'TT58_2011', good).ok,
    ).toBe(true);
  });

  it('checks absences, exemptions and duplicate students', () => {
    const r = validateGradeInput({
      ruleSet: 'TT58',
      subjects,
      students: [
        {
          id: 'a',
          terms: {},
          absences: { excused: -1, unexcused: 2.5 },
          exempt: { toan: 'year', gdtc: 'HK1' },
        },
        { id: 'a', terms: {} },
      ],
    });
    expect(errors(r)).toEqual([
      'students[0].absences.excused: "-1" phải là số nguyên không âm',
      'students[0].absences.unexcused: "2.5" phải là số nguyên không âm',
      'students[0].exempt.toan: theo TT58 chỉ miễn học môn đánh giá bằng nhận xét (Thể dục, Âm nhạc, Mỹ thuật)',
      'students[0].exempt.gdtc: "HK1" không hợp lệ (phải là "year", "1" hoặc "2")',
      'students[1].id: mã "a" bị trùng',
    ]);
  });

  it('rejects results for a term the subject is not taught in', () => {
    const list = [{ ...subjects[0], terms: [1] }];
    expect(errors(ok({ terms: { '2': { toan: { final: 8 } } } }, 'TT22', list))).toEqual([
      'students[0].terms.2.toan: môn Toán không học ở học kì 2 (xem subjects[].terms)',
    ]);
  });

  it('rejects what is not an object', () => {
    expect(errors(validateGradeInput([]))).toEqual(['input: phải là một đối tượng JSON ({ … })']);
    expect(errors(validateGradeInput({ ruleSet: 'TT22', subjects: {}, students: 3 }))).toEqual([
      'subjects: phải là một danh sách ([ … ])',
      'students: phải là một danh sách ([ … ])',
    ]);
  });
});
