// The setup use case on port doubles: valid input builds every class; invalid input creates
// nothing; re-runs change only what is new; a small time budget resumes from the checkpoint.
import { MemoryControlStore, readTab } from '../../../src/app/ports/control-store';
import { setUpSchoolYear } from '../../../src/app/setup/setup-year';
import { CLASSES, EVENTS, SETTINGS_TAB, decodeSettings } from '../../../src/domain/control';
import { STUDENTS_TAB } from '../../../src/domain/setup';
import { FakeDrive, FakeWorkbooks, MemoryCheckpoints, SteppingClock } from './doubles';
import { student, students, tables } from './fixtures';

function world(stepMs = 0) {
  const t = tables();
  const store = new MemoryControlStore('control1');
  store.tabs.set(SETTINGS_TAB, t.settings);
  store.tabs.set('Giáo viên', t.teachers);
  store.tabs.set('Lớp', t.classes);
  store.tabs.set('Môn học', t.subjects);
  store.tabs.set('Phân công', t.assignments);
  store.tabs.set(STUDENTS_TAB, t.students);
  store.tabs.set(EVENTS.name, [EVENTS.columns.map((c) => c.header)]);
  const drive = new FakeDrive();
  const workbooks = new FakeWorkbooks();
  const checkpoints = new MemoryCheckpoints();
  const deps = {
    store,
    drive,
    workbooks,
    checkpoints,
    clock: new SteppingClock(undefined, stepMs),
    actor: 'hieutruong@truong.edu.vn',
  };
  return { deps, store, drive, workbooks, checkpoints };
}

describe('setUpSchoolYear', () => {
  it('creates the folder and one built, shared workbook per class, and records their ids', () => {
    const w = world();
    const r = setUpSchoolYear(w.deps);
    expect(r.status).toBe('done');
    if (r.status !== 'done') return;
    expect(w.drive.folders).toEqual([
      { id: 'folder1', name: 'Sổ điểm 2025-2026', parent: 'root-of-control' },
    ]);
    expect(w.drive.files.map((f) => [f.name, f.folder])).toEqual([
      ['Sổ điểm 2025-2026 - Lớp 10A1', 'folder1'],
      ['Sổ điểm 2025-2026 - Lớp 11A1', 'folder1'],
    ]);
    expect([...w.drive.files[0]!.editors].sort()).toEqual([
      'hieutruong@truong.edu.vn',
      'hoa@truong.edu.vn',
      'toan@truong.edu.vn',
    ]);
    expect(w.workbooks.requests.get('wb1')).toHaveLength(1);
    expect(w.workbooks.writes.filter((x) => x.id === 'wb1')).toHaveLength(1);
    expect(w.workbooks.get('wb1', 'Toán', 4, 3)).toBe('Lê Văn An');
    expect(readTab(w.store, CLASSES).items.map((c) => c.workbookId)).toEqual(['wb1', 'wb2']);
    expect(decodeSettings(w.store.tabs.get(SETTINGS_TAB)!).settings.yearFolderId).toBe('folder1');
    expect(w.checkpoints.map.size).toBe(0);
    expect(readTab(w.store, EVENTS).items[0]!.message).toContain('tạo 2 sổ lớp');
  });

  it('lets the admins into the control workbook and the year folder', () => {
    const w = world();
    setUpSchoolYear(w.deps);
    expect([...w.drive.controlAdmins]).toEqual(['hieutruong@truong.edu.vn']);
  });

  it('creates nothing when the input has problems, and lists them all', () => {
    const w = world();
    w.store.tabs.set(
      STUDENTS_TAB,
      students([student('10A1', '', '31/02/2010'), student('9Z', 'Lê Văn An', '01/01/2010')]),
    );
    const r = setUpSchoolYear(w.deps);
    expect(r.status).toBe('invalid');
    if (r.status !== 'invalid') return;
    expect(r.problems.map((p) => p.column)).toEqual(['Họ và tên', 'Ngày sinh', 'Lớp']);
    expect(w.drive.calls).toBe(0);
    expect(w.workbooks.writes).toHaveLength(0);
  });

  it('re-running with nothing new writes nothing; a joiner is appended, renumbered, nothing moves', () => {
    const w = world();
    setUpSchoolYear(w.deps);
    w.workbooks.set('wb1', 'Toán', 4, 4, 8.5); // Lê Văn An's TX1
    const writesBefore = w.workbooks.writes.length;
    const again = setUpSchoolYear(w.deps);
    expect(again.status === 'done' && again.unchanged).toEqual(['10A1', '11A1']);
    expect(w.workbooks.writes.length).toBe(writesBefore);
    expect(w.drive.files).toHaveLength(2);

    const rows = w.store.tabs.get(STUDENTS_TAB)!;
    w.store.tabs.set(STUDENTS_TAB, [
      ...rows,
      student('10A1', 'Bùi Thị Bích', '02/02/2010', 'Nữ', { joined: '05/01/2026' }),
    ]);
    const third = setUpSchoolYear(w.deps);
    expect(third.status === 'done' && third.updated).toEqual(['10A1']);
    expect(w.workbooks.get('wb1', 'Toán', 4, 4)).toBe(8.5);
    expect(w.workbooks.get('wb1', 'Toán', 4, 3)).toBe('Lê Văn An');
    expect(w.workbooks.get('wb1', 'Toán', 7, 3)).toBe('Bùi Thị Bích');
    expect([4, 5, 6, 7].map((r) => w.workbooks.get('wb1', 'Toán', r, 1))).toEqual([1, 2, 4, 3]);
    expect(w.workbooks.get('wb1', 'Danh sách', 7, 14)).toBe('Chuyển đến 05/01/2026');
  });

  it('re-running shares the workbook with a newly assigned teacher', () => {
    const w = world();
    setUpSchoolYear(w.deps);
    const assignments = w.store.tabs.get('Phân công')!;
    w.store.tabs.set('Phân công', [
      ...assignments,
      ['10A1', 'vat-li', 'moi@truong.edu.vn', '05/01/2026 08:00', ''],
    ]);
    const teachers = w.store.tabs.get('Giáo viên')!;
    w.store.tabs.set('Giáo viên', [
      ...teachers,
      ['gv9', 'Ngô Thị Mới', 'moi@truong.edu.vn', 'Giáo viên'],
    ]);
    const r = setUpSchoolYear(w.deps);
    expect(r.status === 'done' && r.unchanged).toEqual(['10A1', '11A1']);
    expect(w.drive.files[0]!.editors.has('moi@truong.edu.vn')).toBe(true);
    expect(w.drive.files[1]!.editors.has('moi@truong.edu.vn')).toBe(false);
  });

  it('stops at the time budget and continues from the checkpoint without creating twice', () => {
    const w = world(60_000);
    const first = setUpSchoolYear(w.deps, 3 * 60_000);
    expect(first.status).toBe('partial');
    expect(first.status === 'partial' && first.remaining).toEqual(['11A1']);
    expect(readTab(w.store, CLASSES).items.map((c) => c.workbookId ?? null)).toEqual(['wb1', null]);
    const second = setUpSchoolYear(w.deps, 10 * 60_000);
    expect(second.status).toBe('done');
    expect(w.drive.files.map((f) => f.name)).toHaveLength(2);
    expect(w.drive.folders).toHaveLength(1);
  });
});
