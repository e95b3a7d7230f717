// The audit use cases on port doubles: append under lock, reconcileAll (skip unchanged, notes,
// structure alerts), system writes absorbed, reading and exporting.
import { appendAudit, chainedAuditSink } from '../../../src/app/audit/append';
import { reconcileAll } from '../../../src/app/audit/reconcile-all';
import { absorbSystemWrites } from '../../../src/app/audit/system-writes';
import { fileEditFeed } from '../../../src/app/audit/feed';
import {
  exportCsv,
  exportJsonl,
  historyOfCell,
  queryLog,
  readEntries,
  verifyLog,
} from '../../../src/app/audit/read';
import { feedbackFor, noteOf, recordEdit } from '../../../src/app/audit/enrich';
import { auditTickStep } from '../../../src/app/audit/tick-step';
import { MemoryTickState, runTick } from '../../../src/app/tick/step';
import { replay } from '../../../src/domain/audit/replay';
import { observe } from '../../../src/domain/audit/observe';
import { columnOf } from '../../../src/domain/layout/cells';
import { appWorld } from './app-fixture';
import { ADMINS, makeLayout, TEACHER } from './workbook-fixture';

const layout = makeLayout('10A1', 6);
const TX1 = columnOf(layout, { subjectId: 'toan', term: 1, field: 'regular', index: 1 })!;
const at = (t: number) => new Date(t).toISOString();

describe('appendAudit', () => {
  it('continues the chain across calls, each under the lock', () => {
    const w = appWorld([]);
    appendAudit(w.deps, [
      { at: at(w.clock.t), kind: 'window', basis: 'request', actor: ADMINS[0]! },
    ]);
    appendAudit(w.deps, [
      { at: at(w.clock.t), kind: 'permissions', basis: 'system' },
      { at: at(w.clock.t), kind: 'snapshot', basis: 'system', ref: 'S1' },
    ]);
    expect(w.deps.lock.acquired).toBe(2);
    expect(readEntries(w.deps.log).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(verifyLog(w.deps).result).toMatchObject({ ok: true, count: 3 });
  });

  it('the sink other areas hold appends through the same chain', () => {
    const w = appWorld([]);
    const sink = chainedAuditSink(w.deps);
    sink.append([{ at: at(w.clock.t), kind: 'refused', basis: 'request', actor: 'x@y.vn' }]);
    sink.append([]);
    expect(w.deps.log.rows).toHaveLength(1);
  });
});

describe('reconcileAll', () => {
  it('reads only changed workbooks and logs each changed cell once', () => {
    const w = appWorld(['10A1', '10A2', '10A3']);
    reconcileAll(w.deps); // baseline
    w.clock.t += 3600_000;
    w.deps.workbooks.reads = [];
    w.edit('10A2', 'Toán', 5, TX1, 9);
    const r = reconcileAll(w.deps);
    expect(r).toMatchObject({ checked: 3, read: ['10A2'], unchanged: 2, entries: 1 });
    expect(w.deps.workbooks.reads).toEqual(['wb-10A2']);
    expect(readEntries(w.deps.log).at(-1)).toMatchObject({
      classId: '10A2',
      studentId: 'HS02',
      new: 9,
      actor: TEACHER.toan,
      basis: 'protection',
    });
    w.clock.t += 3600_000;
    expect(reconcileAll(w.deps)).toMatchObject({ read: [], entries: 0 });
  });

  it('uses and consumes queued edit notes', () => {
    const w = appWorld(['10A1']);
    reconcileAll(w.deps);
    w.clock.t += 60_000;
    w.edit('10A1', 'Toán', 4, TX1, 7.5);
    recordEdit(w.deps, {
      docId: 'wb-10A1',
      sheet: 'Toán',
      row: 4,
      col: TX1,
      rowEnd: 4,
      colEnd: TX1,
      at: w.clock.t,
      user: ADMINS[0]!,
      value: 7.5,
    });
    w.clock.t += 60_000;
    reconcileAll(w.deps);
    expect(readEntries(w.deps.log).at(-1)).toMatchObject({
      basis: 'event',
      actor: ADMINS[0],
      at: at(w.clock.t - 60_000),
    });
    expect(w.deps.notes.notes.size).toBe(0);
  });

  it('alerts the principal about a structure change, in the event log', () => {
    const w = appWorld(['10A1']);
    reconcileAll(w.deps);
    w.book('10A1').sortRows('Toán', (a, b) => String(b[1]).localeCompare(String(a[1])));
    w.deps.workbooks.touch('wb-10A1', w.clock.t + 1);
    reconcileAll(w.deps);
    expect(w.deps.events.rows).toEqual([
      expect.objectContaining({
        kind: 'structure',
        message: expect.stringContaining('sắp xếp lại'),
      }),
    ]);
    expect(readEntries(w.deps.log).at(-1)).toMatchObject({
      kind: 'structure',
      field: 'rows-moved',
    });
  });

  it('feeds every captured teacher edit to the late-edits step', () => {
    const w = appWorld(['10A1']);
    reconcileAll(w.deps);
    w.clock.t += 60_000;
    w.edit('10A1', 'Toán', 4, TX1, 6);
    reconcileAll(w.deps);
    expect(fileEditFeed(w.deps.files).pending()).toEqual([
      expect.objectContaining({
        classId: '10A1',
        sheet: 'Toán',
        row: 4,
        col: TX1,
        at: null,
        old: '',
        new: 6,
      }),
    ]);
  });

  it('stops at the deadline and leaves the rest for the next tick', () => {
    const w = appWorld(['10A1', '10A2']);
    const r = reconcileAll(w.deps, { deadline: w.clock.t - 1 });
    expect(r.left).toEqual(['10A1', '10A2']);
    expect(w.deps.log.rows).toEqual([]);
  });

  it('runs as a tick step', () => {
    const w = appWorld(['10A1']);
    w.edit('10A1', 'Toán', 4, TX1, 6);
    const report = runTick(
      { now: () => w.clock.t, state: new MemoryTickState(), budgetMs: 270_000 },
      [auditTickStep(w.deps)],
    );
    expect(report.steps[0]).toMatchObject({ id: 'audit-reconcile', status: 'done' });
    expect(w.deps.log.rows).toHaveLength(1);
  });
});

describe('system writes (corrections, reverted late edits)', () => {
  it('are logged once, by the area that wrote them, and reconciliation does not log them again', () => {
    const w = appWorld(['10A1']);
    w.edit('10A1', 'Toán', 4, TX1, 6);
    reconcileAll(w.deps);
    w.clock.t += 60_000;
    w.edit('10A1', 'Toán', 4, TX1, 8); // the system writes the approved value
    const sink = chainedAuditSink(w.deps, (d) => absorbSystemWrites(w.deps, d));
    sink.append([
      {
        at: at(w.clock.t),
        kind: 'correction',
        basis: 'request',
        actor: ADMINS[0]!,
        classId: '10A1',
        cell: `'Toán'!D4`,
        old: 6,
        new: 8,
        ref: 'YC-1',
      },
    ]);
    w.clock.t += 60_000;
    reconcileAll(w.deps);
    const entries = readEntries(w.deps.log);
    expect(entries.map((e) => [e.kind, e.old, e.new])).toEqual([
      ['cell', '', 6],
      ['correction', 6, 8],
    ]);
    expect(entries[1]).toMatchObject({
      studentId: 'HS01',
      subject: 'toan',
      term: 1,
      field: 'regular.1',
    });
    expect(replay(entries)['10A1']).toEqual(observe(layout, w.book('10A1').values()).values);
  });

  it('log the unreconciled change before a correction as its own entry', () => {
    const w = appWorld(['10A1']);
    reconcileAll(w.deps);
    w.clock.t += 60_000;
    w.edit('10A1', 'Toán', 4, TX1, 5); // teacher, not yet reconciled
    w.edit('10A1', 'Toán', 4, TX1, 8); // then the system's correction
    absorbSystemWrites(w.deps, []);
    chainedAuditSink(w.deps, (d) => absorbSystemWrites(w.deps, d)).append([
      {
        at: at(w.clock.t),
        kind: 'correction',
        basis: 'request',
        actor: ADMINS[0]!,
        classId: '10A1',
        cell: `'Toán'!D4`,
        old: 5,
        new: 8,
      },
    ]);
    reconcileAll(w.deps);
    const entries = readEntries(w.deps.log);
    expect(entries.map((e) => [e.kind, e.old, e.new, e.actor])).toEqual([
      ['cell', '', 5, TEACHER.toan],
      ['correction', 5, 8, ADMINS[0]],
    ]);
  });
});

describe('a reverted late edit (late-edits step)', () => {
  it('gets its student and field from the cell, moves the kept state, and is not re-logged', () => {
    const w = appWorld(['10A1']);
    reconcileAll(w.deps);
    w.clock.t += 60_000;
    w.edit('10A1', 'Toán', 5, TX1, 4); // a late edit, logged by reconciliation
    reconcileAll(w.deps);
    w.clock.t += 60_000;
    w.edit('10A1', 'Toán', 5, TX1, ''); // the system writes the old value back
    chainedAuditSink(w.deps, (d) => absorbSystemWrites(w.deps, d)).append([
      {
        at: at(w.clock.t),
        kind: 'late-edit-reverted',
        basis: 'protection',
        actor: null,
        classId: '10A1',
        cell: `'Toán'!D5`,
        field: 'toan/1/regular',
        old: 4,
        new: '',
        ref: 'late-1',
      },
    ]);
    w.clock.t += 60_000;
    reconcileAll(w.deps);
    const entries = readEntries(w.deps.log);
    expect(entries.map((e) => [e.kind, e.studentId, e.field, e.old, e.new])).toEqual([
      ['cell', 'HS02', 'regular.1', '', 4],
      ['late-edit-reverted', 'HS02', 'regular.1', 4, ''],
    ]);
    expect(replay(entries)['10A1'] ?? {}).toEqual(observe(layout, w.book('10A1').values()).values);
  });
});

describe('reading the log', () => {
  function world() {
    const w = appWorld(['10A1', '10A2']);
    reconcileAll(w.deps);
    w.clock.t += 60_000;
    w.edit('10A1', 'Toán', 4, TX1, 6);
    w.edit('10A2', 'Toán', 5, TX1, 7);
    reconcileAll(w.deps);
    w.clock.t += 86400_000;
    w.edit('10A1', 'Toán', 4, TX1, 6.5);
    reconcileAll(w.deps);
    return w;
  }

  it('filters by class, student, subject, teacher and period', () => {
    const w = world();
    expect(queryLog(w.deps.log, { classId: '10A1' }).map((e) => e.new)).toEqual([6, 6.5]);
    expect(queryLog(w.deps.log, { studentId: 'HS02' }).map((e) => e.classId)).toEqual(['10A2']);
    expect(
      queryLog(w.deps.log, { actor: TEACHER.toan!.toUpperCase(), subject: 'toan' }),
    ).toHaveLength(3);
    expect(queryLog(w.deps.log, { from: at(w.clock.t - 3600_000) }).map((e) => e.new)).toEqual([
      6.5,
    ]);
  });

  it('gives the history of one cell', () => {
    const w = world();
    const h = historyOfCell(w.deps.log, {
      classId: '10A1',
      studentId: 'HS01',
      subject: 'toan',
      term: 1,
      field: 'regular.1',
    });
    expect(h.map((e) => [e.old, e.new])).toEqual([
      ['', 6],
      [6, 6.5],
    ]);
  });

  it('exports CSV with Vietnamese headers and JSONL the verifier accepts', () => {
    const w = world();
    const csv = exportCsv(w.deps.log, { classId: '10A2' });
    expect(csv.startsWith('\uFEFFSTT,Thời điểm (UTC),Loại')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    const jsonl = exportJsonl(w.deps.log);
    expect(jsonl.split('\n')).toHaveLength(4);
  });

  it('verification names the first broken seq after someone edits a row', () => {
    const w = world();
    w.deps.log.rows[1] = w.deps.log.rows[1]!.replace('"new":7', '"new":9');
    expect(verifyLog(w.deps)).toMatchObject({ result: { ok: false, seq: 2, problem: 'changed' } });
    expect(verifyLog(w.deps).message).toContain('mục số 2 bị sửa');
  });
});

describe('enrichment', () => {
  const ev = {
    docId: 'wb',
    sheet: 'Toán',
    row: 4,
    col: TX1,
    rowEnd: 4,
    colEnd: TX1,
    at: 1,
    user: 'GV@Truong.edu.vn',
    header: 'TX1',
    a1: `'Toán'!D4`,
  };

  it('notes single cells with values, blocks without', () => {
    expect(noteOf({ ...ev, value: 8 })).toMatchObject({
      user: 'gv@truong.edu.vn',
      value: 8,
      oldValue: '',
    });
    expect(noteOf({ ...ev, rowEnd: 9 })).not.toHaveProperty('value');
  });

  it('tells the teacher at once when a score is invalid', () => {
    expect(feedbackFor({ ...ev, value: '11' })).toContain(`'Toán'!D4`);
    expect(feedbackFor({ ...ev, value: 8.55 })).toContain('không phải điểm hợp lệ');
    expect(feedbackFor({ ...ev, value: 8.5 })).toBeNull();
    expect(feedbackFor({ ...ev, value: 'Đ' })).toBeNull();
    expect(feedbackFor({ ...ev, value: '' })).toBeNull();
    expect(feedbackFor({ ...ev, header: 'Họ và tên', value: 'xyz' })).toBeNull();
  });

  it('never throws when the queue is full', () => {
    const full = {
      put: () => {
        throw new Error('quota');
      },
      peek: () => [],
      remove: () => undefined,
    };
    expect(recordEdit({ notes: full }, { ...ev, value: 'x' })).toContain('không phải điểm');
  });
});
