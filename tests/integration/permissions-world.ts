// A school in the emulator for the permission tests: the system account owns a control workbook
// (settings, teachers, classes, subjects, assignments) and three class workbooks laid out by the
// real layout; teachers are editors of every class workbook, so only protections stop them.
import * as path from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import {
  encodeSettings,
  encodeTab,
  ASSIGNMENTS,
  CLASSES,
  SUBJECTS,
  TEACHERS,
  WINDOWS,
  EVENTS,
  AUDIT,
  SETTINGS_TAB,
} from '../../src/domain/control';
import { blocksOf, classLayout } from '../../src/domain/layout';
import type { Assignment, ClassInfo } from '../../src/domain/school';

/** The Apps Script globals of the emulator context, typed for setup code. */
export interface Gas {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}
export const gas = (ctx: unknown): Gas => ctx as Gas;

export const dist = path.resolve(__dirname, '../../dist');
let bundleDir = dist;
/** Loads the bundle from another folder (a test's own build, safe from other test files' rebuilds). */
export function useBundle(dir: string): void {
  bundleDir = dir;
}
export const SYSTEM = 'sodiem@truong.edu.vn';
export const PRINCIPAL = 'hieutruong@truong.edu.vn';
export const CLERK = 'vanthu@truong.edu.vn';
export const AN = 'an@truong.edu.vn'; // toán 10A1, 10A2
export const BINH = 'binh@truong.edu.vn'; // văn 10A1, homeroom 10A1
export const CUONG = 'cuong@truong.edu.vn'; // văn 10A2, toán 11B1, homeroom 10A2
export const DUNG = 'dung@truong.edu.vn'; // other teacher (văn 11B1), editor of every workbook
export const MOI = 'moi@truong.edu.vn'; // replaces An mid-term
export const START = new Date('2025-09-05T01:00:00Z');

/** Extra subjects for a realistic workbook (bench): taught by Dung. */
const MORE = [
  ['tieng-anh', 'Tiếng Anh'],
  ['vat-li', 'Vật lí'],
  ['hoa-hoc', 'Hoá học'],
  ['sinh-hoc', 'Sinh học'],
  ['lich-su', 'Lịch sử'],
  ['dia-li', 'Địa lí'],
  ['gdktpl', 'Giáo dục kinh tế và pháp luật'],
  ['tin-hoc', 'Tin học'],
  ['cong-nghe', 'Công nghệ'],
  ['gdqp', 'Giáo dục quốc phòng và an ninh'],
  ['gdtc', 'Giáo dục thể chất'],
] as const;

export const MORE_SUBJECT_ROWS = [10, 11].flatMap((grade) =>
  MORE.map(([id, name]) => ({
    grade,
    id,
    name,
    kind: 'scored' as const,
    periodsPerYear: 70,
    regularCount: 3,
  })),
);

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

export interface World {
  emu: Emulator;
  control: string;
  books: Record<string, string>;
  classes: ClassInfo[];
}

export function makeWorld(
  deployment: 'bound' | 'addon',
  classIds = ['10A1', '10A2', '11B1'],
  moreSubjects = false,
): World {
  const subjectRows = moreSubjects ? [...SUBJECT_ROWS, ...MORE_SUBJECT_ROWS] : SUBJECT_ROWS;
  const emu = createEmulator({ start: START, deployment });
  for (const u of [SYSTEM, PRINCIPAL, CLERK, AN, BINH, CUONG, DUNG, MOI]) emu.addUser(u);
  const control = emu.createSpreadsheet(SYSTEM, 'Quản trị sổ điểm 2025-2026');
  if (deployment === 'bound') emu.bindTo(control);
  const homeroom: Record<string, string> = { '10A1': BINH, '10A2': CUONG, '11B1': DUNG };
  const classes: ClassInfo[] = classIds.map((id) => ({
    id,
    name: id,
    grade: Number(id.slice(0, 2)),
    homeroomTeacher: homeroom[id] ?? DUNG,
    ruleSet: 'TT22',
  }));
  const books: Record<string, string> = {};
  for (const cls of classes) {
    const id = emu.createSpreadsheet(SYSTEM, `Sổ điểm 2025-2026 - Lớp ${cls.id}`);
    books[cls.id] = id;
    cls.workbookId = id;
    const layout = classLayout(
      cls,
      subjectRows.filter((s) => s.grade === cls.grade),
      { schoolYear: '2025-2026' },
    );
    const ins = emu.sheet(id);
    const first = ins.model.sheets[0]!;
    layout.tabs.forEach((tab, i) => {
      const width =
        Math.max(
          ...blocksOf(layout)
            .filter((b) => b.sheet === tab.name)
            .map((b) => b.cols.to),
        ) + 2;
      if (i === 0) first.title = tab.name;
      else ins.addSheet(tab.name);
      const sheet = ins.model.sheets[i]!;
      sheet.columnCount = Math.max(sheet.columnCount, width);
      sheet.rowCount = Math.max(sheet.rowCount, layout.firstStudentRow + layout.capacity + 5);
    });
  }
  const assignments: Assignment[] = [];
  const teach = (classId: string, subjectId: string, teacher: string) =>
    assignments.push({ classId, subjectId, teacher, from: '2025-08-01T00:00:00.000Z', to: null });
  const staff: Record<string, [string, string]> = {
    '10A1': [AN, BINH],
    '10A2': [AN, CUONG],
    '11B1': [CUONG, DUNG],
  };
  for (const cls of classes) {
    const [toan, van] = staff[cls.id] ?? [AN, BINH];
    teach(cls.id, 'toan', toan);
    teach(cls.id, 'van', van);
    if (moreSubjects) for (const [id] of MORE) teach(cls.id, id, DUNG);
  }
  const ins = emu.sheet(control);
  const tabs: [string, unknown[][]][] = [
    [
      SETTINGS_TAB,
      encodeSettings({
        name: 'THPT Thử Nghiệm',
        district: 'Ba Đình',
        province: 'Hà Nội',
        level: 'THPT',
        schoolYear: '2025-2026',
        systemAccount: SYSTEM,
        yearFolderId: '',
        ruleSetByGrade: { 10: 'TT22', 11: 'TT22' },
      }),
    ],
    [
      TEACHERS.name,
      encodeTab(TEACHERS, [
        { id: 'HT', name: 'Nguyễn Văn Hiệu', email: PRINCIPAL, roles: ['principal'] },
        { id: 'VT', name: 'Lê Thị Thư', email: CLERK, roles: ['admin'] },
        { id: 'AN', name: 'Trần An', email: AN, roles: ['teacher'] },
        { id: 'BINH', name: 'Phạm Bình', email: BINH, roles: ['teacher'] },
        { id: 'CUONG', name: 'Đỗ Cường', email: CUONG, roles: ['teacher'] },
        { id: 'DUNG', name: 'Vũ Dung', email: DUNG, roles: ['teacher'] },
        { id: 'MOI', name: 'Hoàng Mới', email: MOI, roles: ['teacher'] },
      ]),
    ],
    [CLASSES.name, encodeTab(CLASSES, classes)],
    [SUBJECTS.name, encodeTab(SUBJECTS, subjectRows)],
    [ASSIGNMENTS.name, encodeTab(ASSIGNMENTS, assignments)],
    [WINDOWS.name, encodeTab(WINDOWS, [])],
    [EVENTS.name, encodeTab(EVENTS, [])],
    [AUDIT.name, encodeTab(AUDIT, [])],
  ];
  tabs.forEach(([name, values], i) => {
    if (i === 0) ins.model.sheets[0]!.title = name;
    else ins.addSheet(name);
    ins.model.sheets[i]!.columnCount = 30;
    if (values.length > 0) ins.set(`'${name}'!A1`, values as never);
  });
  emu.loadBundle(bundleDir);
  emu.as(SYSTEM).run((c) => {
    const ctx = gas(c);
    ctx.PropertiesService.getScriptProperties().setProperty('sodiem.controlId', control);
    for (const id of Object.values(books)) {
      ctx.DriveApp.getFileById(id).addEditors([PRINCIPAL, CLERK, AN, BINH, CUONG, DUNG]);
    }
    ctx.DriveApp.getFileById(control).addEditors([PRINCIPAL, CLERK]);
  });
  return { emu, control, books, classes };
}

/** Clicks a menu item that ends with one alert; answers it and returns its text. */
export function menuAlert(w: World, who: string, fn: string, answers: unknown[] = ['OK']): string {
  for (const a of answers) w.emu.answerNextAlert(who, a);
  w.emu.as(who).menu(w.control, fn);
  const rec = w.emu.ui(who, w.control) as { alerts: { prompt: string }[] };
  return rec.alerts.at(-1)?.prompt ?? '';
}

/** Whether `who` may type into the cell: the emulator refuses with the protection error. */
export function canType(w: World, who: string, book: string, a1: string, value = '7'): boolean {
  try {
    w.emu.as(who).type(book, a1, value);
    return true;
  } catch (e) {
    if ((e as Error).name === 'EditRefusedError') return false;
    throw e;
  }
}
