// Control workbook tabs: row ⇄ object codecs, header location, problems with place, settings.
import {
  ASSIGNMENTS,
  CLASSES,
  CONTROL_TAB_NAMES,
  decodeSettings,
  decodeTab,
  encodeSettings,
  encodeTab,
  parseDate,
  parseDateTime,
  SUBJECTS,
  TEACHERS,
  WINDOWS,
  type ControlSettings,
} from '../../../src/domain/control';
import {
  appendTab,
  MemoryControlStore,
  readTab,
  replaceTab,
} from '../../../src/app/ports/control-store';

describe('control tabs', () => {
  it('lists the tabs in Vietnamese', () => {
    expect(CONTROL_TAB_NAMES).toEqual([
      'Cài đặt',
      'Giáo viên',
      'Lớp',
      'Môn học',
      'Phân công',
      'Khung nhập điểm',
      'Yêu cầu sửa điểm',
      'Nhật ký',
      'Sự kiện',
      'Lưu trữ',
    ]);
  });

  it('round-trips teachers, classes, subjects, assignments, windows', () => {
    const teachers = [
      {
        id: 'gv01',
        name: 'Nguyễn Thị Hoa',
        email: 'hoa@truong.edu.vn',
        roles: ['teacher' as const, 'admin' as const],
      },
    ];
    expect(decodeTab(TEACHERS, encodeTab(TEACHERS, teachers)).items).toEqual(teachers);
    expect(encodeTab(TEACHERS, teachers)[1]).toEqual([
      'gv01',
      'Nguyễn Thị Hoa',
      'hoa@truong.edu.vn',
      'Giáo viên, Quản trị',
    ]);
    const classes = [
      {
        id: '10A1',
        name: '10A1',
        grade: 10,
        homeroomTeacher: 'hoa@truong.edu.vn',
        ruleSet: 'TT22' as const,
        workbookId: 'abc',
      },
      {
        id: '10A2',
        name: '10A2',
        grade: 10,
        homeroomTeacher: 'lan@truong.edu.vn',
        ruleSet: 'TT22' as const,
      },
    ];
    expect(decodeTab(CLASSES, encodeTab(CLASSES, classes)).items).toEqual(classes);
    const subjects = [
      {
        grade: 10,
        id: 'toan',
        name: 'Toán',
        kind: 'scored' as const,
        periodsPerYear: 105,
        regularCount: 4,
        key: true,
        specialised: false,
      },
      {
        grade: 10,
        id: 'gdtc',
        name: 'Giáo dục thể chất',
        kind: 'comment' as const,
        periodsPerYear: 70,
        periodsPerWeek: 2,
        regularCount: 2,
        key: false,
        specialised: false,
      },
    ];
    expect(decodeTab(SUBJECTS, encodeTab(SUBJECTS, subjects)).items).toEqual(subjects);
    const assignments = [
      {
        classId: '10A1',
        subjectId: 'toan',
        teacher: 'hoa@truong.edu.vn',
        from: '2025-09-01T01:00:00.000Z',
        to: null,
      },
    ];
    const enc = encodeTab(ASSIGNMENTS, assignments);
    expect(enc[1]![3]).toBe('01/09/2025 08:00');
    expect(decodeTab(ASSIGNMENTS, enc).items).toEqual(assignments);
    const windows = [
      {
        id: 'w1',
        term: '1',
        group: 'midterm',
        start: '2025-10-20T01:00:00.000Z',
        end: '2025-11-01T10:00:00.000Z',
        scope: 'khối 10',
        status: 'scheduled',
        reason: '',
      },
    ];
    expect(decodeTab(WINDOWS, encodeTab(WINDOWS, windows)).items).toEqual(windows);
  });

  it('finds columns by header regardless of order, case and diacritics, ignoring extra columns', () => {
    const values = [
      ['Ghi chú thêm', 'EMAIL', 'ho va ten', 'Mã GV'],
      ['x', 'An@Truong.edu.vn', 'Lê Văn An', 'gv02'],
    ];
    expect(decodeTab(TEACHERS, values).items).toEqual([
      { id: 'gv02', name: 'Lê Văn An', email: 'an@truong.edu.vn', roles: [] },
    ]);
  });

  it('reports every problem with its row and column', () => {
    const values = [
      ['Mã lớp', 'Tên lớp', 'Khối', 'Email GVCN', 'Quy chế đánh giá'],
      ['10A1', '10A1', 'mười', 'khong-co-email', 'TT22'],
      ['', '', '', '', ''],
      ['10A3', '10A3', 13, 'a@b.vn', 'TT99'],
    ];
    const { items, problems } = decodeTab(CLASSES, values);
    expect(items).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Khối'],
      [2, 'Email GVCN'],
      [4, 'Khối'],
      [4, 'Quy chế đánh giá'],
    ]);
    expect(problems[0]!.message).toContain('số nguyên');
    expect(decodeTab(CLASSES, [['Mã lớp']]).problems.map((p) => p.column)).toContain('Khối');
  });

  it('parses Vietnamese dates and refuses impossible ones', () => {
    expect(parseDate('05/09/2010')).toBe('2010-09-05');
    expect(parseDate('5/9/2010')).toBe('2010-09-05');
    expect(parseDate('31/02/2010')).toBeNull();
    expect(parseDate('29/02/2012')).toBe('2012-02-29');
    expect(parseDate('29/02/2011')).toBeNull();
    expect(parseDate(new Date('2010-09-04T17:00:00Z'))).toBe('2010-09-05');
    expect(parseDateTime('01/09/2025 08:00')).toBe('2025-09-01T01:00:00.000Z');
    expect(parseDateTime('32/09/2025')).toBeNull();
  });

  it('round-trips settings with the rule set per grade', () => {
    const s: ControlSettings = {
      name: 'Trường THPT Chu Văn An',
      district: 'Tây Hồ',
      province: 'Hà Nội',
      level: 'THPT',
      schoolYear: '2025-2026',
      systemAccount: 'sodiem@truong.edu.vn',
      yearFolderId: '',
      ruleSetByGrade: { 10: 'TT22', 11: 'TT22', 12: 'TT22' },
    };
    const back = decodeSettings(encodeSettings(s));
    expect(back.problems).toEqual([]);
    expect(back.settings).toEqual(s);
    const bad = decodeSettings([
      ['Mục', 'Giá trị'],
      ['Năm học', '2025-2027'],
      ['Quy chế khối 10', 'TT99'],
    ]);
    expect(bad.problems.map((p) => p.column)).toEqual(
      expect.arrayContaining(['Tên trường', 'Năm học', 'Giá trị']),
    );
  });

  it('reads, appends and replaces through the store port', () => {
    const store = new MemoryControlStore();
    replaceTab(store, TEACHERS, []);
    appendTab(store, TEACHERS, [{ id: 'gv1', name: 'A', email: 'a@b.vn', roles: [] }]);
    appendTab(store, TEACHERS, [{ id: 'gv2', name: 'B', email: 'b@b.vn', roles: ['admin'] }]);
    const read = readTab(store, TEACHERS);
    expect(read.items.map((t) => t.id)).toEqual(['gv1', 'gv2']);
    expect(read.rows).toEqual([2, 3]);
  });
});
