// A small valid school as control-workbook tables (the input of setup), for unit tests.
import {
  ASSIGNMENTS,
  CLASSES,
  encodeSettings,
  encodeTab,
  SUBJECTS,
  TEACHERS,
  type Cell,
} from '../../../src/domain/control';
import { defaultSubjects, STUDENTS_HEADERS, type SetupTables } from '../../../src/domain/setup';

export const ADMIN = 'hieutruong@truong.edu.vn';

export function students(rows: Cell[][]): Cell[][] {
  return [[...STUDENTS_HEADERS], ...rows];
}

export function student(
  cls: string,
  name: string,
  dob: string,
  sex = 'Nam',
  extra: Partial<Record<'id' | 'left' | 'joined', string>> = {},
): Cell[] {
  return [
    cls,
    extra.id ?? '',
    name,
    dob,
    sex,
    'Kinh',
    'Hà Nội',
    'Tây Hồ, Hà Nội',
    '',
    '',
    '',
    extra.joined ?? '',
    extra.left ?? '',
  ];
}

export function tables(): SetupTables {
  return {
    settings: encodeSettings({
      name: 'Trường THPT Thử Nghiệm',
      district: 'Tây Hồ',
      province: 'Hà Nội',
      level: 'THPT',
      schoolYear: '2025-2026',
      systemAccount: 'sodiem@truong.edu.vn',
      yearFolderId: '',
      ruleSetByGrade: { 10: 'TT22', 11: 'TT22', 12: 'TT22' },
    }),
    teachers: encodeTab(TEACHERS, [
      { id: 'ht', name: 'Phạm Văn Hiệu', email: ADMIN, roles: ['admin', 'principal'] },
      { id: 'gv1', name: 'Nguyễn Thị Hoa', email: 'hoa@truong.edu.vn', roles: ['teacher'] },
      { id: 'gv2', name: 'Lê Văn Toán', email: 'toan@truong.edu.vn', roles: ['teacher'] },
    ]),
    classes: encodeTab(CLASSES, [
      {
        id: '10A1',
        name: '10A1',
        grade: 10,
        homeroomTeacher: 'hoa@truong.edu.vn',
        ruleSet: 'TT22',
      },
      {
        id: '11A1',
        name: '11A1',
        grade: 11,
        homeroomTeacher: 'toan@truong.edu.vn',
        ruleSet: 'TT22',
      },
    ]),
    subjects: encodeTab(
      SUBJECTS,
      defaultSubjects('THPT').filter((s) => s.grade !== 12),
    ),
    assignments: encodeTab(ASSIGNMENTS, [
      {
        classId: '10A1',
        subjectId: 'toan',
        teacher: 'toan@truong.edu.vn',
        from: '2025-09-01T01:00:00.000Z',
        to: null,
      },
      {
        classId: '10A1',
        subjectId: 'ngu-van',
        teacher: 'hoa@truong.edu.vn',
        from: '2025-09-01T01:00:00.000Z',
        to: null,
      },
    ]),
    students: students([
      student('10A1', 'Nguyễn Thị Ánh', '12/03/2010', 'Nữ'),
      student('10A1', 'Lê Văn An', '01/01/2010'),
      student('10A1', 'Đỗ Minh Đức', '15/07/2010'),
      student('11A1', 'Trần Thu Hà', '30/11/2009', 'Nữ'),
    ]),
  };
}
