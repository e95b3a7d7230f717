// Issue 10 end to end: the built bundle in the emulator. A late correction goes request (teacher,
// sidebar RPC) → tick → homeroom confirmation → tick → principal approval → tick, which writes the
// value as the system account; plus rejection, self-approval, stale and conflicting requests, a
// direct edit after the deadline, and a full inbox.
import type { ActionResult, CorrectionDraft, SidebarState } from '../../src/app/rpc';
import { CORRECTIONS } from '../../src/domain/control';
import {
  AN,
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
    // The lock landed: An cannot type the change herself.
    expect(refused(() => s.emu.as(AN).type(book, cell, '9,5'))).toMatch(/protected/);
    expect(value(s, book, cell)).toBe(8);

    const asked = rpc<ActionResult>(s, AN, book, 'sidebarRequestCorrection', draft());
    expect(asked.ok).toBe(true);
    expect(asked.message).toMatch(/^Đã gửi yêu cầu SC-/);
    const id = idOf(asked);
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
    // No tick step failed along the way.
    const failed = controlTab(s, 'Sự kiện').filter((r) => String(r[4]).includes('"failed"'));
    expect(failed).toEqual([]);
  });
});
