// Setting up a school year with the BUILT bundle in the emulator: the happy path, what teachers
// can type, the summary against the rules engine, re-runs, mid-year transfers and bad input.
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { build } from '../../scripts/build';
import { createEmulator, EditRefusedError, type Emulator } from '../../emulator';
import {
  CLERK,
  controlTables,
  sampleSchool,
  setupSampleSchool,
  SYSTEM,
  writeTables,
  type SampleSetup,
} from '../../scripts/sample-school';
import { classLayout, TAB } from '../../src/domain/layout';
import { gradeInputOf, STUDENTS_TAB, subjectsOfGrade, summaryWrites } from '../../src/domain/setup';
import { grade } from '../../src/domain/rules';
import type { Cell } from '../../src/domain/control';

const dist = path.resolve(__dirname, '../../dist');
beforeAll(async () => {
  await build();
}, 180_000);

const school = sampleSchool({ studentsPerClass: 6 });
const start = new Date('2025-09-05T01:00:00Z');

function fresh(): Emulator {
  const emu = createEmulator({ start, deployment: 'addon' });
  emu.loadBundle(dist);
  return emu;
}

interface RpcResult {
  status: string;
  problems?: Array<{ sheet: string; row: number | null; column: string | null; message: string }>;
  created?: string[];
  updated?: string[];
  unchanged?: string[];
  workbooks?: Record<string, string>;
}

function rerun(emu: Emulator, controlId: string): RpcResult {
  emu
    .as(SYSTEM)
    .run((ctx) =>
      (ctx.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getScriptProperties()
        .setProperty('sodiem.controlId', controlId),
    );
  return emu.as(SYSTEM).rpc(controlId, 'setUpYearRpc') as RpcResult;
}

function files(emu: Emulator) {
  return [...emu.ws.files.values()].filter((f) => !f.trashed);
}

describe('setup in the emulator: happy path', () => {
  let emu: Emulator;
  let made: SampleSetup;
  beforeAll(() => {
    emu = fresh();
    made = setupSampleSchool(emu, { studentsPerClass: 6 });
  });

  it('creates the year folder and one workbook per class, owned by the system account and shared', () => {
    const folder = emu.ws.files.get(made.folderId)!;
    expect(folder.name).toBe('Sổ điểm 2025-2026');
    const wb = emu.ws.files.get(made.workbooks['10A1']!)!;
    expect(wb.name).toBe('Sổ điểm 2025-2026 - Lớp 10A1');
    expect(wb.parents).toEqual([made.folderId]);
    expect(wb.owner).toBe(SYSTEM);
    const c10 = school.classes.find((c) => c.id === '10A1')!;
    expect([...wb.editors]).toEqual(
      expect.arrayContaining([c10.homeroomTeacher, 'gv.toan@thpt-mau.edu.vn', CLERK]),
    );
    expect(Object.keys(made.workbooks).sort()).toEqual(['10A1', '10A2', '11A1', '12A1']);
    expect(emu.ws.files.get(made.archive.workbooks['12A1']!)!.name).toBe(
      'Sổ điểm 2015-2016 - Lớp 12A1',
    );
  });

  it('has the tabs, vi_VN locale, frozen headers, keys in book order', () => {
    const s = emu.sheet(made.workbooks['10A1']!);
    expect(s.sheetNames()).toEqual([
      'Danh sách',
      'Ngữ văn',
      'Toán',
      'Ngoại ngữ 1',
      'Lịch sử',
      'Giáo dục quốc phòng và an ninh',
      'Giáo dục thể chất',
      'Hoạt động trải nghiệm, hướng nghiệp',
      'Nội dung giáo dục của địa phương',
      'Vật lí',
      'Hóa học',
      'Sinh học',
      'Tin học',
      'Điểm danh',
      'Rèn luyện',
      'Tổng hợp',
    ]);
    expect(s.model.locale).toBe('vi_VN');
    expect(s.values("'Toán'!A3:J3")[0]).toEqual([
      'Số TT',
      'Mã HS',
      'Họ và tên',
      'TX1',
      'TX2',
      'TX3',
      'TX4',
      'GK',
      'CK',
      'ĐTBmhk',
    ]);
    const orders = s.values("'Danh sách'!A4:A9").map((r) => r[0]);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6]);
    expect(JSON.stringify(s.model)).toContain('sodiem.layoutVersion');
  });

  it('lets the data validation refuse bad scores and accept "8,5"', () => {
    const id = made.workbooks['10A1']!;
    const teacher = 'gv.toan@thpt-mau.edu.vn';
    expect(() => emu.as(teacher).type(id, "'Toán'!E5", '11')).toThrow(EditRefusedError);
    emu.as(teacher).type(id, "'Toán'!E5", '8,5');
    expect(emu.sheet(id).value("'Toán'!E5")).toBe(8.5);
    expect(() => emu.as(c10Homeroom()).type(id, "'Điểm danh'!F5", 'X')).toThrow(EditRefusedError);
    expect(() => emu.as(teacher).type(id, "'Giáo dục thể chất'!D5", '7')).toThrow(EditRefusedError);
  });

  it('writes the summary tab with exactly the rules engine values', () => {
    for (const [sch, wbs] of [
      [school, made.workbooks],
      [
        sampleSchool({
          schoolYear: '2015-2016',
          classes: [{ id: '12A1', grade: 12, ruleSet: 'TT58_2011' }],
          subjects: 'tt58',
          seed: 2015,
        }),
        made.archive.workbooks,
      ],
    ] as const) {
      const cls = sch.classes[0]!;
      const id = wbs[cls.id]!;
      const subjects = subjectsOfGrade(sch.subjects, cls.grade);
      const layout = classLayout(cls, subjects, { schoolYear: sch.settings.schoolYear });
      const s = emu.sheet(id);
      const grid = new Map(
        layout.tabs.map((t) => [
          t.name,
          s.values(`'${t.name}'!A4:${colName(t.columns.length)}9`) as Cell[][],
        ]),
      );
      const rows = [4, 5, 6, 7, 8, 9];
      const input = gradeInputOf(layout, subjects, grid, rows);
      const expected = summaryWrites(layout, subjects, rows, grade(input), input);
      const summary = expected.find((w) => w.range.startsWith(`'${TAB.summary}'`))!;
      expect(s.values(summary.range)).toEqual(summary.values.map((r) => r.map((v) => v ?? '')));
      const avg = expected.find((w) => w.range.startsWith(`'${subjects[1]!.name}'`))!;
      expect(s.values(avg.range)).toEqual(avg.values);
      expect(summary.values.flat().filter((v) => v !== '').length).toBeGreaterThan(20);
    }
  });

  it('re-running changes nothing and creates nothing', () => {
    const before = files(emu).length;
    const snapshot = emu.sheet(made.workbooks['10A1']!).values("'Toán'!A1:T10");
    const r = rerun(emu, made.controlId);
    expect(r.status).toBe('done');
    expect(r.unchanged).toEqual(['10A1', '10A2', '11A1', '12A1']);
    expect(files(emu).length).toBe(before);
    expect(emu.sheet(made.workbooks['10A1']!).values("'Toán'!A1:T10")).toEqual(snapshot);
  });

  it('mid-year: a joiner is appended in order without moving scores; a leaver stays, marked, with scores', () => {
    const id = made.workbooks['10A1']!;
    const s = emu.sheet(id);
    const before = s.values("'Toán'!A4:J9");
    const roster = controlTables(school)
      .get(STUDENTS_TAB)!
      .map((r) => [...r]);
    const leaverRow = roster.findIndex((r) => r[0] === '10A1' && r[1] === before[2]![1]);
    roster[leaverRow]![12] = '15/01/2026';
    roster.push([
      '10A1',
      'HS2025NEW1',
      'An Thị Ánh',
      '02/02/2010',
      'Nữ',
      'Kinh',
      'Hà Nội',
      'Tây Hồ',
      '',
      '',
      '',
      '05/01/2026',
      '',
    ]);
    writeTables(emu, SYSTEM, made.controlId, new Map([[STUDENTS_TAB, roster]]));
    const r = rerun(emu, made.controlId);
    expect(r.updated).toEqual(['10A1']);
    const after = s.values("'Toán'!A4:J10");
    // Rows 4..9 keep their students and scores; only Số TT may change.
    expect(after.slice(0, 6).map((x) => x.slice(1))).toEqual(before.map((x) => x.slice(1)));
    expect(after[6]!.slice(0, 3)).toEqual([expect.any(Number), 'HS2025NEW1', 'An Thị Ánh']);
    const orders = after.map((x) => x[0] as number);
    expect([...orders].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(s.values("'Danh sách'!M6:N6")[0]).toEqual(['15/01/2026', 'Đã chuyển đi 15/01/2026']);
    expect(s.value("'Danh sách'!N10")).toBe('Chuyển đến 05/01/2026');
  });
});

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function c10Homeroom(): string {
  return school.classes.find((c) => c.id === '10A1')!.homeroomTeacher;
}

describe('setup in the emulator: bad input creates nothing and lists every problem', () => {
  function attempt(patch: (t: Map<string, Cell[][]>) => void): {
    result: RpcResult;
    created: number;
  } {
    const emu = fresh();
    for (const t of school.teachers) emu.addUser(t.email, t.name);
    emu.addUser(SYSTEM);
    const made = emu
      .as(SYSTEM)
      .run((ctx) =>
        (
          ctx as unknown as { createControlWorkbookRpc: () => { id: string } }
        ).createControlWorkbookRpc(),
      );
    const tables = controlTables(school);
    patch(tables);
    writeTables(emu, SYSTEM, made.id, tables);
    const before = files(emu).length;
    const result = emu.as(SYSTEM).rpc(made.id, 'setUpYearRpc') as RpcResult;
    return { result, created: files(emu).length - before };
  }
  const students = (t: Map<string, Cell[][]>) => t.get(STUDENTS_TAB)!;

  it.each([
    [
      'duplicate student ids',
      (t: Map<string, Cell[][]>) => {
        students(t)[2]![1] = students(t)[1]![1]!;
      },
      { sheet: 'Học sinh', row: 3, column: 'Mã HS' },
      'trùng với dòng 2',
    ],
    [
      'an empty name',
      (t: Map<string, Cell[][]>) => {
        students(t)[3]![2] = '';
      },
      { sheet: 'Học sinh', row: 4, column: 'Họ và tên' },
      'họ và tên trống',
    ],
    [
      'an unknown class',
      (t: Map<string, Cell[][]>) => {
        students(t)[4]![0] = '10A9';
      },
      { sheet: 'Học sinh', row: 5, column: 'Lớp' },
      '«10A9» không có',
    ],
    [
      'an impossible date',
      (t: Map<string, Cell[][]>) => {
        students(t)[5]![3] = '31/02/2010';
      },
      { sheet: 'Học sinh', row: 6, column: 'Ngày sinh' },
      '«31/02/2010» không tồn tại',
    ],
    [
      'a teacher without an email',
      (t: Map<string, Cell[][]>) => {
        t.get('Giáo viên')![4]![2] = '';
      },
      { sheet: 'Giáo viên', row: 5, column: 'Email' },
      'không được để trống',
    ],
    [
      'a subject without a kind',
      (t: Map<string, Cell[][]>) => {
        t.get('Môn học')![3]![3] = '';
      },
      { sheet: 'Môn học', row: 4, column: 'Hình thức đánh giá' },
      'không được để trống',
    ],
    [
      'names differing only in Unicode form',
      (t: Map<string, Cell[][]>) => {
        const s = students(t);
        s.push([...s[1]!]);
        const last = s[s.length - 1]!;
        last[1] = 'HS-NFD';
        last[2] = String(last[2]).normalize('NFD');
      },
      { sheet: 'Học sinh', column: 'Họ và tên' },
      'khác mã Unicode',
    ],
  ])('%s', (_name, patch, where, text) => {
    const { result, created } = attempt(patch);
    expect(result.status).toBe('invalid');
    expect(created).toBe(0);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...where, message: expect.stringContaining(text) }),
      ]),
    );
  });

  it('reports several problems at once', () => {
    const { result } = attempt((t) => {
      students(t)[3]![2] = '';
      students(t)[5]![3] = '31/02/2010';
      t.get('Giáo viên')![4]![2] = '';
    });
    expect(result.problems!.length).toBeGreaterThanOrEqual(3);
  });
});

describe('setup in the emulator: control workbook and roster import', () => {
  it('bootstraps a control workbook only admins can edit, and refuses setup by a teacher', () => {
    const emu = fresh();
    const teacher = 'gv.toan@thpt-mau.edu.vn';
    emu.addUser(CLERK);
    emu.addUser(teacher);
    const made = emu
      .as(CLERK)
      .run((ctx) =>
        (
          ctx as unknown as { createControlWorkbookRpc: () => { id: string; name: string } }
        ).createControlWorkbookRpc(),
      );
    expect(made.name).toBe('Quản trị sổ điểm 2025-2026');
    const s = emu.sheet(made.id);
    expect(s.sheetNames()).toEqual([
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
      'Học sinh',
    ]);
    expect(s.values("'Môn học'!A2:G2")[0]).toEqual([
      10,
      'ngu-van',
      'Ngữ văn',
      'Tính điểm',
      105,
      '',
      4,
    ]);
    expect(s.protections().every((p) => p.description === 'sodiem:control')).toBe(true);
    emu.ws.files.get(made.id)!.editors.add(teacher);
    expect(() => emu.as(teacher).type(made.id, "'Lớp'!A2", '10A1')).toThrow(EditRefusedError);
    emu.as(CLERK).type(made.id, "'Môn học'!D2", 'Nhận xét');
    expect(() => emu.as(CLERK).type(made.id, "'Môn học'!D3", 'Loại khác')).toThrow(
      EditRefusedError,
    );
    expect(() => emu.as(teacher).rpc(made.id, 'setUpYearRpc')).toThrow(/Quản trị/);
  });

  it('imports a roster from an uploaded XLSX file (Drive converts it; the temporary sheet is trashed)', async () => {
    const emu = fresh();
    emu.addUser(CLERK);
    const made = emu
      .as(CLERK)
      .run((ctx) =>
        (
          ctx as unknown as { createControlWorkbookRpc: () => { id: string } }
        ).createControlWorkbookRpc(),
      );
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('DS lớp');
    ws.addRow(['STT', 'Họ tên', 'Ngày sinh', 'Giới tính', 'Dân tộc']);
    ws.addRow([1, 'Trần Thị Bích', '05/06/2010', 'Nữ', 'Kinh']);
    ws.addRow([2, 'Đỗ Văn Cường', '07/08/2010', 'Nam', 'Mường']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = emu.ws.files.size;
    const r = emu
      .as(CLERK)
      .rpc(made.id, 'importRosterXlsxRpc', bytes.toString('base64'), 'ds-10a1.xlsx', '10A1');
    expect(r).toEqual({ status: 'done', read: 2, added: 2 });
    const rows = emu.sheet(made.id).values("'Học sinh'!C2:F3");
    expect(rows.map((x) => x[0])).toEqual(['Trần Thị Bích', 'Đỗ Văn Cường']);
    const temps = [...emu.ws.files.values()]
      .slice(before)
      .filter((f) => f.mimeType === 'application/vnd.google-apps.spreadsheet');
    expect(temps.map((f) => [f.name, f.trashed])).toEqual([
      ['ds-10a1.xlsx (tạm để nhập danh sách)', true],
    ]);
  });

  it('imports a roster from another Google Sheet with aliases, once', () => {
    const emu = fresh();
    emu.addUser(CLERK);
    const made = emu
      .as(CLERK)
      .run((ctx) =>
        (
          ctx as unknown as { createControlWorkbookRpc: () => { id: string } }
        ).createControlWorkbookRpc(),
      );
    const src = emu.createSpreadsheet(CLERK, 'Danh sách lớp 10A1 (từ phần mềm cũ)');
    emu.sheet(src).set('A1:E3', [
      ['STT', 'Ho va ten', 'Ngày tháng năm sinh', 'Nữ', 'Dân tộc'],
      [1, 'Nguyễn Thị Ánh'.normalize('NFD'), '12/03/2010', 'x', 'Tày'],
      [2, 'Lê Văn An', '01/01/2010', '', 'Kinh'],
    ]);
    const r1 = emu.as(CLERK).rpc(made.id, 'importRosterRpc', src, '10A1');
    expect(r1).toEqual({ status: 'done', read: 2, added: 2 });
    const r2 = emu.as(CLERK).rpc(made.id, 'importRosterRpc', src, '10A1');
    expect(r2).toEqual({ status: 'done', read: 2, added: 0 });
    const rows = emu.sheet(made.id).values("'Học sinh'!A2:F3");
    expect(rows[0]!.slice(2, 6)).toEqual(['Nguyễn Thị Ánh', '12/03/2010', 'Nữ', 'Tày']);
    expect((rows[0]![2] as string) === 'Nguyễn Thị Ánh'.normalize('NFC')).toBe(true);
  });
});
