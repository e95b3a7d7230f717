// Issue 6 end to end: the built bundle in the emulator. Every role against every kind of block in
// every window state; deadline locking in both deployments; mid-term replacement; refused role
// calls; an idempotent second sync.
import * as path from 'node:path';
import { buildServer } from '../../scripts/build';
import { auditWorld } from './audit-world';
import { planWorkbook, whoCouldEdit, type PermissionFacts } from '../../src/domain/permissions';
import { blocksOf, classLayout } from '../../src/domain/layout';
import {
  AN,
  gas,
  SUBJECT_ROWS,
  BINH,
  canType,
  CLERK,
  CUONG,
  DUNG,
  makeWorld,
  menuAlert,
  MOI,
  PRINCIPAL,
  SYSTEM,
  type World,
  useBundle,
} from './permissions-world';

// Its own build folder: other test files rebuild dist/ while this one runs.
const OWN = path.resolve(__dirname, '../../build/permissions-it');
beforeAll(async () => {
  await buildServer(OWN);
  useBundle(OWN);
}, 120_000);

const MIN = 60_000;

function activate(w: World): string {
  return menuAlert(w, SYSTEM, 'activateSystem');
}

function command(
  w: World,
  who: string,
  text: string,
): { ok: boolean; value?: string[]; message?: string } {
  return w.emu.as(who).rpc(w.control, 'windowCommand', text) as never;
}

function ticks(w: World) {
  return w.emu.executions.filter((e) => e.kind === 'time-trigger');
}

describe('activation', () => {
  it('refuses anyone but the system account, with a Vietnamese alert and a refused entry', () => {
    const w = makeWorld('bound');
    const text = menuAlert(w, PRINCIPAL, 'activateSystem');
    expect(text).toMatch(/không có quyền thực hiện «Kích hoạt hệ thống»/);
    expect(w.emu.sheet(w.control).values("'Nhật ký'!C2:E2")[0]).toEqual([
      PRINCIPAL,
      'request',
      'refused',
    ]);
  });

  it('bound: installs a 5-minute tick; add-on: an hourly one', () => {
    for (const [mode, period] of [
      ['bound', 5 * MIN],
      ['addon', 60 * MIN],
    ] as const) {
      const w = makeWorld(mode);
      const text = activate(w);
      expect(text).toMatch(/Hệ thống đã được kích hoạt/);
      // The first run comes one period after the trigger was created (plus the activation's own time).
      w.emu.advance(period - 10_000);
      expect(ticks(w)).toHaveLength(0);
      w.emu.advance(20_000);
      expect(ticks(w)).toHaveLength(1);
      expect(ticks(w)[0]?.user).toBe(SYSTEM);
      expect(ticks(w)[0]?.error ?? null).toBeNull();
      // Activating again replaces the trigger instead of adding one.
      activate(w);
      w.emu.advance(period + 20_000);
      expect(ticks(w)).toHaveLength(2);
    }
  });
});

describe('every role × every block × every window state', () => {
  const cells = {
    toanRegular: "'Toán'!D5",
    toanMidterm: "'Toán'!H5",
    toanAverage: "'Toán'!J5",
    toanHeader: "'Toán'!A1",
    vanRegular: "'Ngữ văn'!D5",
    rosterName: "'Danh sách'!C5",
    attendance: "'Điểm danh'!D5",
    conduct1: "'Rèn luyện'!D5",
    summary: "'Tổng hợp'!D5",
  };
  const people = [SYSTEM, PRINCIPAL, CLERK, AN, BINH, CUONG, DUNG];

  it('allows exactly what the plan says, refuses everything else (owner always allowed)', () => {
    const w = makeWorld('bound');
    activate(w);
    // 10:00–17:00 next day, Việt Nam time: 03:00Z 09-05 → 10:00Z 09-06.
    const r = command(
      w,
      PRINCIPAL,
      'tạo; tx1; HK1; thường xuyên; 05/09/2025 10:00; 06/09/2025 17:00; khối 10',
    );
    expect(r.ok).toBe(true);
    const hk = command(
      w,
      PRINCIPAL,
      'tạo; hk1; HK1; rèn luyện; 05/09/2025 10:00; 06/09/2025 17:00; lớp 10A1',
    );
    expect(hk.ok).toBe(true);
    const book = w.books['10A1']!;
    const layout = classLayout(
      w.classes[0]!,
      SUBJECT_ROWS.filter((x) => x.grade === 10),
      { schoolYear: '2025-2026' },
    );
    const blocks = blocksOf(layout);
    const windows = JSON.parse(
      w.emu.as(SYSTEM).run((ctx) => {
        const p = gas(ctx).PropertiesService.getScriptProperties();
        return p.getProperty('sodiem.windows.v1.0') ?? '[]';
      }),
    );
    const facts = (): PermissionFacts => ({
      system: SYSTEM,
      admins: [PRINCIPAL, CLERK],
      assignments: [
        {
          classId: '10A1',
          subjectId: 'toan',
          teacher: AN,
          from: '2025-08-01T00:00:00.000Z',
          to: null,
        },
        {
          classId: '10A1',
          subjectId: 'van',
          teacher: BINH,
          from: '2025-08-01T00:00:00.000Z',
          to: null,
        },
      ],
      homerooms: [{ classId: '10A1', teacher: BINH, from: '1970-01-01T00:00:00.000Z', to: null }],
      windows,
      classes: [{ id: '10A1', grade: 10 }],
    });
    const states: [string, number][] = [
      ['before open', Date.parse('2025-09-05T02:00:00Z')],
      ['open', Date.parse('2025-09-05T12:00:00Z')],
      ['after close', Date.parse('2025-09-06T10:05:00Z')],
    ];
    const results: string[] = [];
    const check = (state: string) => {
      const at = w.emu.ws.clock.now();
      for (const [name, a1] of Object.entries(cells)) {
        const m = /^'(.+)'!([A-Z]+)(\d+)$/.exec(a1)!;
        const col = m[2]!.charCodeAt(0) - 64;
        const row = Number(m[3]);
        const block = blocks.find(
          (b) =>
            b.sheet === m[1] &&
            b.rows.from <= row &&
            row <= b.rows.to &&
            b.cols.from <= col &&
            col <= b.cols.to,
        )!;
        const who = whoCouldEdit(facts(), '10A1', block, at);
        for (const p of people) {
          const expected = p === SYSTEM || who.admins.includes(p) || who.teachers.includes(p);
          const got = canType(w, p, book, a1);
          if (got !== expected)
            results.push(`${state} ${name} ${p}: expected ${expected}, got ${got}`);
        }
      }
    };
    for (const [state, at] of states) {
      w.emu.advanceTo(at);
      check(state);
    }
    // Reopened for An alone until 18:00 the next day.
    const re = command(
      w,
      PRINCIPAL,
      `mở lại; tx1; lớp 10A1, ${AN}; 07/09/2025 18:00; Đơn số 12: giáo viên ốm`,
    );
    expect(re.ok).toBe(true);
    windows.splice(
      0,
      windows.length,
      ...JSON.parse(
        w.emu
          .as(SYSTEM)
          .run(
            (ctx) =>
              gas(ctx).PropertiesService.getScriptProperties().getProperty('sodiem.windows.v1.0') ??
              '[]',
          ),
      ),
    );
    w.emu.advance(MIN);
    check('reopened');
    expect(results).toEqual([]);
    // Spot checks that the matrix is not vacuous.
    expect(canType(w, AN, book, cells.toanRegular)).toBe(true);
    expect(canType(w, BINH, book, cells.vanRegular)).toBe(false);
    expect(canType(w, DUNG, book, cells.toanRegular)).toBe(false);
    const plan = planWorkbook(facts(), { id: '10A1', grade: 10 }, blocks, w.emu.ws.clock.now());
    expect(plan.protections.length).toBe(w.emu.sheet(book).protections().length);
  }, 120_000);
});

describe('deadline locking', () => {
  for (const [mode, lag] of [
    ['bound', 5 * MIN],
    ['addon', 60 * MIN],
  ] as const) {
    it(`${mode}: the block locks by itself within ${lag / MIN} minutes of the deadline`, () => {
      const w = makeWorld(mode);
      activate(w);
      command(
        w,
        PRINCIPAL,
        'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 05/09/2025 12:00; toàn trường',
      );
      const book = w.books['10A1']!;
      expect(canType(w, AN, book, "'Toán'!D5")).toBe(true);
      const deadline = Date.parse('2025-09-05T05:00:00Z');
      w.emu.advanceTo(deadline + lag);
      expect(canType(w, AN, book, "'Toán'!D5")).toBe(false);
      expect(canType(w, AN, w.books['10A2']!, "'Toán'!D5")).toBe(false);
      expect(canType(w, PRINCIPAL, book, "'Toán'!D5")).toBe(true);
      expect(ticks(w).every((t) => (t.error ?? null) === null)).toBe(true);
    });
  }

  it('add-on: an edit after the deadline but before the hourly lock goes through (the late-edit gap)', () => {
    const w = makeWorld('addon');
    activate(w);
    command(
      w,
      PRINCIPAL,
      'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 05/09/2025 08:30; toàn trường',
    );
    w.emu.advanceTo(Date.parse('2025-09-05T01:31:00Z'));
    expect(canType(w, AN, w.books['10A1']!, "'Toán'!D6", '9')).toBe(true);
    w.emu.advanceTo(Date.parse('2025-09-05T02:01:00Z'));
    expect(canType(w, AN, w.books['10A1']!, "'Toán'!D6", '9')).toBe(false);
  });
});

describe('staff changes, refusals, idempotent sync', () => {
  it('a teacher replaced mid-term loses the block at the next tick, the new one gains it', () => {
    const w = makeWorld('bound');
    activate(w);
    command(
      w,
      PRINCIPAL,
      'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 30/09/2025 17:00; toàn trường',
    );
    const book = w.books['10A1']!;
    expect(canType(w, AN, book, "'Toán'!D5")).toBe(true);
    expect(canType(w, MOI, book, "'Toán'!D5")).toBe(false);
    // The clerk records the hand-over at 10:00 (VN) in Phân công: An until then, Mới from then.
    const ins = w.emu.sheet(w.control);
    ins.set("'Phân công'!E2", [['05/09/2025 10:00']]);
    ins.set("'Phân công'!A8", [['10A1', 'toan', MOI, '05/09/2025 10:00', '']]);
    w.emu.advanceTo(Date.parse('2025-09-05T03:05:00Z'));
    expect(canType(w, AN, book, "'Toán'!D5")).toBe(false);
    // Mới was not an editor of the workbook: the tick shared it with him.
    expect(canType(w, MOI, book, "'Toán'!D5")).toBe(true);
    expect(canType(w, MOI, book, "'Ngữ văn'!D5")).toBe(false);
    expect(canType(w, AN, w.books['10A2']!, "'Toán'!D5")).toBe(true);
  });

  it('a teacher calling admin functions is refused, logged, and changes nothing', () => {
    const w = makeWorld('addon');
    activate(w);
    const before = w.emu.sheet(w.books['10A1']!).protections().length;
    // The add-on runs in the class workbook the teacher has open; the globals are the same.
    const doc = w.books['10A1']!;
    const r = w.emu
      .as(AN)
      .rpc(
        doc,
        'windowCommand',
        'tạo; tx9; HK1; thường xuyên; 05/09/2025 08:00; 30/09/2025 17:00',
      ) as { ok: boolean; message: string };
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/an@truong.edu.vn không có quyền/);
    const s = w.emu.as(AN).rpc(doc, 'permissionsSync', true) as { ok: boolean };
    expect(s.ok).toBe(false);
    w.emu.answerNextAlert(AN, 'OK');
    w.emu.as(AN).menu(doc, 'syncPermissions');
    const seen = w.emu.ui(AN, doc) as { alerts: { prompt: string }[] };
    expect(seen.alerts.at(-1)?.prompt).toMatch(/không có quyền thực hiện «Đồng bộ quyền»/);
    expect(w.emu.sheet(w.books['10A1']!).protections().length).toBe(before);
    // The teacher cannot write the control workbook: the refusals wait for the next tick.
    const refused = () =>
      w.emu
        .sheet(w.control)
        .values("'Nhật ký'!C2:E80")
        .filter((r) => r[2] === 'refused');
    expect(refused()).toEqual([]);
    // The tick run by a teacher is refused too.
    expect(() =>
      w.emu
        .as(AN)
        .run((ctx) => (ctx as unknown as { tick: () => unknown }).tick(), { documentId: doc }),
    ).toThrow(/không có quyền/);
    w.emu.advance(61 * MIN);
    expect(refused().map((e) => e[0])).toEqual([AN, AN, AN, AN]);
  });

  it('a second sync with nothing changed sends no request', () => {
    const w = makeWorld('bound');
    const first = w.emu.as(PRINCIPAL).rpc(w.control, 'permissionsSync', false) as {
      ok: boolean;
      value: string[];
    };
    expect(first.ok).toBe(true);
    const calls = (i: number) =>
      w.emu.executions[i]!.calls.get('Sheets.Spreadsheets.batchUpdate') ?? 0;
    expect(calls(w.emu.executions.length - 1)).toBe(3);
    const second = w.emu.as(PRINCIPAL).rpc(w.control, 'permissionsSync', false) as {
      ok: boolean;
      value: string[];
    };
    expect(second.value.every((l) => /không cần thay đổi/.test(l))).toBe(true);
    expect(calls(w.emu.executions.length - 1)).toBe(0);
  });
});

describe('late edits (edits after the deadline, before the lock landed)', () => {
  const nhatKy = (w: World) =>
    w.emu
      .sheet(w.control)
      .values("'Nhật ký'!C2:I200")
      .filter((r) => String(r[2]).startsWith('late-edit'));

  it('add-on: an edit whose time is known to be late is reverted and logged', () => {
    const w = auditWorld('addon', ['10A1', '10A2', '11B1']);
    activate(w);
    // 08:00–09:30 Việt Nam time (01:00Z–02:30Z); hourly ticks at about 02:00Z and 03:00Z.
    command(
      w,
      PRINCIPAL,
      'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 05/09/2025 09:30; toàn trường',
    );
    const book = w.books['10A1']!;
    w.emu.advanceTo(Date.parse('2025-09-05T02:10:00Z'));
    expect(canType(w, AN, book, "'Toán'!D5", '8')).toBe(true); // in time
    w.emu.advanceTo(Date.parse('2025-09-05T02:31:00Z'));
    expect(canType(w, AN, book, "'Toán'!D6", '9')).toBe(true); // late: the hourly lock is not there yet
    w.emu.advanceTo(Date.parse('2025-09-05T03:01:00Z'));
    expect(w.emu.sheet(book).value("'Toán'!D5")).toBe(8);
    expect(w.emu.sheet(book).value("'Toán'!D6")).toBe('');
    const entries = nhatKy(w);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.[0]).toBe(AN);
    expect(entries[0]?.[2]).toBe('late-edit-reverted');
  });

  it('bound: an edit with no event is flagged for the principal, not reverted', () => {
    const w = auditWorld('bound', ['10A1', '10A2', '11B1']);
    activate(w);
    // Deadline 12:02 Việt Nam time (05:02Z); ticks every 5 minutes at about :00 and :05.
    command(
      w,
      PRINCIPAL,
      'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 05/09/2025 12:02; toàn trường',
    );
    const book = w.books['10A1']!;
    w.emu.advanceTo(Date.parse('2025-09-05T05:03:00Z'));
    expect(canType(w, AN, book, "'Toán'!D7", '6')).toBe(true);
    w.emu.advanceTo(Date.parse('2025-09-05T05:06:00Z'));
    expect(canType(w, AN, book, "'Toán'!D7", '7')).toBe(false);
    expect(w.emu.sheet(book).value("'Toán'!D7")).toBe(6);
    const entries = nhatKy(w);
    expect(entries.map((e) => e[2])).toEqual(['late-edit-flagged']);
  });
});

describe("the principal's menu", () => {
  it('Mở/đóng đợt nhập điểm takes a command in a prompt; Khung nhập điểm… shows what is open', () => {
    const w = makeWorld('bound');
    const text = menuAlert(w, PRINCIPAL, 'changeEntryWindows', [
      {
        button: 'OK',
        text: 'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 05/09/2025 17:00; khối 10',
      },
      'OK',
    ]);
    expect(text).toMatch(/Đã tạo khung «tx1»/);
    expect(text).toMatch(/Lớp 10A1: thêm/);
    expect(canType(w, AN, w.books['10A1']!, "'Toán'!D5")).toBe(true);
    const overview = menuAlert(w, PRINCIPAL, 'showEntryWindows');
    expect(overview).toMatch(/Đang mở:\n• tx1: Đánh giá thường xuyên – Học kì I – Khối 10/);
    expect(overview).toMatch(/Sắp đóng:\n• tx1: 05\/09\/2025 17:00/);
    // The control workbook shows the window in its tab.
    expect(w.emu.sheet(w.control).values("'Khung nhập điểm'!A2:C2")[0]).toEqual([
      'tx1',
      'HK I',
      'Thường xuyên',
    ]);
    // A mistyped command changes nothing and says why.
    const bad = menuAlert(w, PRINCIPAL, 'changeEntryWindows', [
      { button: 'OK', text: 'gia hạn; tx1; ngày mai' },
      'OK',
    ]);
    expect(bad).toMatch(/không đúng dạng dd\/mm\/yyyy HH:mm/);
  });
});
