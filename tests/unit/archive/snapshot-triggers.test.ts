// When snapshots are taken: a window closing, the end of a term and of the year, on demand.
import { readIndex } from '../../../src/app/snapshots/school-facts';
import { onEntryWindowClosed, requestForClosedWindow } from '../../../src/app/snapshots/triggers';
import type { EntryWindow } from '../../../src/domain/windows/types';
import { makeSchool, MemoryLease } from './doubles';
import { runSync } from './doubles';
import { snapshotTickStep } from '../../../src/app/snapshots/tick-step';
import { SNAP_MSG } from '../../../src/app/snapshots/messages';
import { MemoryTickState } from '../../../src/app/tick/step';

function window(partial: Partial<EntryWindow>): EntryWindow {
  return {
    id: 'W1',
    term: 1,
    group: 'midterm',
    start: '2025-10-01T00:00:00.000Z',
    end: '2025-10-20T10:00:00.000Z',
    scope: { kind: 'school' },
    reopenings: [],
    ...partial,
  };
}

describe('snapshot triggers', () => {
  it('names the checkpoint after the window that closed', () => {
    expect(requestForClosedWindow(window({}), '2025-2026', 'sodiem@truong.edu.vn')).toEqual({
      reason: 'Khóa nhập điểm giữa kì học kì I',
      trigger: 'window-close',
      term: 1,
      requestedBy: 'sodiem@truong.edu.vn',
      requestedAt: '2025-10-20T10:00:00.000Z',
      key: 'window:W1@2025-10-20T10:00:00.000Z',
    });
  });

  it('treats the whole school end-of-term window as the end of term I, of the year in term II', () => {
    const t1 = requestForClosedWindow(window({ group: 'final' }), '2025-2026', 's@x.vn');
    expect([t1.trigger, t1.reason, t1.term]).toEqual(['term-end', 'Kết thúc học kì I', 1]);
    const t2 = requestForClosedWindow(window({ group: 'final', term: 2 }), '2025-2026', 's@x.vn');
    expect([t2.trigger, t2.reason, t2.term]).toEqual(['year-end', 'Kết thúc năm học 2025-2026', 2]);
    const some = requestForClosedWindow(
      window({ group: 'final', scope: { kind: 'grades', grades: [12] } }),
      '2025-2026',
      's@x.vn',
    );
    expect(some.trigger).toBe('window-close');
  });

  it('takes one snapshot per window close even when the event comes twice', () => {
    const s = makeSchool(2);
    s.clock.ms = Date.parse('2025-10-20T10:05:00Z');
    expect(onEntryWindowClosed(s.deps, window({}))).toBe(true);
    expect(onEntryWindowClosed(s.deps, window({}))).toBe(false); // queued already
    expect(runSync(s.deps).completed).toEqual(['2025-10-20 1705 Khóa nhập điểm giữa kì học kì I']);
    expect(onEntryWindowClosed(s.deps, window({}))).toBe(false); // archived already
    const [row] = readIndex(s.control);
    expect(row).toMatchObject({ createdBy: 'sodiem@truong.edu.vn', term: '1', status: 'complete' });
    expect(s.sink.entries[0]).toMatchObject({ kind: 'snapshot', basis: 'system' });
  });
});

describe('the tick step', () => {
  it('does nothing when idle, continues a paused snapshot, and yields to a running one', () => {
    const s = makeSchool(3);
    const step = snapshotTickStep(() => s.deps);
    const ctx = (left: number) => ({
      now: () => s.clock.ms,
      deadline: s.clock.ms + left,
      state: new MemoryTickState(),
    });
    expect(step.run(ctx(200_000))).toEqual({ done: true, summary: [] });
    s.clock.ms = Date.parse('2025-10-20T10:05:00Z');
    onEntryWindowClosed(s.deps, window({}));
    (s.deps.lease as MemoryLease).held = true; // a menu click is running the job
    expect(step.run(ctx(200_000))).toEqual({ done: false, summary: [SNAP_MSG.busy] });
    (s.deps.lease as MemoryLease).held = false;
    const done = step.run(ctx(200_000));
    expect(done.done).toBe(true);
    expect(done.summary[0]).toContain('Khóa nhập điểm giữa kì học kì I');
    expect((s.deps.lease as MemoryLease).held).toBe(false);
  });
});

describe('window closes seen by the tick', () => {
  it('queues a snapshot for each main window closed since the last tick, once', () => {
    const s = makeSchool(2);
    const w = window({ end: '2025-10-20T10:00:00.000Z' });
    const step = snapshotTickStep(
      () => s.deps,
      () => [w],
    );
    const ctx = () => ({
      now: () => s.clock.ms,
      deadline: s.clock.ms + 200_000,
      state: new MemoryTickState(),
    });
    s.clock.ms = Date.parse('2025-10-20T09:00:00Z');
    expect(step.run(ctx()).summary).toEqual([]); // first tick: starts the clock, nothing closed yet
    s.clock.ms = Date.parse('2025-10-20T10:05:00Z');
    const r = step.run(ctx());
    expect(r.summary[0]).toContain('2025-10-20 1705 Khóa nhập điểm giữa kì học kì I');
    s.clock.ms = Date.parse('2025-10-20T11:05:00Z');
    expect(step.run(ctx()).summary).toEqual([]);
    expect(readIndex(s.control)).toHaveLength(1);
  });
});
