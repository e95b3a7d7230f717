// A small school for permission tests: three classes, two subjects, homeroom tabs, windows.
import type { Block } from '../../../src/domain/layout/types';
import type { PermissionFacts } from '../../../src/domain/permissions';
import type { AssessmentGroup, Term } from '../../../src/domain/school';
import type { EntryWindow } from '../../../src/domain/windows';

export const SYSTEM = 'sodiem@truong.edu.vn';
export const PRINCIPAL = 'hieutruong@truong.edu.vn';
export const CLERK = 'vanthu@truong.edu.vn';

export const T = (h: number) => Date.parse('2025-09-05T00:00:00Z') + h * 3600_000;
export const iso = (h: number) => new Date(T(h)).toISOString();

function block(
  id: string,
  sheet: string,
  subjectId: string | null,
  term: Term | 'year' | null,
  group: AssessmentGroup | null,
  editor: Block['editor'],
  cols: [number, number],
  rows: [number, number] = [4, 63],
): Block {
  return {
    id,
    sheet,
    subjectId,
    term,
    group,
    editor,
    rows: { from: rows[0], to: rows[1] },
    cols: { from: cols[0], to: cols[1] },
  };
}

function subjectBlocks(subjectId: string, sheet: string): Block[] {
  return [
    block(`${subjectId}/header`, sheet, subjectId, null, null, 'admin', [1, 14], [1, 3]),
    block(`${subjectId}/keys`, sheet, subjectId, null, null, 'admin', [1, 3]),
    block(`${subjectId}/1/regular`, sheet, subjectId, 1, 'regular', 'subject', [4, 7]),
    block(`${subjectId}/1/midterm`, sheet, subjectId, 1, 'midterm', 'subject', [8, 8]),
    block(`${subjectId}/1/final`, sheet, subjectId, 1, 'final', 'subject', [9, 9]),
    block(`${subjectId}/1/average`, sheet, subjectId, 1, null, 'admin', [10, 10]),
    block(`${subjectId}/2/regular`, sheet, subjectId, 2, 'regular', 'subject', [11, 12]),
    block(`${subjectId}/2/midterm`, sheet, subjectId, 2, 'midterm', 'subject', [13, 13]),
    block(`${subjectId}/2/final`, sheet, subjectId, 2, 'final', 'subject', [14, 14]),
  ];
}

export const BLOCKS: Block[] = [
  block('roster/header', 'Danh sách', null, null, null, 'admin', [1, 10], [1, 3]),
  block('roster', 'Danh sách', null, null, null, 'admin', [1, 10]),
  ...subjectBlocks('toan', 'Toán'),
  ...subjectBlocks('van', 'Ngữ văn'),
  block('attendance/header', 'Điểm danh', null, null, null, 'admin', [1, 40], [1, 3]),
  block('attendance/m09', 'Điểm danh', null, 1, 'attendance', 'homeroom', [4, 20]),
  block('attendance/m10', 'Điểm danh', null, 1, 'attendance', 'homeroom', [21, 40]),
  block('conduct/header', 'Rèn luyện', null, null, null, 'admin', [1, 6], [1, 3]),
  block('conduct/1', 'Rèn luyện', null, 1, 'conduct', 'homeroom', [4, 4]),
  block('conduct/2', 'Rèn luyện', null, 2, 'conduct', 'homeroom', [5, 5]),
  block('conduct/notes', 'Rèn luyện', null, null, 'conduct', 'homeroom', [6, 6]),
  block('summary/header', 'Tổng hợp', null, null, null, 'admin', [1, 8], [1, 3]),
  block('summary', 'Tổng hợp', null, null, null, 'admin', [1, 8]),
];

export const CLASSES = [
  { id: '10A1', grade: 10 },
  { id: '10A2', grade: 10 },
  { id: '11B1', grade: 11 },
];

export function regularWindow(over: Partial<EntryWindow> = {}): EntryWindow {
  return {
    id: 'w-tx-1',
    term: 1,
    group: 'regular',
    start: iso(0),
    end: iso(48),
    scope: { kind: 'school' },
    reopenings: [],
    ...over,
  };
}

export function facts(over: Partial<PermissionFacts> = {}): PermissionFacts {
  return {
    system: SYSTEM,
    admins: [PRINCIPAL, CLERK],
    classes: CLASSES,
    assignments: [
      {
        classId: '10A1',
        subjectId: 'toan',
        teacher: 'an@truong.edu.vn',
        from: iso(-1000),
        to: null,
      },
      {
        classId: '10A1',
        subjectId: 'van',
        teacher: 'binh@truong.edu.vn',
        from: iso(-1000),
        to: null,
      },
      {
        classId: '10A2',
        subjectId: 'toan',
        teacher: 'an@truong.edu.vn',
        from: iso(-1000),
        to: null,
      },
      {
        classId: '10A2',
        subjectId: 'van',
        teacher: 'cuong@truong.edu.vn',
        from: iso(-1000),
        to: null,
      },
      {
        classId: '11B1',
        subjectId: 'toan',
        teacher: 'dung@truong.edu.vn',
        from: iso(-1000),
        to: null,
      },
      {
        classId: '11B1',
        subjectId: 'van',
        teacher: 'binh@truong.edu.vn',
        from: iso(-1000),
        to: null,
      },
    ],
    homerooms: [
      { classId: '10A1', teacher: 'binh@truong.edu.vn', from: iso(-1000), to: null },
      { classId: '10A2', teacher: 'cuong@truong.edu.vn', from: iso(-1000), to: null },
      { classId: '11B1', teacher: 'dung@truong.edu.vn', from: iso(-1000), to: null },
    ],
    windows: [regularWindow()],
    ...over,
  };
}
