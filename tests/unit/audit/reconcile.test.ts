// Reconciliation of one class workbook (pure): diff by student id, attribution, structure guard.
import { reconcileClass } from '../../../src/domain/audit/reconcile-class';
import { emptyState, type ReconciledState } from '../../../src/domain/audit/state';
import type { EditNote } from '../../../src/domain/audit/notes';
import { columnOf } from '../../../src/domain/layout/cells';
import { FakeWorkbook, editorsOf, makeLayout, TEACHER, ADMINS } from './workbook-fixture';

const layout = makeLayout();
const T0 = Date.UTC(2025, 9, 1, 2, 0, 0);
const col = (subjectId: string, field: 'regular' | 'midterm' | 'final', index?: number) =>
  columnOf(layout, { subjectId, term: 1, field, ...(index ? { index } : {}) })!;
const TX1 = col('toan', 'regular', 1);
const GK = col('toan', 'midterm');

function baseline(wb: FakeWorkbook): ReconciledState {
  return reconcileClass({
    layout,
    prev: emptyState('10A1', layout.version, new Date(T0 - 1000).toISOString()),
    values: wb.values(),
    notes: [],
    editorsAt: editorsOf,
    now: T0,
    sourceModified: null,
  }).next;
}

function run(prev: ReconciledState, wb: FakeWorkbook, notes: EditNote[] = [], now = T0 + 3600_000) {
  return reconcileClass({
    layout,
    prev,
    values: wb.values(),
    notes,
    editorsAt: editorsOf,
    now,
    sourceModified: null,
  });
}

const note = (p: Partial<EditNote> & Pick<EditNote, 'sheet' | 'row' | 'col'>): EditNote => ({
  docId: 'wb',
  rowEnd: p.row,
  colEnd: p.col,
  at: T0 + 60_000,
  user: TEACHER.toan!,
  source: 'event',
  ...p,
});

describe('reconcileClass', () => {
  it('writes one entry per changed score cell, by protection when no event was seen', () => {
    const wb = new FakeWorkbook(layout, ['HS01', 'HS02', 'HS03']);
    const prev = baseline(wb);
    wb.set('Toán', 5, TX1, 8.5);
    wb.set('Ngữ văn', 4, GK, 7);
    const r = run(prev, wb);
    expect(r.drafts).toEqual([
      expect.objectContaining({
        kind: 'cell',
        classId: '10A1',
        studentId: 'HS02',
        subject: 'toan',
        term: 1,
        field: 'regular.1',
        cell: `'Toán'!D5`,
        old: '',
        new: 8.5,
        actor: TEACHER.toan,
        basis: 'protection',
        at: new Date(T0 + 3600_000).toISOString(),
      }),
      expect.objectContaining({
        studentId: 'HS01',
        subject: 'ngu-van',
        field: 'midterm',
        actor: TEACHER['ngu-van'],
      }),
    ]);
    expect(r.next.values.HS02).toEqual({ 'toan/1/regular/1': 8.5 });
  });

  it('costs nothing when nothing changed', () => {
    const wb = new FakeWorkbook(layout, ['HS01', 'HS02']);
    wb.set('Toán', 4, TX1, 9);
    const prev = baseline(wb);
    expect(run(prev, wb).drafts).toEqual([]);
  });

  it('keeps scores on the right student when rows are sorted (no cell entries)', () => {
    const wb = new FakeWorkbook(layout, ['HS01', 'HS02', 'HS03']);
    wb.set('Toán', 4, TX1, 5);
    wb.set('Toán', 6, TX1, 9);
    const prev = baseline(wb);
    wb.sortRows('Toán', (a, b) => Number(b[TX1 - 1] || 0) - Number(a[TX1 - 1] || 0));
    const r = run(prev, wb);
    expect(r.drafts.filter((d) => d.kind === 'cell')).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'rows-moved', sheet: 'Toán' })]);
    expect(r.drafts).toEqual([
      expect.objectContaining({ kind: 'structure', field: 'rows-moved', basis: 'system' }),
    ]);
    expect(r.next.values.HS03).toEqual({ 'toan/1/regular/1': 9 });
  });

  it('detects inserted rows and keeps values by id', () => {
    const wb = new FakeWorkbook(layout, ['HS01', 'HS02']);
    wb.set('Toán', 5, TX1, 6);
    const prev = baseline(wb);
    wb.insertRowsBefore('Toán', 5, 2);
    const r = run(prev, wb);
    expect(r.findings.map((f) => f.kind)).toEqual(['rows-inserted']);
    expect(r.changes).toEqual([]);
    wb.set('Toán', 7, TX1, 7); // HS02 now on row 7
    const r2 = run(r.next, wb, [], T0 + 7200_000);
    expect(r2.drafts).toEqual([
      expect.objectContaining({ studentId: 'HS02', old: 6, new: 7, cell: `'Toán'!D7` }),
    ]);
  });

  it('does not log a deleted student row as cleared scores, and alerts', () => {
    const wb = new FakeWorkbook(layout, ['HS01', 'HS02']);
    wb.set('Toán', 5, TX1, 6);
    const prev = baseline(wb);
    wb.deleteRow('Toán', 5);
    const r = run(prev, wb);
    expect(r.changes).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'rows-deleted', old: ['HS02'] })]);
    expect(r.next.values.HS02).toEqual({ 'toan/1/regular/1': 6 });
    expect(r.drafts[0]!.reason).toContain('HS02');
  });

  it('does not diff a tab whose columns moved, and says so', () => {
    const wb = new FakeWorkbook(layout, ['HS01']);
    wb.set('Toán', 4, TX1, 6);
    const prev = baseline(wb);
    wb.insertColumnBefore('Toán', TX1);
    const r = run(prev, wb);
    expect(r.changes).toEqual([]);
    expect(r.findings.map((f) => f.kind)).toEqual(['columns-changed']);
    expect(r.next.values.HS01).toEqual({ 'toan/1/regular/1': 6 });
  });

  it('reports a renamed tab and keeps its values', () => {
    const wb = new FakeWorkbook(layout, ['HS01']);
    wb.set('Toán', 4, TX1, 6);
    const prev = baseline(wb);
    wb.renameTab('Toán', 'Toan');
    const r = run(prev, wb);
    expect(r.findings).toEqual([
      expect.objectContaining({ kind: 'tab-renamed', old: 'Toán', new: 'Toan' }),
    ]);
    expect(r.changes).toEqual([]);
    expect(r.drafts[0]!.reason).toContain('đổi tên');
  });

  it('takes actor and time from a matching edit event', () => {
    const wb = new FakeWorkbook(layout, ['HS01']);
    const prev = baseline(wb);
    wb.set('Toán', 4, TX1, 8.5);
    const r = run(prev, wb, [
      note({ sheet: 'Toán', row: 4, col: TX1, value: '8,5', at: T0 + 5000 }),
    ]);
    expect(r.drafts).toEqual([
      expect.objectContaining({
        basis: 'event',
        actor: TEACHER.toan,
        at: new Date(T0 + 5000).toISOString(),
        new: 8.5,
      }),
    ]);
  });

  it('ignores an event whose value is not what the cell holds (a later script write)', () => {
    const wb = new FakeWorkbook(layout, ['HS01']);
    const prev = baseline(wb);
    wb.set('Toán', 4, TX1, 9);
    const r = run(prev, wb, [note({ sheet: 'Toán', row: 4, col: TX1, value: '8' })]);
    expect(r.drafts).toEqual([expect.objectContaining({ basis: 'protection', new: 9 })]);
  });

  it('records delete-and-re-enter as two entries even when the value ends unchanged', () => {
    const wb = new FakeWorkbook(layout, ['HS01']);
    wb.set('Toán', 4, TX1, 6);
    const prev = baseline(wb);
    const notes = [
      note({ sheet: 'Toán', row: 4, col: TX1, value: '', oldValue: '6', at: T0 + 1000 }),
      note({ sheet: 'Toán', row: 4, col: TX1, value: '6', at: T0 + 2000 }),
    ];
    const r = run(prev, wb, notes);
    expect(r.drafts.map((d) => [d.old, d.new, d.basis])).toEqual([
      [6, '', 'event'],
      ['', 6, 'event'],
    ]);
  });

  it('attributes a paste (no values in the event) to its user', () => {
    const wb = new FakeWorkbook(layout, ['HS01', 'HS02']);
    const prev = baseline(wb);
    wb.set('Toán', 4, TX1, 7);
    wb.set('Toán', 5, TX1, 8);
    const paste = note({ sheet: 'Toán', row: 4, rowEnd: 5, col: TX1, user: ADMINS[0]! });
    const r = run(prev, wb, [paste]);
    expect(r.drafts.map((d) => [d.studentId, d.actor, d.basis])).toEqual([
      ['HS01', ADMINS[0], 'event'],
      ['HS02', ADMINS[0], 'event'],
    ]);
  });

  it('falls back to protection when the event withheld the user, keeping its time', () => {
    const wb = new FakeWorkbook(layout, ['HS01']);
    const prev = baseline(wb);
    wb.set('Toán', 4, TX1, 8);
    const r = run(prev, wb, [note({ sheet: 'Toán', row: 4, col: TX1, value: '8', user: null })]);
    expect(r.drafts).toEqual([
      expect.objectContaining({
        basis: 'protection',
        actor: TEACHER.toan,
        at: new Date(T0 + 60_000).toISOString(),
      }),
    ]);
  });

  it('names several candidates in the reason when two teachers could have edited', () => {
    const wb = new FakeWorkbook(layout, ['HS01']);
    const prev = baseline(wb);
    wb.set('Toán', 4, TX1, 8);
    const r = reconcileClass({
      layout,
      prev,
      values: wb.values(),
      notes: [],
      editorsAt: (_b, at) => ({ teachers: at < T0 + 1 ? ['a@x.vn'] : ['b@x.vn'], admins: ADMINS }),
      now: T0 + 3600_000,
      sourceModified: null,
    });
    expect(r.drafts[0]).toMatchObject({ actor: null, basis: 'protection' });
    expect(r.drafts[0]!.reason).toContain('a@x.vn, b@x.vn');
  });
});
