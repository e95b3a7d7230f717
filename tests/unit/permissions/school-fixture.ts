// A school in an in-memory control workbook, with exact doubles of the permission ports.
import {
  MemoryControlStore,
  replaceTab,
  writeSettings,
} from '../../../src/app/ports/control-store';
import type { ProtectionStore } from '../../../src/app/permissions/ports';
import type { WindowStore } from '../../../src/app/permissions/school';
import { ASSIGNMENTS, CLASSES, SUBJECTS, TEACHERS } from '../../../src/domain/control';
import {
  applyProtectionRequests,
  type ProtectionRequest,
  type WorkbookProtections,
} from '../../../src/domain/permissions';
import type { EntryWindow } from '../../../src/domain/windows';
import { iso, PRINCIPAL, SYSTEM } from './fixture';

export class MemoryWindowStore implements WindowStore {
  windows: EntryWindow[] = [];
  load(): EntryWindow[] {
    return JSON.parse(JSON.stringify(this.windows)) as EntryWindow[];
  }
  save(windows: readonly EntryWindow[]): void {
    this.windows = JSON.parse(JSON.stringify(windows)) as EntryWindow[];
  }
}

/** Protections per workbook, changed by the same rules as the Sheets API; counts calls. */
export class MemoryProtectionStore implements ProtectionStore {
  readonly books = new Map<string, WorkbookProtections>();
  reads = 0;
  writes = 0;
  failFor = new Set<string>();
  private id = 1;
  read(workbookId: string): WorkbookProtections {
    this.reads++;
    if (this.failFor.has(workbookId)) throw new Error(`Không mở được ${workbookId}`);
    const book = this.books.get(workbookId);
    if (!book) throw new Error(`No workbook ${workbookId}`);
    return JSON.parse(JSON.stringify(book)) as WorkbookProtections;
  }
  apply(workbookId: string, requests: readonly ProtectionRequest[]): void {
    this.writes++;
    const book = this.read(workbookId);
    this.reads--;
    this.books.set(
      workbookId,
      applyProtectionRequests(book, requests, () => this.id++),
    );
  }
}

export const SUBJECT_ROWS = [10, 11].flatMap((grade) => [
  {
    grade,
    id: 'toan',
    name: 'Toán',
    kind: 'scored' as const,
    periodsPerYear: 105,
    regularCount: 4,
  },
  {
    grade,
    id: 'van',
    name: 'Ngữ văn',
    kind: 'scored' as const,
    periodsPerYear: 105,
    regularCount: 4,
  },
]);

export const TEACHER_ROWS = [
  { id: 'HT', name: 'Nguyễn Văn Hiệu', email: PRINCIPAL, roles: ['principal' as const] },
  { id: 'VT', name: 'Lê Thị Thư', email: 'vanthu@truong.edu.vn', roles: ['admin' as const] },
  { id: 'AN', name: 'Trần An', email: 'an@truong.edu.vn', roles: ['teacher' as const] },
  { id: 'BINH', name: 'Phạm Bình', email: 'binh@truong.edu.vn', roles: ['teacher' as const] },
  { id: 'CUONG', name: 'Đỗ Cường', email: 'cuong@truong.edu.vn', roles: ['teacher' as const] },
];

export function schoolStores() {
  const control = new MemoryControlStore('control-id');
  writeSettings(control, {
    name: 'THPT Thử Nghiệm',
    district: '',
    province: '',
    level: 'THPT',
    schoolYear: '2025-2026',
    systemAccount: SYSTEM,
    yearFolderId: '',
    ruleSetByGrade: { 10: 'TT22', 11: 'TT22' },
  });
  replaceTab(control, TEACHERS, TEACHER_ROWS);
  replaceTab(control, CLASSES, [
    {
      id: '10A1',
      name: '10A1',
      grade: 10,
      homeroomTeacher: 'binh@truong.edu.vn',
      ruleSet: 'TT22',
      workbookId: 'wb-10A1',
    },
    {
      id: '10A2',
      name: '10A2',
      grade: 10,
      homeroomTeacher: 'cuong@truong.edu.vn',
      ruleSet: 'TT22',
      workbookId: 'wb-10A2',
    },
    {
      id: '11B1',
      name: '11B1',
      grade: 11,
      homeroomTeacher: 'an@truong.edu.vn',
      ruleSet: 'TT22',
      workbookId: 'wb-11B1',
    },
  ]);
  replaceTab(control, SUBJECTS, SUBJECT_ROWS);
  replaceTab(control, ASSIGNMENTS, [
    { classId: '10A1', subjectId: 'toan', teacher: 'an@truong.edu.vn', from: iso(-1000), to: null },
    {
      classId: '10A1',
      subjectId: 'van',
      teacher: 'binh@truong.edu.vn',
      from: iso(-1000),
      to: null,
    },
    { classId: '10A2', subjectId: 'toan', teacher: 'an@truong.edu.vn', from: iso(-1000), to: null },
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
      teacher: 'cuong@truong.edu.vn',
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
  ]);
  const windows = new MemoryWindowStore();
  const protections = new MemoryProtectionStore();
  const tabs = ['Danh sách', 'Toán', 'Ngữ văn', 'Điểm danh', 'Rèn luyện', 'Tổng hợp'];
  for (const id of ['wb-10A1', 'wb-10A2', 'wb-11B1']) {
    protections.books.set(id, {
      sheets: tabs.map((title, i) => ({ sheetId: i + 1, title })),
      protectedRanges: [],
    });
  }
  return { control, windows, protections };
}
