// A realistic sample school for the local run, the integration tests and the benchmark: grades
// 10–12 under TT22 (current year) and one 2015-2016 class under TT58_2011 for re-printing, with
// Vietnamese names, teachers, assignments, rosters and (optionally) scores.
import type { Emulator } from '../emulator';
import {
  ASSIGNMENTS,
  type AssignmentRow,
  type Cell,
  CLASSES,
  type ClassRow,
  type ControlSettings,
  encodeSettings,
  encodeTab,
  SETTINGS_TAB,
  SUBJECTS,
  type SubjectRow,
  TEACHERS,
  type TeacherRow,
} from '../src/domain/control';
import { a1Range, classLayout, type ClassLayout } from '../src/domain/layout';
import {
  defaultSubjects,
  programmeSubjects,
  STUDENTS_HEADERS,
  STUDENTS_TAB,
  subjectsOfGrade,
  tt58Subjects,
} from '../src/domain/setup';
import type { RuleSetId } from '../src/domain/school';

export const DOMAIN = 'thpt-mau.edu.vn';
export const SYSTEM = `sodiem@${DOMAIN}`;
export const PRINCIPAL = `hieutruong@${DOMAIN}`;
export const CLERK = `vanthu@${DOMAIN}`;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Gia', 'Bảo', 'Thành', 'Anh', 'Công'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Bảo', 'Phương', 'Khánh', 'Diệu', 'Hoài'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Duy',
  'Đạt',
  'Đức',
  'Hải',
  'Hiếu',
  'Hùng',
  'Huy',
  'Khánh',
  'Khoa',
  'Long',
  'Minh',
  'Nam',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Thắng',
  'Trung',
  'Tuấn',
  'Việt',
];
const GIVEN_F = [
  'Anh',
  'Ánh',
  'Chi',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'My',
  'Ngân',
  'Ngọc',
  'Nhung',
  'Quỳnh',
  'Tâm',
  'Thảo',
  'Trang',
  'Uyên',
  'Vy',
  'Yến',
];
const PLACES = [
  'Hà Nội',
  'Hải Phòng',
  'Nam Định',
  'Thái Bình',
  'Bắc Ninh',
  'Hưng Yên',
  'Thanh Hóa',
  'Nghệ An',
];
const STREETS = [
  'Lạc Long Quân',
  'Âu Cơ',
  'Xuân Diệu',
  'Thụy Khuê',
  'Hoàng Hoa Thám',
  'Đặng Thai Mai',
];

/** The emulator globals this script uses, typed as Apps Script declares them. */
interface Ctx {
  Sheets: GoogleAppsScript.Sheets;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
}
const typed = (ctx: unknown): Ctx => ctx as Ctx;

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleClass {
  id: string;
  grade: number;
  ruleSet: RuleSetId;
}

export interface SampleOptions {
  schoolYear?: string;
  classes?: SampleClass[];
  studentsPerClass?: number;
  /** 'default': the prefilled catalogue (12 THPT subjects); 'bench': 14 (adds Địa lí, GDKT&PL). */
  subjects?: 'default' | 'bench' | 'tt58';
  seed?: number;
}

export interface SampleSchool {
  settings: ControlSettings;
  teachers: TeacherRow[];
  classes: ClassRow[];
  subjects: SubjectRow[];
  assignments: AssignmentRow[];
  students: Cell[][];
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');

export function personName(r: () => number, female: boolean): string {
  return `${pick(r, FAMILY)} ${pick(r, female ? MIDDLE_F : MIDDLE_M)} ${pick(r, female ? GIVEN_F : GIVEN_M)}`;
}

export function sampleSchool(opts: SampleOptions = {}): SampleSchool {
  const r = rng(opts.seed ?? 2025);
  const schoolYear = opts.schoolYear ?? '2025-2026';
  const y0 = Number(schoolYear.slice(0, 4));
  const classes = opts.classes ?? [
    { id: '10A1', grade: 10, ruleSet: 'TT22' },
    { id: '10A2', grade: 10, ruleSet: 'TT22' },
    { id: '11A1', grade: 11, ruleSet: 'TT22' },
    { id: '12A1', grade: 12, ruleSet: 'TT22' },
  ];
  const grades = [...new Set(classes.map((c) => c.grade))];
  const subjects =
    opts.subjects === 'tt58'
      ? grades.flatMap((g) => tt58Subjects(g))
      : opts.subjects === 'bench'
        ? grades.flatMap((g) =>
            programmeSubjects(g).filter(
              (s) => !['cong-nghe', 'am-nhac', 'mi-thuat'].includes(s.id),
            ),
          )
        : defaultSubjects('THPT').filter((s) => grades.includes(s.grade));
  const subjectIds = [...new Set(subjects.map((s) => s.id))];
  const teachers: TeacherRow[] = [
    { id: 'ht', name: 'Phạm Quốc Hiệu', email: PRINCIPAL, roles: ['admin', 'principal'] },
    { id: 'vt', name: 'Lê Thị Thư', email: CLERK, roles: ['admin'] },
  ];
  const teacherOf = new Map<string, string>();
  subjectIds.forEach((sid, i) => {
    const female = r() < 0.6;
    const email = `gv.${sid}@${DOMAIN}`;
    teachers.push({
      id: `gv${pad(i + 1)}`,
      name: personName(r, female),
      email,
      roles: ['teacher'],
    });
    teacherOf.set(sid, email);
  });
  const classRows: ClassRow[] = classes.map((c, i) => ({
    id: c.id,
    name: c.id,
    grade: c.grade,
    homeroomTeacher: teachers[2 + (i % (teachers.length - 2))]!.email,
    ruleSet: c.ruleSet,
  }));
  const from = new Date(Date.UTC(y0, 8, 1, 1)).toISOString();
  const assignments: AssignmentRow[] = classRows.flatMap((c) =>
    subjects
      .filter((s) => s.grade === c.grade)
      .map((s) => ({
        classId: c.id,
        subjectId: s.id,
        teacher: teacherOf.get(s.id)!,
        from,
        to: null,
      })),
  );
  const students: Cell[][] = [[...STUDENTS_HEADERS]];
  let n = 0;
  for (const c of classRows) {
    const born = y0 - (c.grade - 10) - 15;
    for (let i = 0; i < (opts.studentsPerClass ?? 36); i++) {
      const female = r() < 0.5;
      const m = 1 + Math.floor(r() * 12);
      const d = 1 + Math.floor(r() * 28);
      n++;
      students.push([
        c.id,
        `HS${y0}${String(n).padStart(4, '0')}`,
        personName(r, female),
        `${pad(d)}/${pad(m)}/${born}`,
        female ? 'Nữ' : 'Nam',
        r() < 0.92 ? 'Kinh' : pick(r, ['Tày', 'Mường', 'Thái', 'Nùng']),
        pick(r, PLACES),
        `${1 + Math.floor(r() * 200)} ${pick(r, STREETS)}, Tây Hồ, Hà Nội`,
        personName(r, false),
        personName(r, true),
        `09${Math.floor(10000000 + r() * 89999999)}`,
        '',
        '',
      ]);
    }
  }
  const ruleSetByGrade: Record<number, RuleSetId> = {};
  for (const c of classes) ruleSetByGrade[c.grade] = c.ruleSet;
  return {
    settings: {
      name: 'Trường THPT Mẫu Tây Hồ',
      district: 'Quận Tây Hồ',
      province: 'Hà Nội',
      level: 'THPT',
      schoolYear,
      systemAccount: SYSTEM,
      yearFolderId: '',
      ruleSetByGrade,
    },
    teachers,
    classes: classRows,
    subjects,
    assignments,
    students,
  };
}

/** The control workbook's tabs as values (what the clerk would have typed). */
export function controlTables(s: SampleSchool): Map<string, Cell[][]> {
  return new Map<string, Cell[][]>([
    [SETTINGS_TAB, encodeSettings(s.settings)],
    [TEACHERS.name, encodeTab(TEACHERS, s.teachers)],
    [CLASSES.name, encodeTab(CLASSES, s.classes)],
    [SUBJECTS.name, encodeTab(SUBJECTS, s.subjects)],
    [ASSIGNMENTS.name, encodeTab(ASSIGNMENTS, s.assignments)],
    [STUDENTS_TAB, s.students],
  ]);
}

/** Rectangular, and at least `minRows` tall so rows prefilled by the bootstrap are blanked. */
function square(values: Cell[][], minRows = 100): Cell[][] {
  const w = Math.max(...values.map((r) => r.length));
  const rows = Array.from({ length: Math.max(values.length, minRows) }, (_, i) => values[i] ?? []);
  return rows.map((r) => Array.from({ length: w }, (_, i) => r[i] ?? ''));
}

export function valueWrites(
  tables: Map<string, Cell[][]>,
): Array<{ range: string; values: Cell[][] }> {
  return [...tables].map(([name, values]) => {
    const v = square(values);
    return { range: a1Range(name, 1, 1, v.length, v[0]!.length), values: v };
  });
}

/** Writes tables into a spreadsheet as one user, with one Sheets values.batchUpdate (RAW). */
export function writeTables(
  emu: Emulator,
  email: string,
  id: string,
  tables: Map<string, Cell[][]>,
): void {
  emu.as(email).run((ctx) => {
    typed(ctx).Sheets.Spreadsheets!.Values!.batchUpdate(
      { valueInputOption: 'RAW', data: valueWrites(tables) },
      id,
    );
  });
}

/** Term I scores for every subject, conduct, a few absences: realistic data for books and summaries. */
export function sampleScores(
  layout: ClassLayout,
  studentRows: number[],
  seed = 7,
): Array<{ range: string; values: Cell[][] }> {
  const r = rng(seed);
  const out: Array<{ range: string; values: Cell[][] }> = [];
  for (const tab of layout.tabs) {
    const cols = tab.columns.filter((c) => c.ref && c.ref.term === 1 && c.editor === 'subject');
    if (tab.kind === 'subject' && cols.length > 0) {
      const from = cols[0]!.col;
      const to = cols[cols.length - 1]!.col;
      const values = studentRows.map(() => {
        const level = 5 + r() * 4.5;
        return cols.map((c) =>
          c.kind === 'comment'
            ? r() < 0.95
              ? 'Đ'
              : 'CĐ'
            : Math.max(0, Math.min(10, Math.round((level + (r() - 0.5) * 3) * 10) / 10)),
        );
      });
      studentRows.forEach((row, i) =>
        out.push({ range: a1Range(tab.name, row, from, row, to), values: [values[i]!] }),
      );
    }
    if (tab.kind === 'conduct') {
      const col = tab.columns.find((c) => c.ref?.field === 'conduct' && c.ref.term === 1)!.col;
      const levels =
        layout.ruleSet === 'TT22'
          ? ['Tốt', 'Tốt', 'Khá', 'Đạt']
          : ['Tốt', 'Khá', 'Khá', 'Trung bình'];
      studentRows.forEach((row) =>
        out.push({ range: a1Range(tab.name, row, col, row, col), values: [[pick(r, levels)]] }),
      );
    }
    if (tab.kind === 'attendance') {
      const col = tab.columns.find((c) => c.ref?.month === 10 && c.ref.day === 14)!.col;
      studentRows.forEach((row) => {
        if (r() < 0.15)
          out.push({
            range: a1Range(tab.name, row, col, row, col),
            values: [[r() < 0.7 ? 'P' : 'K']],
          });
      });
    }
  }
  return out;
}

export interface SampleSetup {
  controlId: string;
  folderId: string;
  workbooks: Record<string, string>;
  archive: { controlId: string; folderId: string; workbooks: Record<string, string> };
}

/** Creates a control workbook as the system account, fills it, and runs the setup from the menu. */
export function setUpFromControl(
  emu: Emulator,
  school: SampleSchool,
): { controlId: string; folderId: string; workbooks: Record<string, string> } {
  const made = emu
    .as(SYSTEM)
    .run((ctx) =>
      (
        ctx as unknown as { createControlWorkbookRpc: () => { id: string } }
      ).createControlWorkbookRpc(),
    );
  const controlId = made.id;
  writeTables(emu, SYSTEM, controlId, controlTables(school));
  const result = emu.as(SYSTEM).rpc(controlId, 'setUpYearRpc') as {
    status: string;
    folderId: string;
    workbooks: Record<string, string>;
    problems?: unknown;
  };
  if (result.status !== 'done')
    throw new Error(`sample school setup: ${JSON.stringify(result).slice(0, 2000)}`);
  return { controlId, folderId: result.folderId, workbooks: result.workbooks };
}

/**
 * The sample school in an emulator whose bundle is loaded: people, the 2025-2026 year (TT22,
 * grades 10–12, with term I scores and summaries) and the 2015-2016 class 12A1 (TT58_2011).
 */
export function setupSampleSchool(emu: Emulator, opts: SampleOptions = {}): SampleSetup {
  const school = sampleSchool(opts);
  for (const t of school.teachers) emu.addUser(t.email, t.name);
  emu.addUser(SYSTEM, 'Tài khoản sổ điểm');
  const archiveSchool = sampleSchool({
    schoolYear: '2015-2016',
    classes: [{ id: '12A1', grade: 12, ruleSet: 'TT58_2011' }],
    subjects: 'tt58',
    seed: 2015,
  });
  const archive = setUpFromControl(emu, archiveSchool);
  const current = setUpFromControl(emu, school);
  for (const [sch, made] of [
    [archiveSchool, archive],
    [school, current],
  ] as const) {
    for (const c of sch.classes) {
      const layout = classLayout(c, subjectsOfGrade(sch.subjects, c.grade), {
        schoolYear: sch.settings.schoolYear,
      });
      const n = sch.students.filter((row) => row[0] === c.id).length;
      const rows = Array.from({ length: n }, (_, i) => layout.firstStudentRow + i);
      const id = made.workbooks[c.id]!;
      emu.as(SYSTEM).run((ctx) => {
        typed(ctx).Sheets.Spreadsheets!.Values!.batchUpdate(
          { valueInputOption: 'RAW', data: sampleScores(layout, rows) },
          id,
        );
      });
    }
    emu
      .as(SYSTEM)
      .run((ctx) =>
        typed(ctx)
          .PropertiesService.getScriptProperties()
          .setProperty('sodiem.controlId', made.controlId),
      );
    emu.as(SYSTEM).rpc(made.controlId, 'refreshSummariesRpc', null);
  }
  return { ...current, archive };
}
