// Issue 10 end to end: the built bundle in the emulator. A late correction goes request (teacher,
// sidebar RPC) → tick → homeroom confirmation → tick → principal approval → tick, which writes the
// value as the system account; plus rejection, self-approval, stale and conflicting requests, a
// direct edit after the deadline, and a full inbox.
import type { ActionResult, CorrectionDraft, SidebarState } from '../../src/app/rpc';
import { extractPdf, pageText, sameLine, type PdfText } from '../unit/render/pdf-check';
import { CORRECTIONS } from '../../src/domain/control';
import {
  AN,
  CLERK,
  gas,
  STUDENT_NAMES,
  SYSTEM,
  BINH,
  buildPrivate,
  cellOf,
  controlTab,
  makeSchool,
  nextTick,
  PRINCIPAL,
  TX1_CLOSE,
  TX1_OPEN,
  value,
  HOUR,
  type School,
} from './fixtures/school';

let dist = '';

/** Exports the term I book of 10A1 as `who` (an admin) and reads its text and rules back. */
function termOneBook(s: School, who: string): PdfText {
  interface Books {
    runExportBooks(r: unknown): Promise<{ status: string; folderName: string }>;
  }
  const result = s.emu
    .as(who)
    .run((c) =>
      (c as unknown as Books).runExportBooks({ term: 1, classIds: ['10A1'], confirmation: false }),
    ) as unknown as { status: string; folderName: string };
  expect(result.status).toBe('done');
  const bytes = s.emu.as(who).run((c) => {
    const drive = gas(c).DriveApp;
    const dated = drive
      .getFoldersByName('Sổ điểm (PDF)')
      .next()
      .getFoldersByName(result.folderName)
      .next();
    const file = dated.getFilesByName('Sổ điểm lớp 10A1 - Học kì I.pdf').next();
    return Array.from(file.getBlob().getBytes());
  });
  return extractPdf(new Uint8Array(Int8Array.from(bytes).buffer));
}
beforeAll(async () => {
  dist = await buildPrivate();
}, 120_000);

const rpc = <T>(s: School, who: string, book: string, fn: string, ...args: unknown[]): T =>
  s.emu.as(who).rpc(book, fn, ...args) as T;

function draft(over: Partial<CorrectionDraft> = {}): CorrectionDraft {
  return {
    classId: '10A1',
    studentId: 'HS10A11',
    subjectId: 'toan',
    term: 1,
    field: 'regular',
    index: 1,
    newValue: '9,5',
    reason: 'Chấm sót câu 3',
    evidence: 'Bài kiểm tra thường xuyên số 1, đã chấm lại',
    ...over,
  };
}

/** During the window An types term I regular scores for 10A1; after it the lock lands. */
function schoolAfterDeadline(): School {
  const s = makeSchool(dist);
  s.emu.advanceTo(TX1_OPEN + HOUR + 60_000);
  const book = s.books['10A1']!;
  for (let st = 1; st <= 6; st++)
    s.emu.as(AN).type(book, cellOf(s, '10A1', st, 'toan', 1, 'regular', 1), '8');
  s.emu.as(AN).type(book, cellOf(s, '10A1', 2, 'toan', 1, 'regular', 2), '6,5');
  for (const i of [2, 3, 4])
    s.emu.as(AN).type(book, cellOf(s, '10A1', 1, 'toan', 1, 'regular', i), '8');
  // Mid-term and end-of-term of student 1, typed by the clerk (admins edit every block).
  s.emu.as(CLERK).type(book, cellOf(s, '10A1', 1, 'toan', 1, 'midterm'), '7');
  s.emu.as(CLERK).type(book, cellOf(s, '10A1', 1, 'toan', 1, 'final'), '8');
  s.emu.advanceTo(TX1_CLOSE + 30 * 60_000);
  return s;
}

function registerRow(s: School, id: string): Record<string, unknown> {
  const rows = controlTab(s, CORRECTIONS.name);
  const header = rows[0] as string[];
  const row = rows.find((r) => r[0] === id);
  if (!row) throw new Error(`no register row ${id}`);
  return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

const idOf = (r: ActionResult) => /SC-\d{6}-[0-9A-F]{6}/.exec(r.message)?.[0] ?? '';

function refused(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    if ((e as Error).name === 'EditRefusedError') return (e as Error).message;
    throw e;
  }
  return '';
}

describe('a late correction, end to end', () => {
  it('request → tick → homeroom confirms → tick → principal approves → tick writes it', () => {
    const s = schoolAfterDeadline();
    const book = s.books['10A1']!;
    const cell = cellOf(s, '10A1', 1, 'toan', 1, 'regular', 1);
    expect(value(s, book, cell)).toBe(8);
    // The term average as «Cập nhật bảng tổng hợp» computes it: (8·4 + 2·7 + 3·8) / 9 = 7,8.
    const average = cellOf(s, '10A1', 1, 'toan', 1, 'average');
    s.emu.as(CLERK).rpc(s.control, 'refreshSummariesRpc', ['10A1']);
    expect(value(s, book, average)).toBe(7.8);
    // The lock landed: An cannot type the change herself.
    expect(refused(() => s.emu.as(AN).type(book, cell, '9,5'))).toMatch(/protected/);
    expect(value(s, book, cell)).toBe(8);

    const asked = rpc<ActionResult>(s, AN, book, 'sidebarRequestCorrection', draft());
    expect(asked.ok).toBe(true);
    expect(asked.message).toMatch(/^Đã gửi yêu cầu SC-/);
    const id = idOf(asked);
    // At once, from the inbox: the teacher sees it sent and waiting for the system.
    expect(asked.state.myCorrections.map((c) => [c.id, c.status])).toEqual([[id, 'queued']]);
    nextTick(s);
    expect(registerRow(s, id)).toMatchObject({
      'Trạng thái': 'Chờ GVCN xác nhận',
      'Giá trị cũ': '8',
      'Giá trị mới': '9.5',
      'Người yêu cầu': AN,
    });
    // An sees her request and its status; Bình (homeroom 10A1) sees it waiting for him.
    const an = rpc<SidebarState>(s, AN, book, 'sidebarState');
    expect(an.myCorrections.map((c) => [c.id, c.status])).toEqual([[id, 'requested']]);
    const binh = rpc<SidebarState>(s, BINH, book, 'sidebarState');
    expect(binh.toConfirm.map((c) => c.id)).toEqual([id]);

    const confirmed = rpc<ActionResult>(s, BINH, book, 'sidebarConfirmCorrection', id);
    expect(confirmed.ok).toBe(true);
    expect(confirmed.state.toConfirm).toEqual([]);
    nextTick(s);
    expect(registerRow(s, id)).toMatchObject({
      'Trạng thái': 'Chờ Hiệu trưởng duyệt',
      'GVCN xác nhận': BINH,
    });

    const p = rpc<SidebarState>(s, PRINCIPAL, s.control, 'sidebarState');
    expect(p.principal?.approvals.map((c) => c.id)).toEqual([id]);
    const approved = rpc<ActionResult>(
      s,
      PRINCIPAL,
      s.control,
      'sidebarDecideCorrection',
      id,
      true,
      '',
    );
    expect(approved).toMatchObject({ ok: true });
    expect(approved.message).toMatch(/Đã duyệt/);
    expect(approved.state.principal?.approvals).toEqual([]);
    expect(value(s, book, cell)).toBe(8); // written by the system, at the tick, not by the principal

    nextTick(s);
    expect(value(s, book, cell)).toBe(9.5);
    // The summary recomputed: (9,5 + 8·3 + 2·7 + 3·8) / 9 = 7,9.
    expect(value(s, book, average)).toBe(7.9);
    expect(registerRow(s, id)).toMatchObject({ 'Trạng thái': 'Đã ghi', 'Người duyệt': PRINCIPAL });
    // The range stays locked for the teacher.
    expect(refused(() => s.emu.as(AN).type(book, cell, '10'))).toMatch(/protected/);
    expect(value(s, book, cell)).toBe(9.5);
    // The audit log links the request.
    const audit = controlTab(s, 'Nhật ký');
    const linked = audit.filter((r) => r.includes(id));
    expect(linked.length).toBeGreaterThanOrEqual(1);
    const write = linked.find((r) => r.includes('correction') && r.includes('9.5'));
    expect(write).toBeDefined();
    // The book of term I prints the correction: the old value struck through, and the page's count.
    const pdf = termOneBook(s, PRINCIPAL);
    const page = pdf.pages.find((p) => pageText(p).includes('MÔN TOÁN – HỌC KÌ I'));
    expect(page).toBeDefined();
    expect(pageText(page!)).toContain(
      'Trong trang này có 1 điểm được sửa chữa, trong đó môn Toán: 1 điểm.',
    );
    const row = page!.items.find((i) => i.str === STUDENT_NAMES[0])!;
    // «8 9,5»: the old value, then the new one; one short rule strikes the old value only.
    const corrected = sameLine(page!, row.y, 2).find((i) => /^8\s*9,5$/.test(i.str))!;
    expect(corrected).toBeDefined();
    const strikes = page!.hlines.filter(
      (l) =>
        l.x1 <= corrected.x + 0.5 &&
        l.x2 < corrected.x + corrected.w / 2 &&
        l.y > corrected.y &&
        l.y < corrected.y + 6,
    );
    expect(strikes).toHaveLength(1);
    // No tick step failed along the way.
    const failed = controlTab(s, 'Sự kiện').filter((r) => String(r[4]).includes('"failed"'));
    expect(failed).toEqual([]);
  });
});

/** Request, move, confirm, move: returns the request id, now waiting for the principal. */
function confirmedRequest(s: School, over: Partial<CorrectionDraft> = {}, who = AN): string {
  const book = s.books[over.classId ?? '10A1']!;
  const asked = rpc<ActionResult>(s, who, book, 'sidebarRequestCorrection', draft(over));
  expect(asked).toMatchObject({ ok: true });
  const id = idOf(asked);
  nextTick(s);
  const confirmed = rpc<ActionResult>(s, BINH, book, 'sidebarConfirmCorrection', id);
  expect(confirmed).toMatchObject({ ok: true });
  nextTick(s);
  expect(registerRow(s, id)['Trạng thái']).toBe('Chờ Hiệu trưởng duyệt');
  return id;
}

const decide = (s: School, who: string, id: string, approve: boolean, reason = '') =>
  rpc<ActionResult>(s, who, s.control, 'sidebarDecideCorrection', id, approve, reason);

// One school after the deadline for the tests below (each uses its own students or cells).
let s: School;
describe('decisions', () => {
  beforeAll(() => {
    s = schoolAfterDeadline();
  });

  it('rejection needs a reason, is recorded, and nothing is written', () => {
    const book = s.books['10A1']!;
    const cell = cellOf(s, '10A1', 2, 'toan', 1, 'regular', 1);
    const id = confirmedRequest(s, { studentId: 'HS10A12', newValue: '10' });
    const noReason = decide(s, PRINCIPAL, id, false, '  ');
    expect(noReason.ok).toBe(false);
    expect(noReason.message).toBe('Khi từ chối, vui lòng ghi lý do.');
    const rejected = decide(s, PRINCIPAL, id, false, 'Bài làm không có câu 3');
    expect(rejected).toMatchObject({ ok: true });
    nextTick(s);
    expect(value(s, book, cell)).toBe(8);
    expect(registerRow(s, id)).toMatchObject({
      'Trạng thái': 'Từ chối',
      'Lý do duyệt/từ chối': 'Bài làm không có câu 3',
    });
    // The teacher sees how it ended, with the reason.
    const an = rpc<SidebarState>(s, AN, book, 'sidebarState');
    expect(an.myCorrections.find((c) => c.id === id)).toMatchObject({
      status: 'rejected',
      decisionReason: 'Bài làm không có câu 3',
    });
  });

  it('only the principal decides: a clerk (admin) is refused in Vietnamese', () => {
    const id = confirmedRequest(s, { studentId: 'HS10A13', newValue: '7' });
    const r = decide(s, CLERK, id, true);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/không có quyền|Hiệu trưởng/);
    expect(r.message).not.toMatch(/Error|at .*\.js/);
    expect(registerRow(s, id)['Trạng thái']).toBe('Chờ Hiệu trưởng duyệt');
  });

  it('nobody confirms or approves their own request', () => {
    // Bình teaches Ngữ văn in 10A1 and is its homeroom teacher: his own request needs someone else.
    const book = s.books['10A1']!;
    const own = rpc<ActionResult>(s, BINH, book, 'sidebarRequestCorrection', {
      ...draft({ subjectId: 'ngu-van', studentId: 'HS10A14', newValue: '7' }),
    });
    expect(own).toMatchObject({ ok: true });
    nextTick(s);
    const self = rpc<ActionResult>(s, BINH, book, 'sidebarConfirmCorrection', idOf(own));
    expect(self.ok).toBe(false);
    expect(self.message).toBe('Không ai được tự xác nhận hay tự duyệt yêu cầu của chính mình.');
    // The principal enters a paper request for An, then tries to approve it himself.
    const paper = rpc<ActionResult>(s, PRINCIPAL, book, 'sidebarRequestCorrection', {
      ...draft({ studentId: 'HS10A15', newValue: '9' }),
      onBehalfOf: AN,
      evidence: 'Đơn số 15 ngày 06/09/2025',
    });
    expect(paper).toMatchObject({ ok: true });
    const id = idOf(paper);
    nextTick(s);
    expect(registerRow(s, id)['Người yêu cầu']).toBe(`${AN} (nhập thay: ${PRINCIPAL})`);
    expect(rpc<ActionResult>(s, BINH, book, 'sidebarConfirmCorrection', id)).toMatchObject({
      ok: true,
    });
    nextTick(s);
    const approve = decide(s, PRINCIPAL, id, true);
    expect(approve.ok).toBe(false);
    expect(approve.message).toBe('Không ai được tự xác nhận hay tự duyệt yêu cầu của chính mình.');
  });
});

describe('stale and conflicting requests', () => {
  it('an approval for a cell that changed since the request is refused', () => {
    const book = s.books['10A1']!;
    const cell = cellOf(s, '10A1', 2, 'toan', 1, 'regular', 2);
    const id = confirmedRequest(s, { studentId: 'HS10A12', index: 2, newValue: '7' });
    // An admin changes the cell directly in the meantime (admins may edit locked ranges).
    s.emu.as(CLERK).type(book, cell, '5');
    const r = decide(s, PRINCIPAL, id, true);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/đã thay đổi từ khi có yêu cầu \(lúc yêu cầu: 6,5; hiện tại: 5\)/);
    nextTick(s);
    expect(value(s, book, cell)).toBe(5);
    expect(registerRow(s, id)['Trạng thái']).toBe('Chờ Hiệu trưởng duyệt');
  });

  it('two requests for one cell: applied in request order, the second reported as a conflict', () => {
    const book = s.books['10A1']!;
    const cell = cellOf(s, '10A1', 6, 'toan', 1, 'regular', 1);
    const first = rpc<ActionResult>(
      s,
      AN,
      book,
      'sidebarRequestCorrection',
      draft({ studentId: 'HS10A16', newValue: '9' }),
    );
    s.emu.advance(60_000);
    const second = rpc<ActionResult>(
      s,
      AN,
      book,
      'sidebarRequestCorrection',
      draft({ studentId: 'HS10A16', newValue: '7,5', reason: 'Cộng nhầm' }),
    );
    const [a, b] = [idOf(first), idOf(second)];
    nextTick(s);
    for (const id of [b, a])
      expect(rpc<ActionResult>(s, BINH, book, 'sidebarConfirmCorrection', id)).toMatchObject({
        ok: true,
      });
    nextTick(s);
    // Approved in the opposite order: the register still applies them in request order.
    expect(decide(s, PRINCIPAL, b, true)).toMatchObject({ ok: true });
    expect(decide(s, PRINCIPAL, a, true)).toMatchObject({ ok: true });
    nextTick(s);
    expect(value(s, book, cell)).toBe(9);
    expect(registerRow(s, a)['Trạng thái']).toBe('Đã ghi');
    expect(registerRow(s, b)).toMatchObject({ 'Trạng thái': 'Từ chối' });
    expect(String(registerRow(s, b)['Lý do duyệt/từ chối'])).toMatch(
      /^Không ghi vào sổ \(xung đột\): Ô .* đã thay đổi/,
    );
    const events = controlTab(s, 'Sự kiện').filter((r) => r[1] === 'tick:corrections');
    expect(events.map((r) => String(r[3])).join('\n')).toMatch(
      new RegExp(`${b}: Ô .* đã thay đổi`),
    );
    // Nothing is reported again on the next run.
    const before = events.length;
    nextTick(s);
    expect(controlTab(s, 'Sự kiện').filter((r) => r[1] === 'tick:corrections')).toHaveLength(
      before,
    );
  });
});

describe('a direct change after the deadline', () => {
  it('is refused by the protection once the lock has landed; one typed before it is in the audit log', () => {
    const s = makeSchool(dist);
    s.emu.advanceTo(TX1_OPEN + HOUR + 60_000);
    const book = s.books['10A1']!;
    const cell = cellOf(s, '10A1', 4, 'toan', 1, 'regular', 1);
    s.emu.as(AN).type(book, cell, '6');
    // One second after the deadline: the hourly tick has not locked the block yet.
    s.emu.advanceTo(TX1_CLOSE + 1);
    const ticksBefore = s.emu.executions.filter((e) => e.kind === 'time-trigger').length;
    s.emu.as(AN).type(book, cell, '10');
    expect(s.emu.executions.filter((e) => e.kind === 'time-trigger')).toHaveLength(ticksBefore);
    s.emu.advance(HOUR);
    // Now refused, and the cell keeps what it had.
    const now = value(s, book, cell);
    expect(refused(() => s.emu.as(AN).type(book, cell, '4'))).toMatch(/protected/);
    expect(value(s, book, cell)).toBe(now);
    // The late change is not silent: the reconciliation logged it, after the deadline.
    const audit = controlTab(s, 'Nhật ký');
    const header = audit[0] as string[];
    const at = header.indexOf('Thời điểm');
    const late = audit.filter(
      (r) =>
        r.includes('HS10A14') &&
        r.some((v) => String(v) === '10') &&
        Date.parse(String(r[at])) > TX1_CLOSE,
    );
    expect(late.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the inbox in script properties', () => {
  it('refuses with "thử lại" when full, loses nothing, and takes the request once there is room', () => {
    const book = s.books['10A1']!;
    const one = rpc<ActionResult>(
      s,
      AN,
      book,
      'sidebarRequestCorrection',
      draft({ index: 3, studentId: 'HS10A12' }),
    );
    const two = rpc<ActionResult>(
      s,
      AN,
      book,
      'sidebarRequestCorrection',
      draft({ index: 3, studentId: 'HS10A13' }),
    );
    expect([one.ok, two.ok]).toEqual([true, true]);
    // Something else fills the store (checkpoints, queued refusals): 51 values of 8 KB.
    s.emu.as(SYSTEM).run((c) => {
      const p = gas(c).PropertiesService.getScriptProperties();
      for (let i = 0; i < 51; i++) p.setProperty(`filler:${i}`, 'x'.repeat(8000));
    });
    const full = rpc<ActionResult>(
      s,
      AN,
      book,
      'sidebarRequestCorrection',
      draft({ index: 3, studentId: 'HS10A14' }),
    );
    expect(full.ok).toBe(false);
    expect(full.message).toMatch(/CHƯA được gửi.*thử lại/);
    const tooLong = rpc<ActionResult>(
      s,
      AN,
      book,
      'sidebarRequestCorrection',
      draft({ index: 3, studentId: 'HS10A14', reason: 'dài '.repeat(4000) }),
    );
    expect(tooLong.ok).toBe(false);
    expect(tooLong.message).toMatch(/quá dài/);
    const keys = s.emu
      .as(SYSTEM)
      .run((c) =>
        Object.keys(gas(c).PropertiesService.getScriptProperties().getProperties()).filter((k) =>
          k.startsWith('inbox:'),
        ),
      );
    expect(keys.sort()).toEqual(
      [`inbox:correction:${idOf(one)}`, `inbox:correction:${idOf(two)}`].sort(),
    );
    // The tick moves both waiting requests: nothing lost.
    nextTick(s);
    expect(registerRow(s, idOf(one))['Trạng thái']).toBe('Chờ GVCN xác nhận');
    expect(registerRow(s, idOf(two))['Trạng thái']).toBe('Chờ GVCN xác nhận');
    s.emu.as(SYSTEM).run((c) => {
      const p = gas(c).PropertiesService.getScriptProperties();
      for (let i = 0; i < 51; i++) p.deleteProperty(`filler:${i}`);
    });
    const retry = rpc<ActionResult>(
      s,
      AN,
      book,
      'sidebarRequestCorrection',
      draft({ index: 3, studentId: 'HS10A14' }),
    );
    expect(retry.ok).toBe(true);
  });
});
