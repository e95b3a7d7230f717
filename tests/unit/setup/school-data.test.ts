// Setup input checks: a valid school reads cleanly; every bad input is listed with its place.
import { describeProblem, type Cell } from '../../../src/domain/control';
import { importRoster, readSchool, studentIdFor } from '../../../src/domain/setup';
import { student, students, tables } from './fixtures';

function problemsOf(patch: (t: ReturnType<typeof tables>) => void) {
  const t = tables();
  patch(t);
  return readSchool(t).problems;
}

describe('readSchool', () => {
  it('reads a valid school with no problems', () => {
    const { data, problems } = readSchool(tables());
    expect(problems).toEqual([]);
    expect(data.classes.map((c) => c.id)).toEqual(['10A1', '11A1']);
    expect(data.students).toHaveLength(4);
    expect(data.subjects.filter((s) => s.grade === 10)).toHaveLength(12);
  });

  it('lists every problem at once, each with sheet, row and column', () => {
    const problems = problemsOf((t) => {
      t.students = students([
        student('10A1', '', '01/01/2010'),
        student('10A9', 'Lê Văn An', '01/01/2010'),
        student('10A1', 'Phan Văn Bình', '31/02/2010'),
        student('10A1', 'Hồ Văn Chí', '01/01/2010', 'Nam', { id: 'HS1' }),
        student('10A1', 'Võ Thị Dung', '02/01/2010', 'Nữ', { id: 'HS1' }),
      ]);
      (t.teachers[2] as Cell[])[2] = '';
      (t.subjects[1] as Cell[])[3] = '';
    });
    const lines = problems.map(describeProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Học sinh, dòng 2, cột «Họ và tên»: họ và tên trống. Hãy nhập họ và tên học sinh hoặc xóa dòng này.',
        'Học sinh, dòng 3, cột «Lớp»: lớp «10A9» không có trong trang «Lớp».',
        'Học sinh, dòng 4, cột «Ngày sinh»: ngày «31/02/2010» không tồn tại hoặc sai dạng dd/mm/yyyy.',
        expect.stringMatching(/^Học sinh, dòng 6, cột «Mã HS»: mã học sinh «HS1» trùng với dòng 5/),
        'Giáo viên, dòng 3, cột «Email»: không được để trống.',
        'Môn học, dòng 2, cột «Hình thức đánh giá»: không được để trống.',
      ]),
    );
  });

  it('flags names that differ only in Unicode form (NFC vs NFD)', () => {
    const nfc = 'Nguyễn Thị Ánh';
    const { problems } = importRoster(
      'Học sinh',
      students([
        student('10A1', nfc, '12/03/2010', 'Nữ', { id: 'A' }),
        student('10A1', nfc.normalize('NFD'), '12/03/2010', 'Nữ', { id: 'B' }),
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'Học sinh', row: 3, column: 'Họ và tên' });
    expect(problems[0]!.message).toContain('khác mã Unicode');
  });

  it('refuses unknown teachers, duplicate classes, unknown subjects, a missing admin', () => {
    const problems = problemsOf((t) => {
      (t.classes[2] as Cell[])[0] = '10A1';
      (t.classes[1] as Cell[])[3] = 'ai-do@truong.edu.vn';
      (t.assignments[1] as Cell[])[1] = 'thien-van';
      (t.teachers[1] as Cell[])[3] = 'Giáo viên';
    });
    const lines = problems.map(describeProblem).join('\n');
    expect(lines).toContain('Lớp, dòng 3, cột «Mã lớp»: mã lớp «10A1» trùng với dòng 2.');
    expect(lines).toContain(
      'Lớp, dòng 2, cột «Email GVCN»: giáo viên «ai-do@truong.edu.vn» không có',
    );
    expect(lines).toContain(
      'Phân công, dòng 2, cột «Mã môn»: môn «thien-van» không có trong danh sách môn của khối 10.',
    );
    expect(lines).toContain('chưa có ai có vai trò «Quản trị»');
  });
});

describe('importRoster', () => {
  it('accepts header aliases, split name columns, a Nữ column, and normalises to NFC', () => {
    const values: Cell[][] = [
      ['DANH SÁCH HỌC SINH LỚP 10A1'],
      [
        'STT',
        'Họ và đệm',
        'Tên',
        'Ngày tháng năm sinh',
        'Nữ',
        'Dân tộc',
        'Chỗ ở hiện nay',
        'Họ tên bố',
      ],
      [
        1,
        'Nguyễn Thị'.normalize('NFD'),
        'Ánh',
        '5/9/2010',
        'x',
        'Tày',
        'Cao Bằng',
        'Nguyễn Văn Ba',
      ],
      [2, 'Lê  Văn', 'An', new Date('2010-01-01T00:00:00+07:00'), '', '', '', ''],
    ];
    const { students: s, problems } = importRoster('Sheet1', values, { classId: '10A1' });
    expect(problems).toEqual([]);
    expect(s.map((x) => [x.fullName, x.birthDate, x.sex, x.ethnicity, x.row])).toEqual([
      ['Nguyễn Thị Ánh', '2010-09-05', 'Nữ', 'Tày', 3],
      ['Lê Văn An', '2010-01-01', 'Nam', 'Kinh', 4],
    ]);
    expect(s[0]!.fullName).toBe(s[0]!.fullName.normalize('NFC'));
    expect(s[0]!.address).toBe('Cao Bằng');
    expect(s[0]!.fatherName).toBe('Nguyễn Văn Ba');
    expect(s[0]!.id).toBe(studentIdFor('Nguyễn Thị Ánh', '2010-09-05'));
  });

  it('accepts "Ho va ten" without diacritics and gives stable ids whatever the order', () => {
    const a = importRoster('S', [
      ['Ho va ten', 'Ngay sinh', 'Gioi tinh', 'Lop'],
      ['Trần Bình', '01/02/2010', 'nam', '10A1'],
      ['Lý Chi', '03/04/2010', 'Nữ', '10A1'],
    ]);
    const b = importRoster('S', [
      ['Họ tên', 'Ngày sinh', 'Giới tính', 'Lớp'],
      ['Lý Chi', '03/04/2010', 'nữ', '10A1'],
      ['Trần Bình', '01/02/2010', 'Nam', '10A1'],
    ]);
    expect(a.problems).toEqual([]);
    expect(new Set(a.students.map((x) => x.id))).toEqual(new Set(b.students.map((x) => x.id)));
  });

  it('says when no name header is found', () => {
    expect(importRoster('S', [['a', 'b']]).problems[0]!.message).toContain('Họ và tên');
  });
});
