import {
  closeWindow,
  createWindow,
  extendWindow,
  isMainOpen,
  openWindow,
  reopenWindow,
  WindowError,
} from '../../../src/domain/windows';
import { iso, regularWindow, T } from '../permissions/fixture';

const input = {
  id: 'w1',
  term: 1 as const,
  group: 'final' as const,
  start: iso(0),
  end: iso(10),
  scope: { kind: 'school' as const },
};

describe('createWindow', () => {
  it('creates a valid window with normalised times', () => {
    const w = createWindow({ ...input, start: '2025-09-05T07:00:00+07:00' }, []);
    expect(w.start).toBe('2025-09-05T00:00:00.000Z');
    expect(w.reopenings).toEqual([]);
  });
  it('refuses in Vietnamese: bad time, end before start, empty scope, duplicate id', () => {
    expect(() => createWindow({ ...input, start: 'mai' }, [])).toThrow(/không hợp lệ/);
    expect(() => createWindow({ ...input, end: iso(0) }, [])).toThrow(/phải sau/);
    expect(() => createWindow({ ...input, scope: { kind: 'grades', grades: [] } }, [])).toThrow(
      WindowError,
    );
    const w = createWindow(input, []);
    expect(() => createWindow(input, [w])).toThrow(/Đã có/);
  });
});

describe('open, close, extend, reopen', () => {
  it('opens a scheduled window now', () => {
    const w = regularWindow({ start: iso(10), end: iso(20) });
    const o = openWindow(w, T(2));
    expect(o.start).toBe(iso(2));
    expect(isMainOpen(o, T(3))).toBe(true);
  });
  it('opening a closed window needs a new end', () => {
    const w = regularWindow({ start: iso(0), end: iso(5) });
    expect(() => openWindow(w, T(6))).toThrow(/hạn đóng mới/);
    expect(openWindow(w, T(6), iso(9)).end).toBe(iso(9));
  });
  it('closes now, ending running reopenings too', () => {
    const w = reopenWindow(regularWindow({ end: iso(5) }), T(6), {
      id: 'r1',
      classId: '10A1',
      teacher: null,
      subjectId: null,
      reason: 'Đơn số 3',
      end: iso(20),
      by: 'P@x',
    });
    const c = closeWindow(w, T(7));
    expect(c.end).toBe(iso(5));
    expect(c.reopenings[0]?.end).toBe(iso(7));
    expect(() => closeWindow(c, T(8))).toThrow(/đã đóng/);
  });
  it('closing before the window opened leaves it closed', () => {
    const c = closeWindow(regularWindow({ start: iso(10), end: iso(20) }), T(2));
    expect(isMainOpen(c, T(2))).toBe(false);
    expect(isMainOpen(c, T(15))).toBe(false);
  });
  it('extends only to a later deadline', () => {
    const w = regularWindow({ end: iso(10) });
    expect(extendWindow(w, T(1), iso(12)).end).toBe(iso(12));
    expect(() => extendWindow(w, T(1), iso(9))).toThrow(/Hạn mới/);
  });
  it('reopen needs a target, a reason and a future end', () => {
    const w = regularWindow({ end: iso(5) });
    const base = {
      id: 'r',
      classId: null,
      teacher: 'an@x',
      subjectId: null,
      reason: 'ốm',
      end: iso(9),
      by: 'p@x',
    };
    expect(() => reopenWindow(w, T(6), { ...base, teacher: null })).toThrow(/giáo viên hoặc/);
    expect(() => reopenWindow(w, T(6), { ...base, reason: ' ' })).toThrow(/lí do/);
    expect(() => reopenWindow(w, T(10), base)).toThrow(/đã qua/);
    const r = reopenWindow(w, T(6), base);
    expect(r.reopenings).toHaveLength(1);
    expect(r.reopenings[0]?.start).toBe(iso(6));
    expect(w.reopenings).toHaveLength(0);
  });
});
