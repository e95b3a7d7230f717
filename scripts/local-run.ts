// npm start: the local run. Builds the bundle, creates an emulated Workspace, installs the add-on
// and plays a scripted school year as far as the product goes, leaving real files under out/
// (the emulated Drive on disk). Re-running starts clean.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEmulator, EditRefusedError, type Emulator } from '../emulator';
import { classLayout, scoreCell, type ScoreRef } from '../src/domain/layout';
import { subjectsOfGrade } from '../src/domain/setup';
import { exportAuditJsonl } from './audit-export';
import { build } from './build';
import { checkSnapshotsOnDisk } from './snapshot-local';
import { PRINCIPAL, CLERK, SYSTEM, sampleSchool, setupSampleSchool } from './sample-school';

const OUT = path.resolve(__dirname, '..', 'out');
const HOUR = 3_600_000;
/** Việt Nam time → epoch ms. */
const vn = (local: string) => Date.parse(`${local}+07:00`);

let step = 0;
let last = Date.now();
function say(line: string, ...details: string[]): void {
  step += 1;
  const took = ((Date.now() - last) / 1000).toFixed(1);
  last = Date.now();
  console.log(`${String(step).padStart(2)}. ${line} [${took} s]`);
  for (const d of details) console.log(`    ${d}`);
}

interface RpcReply<T> {
  ok: boolean;
  message?: string;
  value?: T;
}

function firstLine(text: unknown): string {
  return String(text ?? '').split('\n')[0] ?? '';
}

/** The last alert the user was shown, for printing what the product said. */
function lastAlert(emu: Emulator, user: string, doc: string): string {
  const ui = emu.ui(user, doc) as { alerts?: { prompt?: string; title?: string }[] };
  const last = ui.alerts?.[ui.alerts.length - 1];
  return firstLine(last?.prompt ?? '');
}

async function main(): Promise<void> {
  await build();
  fs.rmSync(OUT, { recursive: true, force: true });

  const emu = createEmulator({ start: vn('2025-09-05T08:00:00'), deployment: 'addon' });
  emu.loadBundle(path.resolve(__dirname, '..', 'dist'));

  // 1. The year is set up from the control workbook (sample school: grades 10–12 under TT22, and
  //    class 12A1 of 2015-2016 under TT58 for re-printing).
  const school = sampleSchool();
  const made = setupSampleSchool(emu);
  const control = made.controlId;
  say(
    `Thiết lập năm học ${school.settings.schoolYear}: ${Object.keys(made.workbooks).length} sổ lớp, ${school.students.length - 1} học sinh, ${school.teachers.length} giáo viên; lớp 12A1 năm 2015-2016 theo TT58.`,
    `Sổ quản trị: ${control}`,
  );

  // 2. The system account activates the system: the hourly tick (add-on deployment).
  emu.answerNextAlert(SYSTEM, 'OK');
  emu.as(SYSTEM).menu(control, 'activateSystem');
  say('Kích hoạt hệ thống (tài khoản hệ thống).', lastAlert(emu, SYSTEM, control));

  // 3. The principal opens an entry window for term I mid-term scores, grade 10.
  const opened = emu
    .as(PRINCIPAL)
    .rpc(
      control,
      'windowCommand',
      'tạo; gk1; HK1; giữa kì; 05/09/2025 09:00; 05/09/2025 17:00; khối 10',
    ) as RpcReply<string[]>;
  say(
    'Hiệu trưởng mở đợt nhập điểm giữa kì I cho khối 10.',
    ...(opened.value ?? [opened.message ?? '']).slice(0, 2),
  );

  // 4. Teachers type scores in their own class × subject; a teacher trying another subject is refused.
  const cls = school.classes.find((c) => c.id === '10A1')!;
  const layout = classLayout(cls, subjectsOfGrade(school.subjects, cls.grade), {
    schoolYear: school.settings.schoolYear,
  });
  const toan = school.assignments.find((a) => a.classId === '10A1' && a.subjectId === 'toan')!;
  const midterm = (subjectId: string, row: number) =>
    scoreCell(
      layout,
      { subjectId, term: 1, field: 'midterm' } as ScoreRef,
      layout.firstStudentRow + row,
    );
  const book = made.workbooks['10A1']!;
  emu.advanceTo(vn('2025-09-05T10:00:00'));
  for (let i = 0; i < 3; i++)
    emu.as(toan.teacher).type(book, midterm('toan', i).a1, ['7,5', '8', '6,5'][i]!);
  let refused = '';
  try {
    emu.as(toan.teacher).type(book, midterm('ngu-van', 0).a1, '9');
  } catch (e) {
    refused = e instanceof EditRefusedError ? firstLine(e.message) : String(e);
  }
  say(
    `GV Toán (${toan.teacher}) nhập 3 điểm giữa kì lớp 10A1; thử sửa điểm môn Ngữ văn thì bị từ chối.`,
    `Từ chối: ${refused || '(KHÔNG bị từ chối — lỗi!)'}`,
  );

  // 5. The deadline passes: the hourly tick locks the block; a late edit is refused.
  emu.advanceTo(vn('2025-09-05T18:30:00'));
  let late = '';
  try {
    emu.as(toan.teacher).type(book, midterm('toan', 0).a1, '10');
  } catch (e) {
    late = e instanceof EditRefusedError ? firstLine(e.message) : String(e);
  }
  say(
    'Hết hạn 17:00 05/09: lượt chạy định kì đã khóa; GV Toán sửa điểm sau hạn bị từ chối.',
    `Từ chối: ${late || '(KHÔNG bị từ chối — lỗi!)'}`,
  );

  // 6. A late correction: requested, confirmed by the homeroom teacher, approved, written by the system.
  const studentId = emu
    .sheet(book)
    .values(`'${midterm('toan', 0).sheet}'!B${layout.firstStudentRow}`)[0]?.[0];
  const request = emu.as(toan.teacher).rpc(book, 'sidebarRequestCorrection', {
    classId: '10A1',
    studentId: String(studentId),
    subjectId: 'toan',
    term: 1,
    field: 'midterm',
    index: null,
    newValue: '8,5',
    reason: 'Cộng sót điểm câu 4 khi chấm',
    evidence: 'Bài kiểm tra giữa kì I, phách 0137',
  }) as { ok: boolean; message: string };
  emu.advance(HOUR);
  const homeroom = cls.homeroomTeacher;
  const pending = (emu.as(homeroom).rpc(book, 'sidebarState') as { toConfirm: { id: string }[] })
    .toConfirm;
  const id = pending[0]?.id ?? '';
  const confirmed = emu.as(homeroom).rpc(book, 'sidebarConfirmCorrection', id) as {
    message: string;
  };
  emu.advance(HOUR);
  const approved = emu.as(PRINCIPAL).rpc(control, 'sidebarDecideCorrection', id, true, '') as {
    message: string;
  };
  emu.advance(HOUR);
  const now = emu.sheet(book).values(midterm('toan', 0).a1)[0]?.[0];
  say(
    'Sửa điểm sau hạn theo quy trình: GV bộ môn yêu cầu → GVCN xác nhận → Hiệu trưởng duyệt → hệ thống ghi.',
    request.message,
    confirmed.message,
    approved.message,
    `Ô ${midterm('toan', 0).a1} hiện là ${emu.sheet(book).displayValues(midterm('toan', 0).a1)[0]?.[0] ?? String(now)}.`,
  );

  // 7. The clerk takes a snapshot for the end of the mid-term entry; the system's tick makes it.
  emu.answerNextAlert(CLERK, { button: 'OK', text: 'Kết thúc nhập điểm giữa kì I' });
  emu.answerNextAlert(CLERK, 'OK');
  emu.as(CLERK).menu(control, 'createSnapshot');
  emu.advance(HOUR);
  emu.advance(HOUR);
  emu.answerNextAlert(CLERK, 'OK');
  emu.as(CLERK).menu(control, 'verifyArchive');
  say(
    'Văn thư tạo bản lưu trữ «Kết thúc nhập điểm giữa kì I»; kiểm tra lưu trữ.',
    lastAlert(emu, CLERK, control),
  );

  // 8. The clerk exports the term I books and confirmation tables as PDF.
  emu.answerNextAlert(CLERK, { button: 'OK', text: '1' });
  emu.answerNextAlert(CLERK, 'OK');
  await emu.as(CLERK).menu(control, 'exportBookPdfs');
  say('Văn thư xuất sổ điểm học kì I (PDF) và bảng xác nhận.', lastAlert(emu, CLERK, control));

  // 9. The audit log is checked and exported; the workspace is saved as real files.
  emu.answerNextAlert(PRINCIPAL, 'OK');
  emu.as(PRINCIPAL).menu(control, 'verifyAuditLog');
  say('Hiệu trưởng kiểm tra nhật ký.', lastAlert(emu, PRINCIPAL, control));

  const audit = exportAuditJsonl(emu, control, path.join(OUT, 'audit.jsonl'));
  emu.save(OUT);
  const checks = checkSnapshotsOnDisk(OUT);
  const rel = (p: string) => path.relative(process.cwd(), p);
  say(
    `Đã lưu Drive mô phỏng vào ${rel(OUT)}/files/ (sổ lớp .xlsx, sổ điểm PDF, bản lưu trữ) và nhật ký ${rel(audit.file)} (${audit.count} mục).`,
    ...checks.map((c) => `sha256sum -c trong «${rel(c.dir)}»: ${c.ok ? 'OK' : 'LỖI'}`),
  );
  if (checks.length === 0 || checks.some((c) => !c.ok)) {
    throw new Error(`Bản lưu trữ không khớp SHA256SUMS: ${checks.map((c) => c.output).join('\n')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
