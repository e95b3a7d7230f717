// Use cases on port doubles: sync, windows service, tick steps, activation.
import { MemoryAuditSink } from '../../../src/app/ports/audit-sink';
import { blocksOfClass, loadSchool, permissionFacts } from '../../../src/app/permissions/school';
import { syncWorkbooks, type SyncDeps } from '../../../src/app/permissions/sync';
import {
  closeEntryWindow,
  createEntryWindow,
  extendEntryWindow,
  reopenEntryWindow,
  type WindowsDeps,
} from '../../../src/app/windows/service';
import { overviewText } from '../../../src/app/windows/overview';
import { MemoryTickState, runTick, type TickStep } from '../../../src/app/tick/step';
import { LAST_TICK_KEY, permissionsTickStep } from '../../../src/app/tick/permissions-step';
import { lateEditsTickStep } from '../../../src/app/tick/late-edits-step';
import { activate, type ActivationEnv } from '../../../src/app/activation/activate';
import { editableBy, planWorkbook, type CapturedEdit } from '../../../src/domain/permissions';
import { iso, PRINCIPAL, SYSTEM, T } from './fixture';
import { schoolStores } from './school-fixture';

function world(start = T(1)) {
  const s = schoolStores();
  let now = start;
  const audit = new MemoryAuditSink();
  const clock = { now: () => now, set: (t: number) => (now = t) };
  const syncDeps: SyncDeps = { protections: s.protections, audit, now: clock.now };
  const school = () => loadSchool(s.control, s.windows);
  const syncAll = (ids?: string[]) => {
    const sc = school();
    return syncWorkbooks(syncDeps, {
      facts: permissionFacts(sc),
      classes: sc.classes.filter((c) => !ids || ids.includes(c.id)),
      blocksOf: (c) => blocksOfClass(sc, c),
      actor: PRINCIPAL,
    });
  };
  const windowsDeps: WindowsDeps = {
    store: s.windows,
    audit,
    now: clock.now,
    classes: () => school().classes.map((c) => ({ id: c.id, grade: c.grade })),
    sync: (ids) => syncAll(ids).classes.map((c) => c.classId),
  };
  /** Block ids teacher may type in class, per the protections actually in the store. */
  const editable = (workbookId: string, email: string) =>
    s.protections.books
      .get(workbookId)!
      .protectedRanges.filter((p) => !p.description!.includes(':sheet:'))
      .filter((p) => p.editors?.users?.includes(email))
      .map((p) => p.description!.replace('sodiem:v1:', ''));
  return { ...s, audit, clock, syncAll, windowsDeps, school, editable, syncDeps };
}

const NEW = {
  id: 'tx1',
  term: 1 as const,
  group: 'regular' as const,
  start: iso(0),
  end: iso(48),
  scope: { kind: 'grades' as const, grades: [10] },
};

describe('syncWorkbooks', () => {
  it('first sync writes each workbook once; the second sends nothing', () => {
    const w = world();
    const first = w.syncAll();
    expect(first.classes.map((c) => c.error)).toEqual([null, null, null]);
    expect(w.protections.writes).toBe(3);
    expect(first.requests).toBeGreaterThan(3 * 20);
    expect(w.audit.entries.filter((e) => e.kind === 'permissions')).toHaveLength(3);
    const second = w.syncAll();
    expect(second.requests).toBe(0);
    expect(w.protections.writes).toBe(3);
  });

  it('shares a workbook with entitled teachers who lack access, only when asked', () => {
    const w = world();
    const sc = w.school();
    const editors = new Map<string, string[]>([['wb-10A1', ['an@truong.edu.vn']]]);
    const sharing = {
      editors: (id: string) => editors.get(id) ?? [],
      addEditors: (id: string, emails: readonly string[]) =>
        editors.set(id, [...(editors.get(id) ?? []), ...emails]),
    };
    const input = {
      facts: permissionFacts(sc),
      classes: sc.classes.filter((c) => c.id === '10A1'),
      blocksOf: (c: (typeof sc.classes)[number]) => blocksOfClass(sc, c),
      actor: SYSTEM,
    };
    syncWorkbooks({ ...w.syncDeps, sharing }, input);
    expect(editors.get('wb-10A1')).toEqual(['an@truong.edu.vn']);
    const r = syncWorkbooks({ ...w.syncDeps, sharing }, { ...input, share: 'all' });
    expect(r.classes[0]?.shared).toEqual(['binh@truong.edu.vn']);
    expect(editors.get('wb-10A1')).toEqual(['an@truong.edu.vn', 'binh@truong.edu.vn']);
  });

  it('stops before the deadline and names the classes left', () => {
    const w = world();
    const sc = w.school();
    const r = syncWorkbooks(w.syncDeps, {
      facts: permissionFacts(sc),
      classes: sc.classes,
      blocksOf: (c) => blocksOfClass(sc, c),
      actor: SYSTEM,
      deadline: T(0),
    });
    expect(r.pending).toEqual(['10A1', '10A2', '11B1']);
    expect(w.protections.reads).toBe(0);
  });
});

describe('windows service', () => {
  it('create opens the scope’s blocks at once, audited; close locks them', () => {
    const w = world();
    w.syncAll();
    const r = createEntryWindow(w.windowsDeps, PRINCIPAL, NEW);
    expect(r.message).toMatch(/Đã tạo khung «tx1»/);
    expect(r.sync).toEqual(['10A1', '10A2']);
    expect(w.editable('wb-10A1', 'an@truong.edu.vn')).toEqual(['toan/1/regular']);
    expect(w.editable('wb-11B1', 'cuong@truong.edu.vn')).toEqual([]);
    const entry = w.audit.entries.find((e) => e.kind === 'window');
    expect(entry).toMatchObject({
      actor: PRINCIPAL,
      field: 'create',
      ref: 'tx1',
      old: null,
      term: 1,
    });

    w.clock.set(T(5));
    closeEntryWindow(w.windowsDeps, PRINCIPAL, 'tx1');
    expect(w.editable('wb-10A1', 'an@truong.edu.vn')).toEqual([]);
    expect(w.audit.entries.filter((e) => e.kind === 'window').map((e) => e.field)).toEqual([
      'create',
      'close',
    ]);
  });

  it('reopen for one teacher gives back only that teacher’s blocks, with the reason logged', () => {
    const w = world();
    createEntryWindow(w.windowsDeps, PRINCIPAL, NEW);
    w.clock.set(T(50));
    w.syncAll();
    expect(w.editable('wb-10A1', 'an@truong.edu.vn')).toEqual([]);
    reopenEntryWindow(w.windowsDeps, PRINCIPAL, 'tx1', {
      classId: '10A1',
      teacher: 'an@truong.edu.vn',
      subjectId: null,
      reason: 'Đơn số 7: giáo viên ốm',
      end: iso(60),
    });
    expect(w.editable('wb-10A1', 'an@truong.edu.vn')).toEqual(['toan/1/regular']);
    expect(w.editable('wb-10A2', 'an@truong.edu.vn')).toEqual([]);
    expect(w.editable('wb-10A1', 'binh@truong.edu.vn')).toEqual([]);
    expect(w.audit.entries.at(-2)).toMatchObject({
      kind: 'window',
      field: 'reopen',
      reason: 'Đơn số 7: giáo viên ốm',
    });
    expect(overviewText(w.windows.load(), T(51)).join('\n')).toMatch(
      /mở lại cho an@truong.edu.vn, lớp 10A1/,
    );
  });

  it('refuses a bad extension in Vietnamese and changes nothing', () => {
    const w = world();
    createEntryWindow(w.windowsDeps, PRINCIPAL, NEW);
    const before = w.audit.entries.length;
    expect(() => extendEntryWindow(w.windowsDeps, PRINCIPAL, 'tx1', iso(10))).toThrow(/Hạn mới/);
    expect(() => closeEntryWindow(w.windowsDeps, PRINCIPAL, 'nope')).toThrow(/Không tìm thấy/);
    expect(w.audit.entries).toHaveLength(before);
    expect(w.windows.load()[0]?.end).toBe(iso(48));
  });
});

describe('tick', () => {
  function tick(w: ReturnType<typeof world>, state: MemoryTickState, steps?: TickStep[]) {
    const step = permissionsTickStep({ ...w.syncDeps, loadSchool: w.school });
    return runTick({ now: w.clock.now, state, budgetMs: 270_000 }, steps ?? [step]);
  }

  it('first run syncs every class, then only what fell due; the deadline locks', () => {
    const w = world(T(-1));
    w.windows.save([{ ...NEW, reopenings: [] }]);
    const state = new MemoryTickState();
    tick(w, state);
    expect(w.protections.writes).toBe(3);
    expect(state.get(LAST_TICK_KEY)).toBe(iso(-1));
    w.clock.set(T(0) + 60_000); // opening fell due
    tick(w, state);
    expect(w.protections.writes).toBe(5); // 10A1, 10A2
    expect(w.editable('wb-10A1', 'an@truong.edu.vn')).toEqual(['toan/1/regular']);
    w.clock.set(T(1));
    tick(w, state);
    expect(w.protections.writes).toBe(5);
    expect(w.protections.reads).toBe(5);
    w.clock.set(T(48) + 5 * 60_000); // deadline passed, next 5-minute tick
    const r = tick(w, state);
    expect(r.steps[0]?.status).toBe('done');
    expect(w.editable('wb-10A1', 'an@truong.edu.vn')).toEqual([]);
    expect(w.editable('wb-10A2', 'an@truong.edu.vn')).toEqual([]);
  });

  it('a mid-term replacement takes effect at the next tick', () => {
    const w = world(T(1));
    w.windows.save([{ ...NEW, reopenings: [] }]);
    const state = new MemoryTickState();
    tick(w, state);
    const tabs = w.control.readTabs(['Phân công']).get('Phân công')!;
    // An (10A1 toán) leaves at T(10); Moi takes over.
    tabs[1]![4] = '05/09/2025 17:00';
    tabs.push(['10A1', 'toan', 'moi@truong.edu.vn', '05/09/2025 17:00', '']);
    w.control.replaceTabs([{ name: 'Phân công', values: tabs }]);
    w.clock.set(T(10) + 60_000);
    tick(w, state);
    expect(w.editable('wb-10A1', 'an@truong.edu.vn')).toEqual([]);
    expect(w.editable('wb-10A1', 'moi@truong.edu.vn')).toEqual(['toan/1/regular']);
    expect(w.editable('wb-10A2', 'an@truong.edu.vn')).toEqual(['toan/1/regular']);
  });

  it('retries a failed workbook next time and keeps going with the others', () => {
    const w = world(T(1));
    const state = new MemoryTickState();
    w.protections.failFor.add('wb-10A2');
    const r = tick(w, state);
    expect(r.steps[0]?.status).toBe('partial');
    expect(r.steps[0]?.summary.join('\n')).toMatch(/Lớp 10A2: không đồng bộ được/);
    w.protections.failFor.clear();
    w.clock.set(T(2));
    const r2 = tick(w, state);
    expect(r2.steps[0]?.status).toBe('done');
    expect(w.protections.books.get('wb-10A2')!.protectedRanges.length).toBeGreaterThan(0);
  });

  it('runs steps in order, reports a failing step, skips when out of time', () => {
    const order: string[] = [];
    const mk = (id: string, fail = false): TickStep => ({
      id,
      run: () => {
        order.push(id);
        if (fail) throw new Error('hỏng');
        return { done: true, summary: [] };
      },
    });
    let now = 0;
    const r = runTick({ now: () => now, state: new MemoryTickState(), budgetMs: 60_000 }, [
      mk('a'),
      mk('b', true),
      { ...mk('c'), run: () => ((now = 55_000), { done: true, summary: [] }) },
      mk('d'),
    ]);
    expect(order).toEqual(['a', 'b']);
    expect(r.steps.map((s) => s.status)).toEqual(['done', 'failed', 'done', 'skipped']);
  });
});

describe('late edits', () => {
  it('reverts an edit known to be after the deadline, flags one of unknown time', () => {
    const w = world(T(1));
    w.windows.save([{ ...NEW, reopenings: [] }]);
    const state = new MemoryTickState();
    const base = {
      classId: '10A1',
      sheet: 'Toán',
      row: 5,
      col: 4,
      old: 7,
      new: 9,
      after: null,
      before: null,
    };
    const edits: CapturedEdit[] = [
      { ...base, id: 'e1', at: iso(47), actor: 'an@truong.edu.vn' }, // in time
      { ...base, id: 'e2', at: iso(48.01), actor: 'an@truong.edu.vn' }, // late
      { ...base, id: 'e3', at: null, actor: null, after: iso(47.9), before: iso(48.1) }, // unknown
      { ...base, id: 'e4', at: iso(49), actor: PRINCIPAL }, // admin
      { ...base, id: 'e5', at: iso(47), actor: 'binh@truong.edu.vn' }, // not his subject
    ];
    const resolved: string[] = [];
    const reverted: unknown[] = [];
    const step = lateEditsTickStep({
      loadSchool: w.school,
      audit: w.audit,
      feed: { pending: () => edits, resolved: (ids) => resolved.push(...ids) },
      reverter: { revert: (id, cells) => reverted.push([id, cells]) },
    });
    w.clock.set(T(48.2));
    const r = runTick({ now: w.clock.now, state, budgetMs: 270_000 }, [step]);
    expect(r.steps[0]?.summary).toHaveLength(3);
    expect(reverted).toEqual([
      [
        'wb-10A1',
        [
          { sheet: 'Toán', row: 5, col: 4, value: 7 },
          { sheet: 'Toán', row: 5, col: 4, value: 7 },
        ],
      ],
    ]);
    const kinds = w.audit.entries.map((e) => [e.ref, e.kind]);
    expect(kinds).toEqual([
      ['e2', 'late-edit-reverted'],
      ['e3', 'late-edit-flagged'],
      ['e5', 'late-edit-reverted'],
    ]);
    expect(w.audit.entries[0]?.cell).toBe("'Toán'!D5");
    expect(resolved).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });
});

describe('activation', () => {
  function env(over: Partial<ActivationEnv> = {}) {
    const installed: unknown[] = [];
    const removed: string[] = [];
    const e: ActivationEnv = {
      effectiveUser: () => SYSTEM,
      deployment: () => 'bound',
      advancedServices: () => ({ sheets: true, drive: true }),
      ownerOf: () => SYSTEM,
      controlId: 'control-id',
      triggers: {
        tickTriggers: () => [{ id: 'old' }],
        installTick: (s) => installed.push(s),
        remove: (id) => removed.push(id),
      },
      now: () => T(0),
      ...over,
    };
    return { e, installed, removed };
  }

  it('installs one 5-minute trigger in a bound deployment, hourly in an add-on', () => {
    const w = world();
    const b = env();
    const r = activate(b.e, w.school(), w.audit);
    expect(r.ok).toBe(true);
    expect(b.installed).toEqual([{ everyMinutes: 5 }]);
    expect(b.removed).toEqual(['old']);
    const a = env({ deployment: () => 'addon' });
    activate(a.e, w.school(), w.audit);
    expect(a.installed).toEqual([{ everyHours: 1 }]);
  });

  it('refuses with a clear report when a prerequisite is missing', () => {
    const w = world();
    const x = env({
      effectiveUser: () => PRINCIPAL,
      advancedServices: () => ({ sheets: false, drive: true }),
      ownerOf: (id) => (id === 'wb-10A2' ? PRINCIPAL : SYSTEM),
    });
    const r = activate(x.e, w.school(), w.audit);
    expect(r.ok).toBe(false);
    expect(x.installed).toEqual([]);
    const bad = r.checks.filter((c) => !c.ok).map((c) => c.text);
    expect(bad).toHaveLength(3);
    expect(bad.join('\n')).toMatch(/không phải tài khoản hệ thống/);
    expect(bad.join('\n')).toMatch(/Google Sheets API chưa bật/);
    expect(bad.join('\n')).toMatch(/sổ điểm lớp 10A2/);
  });
});

describe('plan on the real layout', () => {
  it('a subject teacher gets exactly the open group of their subject', () => {
    const w = world();
    w.windows.save([{ ...NEW, reopenings: [] }]);
    const sc = w.school();
    const cls = sc.classes[0]!;
    const plan = planWorkbook(permissionFacts(sc), cls, blocksOfClass(sc, cls), T(1));
    expect(editableBy(plan, 'an@truong.edu.vn').map((p) => p.blockId)).toEqual(['toan/1/regular']);
  });
});
