// A change found by reconciliation in a block no window ever opened was written by an admin or
// the system (protections never let a teacher in): not a late edit. One closed only recently is.
import {
  judgeEdit,
  type CapturedEdit,
  type PermissionFacts,
} from '../../../src/domain/permissions';
import type { Block } from '../../../src/domain/layout';

const block: Block = {
  id: 'toan/1/midterm',
  sheet: 'Toán',
  subjectId: 'toan',
  term: 1,
  group: 'midterm',
  editor: 'subject',
  rows: { from: 4, to: 63 },
  cols: { from: 8, to: 8 },
};
const facts = (windows: PermissionFacts['windows']): PermissionFacts => ({
  system: 'sodiem@t.vn',
  admins: ['ht@t.vn'],
  assignments: [
    {
      classId: '10A1',
      subjectId: 'toan',
      teacher: 'gv@t.vn',
      from: '2025-08-01T00:00:00.000Z',
      to: null,
    },
  ],
  homerooms: [],
  windows,
  classes: [{ id: '10A1', grade: 10 }],
});
const edit: CapturedEdit = {
  id: 'e1',
  classId: '10A1',
  sheet: 'Toán',
  row: 5,
  col: 8,
  at: null,
  after: null,
  before: '2025-09-05T02:00:00.000Z',
  actor: null,
  old: null,
  new: 7,
};
const window = {
  id: 'gk1',
  term: 1 as const,
  group: 'midterm' as const,
  start: '2025-09-05T02:30:00.000Z',
  end: '2025-09-05T10:00:00.000Z',
  scope: { kind: 'school' as const },
  reopenings: [],
};

it('does not flag a value written before any window opened', () => {
  expect(judgeEdit(facts([window]), [block], edit, null).kind).toBe('ok');
});

it('still flags an unknown-time change after a window has closed', () => {
  const late = { ...edit, after: '2025-09-05T09:00:00.000Z', before: '2025-09-05T11:00:00.000Z' };
  expect(judgeEdit(facts([window]), [block], late, null).kind).toBe('flag');
});
