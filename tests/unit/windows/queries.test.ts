import {
  classesOf,
  dueBetween,
  isOpenFor,
  nextClosings,
  openAt,
  windowState,
  type EntryWindow,
} from '../../../src/domain/windows';
import { iso, regularWindow, T } from '../permissions/fixture';

const key = (classId = '10A1', grade = 10) => ({
  cls: { id: classId, grade },
  group: 'regular' as const,
  term: 1 as const,
  subjectId: 'toan',
});

describe('isOpenFor', () => {
  const w = regularWindow();
  it('is closed before the start, open from the start, closed at the end (end exclusive)', () => {
    expect(isOpenFor([w], key(), 'an@x', T(-1))).toBe(false);
    expect(isOpenFor([w], key(), 'an@x', T(0))).toBe(true);
    expect(isOpenFor([w], key(), 'an@x', T(48) - 1)).toBe(true);
    expect(isOpenFor([w], key(), 'an@x', T(48))).toBe(false);
  });
  it('matches group and term', () => {
    expect(isOpenFor([w], { ...key(), group: 'midterm' }, 'an@x', T(1))).toBe(false);
    expect(isOpenFor([w], { ...key(), term: 2 }, 'an@x', T(1))).toBe(false);
    expect(isOpenFor([w], { ...key(), term: null }, 'an@x', T(1))).toBe(true);
  });
  it('honours grade and class scopes', () => {
    const g = regularWindow({ scope: { kind: 'grades', grades: [11] } });
    expect(isOpenFor([g], key('10A1', 10), 'x', T(1))).toBe(false);
    expect(isOpenFor([g], key('11B1', 11), 'x', T(1))).toBe(true);
    const c = regularWindow({ scope: { kind: 'classes', classIds: ['10A2'] } });
    expect(isOpenFor([c], key('10A1', 10), 'x', T(1))).toBe(false);
    expect(isOpenFor([c], key('10A2', 10), 'x', T(1))).toBe(true);
  });
  it('a reopening for one teacher opens only for that teacher, until its end', () => {
    const r: EntryWindow = regularWindow({
      reopenings: [
        {
          id: 'r1',
          classId: null,
          teacher: 'an@x',
          subjectId: null,
          reason: 'Giáo viên ốm',
          start: iso(50),
          end: iso(60),
          by: 'p@x',
        },
      ],
    });
    expect(isOpenFor([r], key(), 'an@x', T(55))).toBe(true);
    expect(isOpenFor([r], key(), 'AN@x', T(55))).toBe(true);
    expect(isOpenFor([r], key(), 'binh@x', T(55))).toBe(false);
    expect(isOpenFor([r], key(), 'an@x', T(60))).toBe(false);
    expect(windowState(r, T(55))).toBe('reopened');
    expect(windowState(r, T(61))).toBe('closed');
  });
  it('a reopening for one class reaches that class only, even outside the scope', () => {
    const r = regularWindow({
      scope: { kind: 'grades', grades: [11] },
      reopenings: [
        {
          id: 'r1',
          classId: '10A1',
          teacher: null,
          subjectId: 'toan',
          reason: 'Đơn số 12',
          start: iso(50),
          end: iso(60),
          by: 'p@x',
        },
      ],
    });
    expect(isOpenFor([r], key('10A1'), 'anyone', T(55))).toBe(true);
    expect(isOpenFor([r], { ...key('10A1'), subjectId: 'van' }, 'anyone', T(55))).toBe(false);
    expect(isOpenFor([r], key('10A2'), 'anyone', T(55))).toBe(false);
    expect(isOpenFor([r], key('11B1', 11), 'anyone', T(55))).toBe(false);
  });
});

describe('state, open windows, closings, due transitions', () => {
  const a = regularWindow();
  const b = regularWindow({ id: 'w-gk-1', group: 'midterm', start: iso(24), end: iso(30) });
  it('reports states', () => {
    expect(windowState(b, T(1))).toBe('scheduled');
    expect(windowState(b, T(25))).toBe('open');
    expect(windowState(b, T(30))).toBe('closed');
    expect(openAt([a, b], T(25)).map((w) => w.id)).toEqual(['w-tx-1', 'w-gk-1']);
  });
  it('lists what closes next, soonest first', () => {
    expect(nextClosings([a, b], T(1)).map((t) => [t.windowId, t.at])).toEqual([
      ['w-gk-1', iso(30)],
      ['w-tx-1', iso(48)],
    ]);
    expect(nextClosings([a, b], T(31)).map((t) => t.windowId)).toEqual(['w-tx-1']);
  });
  it('finds transitions in (since, until]', () => {
    expect(dueBetween([a, b], T(23), T(24)).map((t) => [t.windowId, t.kind])).toEqual([
      ['w-gk-1', 'open'],
    ]);
    expect(dueBetween([a, b], T(24), T(29))).toEqual([]);
    expect(dueBetween([a, b], T(29), T(48)).map((t) => t.kind)).toEqual(['close', 'close']);
  });
  it('names the classes a transition touches', () => {
    const classes = [
      { id: '10A1', grade: 10 },
      { id: '11B1', grade: 11 },
    ];
    const g = regularWindow({ scope: { kind: 'grades', grades: [11] } });
    expect(classesOf(g, null, classes).map((c) => c.id)).toEqual(['11B1']);
    expect(classesOf(a, null, classes).map((c) => c.id)).toEqual(['10A1', '11B1']);
  });
});
